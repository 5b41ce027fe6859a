// Tests of attain/progress.hpp, including the conformance test against Statistics Canada's
// published growth-ratio assessments (tests/data/statcan-cif-progress-2026-07-21.yml).
#include "attain/progress.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attain/io.hpp"
#include "attain/number_format.hpp"
#include "attain/period_format.hpp"

namespace {

using attain::decimal;
using attain::growth_ratio_input;
using attain::polarity;
using attain::progress_status;
using namespace attain::literals;

// --- hand-computed cases -------------------------------------------------------------------

TEST(progress, growth_ratio_with_target_moderate_progress) {
  // StatCan 1-1-1: 14.5 (2015) → 10.4 (2023), target 7.25 in 2030, lower is better.
  growth_ratio_input in{14.5_d, 2015, 10.4_d, 2023, 7.25_d, 2030, polarity::lower_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(a.method, "growth_ratio");
  EXPECT_EQ(a.status, progress_status::moderate_progress);
  EXPECT_EQ(attain::round(*a.progress_value, 12, attain::rounding::half_even), 0.901089954698_d);
  EXPECT_EQ(attain::round(*a.score, 12, attain::rounding::half_even), 2.150695437410_d);
}

TEST(progress, target_already_met_is_achieved_whatever_the_trend) {
  growth_ratio_input in{70_d, 2015, 55_d, 2023, 100_d, 2030, polarity::lower_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(a.status, progress_status::target_achieved);
  EXPECT_EQ(*a.score, 5_d);
  EXPECT_EQ(attain::round(*a.progress_value, 6, attain::rounding::half_even), 1.234055_d);
}

TEST(progress, not_assessable_reasons) {
  growth_ratio_input same_year{41_d, 2019, 41_d, 2019, std::nullopt, 2030, polarity::higher_is_better, 100_d};
  auto a = attain::assess_growth_ratio(same_year);
  EXPECT_EQ(a.status, progress_status::not_assessable);
  EXPECT_EQ(a.reason, attain::why::no_periods);
  growth_ratio_input opposite{-2_d, 2015, 3_d, 2020, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  a = attain::assess_growth_ratio(opposite);
  EXPECT_EQ(a.status, progress_status::not_assessable);
  EXPECT_EQ(a.reason, attain::why::sign_change);
}

TEST(progress, huge_growth_ratio_saturates_the_score_without_overflow) {
  // A target next to the base makes the required growth tiny and R enormous.
  growth_ratio_input in{100_d, 2015, 150_d, 2020, 100.000001_d, 2030, polarity::higher_is_better, std::nullopt};
  in.target = 200_d;
  in.current_value = 101_d;
  in.base_value = 100_d;
  in.target = decimal::parse("100.00000000001");
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(a.status, progress_status::target_achieved);  // 101 >= 100.00000000001
  in.current_value = 99_d;
  const auto b = attain::assess_growth_ratio(in);
  EXPECT_EQ(b.status, progress_status::deterioration);
  EXPECT_EQ(*b.score, -5_d);
  EXPECT_LT(*b.progress_value, decimal{-1000000});
}

TEST(progress, all_negative_series_takes_sign_minus_one) {
  growth_ratio_input in{-10_d, 2015, -8_d, 2020, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(a.sign, -1);
  // |−8|/|−10| falls 4.4 % a year in magnitude; with sign −1 that is improvement.
  EXPECT_EQ(a.status, progress_status::substantial_progress);
  EXPECT_GT(*a.progress_value, 0_d);
}

TEST(progress, stagnation_without_target_is_limited_progress_with_score_minus_2_5) {
  growth_ratio_input in{1.43_d, 2015, 1.43_d, 2022, std::nullopt, 2030, polarity::lower_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(a.status, progress_status::limited_progress);
  EXPECT_EQ(*a.score, -2.5_d);
  EXPECT_EQ(*a.progress_value, 0_d);
}

// --- UNSD projection, Destatis weather, forecasts and tallies ---------------------------------

TEST(progress, unsd_projection_with_target) {
  growth_ratio_input in{14.5_d, 2015, 10.4_d, 2023, 7.25_d, 2030, polarity::lower_is_better, std::nullopt};
  const auto a = attain::assess_projection(in);
  EXPECT_EQ(a.method, "projection");
  // v̂_2030 = 10.4·(10.4/14.5)^(7/8) = 7.77571813…; P = (v̂ − 14.5)/(7.25 − 14.5) = 0.92748715…
  EXPECT_EQ(attain::round(*a.progress_value, 12, attain::rounding::half_even), 0.927487153956_d);
  EXPECT_EQ(a.status, progress_status::moderate_progress);
  EXPECT_EQ(a.label, "acceleration needed");
  in.target = 11_d;  // already met (lower is better)
  EXPECT_EQ(attain::assess_projection(in).label, "achieved");
}

TEST(progress, unsd_projection_without_target_bands) {
  growth_ratio_input in{100_d, 2015, 125_d, 2020, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  EXPECT_EQ(attain::assess_projection(in).label, "3");  // 4.56 % a year
  in.current_value = 104_d;
  EXPECT_EQ(attain::assess_projection(in).label, "2");  // 0.79 %
  in.current_value = 101_d;
  EXPECT_EQ(attain::assess_projection(in).label, "1");  // 0.2 %
  in.polarity = polarity::lower_is_better;
  EXPECT_EQ(attain::assess_projection(in).status, progress_status::deterioration);
}

std::vector<attain::growth_point> ten_percent_from_2018() {
  return {{2018, 100_d}, {2019, 110_d}, {2020, 121_d}, {2021, 133.1_d}, {2022, 146.41_d}, {2023, 161.051_d}};
}

// --- average-growth targets: the level kept exact -------------------------------------------

bool same(const attain::computed<decimal>& a, const attain::computed<decimal>& b) {
  if (a.has_value() != b.has_value()) return false;
  return a.has_value() ? *a == *b : a.error().reason == b.error().reason;
}

void expect_same(const attain::progress_assessment& a, const attain::progress_assessment& b) {
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.label, b.label);
  EXPECT_TRUE(same(a.progress_value, b.progress_value));
  EXPECT_TRUE(same(a.score, b.score));
  EXPECT_TRUE(same(a.actual_growth, b.actual_growth));
  EXPECT_TRUE(same(a.required_growth, b.required_growth));
  EXPECT_EQ(a.reason, b.reason);
}

TEST(progress, an_implied_level_gives_what_its_decimal_gives) {
  // Where baseline × (1 + r)^n is a decimal (100 × 1.05^15 has 30 decimals), the overloads
  // that keep it exact agree with the decimal ones, figure for figure.
  for (const decimal rate : {0.05_d, 0.02_d, -0.03_d, 0.1_d, 0_d}) {
    const attain::implied_level level{100_d, rate, 15};  // 2015 → 2030
    const decimal as_decimal = 100_d * attain::pow(1_d + rate, 15);
    const decimal on_path = 100_d * attain::pow(1_d + rate, 8);  // 2023
    for (const decimal current : {on_path, on_path + 1_d, on_path - 1_d, 90_d, 300_d, as_decimal}) {
      for (const polarity p : {polarity::higher_is_better, polarity::lower_is_better}) {
        SCOPED_TRACE(attain::to_string(rate) + " " + attain::to_string(current));
        growth_ratio_input in{100_d, 2015, current, 2023, as_decimal, 2030, p, std::nullopt};
        expect_same(attain::assess_growth_ratio(in, level), attain::assess_growth_ratio(in));
        expect_same(attain::assess_projection(in, level), attain::assess_projection(in));
      }
    }
  }
  const std::vector<attain::growth_point> pts{{2018, 100_d},      {2019, 103_d},          {2020, 106.09_d},
                                              {2021, 109.2727_d}, {2022, 112.550881_d}, {2023, 115.92740743_d}};
  for (const decimal rate : {0.03_d, 0.035_d, 0.05_d, 0.02_d}) {
    for (const polarity p : {polarity::higher_is_better, polarity::lower_is_better}) {
      SCOPED_TRACE(attain::to_string(rate));
      const attain::implied_level level{100_d, rate, 12};  // 2018 → 2030
      attain::weather_input in{pts, 100_d * attain::pow(1_d + rate, 12), 2030, p, false};
      expect_same(attain::assess_weather(in, level), attain::assess_weather(in));
    }
  }
  // The growth-ratio method needs the level to start from its base value and year.
  growth_ratio_input in{100_d, 2015, 120_d, 2023, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  EXPECT_THROW((void)attain::assess_growth_ratio(in, attain::implied_level{101_d, 0.05_d, 15}), attain::domain_error);
  EXPECT_THROW((void)attain::assess_growth_ratio(in, attain::implied_level{100_d, 0.05_d, 14}), attain::domain_error);
}

TEST(progress, every_status_has_its_weather) {
  // Achieved and on track are sun; acceleration needed is slightly cloudy; limited progress
  // is cloud; a deterioration, or no assessment at all, is a thunderstorm.
  const std::pair<progress_status, attain::weather> map[] = {
      {progress_status::target_achieved, attain::weather::sun},
      {progress_status::substantial_progress, attain::weather::sun},
      {progress_status::moderate_progress, attain::weather::slightly_cloudy},
      {progress_status::limited_progress, attain::weather::cloud},
      {progress_status::deterioration, attain::weather::thunderstorm},
      {progress_status::not_assessable, attain::weather::thunderstorm}};
  for (const auto& [status, weather] : map) {
    attain::progress_assessment a;
    a.status = status;
    EXPECT_EQ(attain::weather_of(a), weather);
  }
  EXPECT_EQ(attain::to_string(attain::weather::slightly_cloudy), "slightly_cloudy");
  EXPECT_EQ(attain::to_string(static_cast<attain::weather>(4)), "?");
}

TEST(progress, destatis_weather) {
  const auto pts = ten_percent_from_2018();
  attain::weather_input in{pts, 300_d, 2030, polarity::higher_is_better, false};
  auto a = attain::assess_weather(in);  // projected 313.84 ≥ 300
  EXPECT_EQ(attain::weather_of(a), attain::weather::sun);
  in.target = 350_d;  // short by 19.1 % of the distance
  a = attain::assess_weather(in);
  EXPECT_EQ(a.label, "slightly_cloudy");
  EXPECT_EQ(attain::round(*a.progress_value, 6, attain::rounding::half_even), 0.191359_d);
  in.target = 400_d;  // short by 36.1 %, but moving the right way
  EXPECT_EQ(attain::assess_weather(in).label, "cloud");
  in.polarity = polarity::lower_is_better;
  in.target = 50_d;  // rising while it should fall
  EXPECT_EQ(attain::assess_weather(in).label, "thunderstorm");
  // Maintain: met and not worsening → sun; met but worsening → slightly cloudy.
  attain::weather_input keep{pts, 150_d, 2030, polarity::higher_is_better, true};
  EXPECT_EQ(attain::assess_weather(keep).label, "sun");
  keep.polarity = polarity::lower_is_better;
  keep.target = 170_d;
  EXPECT_EQ(attain::assess_weather(keep).label, "slightly_cloudy");
  keep.target = 150_d;
  EXPECT_EQ(attain::assess_weather(keep).label, "thunderstorm");
  // Too few consecutive points at the end.
  const std::vector<attain::growth_point> gap{{2015, 1_d}, {2016, 2_d}, {2017, 3_d}, {2021, 4_d}, {2022, 5_d}};
  attain::weather_input short_run{gap, 9_d, 2030, polarity::higher_is_better, false};
  EXPECT_EQ(attain::assess_weather(short_run).reason, attain::why::too_few_points);
}

attain::series yearly_series(std::initializer_list<std::pair<int, const char*>> rows, int estimate_from) {
  std::vector<attain::observation> obs;
  for (const auto& [y, v] : rows)
    obs.push_back({attain::period{attain::year{y}}, decimal::parse(v),
                   y >= estimate_from ? attain::value_status::estimate : attain::value_status::normal});
  return attain::series(obs);
}

attain::target plan_target(attain::target_kind kind, polarity p, decimal value) {
  attain::target t;
  t.indicator = "X";
  t.kind = kind;
  t.term = attain::term::from_baseline(2020, 2025);
  t.polarity = p;
  t.value = value;
  return t;
}

TEST(progress, forecast_cumulative_investment_by_cagr_of_the_flows) {
  const auto inv = yearly_series({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto t = plan_target(attain::target_kind::cumulative, polarity::higher_is_better, 10000_d);
  const boost::gregorian::date review{2023, 6, 29};
  const auto f = attain::forecast_target(t, inv, review);
  // 5540 + 1990·(1990/1700)^(1/2) + 1990·(1990/1700) = 10022.525736
  EXPECT_EQ(*f.projected, 10022.525736_d);
  EXPECT_EQ(f.projected_completion->to_decimal(6, attain::rounding::half_up), 1.002253_d);
  EXPECT_EQ(*f.projected_completion, (attain::exact_fraction{10022.525736_d, 10000}));
  EXPECT_EQ(f.outcome, attain::forecast_class::meet);
  attain::forecast_options linear;
  linear.method = attain::projection_method::linear;
  // 5540 + 2135 + 2280
  EXPECT_EQ(*attain::forecast_target(t, inv, review, linear).projected, 9955_d);
  EXPECT_EQ(attain::forecast_target(t, inv, review, linear).outcome, attain::forecast_class::needs_effort);
}

TEST(progress, large_levels_are_projected_without_overflow_and_classified_as_small_ones) {
  // The same figures in đồng instead of tỷ đồng (×10^9) and beyond: a projection at the
  // default 30 decimals would need more than 38 digits; it keeps fewer decimals instead, and
  // every status, label and ratio is the one of the small figures.
  for (const decimal& unit : {decimal{1'000'000'000}, attain::pow(decimal{10}, 20U)}) {
    growth_ratio_input in{14.5_d * unit, 2015, 10.4_d * unit, 2023, 7.25_d * unit, 2030, polarity::lower_is_better,
                          std::nullopt};
    const auto a = attain::assess_projection(in);
    ASSERT_TRUE(a.progress_value) << unit;
    EXPECT_EQ(attain::round(*a.progress_value, 12, attain::rounding::half_even), 0.927487153956_d) << unit;
    EXPECT_EQ(a.label, "acceleration needed") << unit;

    std::vector<attain::growth_point> pts = ten_percent_from_2018();
    for (attain::growth_point& p : pts) p.value = p.value * unit;
    attain::weather_input w{pts, 350_d * unit, 2030, polarity::higher_is_better, false};
    const auto b = attain::assess_weather(w);
    EXPECT_EQ(b.label, "slightly_cloudy") << unit;
    EXPECT_EQ(attain::round(*b.progress_value, 6, attain::rounding::half_even), 0.191359_d) << unit;

    const boost::gregorian::date review{2023, 6, 29};
    std::vector<attain::observation> obs;
    for (const auto& [year, text] : {std::pair{2020, "38.05"}, {2021, "41.2"}, {2022, "45.1"}, {2023, "50.04"}})
      obs.push_back({attain::period{attain::year{year}}, decimal::parse(text) * unit, attain::value_status::normal});
    const attain::series income(obs);
    for (const auto method : {attain::projection_method::cagr, attain::projection_method::linear,
                              attain::projection_method::least_squares}) {
      const attain::forecast_options o{.method = method};
      EXPECT_EQ(attain::forecast_target(plan_target(attain::target_kind::level, polarity::higher_is_better, 55_d * unit),
                                        income, review, o)
                    .outcome,
                attain::forecast_target(plan_target(attain::target_kind::level, polarity::higher_is_better, 55_d),
                                        yearly_series({{2020, "38.05"}, {2021, "41.2"}, {2022, "45.1"}, {2023, "50.04"}},
                                                      2030),
                                        review, o)
                    .outcome)
          << unit;
    }
  }
}

TEST(progress, forecast_level_targets_and_tallies) {
  const boost::gregorian::date review{2023, 6, 29};
  const auto income = yearly_series({{2020, "38.05"}, {2021, "41.2"}, {2022, "45.1"}, {2023, "50.04"}}, 2023);
  const auto high = plan_target(attain::target_kind::level, polarity::higher_is_better, 60_d);
  const auto f1 = attain::forecast_target(high, income, review);  // 50.04·(50.04/38.05)^(2/3) = 60.10
  EXPECT_EQ(f1.outcome, attain::forecast_class::meet);
  const auto f2 = attain::forecast_target(plan_target(attain::target_kind::level, polarity::higher_is_better, 55_d),
                                          income, review);
  EXPECT_EQ(f2.outcome, attain::forecast_class::exceed);
  const auto f3 = attain::forecast_target(plan_target(attain::target_kind::level, polarity::higher_is_better, 70_d),
                                          income, review);
  EXPECT_EQ(f3.outcome, attain::forecast_class::needs_effort);
  const auto band = attain::forecast_target(plan_target(attain::target_kind::band, polarity::target_band, 2_d),
                                            income, review);
  EXPECT_EQ(band.outcome, attain::forecast_class::not_forecast);
  const std::vector<attain::target_forecast> all{f1, f2, f3, band};
  const auto t = attain::tally(std::span<const attain::target_forecast>(all));
  EXPECT_EQ(t.targets, 4U);
  EXPECT_EQ(t.exceed, 1U);
  EXPECT_EQ(t.meet, 1U);
  EXPECT_EQ(t.needs_effort, 1U);
  EXPECT_EQ(t.not_forecast, 1U);

  const auto a1 = attain::assess_attainment(plan_target(attain::target_kind::level, polarity::higher_is_better, 50_d),
                                            income, review);
  const auto a2 = attain::assess_attainment(high, income, review);
  const std::vector<attain::attainment> results{a1, a2};
  const auto at = attain::tally(std::span<const attain::attainment>(results));
  EXPECT_EQ(at.targets, 2U);
  EXPECT_EQ(at.achieved, 1U);
  EXPECT_EQ(at.exceeded, 1U);
  EXPECT_EQ(at.not_achieved, 1U);
}

// --- conformance: Statistics Canada's 132 published series -----------------------------------

struct series_case {
  std::string indicator, series;
  std::map<std::string, std::string> fields;
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

// The fixture is YAML in a fixed shape: indicator (column 0), series (2 spaces), fields (4
// spaces, `name: value`). This reads exactly that shape and fails loudly on anything else.
std::vector<series_case> read_fixture(const std::string& path, int& indicators_without_series) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::vector<series_case> out;
  std::string line, indicator;
  indicators_without_series = 0;
  bool indicator_has_series = true;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (trim(line).empty()) continue;
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    const std::string body = trim(line);
    const std::size_t colon = body.rfind(':', body.back() == ':' ? body.size() - 2 : std::string::npos);
    if (indent == 0) {
      if (!indicator_has_series) ++indicators_without_series;
      indicator = body.substr(0, body.size() - 1);
      indicator_has_series = false;
    } else if (indent == 2 && body.back() == ':') {
      out.push_back({indicator, body.substr(0, body.size() - 1), {}});
      indicator_has_series = true;
    } else if (indent == 4 && !out.empty()) {
      const std::size_t sep = body.find(": ");
      EXPECT_NE(sep, std::string::npos) << path << ':' << line_no;
      out.back().fields[body.substr(0, sep)] = body.substr(sep + 2);
    } else if (indent != 2) {
      ADD_FAILURE() << path << ':' << line_no << ": unexpected line: " << line << " (" << colon << ")";
    }
  }
  if (!indicator_has_series) ++indicators_without_series;
  return out;
}

std::optional<decimal> number_or_null(const std::string& text) {
  if (text == "null") return std::nullopt;
  return decimal::parse(text, attain::number_format::plain().with_exponent());
}

std::int32_t year_of(const std::string& text) {
  if (text == "null") return 0;
  const decimal y = decimal::parse(text);
  return static_cast<std::int32_t>(attain::round(y, 0, attain::rounding::down).coefficient());
}

bool close(const decimal& ours, double theirs) {
  const double o = attain::to_double(ours);
  return std::fabs(o - theirs) <= 1e-9 * std::max(std::fabs(theirs), 1e-6);
}

TEST(progress_conformance, statcan_cif_growth_ratio_every_series_reproduced) {
  int without_series = 0;
  const auto cases = read_fixture(std::string(ATTAIN_TEST_DATA_DIR) + "/statcan-cif-progress-2026-07-21.yml",
                                  without_series);
  ASSERT_EQ(cases.size(), 132U);
  int not_available = 0, compared_values = 0;
  for (const series_case& c : cases) {
    SCOPED_TRACE(c.series);
    const auto& f = c.fields;
    const std::string status = f.at("status");
    if (f.at("base_value") == "null" || f.at("current_value") == "null") {
      // Published without data: nothing to assess, and StatCan says so too.
      EXPECT_EQ(status, "not_available");
      ++not_available;
      continue;
    }
    growth_ratio_input in;
    in.base_value = *number_or_null(f.at("base_value"));
    in.base_year = year_of(f.at("base_year"));
    in.current_value = *number_or_null(f.at("current_value"));
    in.current_year = year_of(f.at("current_year"));
    in.target = number_or_null(f.at("target"));
    in.target_year = year_of(f.at("target_year"));
    in.polarity = f.at("direction") == "-1" ? polarity::lower_is_better : polarity::higher_is_better;
    in.limit = number_or_null(f.at("limit"));
    const auto a = attain::assess_growth_ratio(in);

    if (status == "not_available") {
      ++not_available;
      EXPECT_EQ(a.status, progress_status::not_assessable);
      EXPECT_EQ(f.at("progress_value"), "null");
      continue;
    }
    EXPECT_EQ(attain::to_string(a.status), status);
    EXPECT_EQ(a.sign, std::stoi(f.at("sign")));
    const auto pv = number_or_null(f.at("progress_value"));
    const auto score = number_or_null(f.at("score"));
    ASSERT_TRUE(pv.has_value());
    ASSERT_TRUE(score.has_value());
    ASSERT_TRUE(a.progress_value.has_value());
    ASSERT_TRUE(a.score.has_value());
    EXPECT_TRUE(close(*a.progress_value, attain::to_double(*pv)))
        << "progress value " << *a.progress_value << " published " << *pv;
    EXPECT_TRUE(close(*a.score, attain::to_double(*score))) << "score " << *a.score << " published " << *score;
    ++compared_values;
  }
  EXPECT_EQ(not_available, 7);
  EXPECT_EQ(compared_values, 125);
  EXPECT_EQ(without_series, 4);  // indicators published with a status only (no inputs)
}

// YEARS FROM PERIODS: a pooled period counts as its first year (Statistics Canada, Canadian
// Indicator Framework progress methodology; docs/formats.md, "Multi-year periods").
TEST(progress_periods, growth_ratio_counts_a_pooled_base_as_its_first_year) {
  growth_ratio_input in{100_d, 0, 121_d, 0, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in, attain::parse_period("2005-2007"), attain::year{2012});
  EXPECT_EQ(a.method, "growth_ratio");
  EXPECT_EQ(a.note, "2005–2007 counted as 2005 (first year of a pooled period)");
  EXPECT_EQ(attain::round(*a.actual_growth, 4, attain::rounding::half_up), 0.0276_d);  // n = 7
  // The same figures as the year-based call with 2005 and 2012.
  growth_ratio_input years{100_d, 2005, 121_d, 2012, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  const auto b = attain::assess_growth_ratio(years);
  EXPECT_EQ(*a.actual_growth, *b.actual_growth);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(*a.progress_value, *b.progress_value);
  EXPECT_EQ(b.note, "");
}

TEST(progress_periods, projection_counts_a_pooled_current_period_as_its_first_year) {
  growth_ratio_input in{100_d, 0, 110.25_d, 0, 150_d, 2030, polarity::higher_is_better, std::nullopt};
  const auto a = attain::assess_projection(in, attain::year{2015}, attain::parse_period("2017–2019"));
  EXPECT_EQ(a.method, "projection");
  EXPECT_EQ(a.note, "2017–2019 counted as 2017 (first year of a pooled period)");
  EXPECT_EQ(*a.actual_growth, 0.05_d);  // 1.1025^(1/2) − 1, exactly: n = 2017 − 2015
}

TEST(progress_periods, a_period_without_a_year_is_not_assessable_and_named) {
  growth_ratio_input in{100_d, 0, 121_d, 0, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
  const auto a = attain::assess_growth_ratio(in, attain::year{2015}, attain::quarter{2023, 1});
  EXPECT_EQ(a.status, progress_status::not_assessable);
  EXPECT_EQ(a.reason, attain::why::not_applicable);
  EXPECT_EQ(a.label, "not_assessable");
  EXPECT_EQ(a.note, "Q1 2023 has no reference year (not a whole calendar year)");
  const auto p = attain::assess_projection(in, attain::quarter{2015, 1}, attain::year{2023});
  EXPECT_EQ(p.status, progress_status::not_assessable);
  EXPECT_EQ(p.note, "Q1 2015 has no reference year (not a whole calendar year)");
}

}  // namespace
