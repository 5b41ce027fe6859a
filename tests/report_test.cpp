// The review model and its renderers: figures, verdicts, roll-ups, tallies, and what each
// format writes.
#include "attain/report.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "attain/io/json.hpp"
#include "attain/words.hpp"

#include "support/review_rows.hpp"

namespace io = attain::io;
using namespace attain;
using namespace attain::literals;
using boost::gregorian::date;
using attain::test::ind;
using attain::test::obs;
using attain::test::tgt;

namespace {




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
  // A line chart per target, and a completion bar for the three that have a completion or a
  // progress (an average-growth target has neither: its rate is compared with the target's).
  std::size_t svgs = 0;
  for (std::size_t at = h.find("<svg"); at != std::string::npos; at = h.find("<svg", at + 1)) ++svgs;
  EXPECT_EQ(svgs, 7U);
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
           "\n    Value: 96.2% (2023, estimate) \u00B7 Target: 95\u2013100% (2025) \u00B7 Completion: \u2014\n",
           "\n    \u2013 96.2% (estimate) within 95\u2013100%\n",
           "\n    [RUNG \u00B7 d \u00B7 maintain]\n",
           "\n    \u2013 52.5%: held at or beyond its 2020 level (52.1%)\n",
           "\n    Value: no value: a needed value is missing \u00B7 Target: \u2265 5 x\u00E3 (2025) \u00B7 Completion: "
           "no value: a needed value is missing\n",
           "; 0 not met; 1 not assessable\n"})
    EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
  const std::string md = render(r, {.format = report_format::markdown, .language = language::vi});
  for (const char* line : {
           "\n| 1 | Tỷ lệ tham gia BHYT | 96,2% (2023, ước đạt) | 95\u2013100% (2025) | \u2014 "
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

// ROUNDED ONCE ----------------------------------------------------------------------------------
namespace {

// A review of one cumulative target of 10,000 whose three plan years add up to `total`.
review one_completion(const decimal& total) {
  const std::vector<io::indicator_row> i{ind("VON", "Tổng vốn đầu tư", "tỷ đồng", measure_kind::flow, 3, "Investment")};
  const std::vector<io::target_row> t{tgt("VON", target_kind::cumulative, 10000_d)};
  const std::vector<io::observation_row> o{obs("VON", "d", 2021, 1650_d), obs("VON", "d", 2022, 1830_d),
                                           obs("VON", "d", 2023, total - 3480_d, value_status::estimate)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  return make_review(i, t, o, opt);
}

// The oracle: total / 10,000 as a percent with one decimal, rounded half up on integers.
std::string percent_oracle(const decimal& total, char mark) {
  // total / 10000 × 1000 = total / 10 permille; half up: floor((total·10^s / 10 + 1/2))
  const int s = total.scale();
  boost::multiprecision::cpp_int num = boost::multiprecision::cpp_int(static_cast<long long>(total.coefficient())) * 2;
  boost::multiprecision::cpp_int den = boost::multiprecision::cpp_int(10) * 2;
  for (int k = 0; k < s; ++k) den *= 10;
  const boost::multiprecision::cpp_int permille = (num + den / 2) / den;  // (2·total + den/2) div (2·10^(s+1))
  const std::string digits = permille.str();
  const std::string whole = digits.size() > 1 ? digits.substr(0, digits.size() - 1) : "0";
  return whole + mark + digits.back() + "%";
}

}  // namespace

TEST(report, the_investment_of_5544_996_is_55_4_percent_rounded_once) {
  const review r = one_completion(5544.996_d);
  ASSERT_TRUE(r.targets[0].attainment.completion.has_value());
  EXPECT_EQ(*r.targets[0].attainment.completion, (exact_fraction{5544.996_d, 10000}));
  for (const report_format f : {report_format::text, report_format::markdown, report_format::html}) {
    const std::string en = render(r, {.format = f, .language = language::en});
    EXPECT_NE(en.find("55.4%"), std::string::npos) << to_string(f);
    EXPECT_EQ(en.find("55.5%"), std::string::npos) << to_string(f);
    const std::string vi = render(r, {.format = f, .language = language::vi});
    EXPECT_NE(vi.find("55,4%"), std::string::npos) << to_string(f);
    EXPECT_EQ(vi.find("55,5%"), std::string::npos) << to_string(f);
  }
  // The machine formats round once at their ratio scale, and JSON keeps the exact fraction.
  const std::string json = render(r, {.format = report_format::json, .language = language::en});
  EXPECT_NE(json.find("\"completion\": \"0.554500\""), std::string::npos);
  const std::size_t exact = json.find("\"completion_exact\": {");
  ASSERT_NE(exact, std::string::npos);
  EXPECT_NE(json.find("\"numerator\": \"5544.996\"", exact), std::string::npos);
  EXPECT_NE(json.find("\"denominator\": 10000", exact), std::string::npos);
  const std::string csv = render(r, {.format = report_format::csv, .language = language::en, .ratio_scale = 3});
  EXPECT_NE(csv.find(",0.554,"), std::string::npos) << csv;
}

TEST(report, completions_near_every_rounding_boundary_are_rounded_once_in_every_renderer) {
  // Totals whose completion lies on, just below and just above x.x5 % for x.x from 0.0 % to
  // 149.9 % in steps of 3.7 %, through the text, Markdown, HTML, CSV and JSON renderers: a
  // completion rounded at 6 digits first would print the next tenth for every "just below" case.
  int checked = 0;
  for (int tenth = 0; tenth < 1500; tenth += 37) {
    const decimal boundary = decimal{tenth * 10 + 5, 0};  // total at (tenth + ½)/10 %: ×10000/1000
    for (const decimal delta : {decimal{0}, decimal{-4, 3}, decimal{-4, 7}, decimal{4, 7}}) {
      const decimal total = boundary + delta;
      if (total - 3480_d < 0_d) continue;
      const review r = one_completion(total);
      for (const language l : {language::en, language::vi}) {
        const std::string expected = percent_oracle(total, l == language::en ? '.' : ',');
        for (const report_format f : {report_format::text, report_format::markdown, report_format::html}) {
          const std::string out = render(r, {.format = f, .language = l});
          EXPECT_NE(out.find(expected), std::string::npos)
              << to_string(f) << " " << to_string(l) << ": " << to_string(total) << " should print " << expected;
        }
        ++checked;
      }
      // CSV at a ratio scale of 3: the oracle's permille, rounded once.
      const std::string csv = render(r, {.format = report_format::csv, .language = language::en, .ratio_scale = 3});
      const std::string p = percent_oracle(total, '.');
      const decimal permille = decimal::parse(p.substr(0, p.size() - 1));
      EXPECT_NE(csv.find("," + to_string(divide(permille, 100_d, 3, rounding::half_up)) + ","), std::string::npos)
          << to_string(total) << "\n" << csv;
      const std::string json = render(r, {.format = report_format::json, .language = language::en, .ratio_scale = 3});
      EXPECT_NE(json.find("\"completion\": \"" + to_string(divide(permille, 100_d, 3, rounding::half_up)) + "\""),
                std::string::npos)
          << to_string(total);
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(report, a_growth_target_from_a_zero_base_is_not_assessable_and_never_counted_as_achieved) {
  const std::vector<io::indicator_row> i{ind("DN", "Doanh nghiệp", "doanh nghiệp", measure_kind::level, 0)};
  const std::vector<io::target_row> t{tgt("DN", target_kind::average_growth, 0.1_d)};
  const std::vector<io::observation_row> o{obs("DN", "d", 2020, 0_d), obs("DN", "d", 2023, 12_d)};
  for (const assessment_method m : {assessment_method::growth_ratio, assessment_method::projection, assessment_method::weather}) {
    review_options opt;
    opt.as_of = date(2023, 6, 29);
    opt.method = m;
    const review r = make_review(i, t, o, opt);
    const target_review& v = r.targets[0];
    EXPECT_FALSE(v.attainment.actual.has_value());
    EXPECT_EQ(v.verdict, review_verdict::no_value);
    EXPECT_EQ(r.summary.met, 0U);
    EXPECT_EQ(r.summary.attainment.achieved, 0U);
    EXPECT_EQ(r.summary.progress[static_cast<std::size_t>(progress_status::target_achieved)], 0U) << to_string(m);
    EXPECT_EQ(v.progress.status, progress_status::not_assessable) << to_string(m);
    const std::string text = render(r, {.format = report_format::text, .language = language::en});
    EXPECT_EQ(text.find("target achieved"), std::string::npos) << text;
  }
}

// NO CONTRADICTION -----------------------------------------------------------------------------

TEST(report, a_value_just_below_its_target_shows_the_digits_that_decide_it) {
  const std::vector<io::indicator_row> i{ind("TN", "Thu nhập", "triệu đồng", measure_kind::level, 0, "Income"),
                                         ind("TL", "Tỷ lệ", "%", measure_kind::level, 1, "Rate")};
  std::vector<io::target_row> t{tgt("TN", target_kind::level, 100_d), tgt("TL", target_kind::band, 4_d),
                                tgt("TN", target_kind::level, 100_d, "e")};
  t[1].target.upper = 6_d;
  const std::vector<io::observation_row> o{obs("TN", "d", 2020, 80_d), obs("TN", "d", 2023, 99.96_d),
                                           obs("TL", "d", 2020, 5_d), obs("TL", "d", 2023, 6.04_d),
                                           obs("TN", "e", 2020, 80_d), obs("TN", "e", 2023, 99.2_d)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  const review r = make_review(i, t, o, opt);
  ASSERT_EQ(r.targets.size(), 3U);
  EXPECT_FALSE(is_met(r.targets[0].verdict) && r.targets[0].attainment.achieved);
  EXPECT_FALSE(r.targets[0].attainment.achieved);
  EXPECT_FALSE(r.targets[1].attainment.achieved);
  for (const report_format f : {report_format::text, report_format::markdown, report_format::html}) {
    const std::string en = render(r, {.format = f, .language = language::en});
    EXPECT_NE(en.find("99.96 triệu đồng"), std::string::npos) << to_string(f);  // not "100 triệu đồng"
    EXPECT_EQ(en.find("100 triệu đồng (2023"), std::string::npos) << to_string(f);
    EXPECT_NE(en.find("99.96%"), std::string::npos) << to_string(f);            // completion, not "100.0%"
    EXPECT_EQ(en.find(">100.0%<"), std::string::npos) << to_string(f);
    EXPECT_NE(en.find("6.04%"), std::string::npos) << to_string(f);             // outside 4–6, not "6.0%"
    // Where the shown digits decide nothing, they stay as the indicator has them.
    EXPECT_NE(en.find("99 triệu đồng (2023"), std::string::npos) << to_string(f);
    EXPECT_NE(en.find("99.2%"), std::string::npos) << to_string(f);
  }
}

TEST(report, the_digits_that_decide_a_verdict) {
  attainment a;
  a.actual = 99.96_d;
  target t;
  t.kind = target_kind::level;
  t.value = 100_d;
  EXPECT_EQ(deciding_scale(a, t, 0, rounding::half_up), 2);
  a.actual = 99.4_d;
  EXPECT_EQ(deciding_scale(a, t, 0, rounding::half_up), 0);
  a.actual = 100_d;
  EXPECT_EQ(deciding_scale(a, t, 0, rounding::half_up), 0);
  t.kind = target_kind::band;
  t.value = 4_d;
  t.upper = 6_d;
  a.actual = 6.04_d;
  EXPECT_EQ(deciding_scale(a, t, 1, rounding::half_up), 2);
  a.actual = 3.96_d;
  EXPECT_EQ(deciding_scale(a, t, 1, rounding::half_up), 2);
  EXPECT_EQ(deciding_percent_decimals(exact_fraction{99996, 100000}, 1, rounding::half_up), 3);   // 99.996 %
  EXPECT_EQ(deciding_percent_decimals(exact_fraction{100004, 100000}, 1, rounding::half_up), 3);  // 100.004 %
  EXPECT_EQ(deciding_percent_decimals(exact_fraction{1}, 1, rounding::half_up), 1);
  EXPECT_EQ(deciding_percent_decimals(exact_fraction{2, 3}, 1, rounding::half_up), 1);
  // 1 − 10^-20: no display of 12 digits tells it from 100 %: the caller says "just below".
  EXPECT_EQ(deciding_percent_decimals(exact_fraction{decimal::parse("0.99999999999999999999")}, 1, rounding::half_up), -1);
}

// TERMS OF THEIR OWN ---------------------------------------------------------------------------

TEST(report, targets_with_different_terms_each_keep_their_own_term_and_elapsed_share) {
  const std::vector<io::indicator_row> i{ind("POV", "Poverty", "%", measure_kind::level, 1, "Poverty")};
  std::vector<io::target_row> t{tgt("POV", target_kind::level, 3_d), tgt("POV", target_kind::level, 3_d),
                                tgt("POV", target_kind::level, 3_d)};
  t[0].target.term = term::from_baseline(2015, 2030);
  t[1].target.term = term::from_baseline(2020, 2028);
  t[2].target.term = term::from_baseline(2020, 2035);
  for (io::target_row& r : t) r.target.polarity = polarity::lower_is_better, r.polarity_given = true;
  const std::vector<io::observation_row> o{obs("POV", "d", 2015, 9_d), obs("POV", "d", 2020, 7_d),
                                           obs("POV", "d", 2023, 5_d)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  const review r = make_review(i, t, o, opt);
  EXPECT_FALSE(r.term.has_value());
  EXPECT_EQ(r.elapsed, exact_fraction{0});
  // 2016-01-01 … 2023-06-29 of 2016–2030; 2021-01-01 … of 2021–2028; … of 2021–2035.
  EXPECT_EQ(r.targets[0].attainment.elapsed, elapsed_fraction(term::from_baseline(2015, 2030), opt.as_of));
  EXPECT_EQ(r.targets[1].attainment.elapsed, elapsed_fraction(term::from_baseline(2020, 2028), opt.as_of));
  EXPECT_EQ(r.targets[2].attainment.elapsed, elapsed_fraction(term::from_baseline(2020, 2035), opt.as_of));
  EXPECT_NE(r.targets[0].attainment.elapsed, r.targets[1].attainment.elapsed);
  EXPECT_NE(r.targets[1].attainment.elapsed, r.targets[2].attainment.elapsed);
  // One shared term is the review's.
  const review same = make_review(i, std::vector<io::target_row>{t[1], t[1]}, o, opt);
  ASSERT_TRUE(same.term.has_value());
  EXPECT_EQ(*same.term, term::from_baseline(2020, 2028));
}

// ROLL-UPS THROUGH THE ENGINE ------------------------------------------------------------------

TEST(report, a_province_rolls_up_through_districts_that_have_no_rows_of_their_own) {
  const std::vector<io::indicator_row> i{ind("XA", "Số xã đạt chuẩn", "xã", measure_kind::count, 0, "Communes")};
  const std::vector<io::target_row> t{tgt("XA", target_kind::units_meeting_standard, 4_d, "P")};
  const std::vector<io::unit_row> units{{"P", "Province", "", "1", 0},  {"D1", "D1", "P", "2", 0},
                                        {"D2", "D2", "P", "2", 0},      {"c1", "c1", "D1", "3", 0},
                                        {"c2", "c2", "D1", "3", 0},     {"c3", "c3", "D2", "3", 0}};
  const std::vector<io::observation_row> o{obs("XA", "c1", 2023, 1_d), obs("XA", "c2", 2023, 1_d, value_status::estimate),
                                           obs("XA", "c3", 2023, 0_d), obs("XA", "c3", 2022, 0_d, value_status::missing),
                                           obs("XA", "D2", 2022, 0_d, value_status::missing)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  const review r = make_review(i, t, o, opt, units);
  const target_review& p = r.targets[0];
  EXPECT_EQ(p.rolled_up_from, 2U);  // D1 and D2, each the roll-up of its communes
  ASSERT_EQ(p.observations.observations().size(), 2U);
  // 2022: only missing values below P: missing, not 0.
  EXPECT_EQ(p.observations.observations()[0].status, value_status::missing);
  // 2023: 1 + 1 + 0, an estimate among them.
  EXPECT_EQ(p.observations.observations()[1].value, 2_d);
  EXPECT_EQ(p.observations.observations()[1].status, value_status::estimate);
  EXPECT_EQ(*p.attainment.actual, 2_d);
}

TEST(report, two_units_without_values_and_no_units_table_is_an_error_not_a_guess) {
  const std::vector<io::indicator_row> i{ind("XA", "Số xã đạt chuẩn", "xã", measure_kind::count, 0)};
  const std::vector<io::target_row> t{tgt("XA", target_kind::units_meeting_standard, 4_d, "A"),
                                      tgt("XA", target_kind::units_meeting_standard, 4_d, "B")};
  const std::vector<io::observation_row> o{obs("XA", "c1", 2023, 1_d)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  try {
    (void)make_review(i, t, o, opt);
    FAIL() << "expected an error";
  } catch (const domain_error& e) {
    EXPECT_STREQ(e.what(),
                 "review: units \"A\" and \"B\" have targets but no values of their own, and no units table says which "
                 "units lie below each");
  }
}

// ONE CATALOGUE, THREE LANGUAGES; TERMS THAT DIFFER (the text, Markdown, JSON, CSV renderers) ----
namespace {

// Three targets over three terms (2015–2030, 2020–2028, 2020–2035), reviewed on 29 June 2023.
review three_terms() {
  const std::vector<io::indicator_row> i{ind("TN", "Thu nhập", "triệu đồng", measure_kind::level, 2, "Income"),
                                         ind("RUNG", "Che phủ rừng", "%", measure_kind::level, 1, "Forest cover"),
                                         ind("VON", "Vốn đầu tư", "tỷ đồng", measure_kind::flow, 0, "Investment")};
  std::vector<io::target_row> t{tgt("TN", target_kind::level, 60_d), tgt("RUNG", target_kind::level, 56_d),
                                tgt("VON", target_kind::cumulative, 10000_d)};
  t[0].target.term = term::from_baseline(2015, 2030);
  t[1].target.term = term::from_baseline(2020, 2028);
  t[2].target.term = term::from_baseline(2020, 2035);
  const std::vector<io::observation_row> o{
      obs("TN", "d", 2015, 30_d),        obs("TN", "d", 2020, 38.05_d),   obs("TN", "d", 2023, 50.04_d),
      obs("RUNG", "d", 2020, 55.2_d),    obs("RUNG", "d", 2023, 55.6_d),  obs("VON", "d", 2021, 1650_d),
      obs("VON", "d", 2022, 1830_d),     obs("VON", "d", 2023, 2060_d, value_status::estimate)};
  review_options opt;
  opt.as_of = date(2023, 6, 29);
  return make_review(i, t, o, opt);
}

// The text from `from` to the next `to` after it ("" when `from` is absent).
std::string_view between(std::string_view s, std::string_view from, std::string_view to) {
  const std::size_t at = s.find(from);
  if (at == std::string_view::npos) return {};
  return s.substr(at, s.find(to, at + from.size()) - at);
}

std::size_t occurrences(std::string_view s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

constexpr std::size_t npos = std::string::npos;

}  // namespace

TEST(report, text_and_markdown_of_targets_with_different_terms_claim_no_one_term_or_forecast_year) {
  const review r = three_terms();
  ASSERT_EQ(r.targets.size(), 3U);
  const std::string en = render(r, {.format = report_format::text, .language = language::en});
  EXPECT_NE(en.find("\n3 targets with different terms (2015\u20132030, 2020\u20132028, 2020\u20132035)\n"), npos) << en;
  // The date alone: an elapsed share belongs to one term.
  EXPECT_NE(en.find("\nReview date: 29 June 2023\n"), npos) << en;
  EXPECT_EQ(en.find("days of the term elapsed"), npos) << en;
  EXPECT_EQ(en.find(" term (baseline"), npos) << en;
  // Each target's forecast is for the last year of its own term, and no other line names it.
  const std::pair<std::string_view, std::string_view> own[] = {{" 1. Income\n", "Forecast for 2030: "},
                                                               {" 2. Forest cover\n", "Forecast for 2028: "},
                                                               {" 3. Investment\n", "Forecast for 2035: "}};
  for (const auto& [name, forecast] : own) {
    EXPECT_NE(between(en, name, "\n\n").find(forecast), npos) << name << "\n" << en;
    EXPECT_EQ(occurrences(en, forecast), 1U) << forecast << "\n" << en;
  }
  // The summary and the definitions say each term's end.
  EXPECT_NE(en.find("\n  Forecast for the end of each target's term (2030, 2028, 2035): "), npos) << en;
  EXPECT_NE(en.find("\nForecast for the end of each target's term (2030, 2028, 2035): the average annual growth"), npos)
      << en;

  const std::string md = render(r, {.format = report_format::markdown, .language = language::en});
  EXPECT_NE(md.find("\n3 targets with different terms (2015\u20132030, 2020\u20132028, 2020\u20132035).  \n"
                    "Review date: 29 June 2023.  \n"),
            npos)
      << md;
  EXPECT_NE(md.find(" | Mid-term | Forecast (term end) |\n"), npos) << md;
  EXPECT_EQ(md.find("| Forecast 20"), npos) << md;
  EXPECT_EQ(md.find("Forecast for 20"), npos) << md;
  const std::pair<std::string_view, std::string_view> cells[] = {
      {"\n| 1 | Income | ", " | 2030: "}, {"\n| 2 | Forest cover | ", " | 2028: "}, {"\n| 3 | Investment | ", " | 2035: "}};
  for (const auto& [row, forecast] : cells) EXPECT_NE(between(md, row, "|\n").find(forecast), npos) << row << "\n" << md;
  EXPECT_NE(md.find("\n- Forecast for the end of each target's term (2030, 2028, 2035): "), npos) << md;

  const std::string vi = render(r, {.format = report_format::text, .language = language::vi});
  EXPECT_NE(vi.find("\n3 chỉ tiêu thuộc các nhiệm kỳ khác nhau (2015\u20132030, 2020\u20132028, 2020\u20132035)\n"), npos)
      << vi;
  EXPECT_EQ(occurrences(vi, "Dự báo năm 2028: "), 1U) << vi;
  EXPECT_EQ(vi.find("ngày của nhiệm kỳ"), npos) << vi;
  const std::string md_vi = render(r, {.format = report_format::markdown, .language = language::vi});
  EXPECT_NE(md_vi.find(" | Giữa kỳ | Dự báo (cuối nhiệm kỳ) |\n"), npos) << md_vi;

  // One term shared: the review names it, its elapsed share and its one forecast year.
  const std::string one = render(seed{}.make(), {.format = report_format::markdown, .language = language::en});
  EXPECT_NE(one.find("\n4 targets, 2020\u20132025 term (baseline 2020, plan years 2021\u20132025).  \n"), npos) << one;
  EXPECT_NE(one.find("days of the term elapsed"), npos) << one;
  EXPECT_NE(one.find(" | Mid-term | Forecast 2025 |\n"), npos) << one;
  EXPECT_NE(one.find("\n- Forecast for 2025: "), npos) << one;
}

TEST(report, every_renderer_in_french_leaves_no_english_or_vietnamese_label) {
  const review r = seed{}.make();
  // Labels of the other two languages (the data's Vietnamese names and units are not labels;
  // the review date's month is period_format's).
  const char* const foreign[] = {
      "PLAN REVIEW", "ĐÁNH GIÁ", "Review date", "Thời điểm", "Progress assessment", "Phương pháp", "Value:", "Thực hiện",
      "Target:", "Mục tiêu", "Completion", "Hoàn thành", "Time-adjusted", "So với tiến độ", "Growth", "Tăng trưởng",
      "Mid-term", "Giữa kỳ", "Progress:", "Progress (", "Tiến độ", "Forecast", "Dự báo", "SUMMARY", "TỔNG HỢP", "Summary", "Tổng hợp",
      "summed over", "tổng của", " a year", "/năm", " pp (", "điểm %", "targets", "chỉ tiêu", "Definitions",
      "Định nghĩa", "not met", "chưa đạt", "ahead of", "vượt tiến độ", "ước đạt", "estimate)", "cumulative",
      "cộng dồn", "growth: ", "progress: ", "average annual growth", "tốc độ tăng", "How each figure", "Cách tính"};
  const auto none_of = [&](const std::string& out, report_format f) {
    for (const char* label : foreign) EXPECT_EQ(out.find(label), npos) << to_string(f) << ": \"" << label << "\"\n" << out;
  };

  const std::string text = render(r, {.format = report_format::text, .language = language::fr});
  for (const char* french : {
           "REVUE DU PLAN \u2014 Test district\n",
           "\n4 objectifs, période 2020\u20132025 (année de référence 2020, années du plan 2021\u20132025)\n",
           "\nDate de la revue\u00A0: ",
           "\nMéthode d’évaluation des progrès\u00A0: ratio de croissance (Eurostat, Open SDG)\n",
           "\nAtteint à la date de la revue\u00A0: ",
           "\nPrévision pour 2025\u00A0: la croissance annuelle moyenne (TCAM)",
           "\nLes valeurs estimées et provisoires sont signalées à côté de chaque chiffre.\n",
           "cumul sur la période",
           "somme de 2 unités",
           "    Valeur\u00A0: ",
           " \u00B7 Cible\u00A0: ",
           " \u00B7 Taux d’achèvement\u00A0: ",
           "    Rapporté au temps écoulé\u00A0: ",
           " \u00B7 Croissance\u00A0: ",
           "    Mi-parcours\u00A0: en avance sur le calendrier \u00B7 Progression\u00A0: ",
           " \u00B7 Prévision pour 2025\u00A0: ",
           " par an (2021\u20132025)",
           "croissance annuelle moyenne des valeurs annuelles (TCAM) 2021\u20132023\u00A0: ",
           "\u2013 évaluation des progrès\u00A0: ",
           "\nSYNTHÈSE\n",
           "\n  À la date de la revue\u00A0: 3/4 objectifs atteints ou dépassés (",
           "\n  Évaluation des progrès (growth_ratio)\u00A0: ",
           "\n  Prévision pour 2025\u00A0: "})
    EXPECT_NE(text.find(french), npos) << "\"" << french << "\"\n" << text;
  none_of(text, report_format::text);

  const std::string md = render(r, {.format = report_format::markdown, .language = language::fr});
  for (const char* french :
       {"# Revue du plan \u2014 Test district\n", "\n## Synthèse\n", "\n## Objectifs\n",
        "\n| # | Indicateur | Valeur | Cible | Taux d’achèvement | Rapporté au temps écoulé | Croissance | Progression | "
        "Mi-parcours | Prévision 2025 |\n",
        "\n## Mode de calcul de chaque chiffre\n", "\n## Définitions\n", "\n- À la date de la revue\u00A0: "})
    EXPECT_NE(md.find(french), npos) << "\"" << french << "\"\n" << md;
  none_of(md, report_format::markdown);

  const std::string html = render(r, {.format = report_format::html, .language = language::fr});
  EXPECT_NE(html.find("<html lang=\"fr\">"), npos);
  EXPECT_NE(html.find("REVUE DU PLAN"), npos);
  EXPECT_NE(html.find("Cible"), npos);
  for (const char* label : {"Target:", "Mục tiêu", "PLAN REVIEW", "Review date", "Thời điểm", " a year", "/năm",
                            "summed over", "Giữa kỳ", "Mid-term", "TỔNG HỢP", "progress: ", "growth: "})
    EXPECT_EQ(html.find(label), npos) << "html: \"" << label << "\"";

  // JSON and CSV write machine names; their words (the explanations) are French.
  const std::string json = render(r, {.format = report_format::json, .language = language::fr});
  EXPECT_NE(json.find("\"language\": \"fr\""), npos);
  EXPECT_NE(json.find("\"progress\": \"évaluation des progrès\u00A0: "), npos) << json;
  for (const char* label : {"progress: ", "growth: ", "đánh giá tiến độ", "tăng trưởng: ", " a year", "/năm", "summed over"})
    EXPECT_EQ(json.find(label), npos) << "json: \"" << label << "\"";
  // The CSV's only words are the indicators' names (French falls back on the English ones,
  // then on the names).
  EXPECT_EQ(render(r, {.format = report_format::csv, .language = language::fr}),
            render(r, {.format = report_format::csv, .language = language::en}));
}

TEST(report, the_catalogue_says_each_verdict_as_describe_does_and_in_french) {
  const std::tuple<review_verdict, word, std::string_view> verdicts[] = {
      {review_verdict::exceeded, word::review_verdict_exceeded, "dépassé"},
      {review_verdict::achieved, word::review_verdict_achieved, "atteint"},
      {review_verdict::ahead, word::review_verdict_ahead, "en avance sur le calendrier"},
      {review_verdict::on_schedule, word::review_verdict_on_schedule, "dans les temps"},
      {review_verdict::behind, word::review_verdict_behind, "non atteint (en retard)"},
      {review_verdict::not_met, word::review_verdict_not_met, "non atteint"},
      {review_verdict::no_value, word::review_verdict_no_value, "non évaluable"}};
  for (const auto& [v, w, fr] : verdicts) {
    EXPECT_EQ(text(w, language::en), describe(v, language::en));
    EXPECT_EQ(text(w, language::vi), describe(v, language::vi));
    EXPECT_EQ(text(w, language::fr), fr);
  }
}

TEST(report, french_review_words_set_the_spaces_of_french_typography) {
  // Before a colon a no-break space (U+00A0), before a semicolon or a percent sign a narrow one
  // (U+202F); never an ordinary space, which a line could break at.
  for (auto i = static_cast<std::size_t>(word::review_verdict_exceeded);
       i <= static_cast<std::size_t>(word::review_growth_points_explained); ++i) {
    const std::string_view t = text(static_cast<word>(i), language::fr);
    EXPECT_FALSE(t.empty()) << "word " << i;
    EXPECT_EQ(t.find(" :"), npos) << t;
    EXPECT_EQ(t.find(" ;"), npos) << t;
    EXPECT_EQ(t.find(" %"), npos) << t;
    for (std::size_t k = 0; k < t.size(); ++k)
      if (t[k] == ':' || t[k] == ';') {
        EXPECT_TRUE((k >= 2 && t.substr(k - 2, 2) == "\u00A0") || (k >= 3 && t.substr(k - 3, 3) == "\u202F")) << t;
      }
  }
}

TEST(report, a_value_in_percent_takes_the_typography_of_its_language) {
  const review r = band_and_maintain();
  const std::string sign = format_of(language::fr).percent_space ? "\u202F%" : "%";
  const std::string fr = render(r, {.format = report_format::text, .language = language::fr});
  EXPECT_NE(fr.find("Cible\u00A0: 95\u2013100" + sign + " (2025)"), npos) << fr;
  EXPECT_NE(fr.find("\u00B7 maintien]"), npos) << fr;
  EXPECT_NE(fr.find("\u00B7 fourchette]"), npos) << fr;
  // English and Vietnamese keep the sign against the number.
  EXPECT_NE(render(r, {.format = report_format::text, .language = language::vi}).find("Mục tiêu: 95\u2013100% (2025)"), npos);
}
