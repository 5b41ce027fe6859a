// The review model and its renderers: figures, verdicts, roll-ups, tallies, and what each
// format writes.
#include "attain/report.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "attain/io/json.hpp"

namespace io = attain::io;
using namespace attain;
using namespace attain::literals;
using boost::gregorian::date;

namespace {

io::indicator_row ind(std::string code, std::string name, std::string unit, measure_kind kind, int decimals,
                      std::string name_en = {}) {
  io::indicator_row r;
  r.indicator.code = std::move(code);
  r.indicator.name = std::move(name);
  r.indicator.unit = unit_of_measure::parse(unit);
  r.indicator.kind = kind;
  r.indicator.decimals = decimals;
  r.name_en = std::move(name_en);
  return r;
}

io::target_row tgt(std::string indicator, target_kind kind, decimal value, std::string unit = "d") {
  io::target_row r;
  r.target.indicator = std::move(indicator);
  r.target.unit = std::move(unit);
  r.target.kind = kind;
  r.target.term = term::from_baseline(2020, 2025);
  r.target.value = value;
  return r;
}

io::observation_row obs(std::string indicator, std::string unit, int y, decimal v,
                        value_status s = value_status::normal) {
  return {std::move(indicator), std::move(unit), period{year{y}}, v, s, 0};
}

// The seed figures of the mid-term review: investment (cumulative), income (level), production
// value (average growth), communes certified (a count rolled up from the communes).
struct seed {
  std::vector<io::indicator_row> indicators{
      ind("VON", "Tổng vốn đầu tư", "tỷ đồng", measure_kind::flow, 0, "Total investment"),
      ind("TN", "Thu nhập bình quân đầu người", "triệu đồng", measure_kind::level, 2, "Income per head"),
      ind("GTSX", "Giá trị sản xuất", "tỷ đồng", measure_kind::level, 0),
      ind("XA", "Số xã đạt chuẩn", "xã", measure_kind::count, 0, "Communes certified")};
  std::vector<io::target_row> targets{tgt("VON", target_kind::cumulative, 10000_d),
                                      tgt("TN", target_kind::level, 60_d),
                                      tgt("GTSX", target_kind::average_growth, 0.075_d),
                                      tgt("XA", target_kind::units_meeting_standard, 3_d)};
  std::vector<io::observation_row> observations{
      obs("VON", "d", 2021, 1650_d), obs("VON", "d", 2022, 1830_d),
      obs("VON", "d", 2023, 2060_d, value_status::estimate),
      obs("TN", "d", 2020, 38.05_d), obs("TN", "d", 2023, 50.04_d, value_status::estimate),
      obs("GTSX", "d", 2020, 11250_d), obs("GTSX", "d", 2023, 13290_d, value_status::estimate),
      obs("XA", "c1", 2020, 1_d), obs("XA", "c2", 2020, 0_d),
      obs("XA", "c1", 2023, 1_d), obs("XA", "c2", 2023, 1_d)};

  review make(assessment_method m = assessment_method::growth_ratio) const {
    review_options o;
    o.as_of = date(2023, 6, 29);
    o.method = m;
    o.title = "huyện Thử";
    o.title_en = "Test district";
    return make_review(indicators, targets, observations, o);
  }
};

}  // namespace

TEST(report, names_parse_and_print) {
  EXPECT_EQ(parse_assessment_method("growth-ratio"), assessment_method::growth_ratio);
  EXPECT_EQ(parse_assessment_method("weather"), assessment_method::weather);
  EXPECT_FALSE(parse_assessment_method("guess"));
  EXPECT_EQ(parse_report_format("md"), report_format::markdown);
  EXPECT_EQ(to_string(report_format::html), "html");
  EXPECT_FALSE(parse_report_format("pdf"));
  EXPECT_EQ(describe(review_verdict::ahead, language::vi), "vượt tiến độ");
  EXPECT_TRUE(is_met(review_verdict::on_schedule));
  EXPECT_FALSE(is_met(review_verdict::behind));
}

TEST(report, every_name_parses_back_and_every_verdict_is_described) {
  for (const assessment_method m : {assessment_method::growth_ratio, assessment_method::projection,
                                    assessment_method::weather})
    EXPECT_EQ(parse_assessment_method(to_string(m)), m);
  EXPECT_EQ(to_string(assessment_method::projection), "projection");
  for (const report_format f : {report_format::text, report_format::markdown, report_format::html,
                                report_format::json, report_format::csv})
    EXPECT_EQ(parse_report_format(to_string(f)), f);
  EXPECT_EQ(parse_report_format("txt"), report_format::text);
  EXPECT_EQ(to_string(static_cast<assessment_method>(3)), "?");
  EXPECT_EQ(to_string(static_cast<report_format>(5)), "?");

  const std::tuple<review_verdict, std::string_view, std::string_view, std::string_view> verdicts[] = {
      {review_verdict::exceeded, "exceeded", "vượt mục tiêu", "exceeded"},
      {review_verdict::achieved, "achieved", "đạt mục tiêu", "achieved"},
      {review_verdict::ahead, "ahead", "vượt tiến độ", "ahead of schedule"},
      {review_verdict::on_schedule, "on_schedule", "đúng tiến độ", "on schedule"},
      {review_verdict::behind, "behind", "chưa đạt (chậm tiến độ)", "not met (behind schedule)"},
      {review_verdict::not_met, "not_met", "chưa đạt", "not met"},
      {review_verdict::no_value, "no_value", "không đánh giá được", "not assessable"}};
  for (const auto& [v, name, vi, en] : verdicts) {
    EXPECT_EQ(to_string(v), name);
    EXPECT_EQ(describe(v, language::vi), vi);
    EXPECT_EQ(describe(v, language::en), en);
  }
  EXPECT_EQ(to_string(static_cast<review_verdict>(7)), "?");
  EXPECT_EQ(describe(static_cast<review_verdict>(7), language::en), "?");

  EXPECT_EQ(to_string(review_growth::kind::none), "none");
  EXPECT_EQ(to_string(review_growth::kind::cagr), "cagr");
  EXPECT_EQ(to_string(review_growth::kind::flows_cagr), "flows_cagr");
  EXPECT_EQ(to_string(review_growth::kind::percentage_points), "percentage_points");
  EXPECT_EQ(to_string(static_cast<review_growth::kind>(4)), "?");
}

TEST(report, cumulative_investment_is_ahead_of_schedule_at_mid_term) {
  const review r = seed{}.make();
  ASSERT_EQ(r.targets.size(), 4U);
  const target_review& v = r.targets[0];
  EXPECT_EQ(*v.attainment.actual, 5540_d);
  EXPECT_EQ(v.attainment.status, value_status::estimate);
  EXPECT_EQ(*v.attainment.completion, 0.554_d);
  EXPECT_EQ(v.attainment.schedule, schedule_status::ahead);
  EXPECT_EQ(v.verdict, review_verdict::ahead);
  // Growth of the yearly flows 1650 → 2060 over 2021–2023.
  EXPECT_EQ(v.growth.how, review_growth::kind::flows_cagr);
  EXPECT_EQ(v.growth.from_year, 2021);
  EXPECT_EQ(v.growth.to_year, 2023);
  // A total has no level path: the progress methods do not apply.
  EXPECT_EQ(v.progress.status, progress_status::not_assessable);
  EXPECT_EQ(v.progress.reason, why::not_applicable);
  EXPECT_EQ(r.elapsed, (exact_fraction{910, 1826}));
}

TEST(report, level_and_average_growth_targets) {
  const review r = seed{}.make();
  const target_review& income = r.targets[1];
  EXPECT_EQ(income.growth.how, review_growth::kind::cagr);
  EXPECT_EQ(income.growth.from_value, 38.05_d);
  EXPECT_EQ(income.growth.to_value, 50.04_d);
  EXPECT_EQ(income.verdict, review_verdict::ahead);
  EXPECT_EQ(income.target.polarity, polarity::higher_is_better);  // from the indicator
  const target_review& gtsx = r.targets[2];
  // 11250 → 13290 over 3 years: 5.7 %, below the 7.5 % target: not met, and the growth-ratio
  // method (against the level 7.5 % a year implies) asks for acceleration.
  EXPECT_EQ(round(*gtsx.attainment.actual, 3, rounding::half_up), 0.057_d);
  EXPECT_EQ(gtsx.verdict, review_verdict::not_met);
  EXPECT_EQ(gtsx.progress.method, "growth_ratio");
  EXPECT_EQ(gtsx.progress.status, progress_status::moderate_progress);
  EXPECT_EQ(gtsx.forecast.outcome, forecast_class::needs_effort);
}

namespace {

// The exact yearly path base × (1 + r)^k, k = 0…years, of two plans whose levels are decimals:
// 1024 × 1.0755^k = 2^(10−k) · 2151^k / 10^(3k) (1.0755 = 2151 / (2 · 10^3)) and
// 0.067108864 × 1.075^k = 2^(26−2k) · 43^k / 10^(k+9) (2^26 = 67108864, 1.075 = 43 / (4 · 10)).
std::vector<decimal> growth_path(int two_power, int twos_per_year, int factor, int scale_per_year, int base_scale,
                                 int years) {
  std::vector<decimal> out;
  for (int k = 0; k <= years; ++k) {
    int128 c = int128{1} << (two_power - twos_per_year * k);
    for (int i = 0; i < k; ++i) c *= factor;
    out.push_back(decimal{c, base_scale + scale_per_year * k});
  }
  return out;
}

// A review, at the end of its term, of one average-growth target of `rate` a year from 2020,
// over plan years 2021 … 2020 + values.size() − 1, with one value a year.
review growth_review(const std::vector<decimal>& values, const decimal& rate, assessment_method m) {
  const int last = 2020 + static_cast<int>(values.size()) - 1;
  const std::vector<io::indicator_row> indicators{ind("G", "Giá trị sản xuất", "tỷ đồng", measure_kind::level, 0)};
  std::vector<io::target_row> targets{tgt("G", target_kind::average_growth, rate)};
  targets[0].target.term = term::from_baseline(2020, last);
  std::vector<io::observation_row> observations;
  for (std::size_t i = 0; i < values.size(); ++i)
    observations.push_back(obs("G", "d", 2020 + static_cast<int>(i), values[i]));
  review_options o;
  o.as_of = date(static_cast<unsigned short>(last), 12, 31);
  o.method = m;
  return make_review(indicators, targets, observations, o);
}

}  // namespace

TEST(report, average_growth_targets_past_38_digits_are_decided_exactly) {
  // 7.55 % a year over a ten-year strategy and 7.5 % over thirteen years imply levels of
  // scale(baseline) + 40 and + 39 fractional digits, which no decimal holds: the review keeps
  // them exact. At the end of the term a value exactly at the level meets the target, one unit
  // of its last digit above exceeds it, one below does not meet it — although its CAGR shows
  // as the target rate.
  struct plan {
    decimal rate;
    std::vector<decimal> values;
    decimal ulp;
    std::string level;
  };
  const std::vector<plan> plans{
      {0.0755_d, growth_path(10, 1, 2151, 3, 0, 10), decimal{1, 30}, "2120.333152776855221946849125534001"},
      {0.075_d, growth_path(26, 2, 43, 1, 9, 13), decimal{1, 22}, "0.1718264124282290785243"}};
  for (const plan& p : plans) {
    ASSERT_EQ(to_string(p.values.back()), p.level);
    for (const auto m : {assessment_method::growth_ratio, assessment_method::projection, assessment_method::weather}) {
      SCOPED_TRACE(to_string(p.rate) + " " + std::string(to_string(m)));
      std::vector<decimal> v = p.values;
      const review at = growth_review(v, p.rate, m);
      ASSERT_EQ(at.targets.size(), 1U);
      const target_review& a = at.targets[0];
      EXPECT_EQ(*a.attainment.actual, p.rate);
      EXPECT_EQ(a.verdict, review_verdict::achieved);
      EXPECT_EQ(at.summary.met, 1U);
      EXPECT_EQ(a.progress.status,
                m == assessment_method::weather ? progress_status::substantial_progress : progress_status::target_achieved);
      if (m == assessment_method::growth_ratio) {
        EXPECT_EQ(*a.progress.required_growth, p.rate);
      }

      v.back() = p.values.back() + p.ulp;
      const review above = growth_review(v, p.rate, m);
      EXPECT_EQ(above.targets[0].verdict, review_verdict::exceeded);
      EXPECT_EQ(above.targets[0].progress.status, a.progress.status);

      v.back() = p.values.back() - p.ulp;
      const review below = growth_review(v, p.rate, m);
      const target_review& b = below.targets[0];
      EXPECT_EQ(*b.attainment.actual, p.rate);  // the CAGR, rounded at 6 decimals
      EXPECT_EQ(b.verdict, review_verdict::not_met);
      EXPECT_EQ(below.summary.met, 0U);
      // Short of the level: not achieved; on track by the trend (growth ratio, projection),
      // and at the target year the whole remaining distance is missed (weather: cloud).
      EXPECT_EQ(b.progress.status, m == assessment_method::weather ? progress_status::limited_progress
                                                                   : progress_status::substantial_progress);
    }
  }
}

TEST(report, html_draws_the_growth_path_rounded_once_a_year) {
  // The chart's target path is baseline × (1 + r)^k rounded once at 6 decimals (half_up),
  // not compounded from rounded values: 1.075^13 from 1 is 2.560413 (2.5604130689…), where
  // rounding year after year would reach 2.560414. The chart's caption shows the range.
  const std::vector<io::indicator_row> indicators{ind("G", "G", "", measure_kind::level, 6)};
  std::vector<io::target_row> targets{tgt("G", target_kind::average_growth, 0.075_d)};
  targets[0].target.term = term::from_baseline(2020, 2033);
  const std::vector<io::observation_row> observations{obs("G", "d", 2020, 1_d), obs("G", "d", 2021, 1.075_d)};
  review_options o;
  o.as_of = date(2021, 12, 31);
  const review r = make_review(indicators, targets, observations, o);
  const std::string h = render(r, {.format = report_format::html, .language = language::en});
  EXPECT_NE(h.find("1.000000 \u2013 2.560413"), std::string::npos);
  EXPECT_EQ(h.find("2.560414"), std::string::npos);
}

TEST(report, a_count_without_own_values_is_rolled_up_from_the_other_units) {
  const review r = seed{}.make();
  const target_review& xa = r.targets[3];
  EXPECT_EQ(xa.rolled_up_from, 2U);
  ASSERT_EQ(xa.observations.size(), 2U);
  EXPECT_EQ(xa.observations.observations()[0].value, 1_d);
  EXPECT_EQ(*xa.attainment.actual, 2_d);
}

TEST(report, roll_up_follows_the_units_table_when_given) {
  seed s;
  s.observations.push_back(obs("XA", "elsewhere", 2023, 5_d));
  const std::vector<io::unit_row> units{{"d", "District", "", "2", 0}, {"c1", "C1", "d", "3", 0},
                                        {"c2", "C2", "d", "3", 0}, {"elsewhere", "E", "", "2", 0}};
  review_options o;
  o.as_of = date(2023, 6, 29);
  const review r = make_review(s.indicators, s.targets, s.observations, o, units);
  EXPECT_EQ(r.targets[3].rolled_up_from, 2U);
  EXPECT_EQ(*r.targets[3].attainment.actual, 2_d);  // not 7: "elsewhere" is not below d
}

TEST(report, summary_tallies_verdicts_progress_and_forecasts) {
  const review r = seed{}.make();
  const review_summary& s = r.summary;
  EXPECT_EQ(s.targets, 4U);
  EXPECT_EQ(s.met, 3U);
  EXPECT_EQ(s.on_schedule, 3U);
  EXPECT_EQ(s.behind, 1U);
  EXPECT_EQ(s.forecast.targets, 4U);
  std::size_t progress = 0;
  for (const std::size_t n : s.progress) progress += n;
  EXPECT_EQ(progress, 4U);
}

TEST(report, unknown_indicator_throws_with_the_target_named) {
  seed s;
  s.targets.push_back(tgt("NOPE", target_kind::level, 1_d));
  review_options o;
  o.as_of = date(2023, 6, 29);
  try {
    (void)make_review(s.indicators, s.targets, s.observations, o);
    FAIL() << "no exception";
  } catch (const domain_error& e) {
    EXPECT_STREQ(e.what(), "target 5 (NOPE): unknown indicator");
  }
}

TEST(report, a_target_without_observations_has_no_value_not_zero) {
  seed s;
  s.targets.push_back(tgt("TN", target_kind::level, 60_d, "other"));
  review_options o;
  o.as_of = date(2023, 6, 29);
  const review r = make_review(s.indicators, s.targets, s.observations, o);
  const target_review& t = r.targets.back();
  EXPECT_FALSE(t.attainment.actual.has_value());
  EXPECT_EQ(t.verdict, review_verdict::no_value);
  EXPECT_EQ(r.summary.no_value, 1U);
}

TEST(report, methods_are_named_on_every_assessment) {
  for (const auto m : {assessment_method::growth_ratio, assessment_method::projection, assessment_method::weather}) {
    const review r = seed{}.make(m);
    for (const target_review& t : r.targets) EXPECT_EQ(t.progress.method, to_string(m));
  }
}

TEST(report, text_report_in_both_languages) {
  const review r = seed{}.make();
  const std::string vi = render(r, {.format = report_format::text, .language = language::vi});
  EXPECT_NE(vi.find("ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH — huyện Thử"), std::string::npos);
  EXPECT_NE(vi.find("đã qua 910/1.826 ngày của nhiệm kỳ (49,8%)"), std::string::npos);
  EXPECT_NE(vi.find("Thực hiện: 5.540 tỷ đồng (2021–2023, ước đạt)"), std::string::npos);
  EXPECT_NE(vi.find("(50,04 / 38,05)^(1/3) − 1 = 9,6%/năm"), std::string::npos);
  const std::string en = render(r, {.format = report_format::text, .language = language::en});
  EXPECT_NE(en.find("PLAN REVIEW — Test district"), std::string::npos);
  EXPECT_NE(en.find("Value: 5,540 tỷ đồng (2021–2023, estimate)"), std::string::npos);
  EXPECT_NE(en.find("1. Total investment"), std::string::npos);
  EXPECT_NE(en.find("3. Giá trị sản xuất"), std::string::npos);  // no English name: the Vietnamese one
}

TEST(report, markdown_tables_escape_pipes) {
  seed s;
  s.indicators[0].name_en = "Investment | total";
  review_options o;
  o.as_of = date(2023, 6, 29);
  const std::string md =
      render(make_review(s.indicators, s.targets, s.observations, o), {.format = report_format::markdown, .language = language::en});
  EXPECT_NE(md.find("| 1 | Investment \\| total | 5,540 tỷ đồng"), std::string::npos);
  EXPECT_NE(md.find("|---:|---|"), std::string::npos);
  EXPECT_NE(md.find("## How each figure was obtained"), std::string::npos);
}

TEST(report, json_keeps_decimals_exact_and_names_reasons) {
  const std::string j = render(seed{}.make(), {.format = report_format::json, .language = language::en});
  EXPECT_NE(j.find("\"as_of\": \"2023-06-29\""), std::string::npos);
  EXPECT_NE(j.find("\"actual\": \"5540\""), std::string::npos);
  EXPECT_NE(j.find("\"completion\": \"0.554000\""), std::string::npos);
  EXPECT_NE(j.find("\"reason\": \"not_applicable\""), std::string::npos);
  EXPECT_NE(j.find("\"verdict\": \"ahead\""), std::string::npos);
  EXPECT_NE(j.find("\"met\": 3,"), std::string::npos);  // VON, TN, XA ahead; GTSX not met
}

TEST(report, csv_has_one_row_per_target_with_canonical_numbers) {
  const std::string c = render(seed{}.make(), {.format = report_format::csv, .language = language::en});
  std::size_t lines = 0;
  for (const char ch : c) lines += ch == '\n' ? 1U : 0U;
  EXPECT_EQ(lines, 5U);
  EXPECT_EQ(c.rfind("indicator,name,unit,members,kind,", 0), 0U);
  EXPECT_NE(c.find("VON,Total investment,d,,cumulative,2020,2025,10000,,2023,estimate,5540,0.554000,"), std::string::npos);
}

TEST(report, html_is_self_contained_with_charts_badges_and_explanations) {
  const std::string h = render(seed{}.make(), {.format = report_format::html, .language = language::vi});
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(h.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(h.find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(h.find("@media print"), std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  EXPECT_EQ(h.find("http://"), std::string::npos);
  EXPECT_EQ(h.find("https://"), std::string::npos);
  // A completion bar and a line chart per target (4 targets, one without a chart: none here).
  std::size_t svgs = 0;
  for (std::size_t at = h.find("<svg"); at != std::string::npos; at = h.find("<svg", at + 1)) ++svgs;
  EXPECT_EQ(svgs, 8U);
  // Badges carry a symbol and words, not colour alone.
  EXPECT_NE(h.find("<span class=\"badge track\"><span aria-hidden=\"true\">▲</span> Giữa kỳ: vượt tiến độ</span>"),
            std::string::npos);
  // The elapsed share drawn on the bars, and the explanation under the figure.
  EXPECT_NE(h.find("thời gian đã qua 49,8%"), std::string::npos);
  EXPECT_NE(h.find("<p class=\"why\">5.540 / 10.000 tỷ đồng = 55,4% mục tiêu giai đoạn 2021–2025"), std::string::npos);
}

TEST(report, html_escapes_text) {
  seed s;
  s.indicators[1].indicator.name = "Thu nhập <b>&</b>";
  review_options o;
  o.as_of = date(2023, 6, 29);
  const std::string h = render(make_review(s.indicators, s.targets, s.observations, o), {.format = report_format::html});
  EXPECT_NE(h.find("Thu nhập &lt;b&gt;&amp;&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(h.find("<b>&</b>"), std::string::npos);
}

namespace {
// A band (health insurance 95–100 %), a level to maintain (forest cover) and a target whose
// indicator has no observations (no value), reviewed at mid-term.
review band_and_maintain() {
  const std::vector<io::indicator_row> indicators{
      ind("BHYT", "Tỷ lệ tham gia BHYT", "%", measure_kind::rate, 1, "Health insurance coverage"),
      ind("RUNG", "Tỷ lệ che phủ rừng", "%", measure_kind::level, 1, "Forest cover"),
      ind("NONE", "Chưa có số liệu", "xã", measure_kind::count, 0)};
  std::vector<io::target_row> targets{tgt("BHYT", target_kind::band, 95_d), tgt("RUNG", target_kind::maintain, 52.1_d),
                                      tgt("NONE", target_kind::level, 5_d)};
  targets[0].target.upper = 100_d;
  const std::vector<io::observation_row> observations{
      obs("BHYT", "d", 2020, 90_d), obs("BHYT", "d", 2023, 96.2_d, value_status::estimate),
      obs("RUNG", "d", 2020, 52.1_d), obs("RUNG", "d", 2021, 52.3_d), obs("RUNG", "d", 2023, 52.5_d)};
  review_options o;
  o.as_of = date(2023, 6, 29);
  o.title_en = "Test district";
  return make_review(indicators, targets, observations, o);
}
}  // namespace

TEST(report, bands_maintained_levels_and_missing_values) {
  const review r = band_and_maintain();
  ASSERT_EQ(r.targets.size(), 3U);
  EXPECT_EQ(r.targets[0].verdict, review_verdict::achieved);
  EXPECT_EQ(r.targets[1].verdict, review_verdict::achieved);
  EXPECT_EQ(r.targets[2].verdict, review_verdict::no_value);
  // A band and a maintained level have no direction to progress along.
  EXPECT_EQ(r.targets[0].progress.status, progress_status::not_assessable);
  EXPECT_EQ(r.targets[0].progress.reason, why::not_applicable);
  const std::string text = render(r, {.format = report_format::text, .language = language::en});
  for (const char* line : {
           "\n    [BHYT \u00B7 d \u00B7 band]\n",
           "\n    Value: 96.2% (2023, estimate) \u00B7 Target: 95\u2013100% (2025) \u00B7 Completion: no value: not "
           "applicable\n",
           "\n    \u2013 96.2% (estimate) within 95\u2013100%\n",
           "\n    [RUNG \u00B7 d \u00B7 maintain]\n",
           "\n    \u2013 52.5%: held at or beyond its 2020 level (52.1%)\n",
           "\n    Value: no value: a needed value is missing \u00B7 Target: \u2265 5 x\u00E3 (2025) \u00B7 Completion: "
           "no value: a needed value is missing\n",
           "; 0 not met; 1 not assessable\n"})
    EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
  const std::string md = render(r, {.format = report_format::markdown, .language = language::vi});
  for (const char* line : {
           "\n| 1 | Tỷ lệ tham gia BHYT | 96,2% (2023, ước đạt) | 95\u2013100% (2025) | không tính được: không áp dụng "
           "| \u2014 | +6,2 điểm % (2020\u20132023) | không đánh giá được | đạt mục tiêu | không dự báo |\n",
           "\n   - 52,5%: duy trì được mức năm 2020 (52,1%)\n"})
    EXPECT_NE(md.find(line), std::string::npos) << line << "\n" << md;
  EXPECT_EQ(render(r, {.format = report_format::csv, .language = language::en}),
            "indicator,name,unit,members,kind,baseline_year,last_year,target,upper,latest,status,value,completion,"
            "progress_from_baseline,time_adjusted,schedule,growth_method,growth,progress_method,progress_status,"
            "progress_value,forecast,forecast_completion,forecast_outcome,verdict,met,rolled_up_from\n"
            "BHYT,Health insurance coverage,d,,band,2020,2025,95,100,2023,estimate,96.2,,,,not_applicable,"
            "percentage_points,6.2,growth_ratio,not_assessable,,,,not_forecast,achieved,1,0\n"
            "RUNG,Forest cover,d,,maintain,2020,2025,52.1,,2023,normal,52.5,,,,not_applicable,percentage_points,0.4,"
            "growth_ratio,target_achieved,,,,not_forecast,achieved,1,0\n"
            "NONE,Chưa có số liệu,d,,level,2020,2025,5,,,missing,,,,,not_applicable,none,,growth_ratio,not_assessable,,,,"
            "not_forecast,no_value,0,0\n");
  const std::string html = render(r, {.format = report_format::html, .language = language::en});
  EXPECT_NE(html.find("96.2% (estimate) within 95\u2013100%"), std::string::npos);
  EXPECT_NE(html.find("52.5%: held at or beyond its 2020 level (52.1%)"), std::string::npos);
}

// A target names its series: the headline (no members) or one slice (SEX=F); each matches
// the observations of exactly its members, never the sum or the last of them.
TEST(report, a_target_matches_the_series_with_exactly_its_members) {
  const std::vector<io::indicator_row> indicators{ind("POV", "Tỷ lệ nghèo", "%", measure_kind::rate, 1, "Poverty rate")};
  std::vector<io::target_row> targets{tgt("POV", target_kind::level, 10_d), tgt("POV", target_kind::level, 11_d)};
  targets[1].members = {{"SEX", "F"}};
  for (io::target_row& t : targets) {
    t.target.polarity = polarity::lower_is_better;
    t.polarity_given = true;
  }
  std::vector<io::observation_row> observations{obs("POV", "d", 2020, 14.5_d), obs("POV", "d", 2023, 11.9_d),
                                                obs("POV", "d", 2020, 14.9_d), obs("POV", "d", 2023, 12.0_d),
                                                obs("POV", "d", 2020, 14.1_d), obs("POV", "d", 2023, 11.8_d)};
  observations[2].members = observations[3].members = {{"SEX", "F"}};
  observations[4].members = observations[5].members = {{"SEX", "M"}};
  review_options o;
  o.as_of = date(2023, 6, 29);
  const review r = make_review(indicators, targets, observations, o);
  ASSERT_EQ(r.targets.size(), 2U);
  EXPECT_EQ(*r.targets[0].attainment.actual, 11.9_d);
  EXPECT_TRUE(r.targets[0].members.empty());
  EXPECT_EQ(*r.targets[1].attainment.actual, 12.0_d);
  EXPECT_EQ(r.targets[1].members, (std::vector<std::pair<std::string, std::string>>{{"SEX", "F"}}));
  const std::string text = render(r, {.format = report_format::text, .language = language::en});
  EXPECT_NE(text.find("\n    [POV \u00B7 d \u00B7 SEX=F \u00B7 level"), std::string::npos) << text;
  const std::string csv = render(r, {.format = report_format::csv, .language = language::en});
  EXPECT_NE(csv.find("\nPOV,Poverty rate,d,SEX=F,level,"), std::string::npos) << csv;
  const std::string json = render(r, {.format = report_format::json, .language = language::en});
  EXPECT_NE(json.find("\"members\": {\n        \"SEX\": \"F\"\n      }"), std::string::npos) << json;
}
