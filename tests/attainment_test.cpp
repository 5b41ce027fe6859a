// Tests of attain/target.hpp, attain/attainment.hpp, attain/series.hpp and
// attain/indicator.hpp: the seed's figures, each target kind, lower-is-better targets.
#include "attain/attainment.hpp"

#include <gtest/gtest.h>

#include "attain/growth.hpp"
#include "attain/indicator.hpp"
#include "attain/io.hpp"
#include "attain/number_format.hpp"
#include "attain/period_format.hpp"

namespace {

using attain::decimal;
using attain::observation;
using attain::period;
using attain::polarity;
using attain::schedule_status;
using attain::series;
using attain::target;
using attain::target_kind;
using attain::term;
using attain::value_status;
using attain::why;
using attain::year;
using boost::gregorian::date;
using namespace attain::literals;

const term term_2020_2025 = term::from_baseline(2020, 2025);
const date review{2023, 6, 29};

target make_target(std::string indicator, std::string unit, target_kind kind, polarity p, decimal value) {
  target t;
  t.indicator = std::move(indicator);
  t.unit = std::move(unit);
  t.kind = kind;
  t.term = term_2020_2025;
  t.polarity = p;
  t.value = value;
  return t;
}

series yearly(std::initializer_list<std::tuple<int, const char*, value_status>> rows) {
  std::vector<observation> obs;
  for (const auto& [y, v, s] : rows) obs.push_back({period{year{y}}, decimal::parse(v), s});
  return series(obs);
}

TEST(attainment, seed_investment_55_4_percent_of_the_term_target_is_ahead_at_mid_term) {
  // Illustrative yearly investment consistent with the published 5,540 (2021–2023, 2023 est.).
  const series inv = yearly({{2021, "1700", value_status::normal},
                             {2022, "1850", value_status::normal},
                             {2023, "1990", value_status::estimate}});
  const target t = make_target("INV", "cam_thuy", target_kind::cumulative, polarity::higher_is_better, 10000_d);
  const auto a = attain::assess_attainment(t, inv, review);
  EXPECT_EQ(*a.actual, 5540_d);
  EXPECT_EQ(a.status, value_status::estimate);
  EXPECT_EQ(a.observations, 3U);
  EXPECT_EQ(*a.completion, 0.554_d);
  EXPECT_EQ(attain::format_percent(*a.completion, attain::number_format::vi(), 1, attain::rounding::half_up), "55,4%");
  EXPECT_EQ(a.elapsed, (attain::exact_fraction{910, 1826}));
  EXPECT_EQ(a.time_adjusted->to_decimal(6, attain::rounding::half_up), 1.111653_d);  // 5540·1826 / (10000·910) = 1.1116527…
  EXPECT_EQ(a.schedule, schedule_status::ahead);
  EXPECT_FALSE(a.achieved);
  EXPECT_EQ(*a.gap, 4460_d);
  EXPECT_EQ(a.progress.error().reason, why::missing_value);  // no baseline for a total
}

TEST(attainment, seed_communes_10_of_16_is_62_5_percent) {
  const series certified = yearly({{2020, "6", value_status::normal},
                                   {2021, "7", value_status::normal},
                                   {2022, "9", value_status::normal},
                                   {2023, "10", value_status::estimate}});
  const target t = make_target("NTM_XA", "cam_thuy", target_kind::units_meeting_standard, polarity::higher_is_better, 16_d);
  const auto a = attain::assess_attainment(t, certified, review);
  EXPECT_EQ(*a.actual, 10_d);
  EXPECT_EQ(*a.completion, 0.625_d);
  EXPECT_EQ(*a.progress, 0.4_d);  // (10 − 6) / (16 − 6)
  EXPECT_EQ(*a.baseline, 6_d);
  EXPECT_EQ(a.latest, period{year{2023}});
  // 0.4 of the distance against 910/1826 of the term: behind.
  EXPECT_EQ(a.schedule, schedule_status::behind);
  EXPECT_EQ(a.time_adjusted->to_decimal(6, attain::rounding::half_up), 0.802637_d);
}

TEST(attainment, level_target_with_baseline_from_the_target) {
  const series income = yearly({{2021, "41.2", value_status::normal}, {2023, "50.04", value_status::estimate}});
  target t = make_target("TNBQ", "", target_kind::level, polarity::higher_is_better, 60_d);
  t.baseline = 38.05_d;
  const auto a = attain::assess_attainment(t, income, review);
  EXPECT_EQ(*a.actual, 50.04_d);
  EXPECT_EQ(*a.baseline, 38.05_d);
  EXPECT_EQ(attain::absolute_change(*a.baseline, *a.actual), 11.99_d);
  EXPECT_EQ(a.completion->to_decimal(6, attain::rounding::half_up), 0.834000_d);
  EXPECT_EQ(*a.gap, 9.96_d);
  EXPECT_EQ(a.progress->to_decimal(6, attain::rounding::half_up), 0.546241_d);  // 11.99 / 21.95
}

TEST(attainment, lower_is_better_completion_is_target_over_actual) {
  const series poverty = yearly({{2020, "8.5", value_status::normal}, {2023, "4.0", value_status::estimate}});
  const target t = make_target("HN", "", target_kind::level, polarity::lower_is_better, 3_d);
  const auto a = attain::assess_attainment(t, poverty, review);
  EXPECT_EQ(*a.completion, 0.75_d);
  EXPECT_EQ(*a.gap, 1_d);
  EXPECT_FALSE(a.achieved);
  EXPECT_EQ(a.progress->to_decimal(6, attain::rounding::half_up), 0.818182_d);  // (4 − 8.5) / (3 − 8.5)
  EXPECT_EQ(a.schedule, schedule_status::ahead);
  const series done = yearly({{2020, "8.5", value_status::normal}, {2022, "2.5", value_status::normal}});
  const auto b = attain::assess_attainment(t, done, review);
  EXPECT_TRUE(b.achieved);
  EXPECT_TRUE(b.exceeded);
  EXPECT_EQ(*b.gap, -0.5_d);
}

TEST(attainment, average_growth_target_uses_the_baseline_year_and_n_3) {
  const series production = yearly({{2020, "10000", value_status::normal}, {2023, "11809", value_status::estimate}});
  const target t = make_target("GTSX", "", target_kind::average_growth, polarity::higher_is_better, 0.07_d);
  const auto a = attain::assess_attainment(t, production, review);
  EXPECT_EQ(attain::round(*a.actual, 3, attain::rounding::half_up), 0.057_d);
  EXPECT_EQ(a.status, value_status::estimate);
  // A rate is compared with the target rate, not divided by it: no completion ratio.
  EXPECT_EQ(a.completion.error().reason, why::not_applicable);
  // Shown at one decimal of a percent, the CAGR is computed again at that scale, not rounded twice.
  EXPECT_EQ(*attain::actual_at(a, 3, attain::rounding::half_up), 0.057_d);
  EXPECT_FALSE(a.achieved);
  EXPECT_EQ(a.progress.error().reason, why::not_applicable);
}

// AVERAGE-GROWTH TARGETS: 7.55 % a year over ten years, 7.5 % over thirteen ------------------
// Their levels, baseline × (1 + r)^n, have 40 and 39 fractional digits from a baseline of 1.
// From 1024 = 2^10 and 2^26 they are decimals — 1.0755 = 2151/2000 and 1.075 = 43/40 — so a
// value exactly at, one unit of the last digit above and below the level can be written.
const decimal level_7_55_over_10 = decimal::parse("2120.333152776855221946849125534001");  // 1024 × 1.0755^10
const decimal level_7_5_over_13 = decimal::parse("171826412.4282290785243");              // 2^26 × 1.075^13

TEST(attainment, implied_level_is_compared_exactly_and_rounded_once_for_display) {
  using attain::implied_level;
  using attain::rounding;
  const decimal ulp30{1, 30}, ulp13{1, 13};
  const implied_level a{1024_d, 0.0755_d, 10};
  EXPECT_EQ(attain::compare(level_7_55_over_10, a), 0);
  EXPECT_EQ(attain::compare(level_7_55_over_10 + ulp30, a), 1);
  EXPECT_EQ(attain::compare(level_7_55_over_10 - ulp30, a), -1);
  const implied_level b{67108864_d, 0.075_d, 13};
  EXPECT_EQ(attain::compare(level_7_5_over_13, b), 0);
  EXPECT_EQ(attain::compare(level_7_5_over_13 + ulp13, b), 1);
  EXPECT_EQ(attain::compare(level_7_5_over_13 - ulp13, b), -1);
  // Exact at those scales: rounding toward either side gives the same decimal.
  EXPECT_EQ(attain::round(a, 30, rounding::floor), level_7_55_over_10);
  EXPECT_EQ(attain::round(a, 30, rounding::ceiling), level_7_55_over_10);
  EXPECT_EQ(attain::round(b, 13, rounding::floor), level_7_5_over_13);
  EXPECT_EQ(attain::round(b, 13, rounding::ceiling), level_7_5_over_13);

  // From a baseline of 1 no decimal equals the level: 1.0755^10 =
  // 2.0706378445086476776824698491542978515625 and 1.075^13 = 2.560413068953589775030314922332763671875
  // need 41 and 40 digits; the nearest decimals on either side (37 decimals) compare so.
  const implied_level one_a{1_d, 0.0755_d, 10}, one_b{1_d, 0.075_d, 13};
  EXPECT_EQ(attain::compare(decimal::parse("2.0706378445086476776824698491542978515"), one_a), -1);
  EXPECT_EQ(attain::compare(decimal::parse("2.0706378445086476776824698491542978516"), one_a), 1);
  EXPECT_EQ(attain::compare(decimal::parse("2.5604130689535897750303149223327636718"), one_b), -1);
  EXPECT_EQ(attain::compare(decimal::parse("2.5604130689535897750303149223327636719"), one_b), 1);
  // Shown, it is rounded once, in the named mode.
  EXPECT_EQ(attain::round(one_a, 6, rounding::half_up), 2.070638_d);
  EXPECT_EQ(attain::round(one_b, 6, rounding::half_up), 2.560413_d);  // year-by-year rounding: 2.560414
  EXPECT_EQ(attain::to_string(attain::round(one_a, 37, rounding::half_even)), "2.0706378445086476776824698491542978516");
  EXPECT_EQ(attain::to_string(attain::round(one_a, 37, rounding::floor)), "2.0706378445086476776824698491542978515");
  EXPECT_EQ(attain::round(one_b, 0, rounding::floor), 2_d);
  // A tie at the 38th decimal: 0.04 × 1.075^13 = 0.102416522758143591001212596893310546875.
  const implied_level tie{0.04_d, 0.075_d, 13};
  EXPECT_EQ(attain::to_string(attain::round(tie, 38, rounding::half_even)), "0.10241652275814359100121259689331054688");
  EXPECT_EQ(attain::to_string(attain::round(tie, 38, rounding::half_down)), "0.10241652275814359100121259689331054687");
  // Zero years: the baseline; a falling rate; a negative baseline.
  EXPECT_EQ(attain::compare(1024_d, implied_level{1024_d, 0.0755_d, 0}), 0);
  EXPECT_EQ(attain::compare(81_d, implied_level{100_d, -0.1_d, 2}), 0);
  EXPECT_EQ(attain::compare(-1.21_d, implied_level{-1_d, 0.1_d, 2}), 0);
  EXPECT_EQ(attain::compare(-1.2_d, implied_level{-1_d, 0.1_d, 2}), 1);
  // Errors.
  EXPECT_THROW((void)attain::compare(1_d, implied_level{1_d, 0.0755_d, -1}), attain::domain_error);
  EXPECT_THROW((void)attain::round(one_a, 39, rounding::half_up), attain::domain_error);
  EXPECT_THROW((void)attain::round(one_a, 38, rounding::half_up), attain::overflow_error);  // 39 digits
  EXPECT_THROW((void)attain::round(implied_level{decimal::parse("1000000000000000000000000000000"), 0.0755_d, 10}, 10,
                                   rounding::half_up),
               attain::overflow_error);
}

// A series with the baseline 2020 and one later value.
series from_2020(const decimal& base, int y, const decimal& v) {
  return series({{period{year{2020}}, base, value_status::normal}, {period{year{y}}, v, value_status::normal}});
}

TEST(attainment, average_growth_is_met_on_the_exact_rate_not_the_rounded_one) {
  // 7.55 % a year over 2021–2030 from 1024, assessed at the end of the term: the CAGR of a
  // value one unit of the 30th decimal below the level rounds to 7.550000 % at scale 6, yet
  // has not reached 7.55 %.
  const decimal ulp{1, 30};
  target t = make_target("G", "", target_kind::average_growth, polarity::higher_is_better, 0.0755_d);
  t.term = term::from_baseline(2020, 2030);
  const date end{2030, 12, 31};
  const auto at = attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10), end);
  EXPECT_EQ(*at.actual, 0.0755_d);
  EXPECT_TRUE(at.achieved);
  EXPECT_FALSE(at.exceeded);
  const auto above = attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10 + ulp), end);
  EXPECT_EQ(*above.actual, 0.0755_d);
  EXPECT_TRUE(above.achieved);
  EXPECT_TRUE(above.exceeded);
  const auto below = attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10 - ulp), end);
  EXPECT_EQ(*below.actual, 0.0755_d);  // shown rounded
  EXPECT_EQ(*below.gap, 0_d);
  EXPECT_FALSE(below.achieved);        // decided exactly
  EXPECT_FALSE(below.exceeded);

  // Lower is better: the same values, the other way round.
  t.polarity = polarity::lower_is_better;
  EXPECT_TRUE(attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10), end).achieved);
  EXPECT_FALSE(attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10 + ulp), end).achieved);
  const auto less = attain::assess_attainment(t, from_2020(1024_d, 2030, level_7_55_over_10 - ulp), end);
  EXPECT_TRUE(less.achieved);
  EXPECT_TRUE(less.exceeded);
}

TEST(attainment, average_growth_so_far_is_compared_with_the_rate_over_the_years_elapsed) {
  // At mid-term (2025 of 2021–2030) the growth so far, over 5 years, is compared with the
  // target rate: 1024 × 1.0755^5 = 1473.506412759544032 reaches 7.55 % exactly.
  const decimal ulp{1, 15};
  target t = make_target("G", "", target_kind::average_growth, polarity::higher_is_better, 0.0755_d);
  t.term = term::from_baseline(2020, 2030);
  const date mid{2025, 6, 30};
  const decimal level = decimal::parse("1473.506412759544032");
  EXPECT_TRUE(attain::assess_attainment(t, from_2020(1024_d, 2025, level), mid).achieved);
  EXPECT_TRUE(attain::assess_attainment(t, from_2020(1024_d, 2025, level + ulp), mid).exceeded);
  EXPECT_FALSE(attain::assess_attainment(t, from_2020(1024_d, 2025, level - ulp), mid).achieved);

  // 7.5 % over 2021–2033 from 2^26, at the end of the term.
  target u = make_target("G", "", target_kind::average_growth, polarity::higher_is_better, 0.075_d);
  u.term = term::from_baseline(2020, 2033);
  const date end{2033, 12, 31};
  const decimal ulp13{1, 13};
  const auto at = attain::assess_attainment(u, from_2020(67108864_d, 2033, level_7_5_over_13), end);
  EXPECT_TRUE(at.achieved);
  EXPECT_FALSE(at.exceeded);
  EXPECT_TRUE(attain::assess_attainment(u, from_2020(67108864_d, 2033, level_7_5_over_13 + ulp13), end).exceeded);
  const auto below = attain::assess_attainment(u, from_2020(67108864_d, 2033, level_7_5_over_13 - ulp13), end);
  EXPECT_EQ(*below.actual, 0.075_d);
  EXPECT_FALSE(below.achieved);
}

TEST(attainment, band_maintain_and_no_data) {
  const series inflation = yearly({{2022, "3.1", value_status::normal}});
  target band = make_target("CPI", "", target_kind::band, polarity::target_band, 2_d);
  band.upper = 4_d;
  EXPECT_TRUE(attain::assess_attainment(band, inflation, review).achieved);
  const series high = yearly({{2022, "4.6", value_status::normal}});
  const auto b = attain::assess_attainment(band, high, review);
  EXPECT_FALSE(b.achieved);
  EXPECT_EQ(*b.gap, 0.6_d);

  const series forest = yearly({{2020, "52", value_status::normal}, {2021, "52.5", value_status::normal},
                                {2022, "51.9", value_status::normal}, {2023, "53", value_status::estimate}});
  const target keep = make_target("RUNG", "", target_kind::maintain, polarity::higher_is_better, 52_d);
  EXPECT_FALSE(attain::assess_attainment(keep, forest, review).achieved);  // 2022 fell below 2020

  const auto none = attain::assess_attainment(keep, series{}, review);
  EXPECT_EQ(none.actual.error().reason, why::missing_value);
}

TEST(attainment, zero_target_gives_no_completion) {
  const series s = yearly({{2023, "3", value_status::normal}});
  const target t = make_target("X", "", target_kind::level, polarity::higher_is_better, 0_d);
  EXPECT_EQ(attain::assess_attainment(t, s, review).completion.error().reason, why::zero_target);
}

TEST(attainment, an_actual_without_a_value_has_status_missing) {
  // Nothing observed yet.
  const target level = make_target("X", "", target_kind::level, polarity::higher_is_better, 10_d);
  const auto none_yet = attain::assess_attainment(level, series{}, review);
  EXPECT_EQ(none_yet.actual.error().reason, why::missing_value);
  EXPECT_EQ(none_yet.status, value_status::missing);
  EXPECT_EQ(none_yet.observations, 0U);
  // Observed, but the figure is undefined: growth from a zero baseline of estimates.
  const target growth = make_target("G", "", target_kind::average_growth, polarity::higher_is_better, 5_d);
  const auto from_zero =
      attain::assess_attainment(growth, yearly({{2020, "0", value_status::estimate}, {2023, "7", value_status::estimate}}), review);
  EXPECT_EQ(from_zero.actual.error().reason, why::zero_base);
  EXPECT_EQ(from_zero.status, value_status::missing);
  // A value keeps the status of what it was computed from.
  const auto estimated = attain::assess_attainment(level, yearly({{2023, "7", value_status::estimate}}), review);
  EXPECT_EQ(estimated.actual.value(), 7_d);
  EXPECT_EQ(estimated.status, value_status::estimate);
}

TEST(series, order_gaps_totals_and_errors) {
  const series s = yearly({{2023, "3", value_status::estimate}, {2020, "1", value_status::normal},
                           {2021, "2", value_status::normal}});
  EXPECT_EQ(s.observations().front().when, period{year{2020}});
  ASSERT_EQ(s.gaps().size(), 1U);
  EXPECT_EQ(s.gaps()[0], period{year{2022}});
  EXPECT_EQ(s.latest()->value, 3_d);
  const auto total = s.total_within(period::plan_term(2021, 2023));
  EXPECT_EQ(total->value, 5_d);
  EXPECT_EQ(total->status, value_status::estimate);
  EXPECT_EQ(total->count, 2U);
  EXPECT_EQ(s.total_within(period::plan_term(2024, 2025)).error().reason, why::empty_group);
  series t = s;
  try {
    t.add({period{year{2021}}, 9_d, value_status::normal});
    FAIL() << "no throw";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "series: period 2021 given twice");
  }
  try {
    t.add({period{attain::quarter{2024, 1}}, 9_d, value_status::normal});
    FAIL() << "no throw";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "series: period 2024-Q1 is a quarter, the series holds years");
  }
}

TEST(series, kind_latest_and_latest_through) {
  series empty;
  EXPECT_FALSE(empty.kind().has_value());
  EXPECT_EQ(empty.latest(), nullptr);
  EXPECT_EQ(empty.latest_through(date(2030, 1, 1)), nullptr);
  EXPECT_TRUE(empty.gaps().empty());

  const series s = yearly({{2020, "1", value_status::normal}, {2021, "2", value_status::normal},
                           {2022, "3", value_status::estimate}, {2023, "0", value_status::missing}});
  EXPECT_EQ(s.kind(), attain::period_kind::year);
  // The latest with a value: 2023 is missing, so 2022.
  ASSERT_NE(s.latest(), nullptr);
  EXPECT_EQ(s.latest()->when, period{year{2022}});
  // Ends on or before the day: 2021 ends on 31 December 2021; 2022 does not end by mid-2022.
  ASSERT_NE(s.latest_through(date(2022, 6, 30)), nullptr);
  EXPECT_EQ(s.latest_through(date(2022, 6, 30))->when, period{year{2021}});
  EXPECT_EQ(s.latest_through(date(2022, 12, 31))->when, period{year{2022}});
  EXPECT_EQ(s.latest_through(date(2020, 12, 30)), nullptr);

  const series all_missing = yearly({{2021, "0", value_status::missing}});
  EXPECT_EQ(all_missing.latest(), nullptr);
  EXPECT_EQ(all_missing.latest_through(date(2030, 1, 1)), nullptr);
}

TEST(series, gaps_count_missing_values_and_skip_terms) {
  // A single observation has no gaps; a missing value inside the span is a gap.
  EXPECT_TRUE(yearly({{2021, "2", value_status::normal}}).gaps().empty());
  const series s = yearly({{2020, "1", value_status::normal}, {2021, "0", value_status::missing},
                           {2024, "4", value_status::normal}});
  const std::vector<period> gaps = s.gaps();
  ASSERT_EQ(gaps.size(), 3U);
  EXPECT_EQ(gaps[0], period{year{2021}});
  EXPECT_EQ(gaps[1], period{year{2022}});
  EXPECT_EQ(gaps[2], period{year{2023}});
  // Terms have no "next" period: no gaps are computed between them.
  const series terms({{period::plan_term(2016, 2020), 1_d}, {period::plan_term(2026, 2030), 2_d}});
  EXPECT_TRUE(terms.gaps().empty());
}

TEST(observation, status_codes_and_combination) {
  EXPECT_EQ(attain::sdmx_code(value_status::estimate), 'E');
  EXPECT_EQ(attain::value_status_from_sdmx('P'), value_status::provisional);
  EXPECT_FALSE(attain::value_status_from_sdmx('X').has_value());
  EXPECT_EQ(attain::combine(value_status::normal, value_status::estimate), value_status::estimate);
  EXPECT_EQ(attain::combine(value_status::forecast, value_status::estimate), value_status::forecast);
}

TEST(indicator, unit_of_measure_reads_magnitude_words) {
  const auto u = attain::unit_of_measure::parse("tỷ đồng");
  EXPECT_EQ(u.magnitude, 9);
  EXPECT_EQ(u.base, "đồng");
  EXPECT_EQ(attain::unit_of_measure::parse("triệu đồng/người").base, "đồng/người");
  EXPECT_EQ(attain::unit_of_measure::parse("nghìn tỷ đồng").magnitude, 12);
  EXPECT_TRUE(attain::unit_of_measure::parse("%").percent);
  EXPECT_EQ(attain::unit_of_measure::parse("xã").magnitude, 0);
}

}  // namespace
