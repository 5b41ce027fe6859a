// Tests of attain/explain.hpp: the sentences a report writer pastes, in English, Vietnamese
// and French (U+202F in numbers, before % and ;, U+00A0 before :).
#include "attain/explain.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <tuple>
#include <utility>

namespace {

using attain::decimal;
using attain::explain_options;
using attain::language;
using attain::value_status;
using boost::gregorian::date;
using namespace attain::literals;

const explain_options en{language::en};
const explain_options vi{language::vi};
const explain_options fr{language::fr};
const date review{2023, 6, 29};

attain::series yearly(std::initializer_list<std::pair<int, const char*>> rows, int estimate_from) {
  std::vector<attain::observation> obs;
  for (const auto& [y, v] : rows)
    obs.push_back({attain::period{attain::year{y}}, decimal::parse(v),
                   y >= estimate_from ? value_status::estimate : value_status::normal});
  return attain::series(obs);
}

attain::target make(attain::target_kind kind, decimal value) {
  attain::target t;
  t.indicator = "X";
  t.kind = kind;
  t.term = attain::term::from_baseline(2020, 2025);
  t.value = value;
  return t;
}

attain::indicator ind(const char* unit) {
  attain::indicator i;
  i.code = "X";
  i.unit = attain::unit_of_measure::parse(unit);
  i.decimals = 1;
  return i;
}

TEST(explain, cumulative_investment_in_both_languages) {
  const auto inv = yearly({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto t = make(attain::target_kind::cumulative, 10000_d);
  const auto a = attain::assess_attainment(t, inv, review);
  EXPECT_EQ(attain::explain(a, t, ind("tỷ đồng"), en),
            "5,540 / 10,000 tỷ đồng = 55.4% of the 2021–2025 target (estimate); 2.5 of 5 years elapsed: "
            "ahead of a straight-line schedule");
  EXPECT_EQ(attain::explain(a, t, ind("tỷ đồng"), vi),
            "5.540 / 10.000 tỷ đồng = 55,4% mục tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5 năm: vượt tiến độ");
}

TEST(explain, level_income_with_change_on_the_baseline) {
  const auto income = yearly({{2020, "38.05"}, {2023, "50.04"}}, 2023);
  const auto t = make(attain::target_kind::level, 60_d);
  const auto a = attain::assess_attainment(t, income, review);
  EXPECT_EQ(attain::explain(a, t, ind("triệu đồng"), vi),
            "50,04 triệu đồng (năm 2023, ước đạt), bằng 83,4% mục tiêu 60 triệu đồng năm 2025; tăng 11,99 triệu "
            "đồng so với năm 2020; đã thực hiện 54,6% chặng đường; đã qua 2,5/5 năm: vượt tiến độ");
  EXPECT_EQ(attain::explain(a, t, ind("triệu đồng"), en),
            "50.04 triệu đồng (2023, estimate) against a target of 60 triệu đồng for 2025 = 83.4%; up 11.99 triệu "
            "đồng on 2020; 54.6% of the distance covered; 2.5 of 5 years elapsed: ahead of a straight-line schedule");
}

TEST(explain, communes_growth_forecast_and_no_value) {
  const auto communes = yearly({{2020, "6"}, {2023, "10"}}, 2023);
  const auto t = make(attain::target_kind::units_meeting_standard, 16_d);
  const auto a = attain::assess_attainment(t, communes, review);
  EXPECT_EQ(attain::explain(a, t, ind("xã"), vi), "10/16 xã (ước đạt), bằng 62,5% kế hoạch năm 2025");
  EXPECT_EQ(attain::explain(a, t, ind("xã"), en), "10/16 xã (estimate) = 62.5% of the 2025 plan");

  const auto production = yearly({{2020, "10000"}, {2023, "11809"}}, 2023);
  const auto g = make(attain::target_kind::average_growth, 0.07_d);
  const auto ga = attain::assess_attainment(g, production, review);
  // A rate is compared with the target rate, not divided by it: no completion (not_applicable).
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), vi),
            "tốc độ tăng bình quân giai đoạn 2021–2023 (so với năm 2020) 5,7%/năm (ước đạt), mục tiêu 7,0%/năm");
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), en),
            "average growth 2021–2023 (from 2020) 5.7% a year (estimate) against a target of 7.0% a year");
  // A completion given by the caller is shown.
  auto given = ga;
  given.completion = attain::exact_fraction{0.814_d};
  EXPECT_EQ(attain::explain(given, g, ind("tỷ đồng"), vi),
            "tốc độ tăng bình quân giai đoạn 2021–2023 (so với năm 2020) 5,7%/năm (ước đạt), bằng 81,4% mục tiêu 7,0%");
  EXPECT_EQ(attain::explain(given, g, ind("tỷ đồng"), en),
            "average growth 2021–2023 (from 2020) 5.7% a year (estimate) = 81.4% of the 7.0% target");

  const auto inv = yearly({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto c = make(attain::target_kind::cumulative, 10000_d);
  const auto f = attain::forecast_target(c, inv, review);
  EXPECT_EQ(attain::explain(f, c, ind("tỷ đồng"), vi),
            "dự báo năm 2025: 10.022,5 tỷ đồng = 100,2% mục tiêu (phương pháp: tăng bình quân) → hoàn thành");
  EXPECT_EQ(attain::explain(attain::no_value{attain::why::zero_base}, vi), "không tính được: kỳ gốc bằng 0");
  EXPECT_EQ(attain::explain(attain::no_value{attain::why::zero_base}, en), "no value: growth from a zero base");
}

TEST(explain, a_percentage_changes_by_percentage_points) {
  // Regression: a rate of 30.5 % falling to 27 % fell by 3.5 percentage points, not by 3.5 %;
  // and the percent sign joins its number as format_percent writes it ("27%").
  const auto share = yearly({{2020, "30.5"}, {2022, "27.0"}}, 2023);
  auto t = make(attain::target_kind::level, 24_d);
  t.polarity = attain::polarity::lower_is_better;
  const auto a = attain::assess_attainment(t, share, review);
  EXPECT_EQ(attain::explain(a, t, ind("%"), vi),
            "27% (năm 2022), bằng 88,9% mục tiêu 24% năm 2025; giảm 3,5 điểm phần trăm so với năm 2020; đã thực hiện "
            "53,8% chặng đường; đã qua 2,5/5 năm: vượt tiến độ");
  EXPECT_EQ(attain::explain(a, t, ind("%"), en),
            "27% (2022) against a target of 24% for 2025 = 88.9%; down 3.5 percentage points on 2020; 53.8% of the "
            "distance covered; 2.5 of 5 years elapsed: ahead of a straight-line schedule");
}

TEST(explain, progress_assessment_sentence) {
  attain::growth_ratio_input in{14.5_d, 2015, 10.4_d, 2023, 7.25_d, 2030, attain::polarity::lower_is_better,
                                std::nullopt};
  const auto a = attain::assess_growth_ratio(in);
  EXPECT_EQ(attain::explain(a, en), "acceleration needed (method growth_ratio, value 0.901, score 2.15)");
  EXPECT_EQ(attain::explain(a, vi), "cần đẩy nhanh (phương pháp growth_ratio, chỉ số 0,901, điểm 2,15)");
}

TEST(explain, a_band_says_within_or_outside) {
  auto t = make(attain::target_kind::band, 95_d);
  t.upper = 100_d;
  const auto in = attain::assess_attainment(t, yearly({{2023, "96.2"}}, 2023), review);
  EXPECT_EQ(attain::explain(in, t, ind("%"), vi), "96,2% (ước đạt) nằm trong 95–100%");
  EXPECT_EQ(attain::explain(in, t, ind("%"), en), "96.2% (estimate) within 95–100%");
  const auto out = attain::assess_attainment(t, yearly({{2023, "93"}}, 2024), review);
  EXPECT_EQ(attain::explain(out, t, ind("%"), vi), "93% ngoài 95–100%");
  EXPECT_EQ(attain::explain(out, t, ind("%"), en), "93% outside 95–100%");
  // Without an upper bound the band is the single value.
  t.upper.reset();
  EXPECT_EQ(attain::explain(out, t, ind("%"), en), "93% outside 95–95%");
}

TEST(explain, a_maintained_level_names_its_baseline) {
  const auto t = make(attain::target_kind::maintain, 80_d);
  const auto held = attain::assess_attainment(t, yearly({{2020, "80"}, {2021, "82"}, {2023, "85"}}, 2024), review);
  EXPECT_EQ(attain::explain(held, t, ind("xã"), vi), "85 xã: duy trì được mức năm 2020 (80 xã)");
  EXPECT_EQ(attain::explain(held, t, ind("xã"), en), "85 xã: held at or beyond its 2020 level (80 xã)");
  // 2022 fell below the 2020 level: not held, whatever 2023 reached.
  const auto fell = attain::assess_attainment(t, yearly({{2020, "80"}, {2022, "78"}, {2023, "85"}}, 2024), review);
  EXPECT_EQ(attain::explain(fell, t, ind("xã"), vi), "85 xã: chưa duy trì được mức năm 2020 (80 xã)");
  EXPECT_EQ(attain::explain(fell, t, ind("xã"), en), "85 xã: fell short of its 2020 level (80 xã)");
  // No baseline observation and none in the target: nothing to hold, no level to name.
  const auto unknown = attain::assess_attainment(t, yearly({{2023, "85"}}, 2024), review);
  EXPECT_EQ(attain::explain(unknown, t, ind("xã"), en), "85 xã: fell short of its 2020 level");
}

TEST(explain, figures_without_a_value_say_why) {
  // A zero target: the completion has no value, and the sentence says so where the percentage goes.
  const auto inv = yearly({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto c = make(attain::target_kind::cumulative, 0_d);
  const auto ca = attain::assess_attainment(c, inv, review);
  EXPECT_EQ(attain::explain(ca, c, ind("tỷ đồng"), vi),
            "5.540 / 0 tỷ đồng = không tính được: mục tiêu bằng 0 mục tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5 năm");
  EXPECT_EQ(attain::explain(ca, c, ind("tỷ đồng"), en),
            "5,540 / 0 tỷ đồng = no value: ratio to a zero target of the 2021–2025 target (estimate); 2.5 of 5 years elapsed");

  const auto g = make(attain::target_kind::average_growth, 0_d);
  const auto ga = attain::assess_attainment(g, yearly({{2020, "10000"}, {2023, "11809"}}, 2024), review);
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), vi),
            "tốc độ tăng bình quân giai đoạn 2021–2023 (so với năm 2020) 5,7%/năm, mục tiêu 0,0%/năm");
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), en),
            "average growth 2021–2023 (from 2020) 5.7% a year against a target of 0.0% a year");
  // A completion without a value for a reason of its own says why where the percentage goes.
  auto zero = ga;
  zero.completion = attain::none(attain::why::zero_target);
  EXPECT_EQ(attain::explain(zero, g, ind("tỷ đồng"), vi),
            "tốc độ tăng bình quân giai đoạn 2021–2023 (so với năm 2020) 5,7%/năm, bằng không tính được: mục tiêu "
            "bằng 0 mục tiêu 0,0%");
  EXPECT_EQ(attain::explain(zero, g, ind("tỷ đồng"), en),
            "average growth 2021–2023 (from 2020) 5.7% a year = no value: ratio to a zero target of the 0.0% target");
  // Average growth needs the baseline year's value.
  const auto no_base = attain::assess_attainment(g, yearly({{2023, "11809"}}, 2024), review);
  EXPECT_EQ(attain::explain(no_base, g, ind("tỷ đồng"), vi), "không tính được: thiếu số liệu");

  const auto u = make(attain::target_kind::criteria_met, 0_d);
  const auto ua = attain::assess_attainment(u, yearly({{2023, "12"}}, 2024), review);
  EXPECT_EQ(attain::explain(ua, u, ind("tiêu chí"), vi), "12/0 tiêu chí, bằng không tính được: mục tiêu bằng 0 kế hoạch năm 2025");
  EXPECT_EQ(attain::explain(ua, u, ind("tiêu chí"), en), "12/0 tiêu chí = no value: ratio to a zero target of the 2025 plan");

  // Lower is better and the value is 0: target / actual has no value.
  auto l = make(attain::target_kind::level, 5_d);
  l.polarity = attain::polarity::lower_is_better;
  const auto la = attain::assess_attainment(l, yearly({{2023, "0"}}, 2024), review);
  EXPECT_EQ(attain::explain(la, l, attain::indicator{}, vi), "0 (năm 2023), bằng không tính được: mẫu số bằng 0 mục tiêu 5 năm 2025");
  EXPECT_EQ(attain::explain(la, l, attain::indicator{}, en),
            "0 (2023) against a target of 5 for 2025 = no value: division by a zero denominator");
}

TEST(explain, a_level_without_baseline_has_no_change_and_no_schedule) {
  const auto t = make(attain::target_kind::level, 60_d);
  const auto a = attain::assess_attainment(t, yearly({{2023, "50.04"}}, 2024), review);
  EXPECT_EQ(attain::explain(a, t, ind("triệu đồng"), vi), "50,04 triệu đồng (năm 2023), bằng 83,4% mục tiêu 60 triệu đồng năm 2025");
  EXPECT_EQ(attain::explain(a, t, ind("triệu đồng"), en),
            "50.04 triệu đồng (2023) against a target of 60 triệu đồng for 2025 = 83.4%");
}

TEST(explain, forecasts_name_their_method) {
  const auto t = make(attain::target_kind::level, 10_d);
  attain::target_forecast f;
  f.outcome = attain::forecast_class::exceed;
  f.method = attain::projection_method::linear;
  f.projected = 12.04_d;
  f.projected_completion = attain::exact_fraction{1.204_d};
  EXPECT_EQ(attain::explain(f, t, ind("xã"), en), "forecast for 2025: 12 xã = 120.4% of the target (method: linear) → exceed");
  EXPECT_EQ(attain::explain(f, t, ind("xã"), vi), "dự báo năm 2025: 12 xã = 120,4% mục tiêu (phương pháp: tuyến tính) → vượt kế hoạch");
  f.method = attain::projection_method::least_squares;
  f.outcome = attain::forecast_class::needs_effort;
  f.projected_completion = attain::none(attain::why::zero_target);
  EXPECT_EQ(attain::explain(f, t, ind("xã"), en),
            "forecast for 2025: 12 xã = no value: ratio to a zero target of the target (method: least squares) → "
            "needs extra effort");
  EXPECT_EQ(attain::explain(f, t, ind("xã"), vi),
            "dự báo năm 2025: 12 xã = không tính được: mục tiêu bằng 0 mục tiêu (phương pháp: bình phương nhỏ nhất) → "
            "phải nỗ lực");
  // A growth-rate target is forecast as a rate.
  const auto g = make(attain::target_kind::average_growth, 0.07_d);
  f.method = attain::projection_method::cagr;
  f.outcome = attain::forecast_class::meet;
  f.projected = 0.0712_d;
  f.projected_completion = attain::exact_fraction{1.017_d};
  EXPECT_EQ(attain::explain(f, g, ind("tỷ đồng"), en),
            "forecast for 2025: 7.1% = 101.7% of the target (method: average growth) → meet");
  f.projected = attain::none(attain::why::too_few_points);
  EXPECT_EQ(attain::explain(f, g, ind("tỷ đồng"), en), "no value: too few observations");
  EXPECT_EQ(attain::explain(f, g, ind("tỷ đồng"), vi), "không tính được: quá ít số liệu");
}

TEST(explain, a_progress_assessment_that_cannot_be_made) {
  attain::progress_assessment a;
  a.method = "growth_ratio";
  a.status = attain::progress_status::not_assessable;
  a.reason = attain::why::sign_change;
  EXPECT_EQ(attain::explain(a, en), "not assessable: base and latest value have opposite signs");
  EXPECT_EQ(attain::explain(a, vi), "không đánh giá được: kỳ gốc và kỳ hiện tại trái dấu");
  // Not assessable without a reason, no value and no score: the method alone.
  a.reason.reset();
  EXPECT_EQ(attain::explain(a, en), "not assessable (method growth_ratio)");
  a.status = attain::progress_status::target_achieved;
  EXPECT_EQ(attain::explain(a, vi), "đã đạt mục tiêu (phương pháp growth_ratio)");
}

// Every row of a table of (value, Vietnamese words, English words) is described so.
template <class E, std::size_t N>
void expect_described(const std::tuple<E, std::string_view, std::string_view> (&rows)[N]) {
  for (const auto& [x, words_vi, words_en] : rows) {
    EXPECT_EQ(attain::describe(x, language::vi), words_vi);
    EXPECT_EQ(attain::describe(x, language::en), words_en);
  }
}

TEST(explain, every_status_and_reason_in_both_languages) {
  using attain::describe;
  const std::tuple<value_status, std::string_view, std::string_view> statuses[] = {
      {value_status::normal, "thực hiện", "actual"},
      {value_status::provisional, "sơ bộ", "provisional"},
      {value_status::estimate, "ước đạt", "estimate"},
      {value_status::forecast, "dự báo", "forecast"},
      {value_status::break_in_series, "chuỗi bị gián đoạn", "break in series"},
      {value_status::missing, "thiếu số liệu", "missing"}};
  expect_described(statuses);
  using attain::why;
  const std::pair<why, std::string_view> reasons[] = {
      {why::zero_base, "kỳ gốc bằng 0"},
      {why::negative_base, "kỳ gốc âm"},
      {why::sign_change, "kỳ gốc và kỳ hiện tại trái dấu"},
      {why::zero_target, "mục tiêu bằng 0"},
      {why::zero_denominator, "mẫu số bằng 0"},
      {why::empty_group, "không có số liệu"},
      {why::too_few_points, "quá ít số liệu"},
      {why::no_periods, "không có kỳ nào giữa hai số liệu"},
      {why::missing_value, "thiếu số liệu"},
      {why::not_applicable, "không áp dụng"},
      {why::population_mismatch, "hai bảng xếp hạng khác tập đơn vị hoặc phương pháp"},
      {why::not_ranked, "đơn vị không có trong bảng xếp hạng"}};
  for (const auto& [r, v] : reasons) {
    EXPECT_EQ(describe(r, language::vi), v);
    EXPECT_EQ(describe(r, language::en), attain::describe(r));
  }
  using attain::progress_status;
  const std::tuple<progress_status, std::string_view, std::string_view> progress[] = {
      {progress_status::target_achieved, "đã đạt mục tiêu", "target achieved"},
      {progress_status::substantial_progress, "đúng hướng, đạt tiến độ", "on track"},
      {progress_status::moderate_progress, "cần đẩy nhanh", "acceleration needed"},
      {progress_status::limited_progress, "tiến triển chậm", "limited progress"},
      {progress_status::deterioration, "đi xuống", "deterioration"},
      {progress_status::not_assessable, "không đánh giá được", "not assessable"}};
  expect_described(progress);
  using attain::forecast_class;
  const std::tuple<forecast_class, std::string_view, std::string_view> forecasts[] = {
      {forecast_class::exceed, "vượt kế hoạch", "exceed"},
      {forecast_class::meet, "hoàn thành", "meet"},
      {forecast_class::needs_effort, "phải nỗ lực", "needs extra effort"},
      {forecast_class::not_forecast, "không dự báo", "not forecast"}};
  expect_described(forecasts);
  using attain::schedule_status;
  const std::tuple<schedule_status, std::string_view, std::string_view> schedules[] = {
      {schedule_status::ahead, "vượt tiến độ", "ahead of a straight-line schedule"},
      {schedule_status::on_schedule, "đúng tiến độ", "on a straight-line schedule"},
      {schedule_status::behind, "chậm tiến độ", "behind a straight-line schedule"},
      {schedule_status::not_applicable, "không áp dụng", "not applicable"}};
  expect_described(schedules);
  // Values outside the enumerators (each type holds any byte) are described as "?".
  EXPECT_EQ(describe(static_cast<value_status>(99), language::en), "?");
  EXPECT_EQ(describe(static_cast<why>(99), language::vi), "?");
  EXPECT_EQ(describe(static_cast<progress_status>(99), language::vi), "?");
  EXPECT_EQ(describe(static_cast<forecast_class>(99), language::vi), "?");
  EXPECT_EQ(describe(static_cast<schedule_status>(99), language::vi), "?");
}

// FRENCH -------------------------------------------------------------------------------------------
// The same figures in French: "cible", "estimation", the groups of thousands and the space
// before % are U+202F, the space before ; is U+202F and before : U+00A0.

TEST(explain_fr, the_number_format_of_french) {
  EXPECT_EQ(attain::format_of(language::fr), attain::number_format::fr());
  EXPECT_EQ(attain::format_of(language::vi), attain::number_format::vi());
  EXPECT_EQ(attain::format_of(language::en), attain::number_format::en());
}

TEST(explain_fr, cumulative_investment) {
  const auto inv = yearly({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto t = make(attain::target_kind::cumulative, 10000_d);
  const auto a = attain::assess_attainment(t, inv, review);
  EXPECT_EQ(attain::explain(a, t, ind("tỷ đồng"), fr),
            "5\u202F540 / 10\u202F000 tỷ đồng = 55,4\u202F% de la cible 2021–2025 (estimation)\u202F; 2,5 années écoulées "
            "sur 5\u00A0: en avance sur le calendrier");
}

TEST(explain_fr, level_income_with_change_on_the_baseline) {
  const auto income = yearly({{2020, "38.05"}, {2023, "50.04"}}, 2023);
  const auto t = make(attain::target_kind::level, 60_d);
  const auto a = attain::assess_attainment(t, income, review);
  EXPECT_EQ(attain::explain(a, t, ind("triệu đồng"), fr),
            "50,04 triệu đồng (2023, estimation) = 83,4\u202F% de la cible de 60 triệu đồng pour 2025\u202F; en hausse de "
            "11,99 triệu đồng par rapport à 2020\u202F; 54,6\u202F% du chemin parcouru\u202F; 2,5 années écoulées sur 5\u00A0: "
            "en avance sur le calendrier");
  const auto plain = attain::assess_attainment(t, yearly({{2023, "50.04"}}, 2024), review);
  EXPECT_EQ(attain::explain(plain, t, ind("triệu đồng"), fr), "50,04 triệu đồng (2023) = 83,4\u202F% de la cible de 60 triệu đồng pour 2025");
}

TEST(explain_fr, a_percentage_changes_by_points_de_pourcentage) {
  const auto share = yearly({{2020, "30.5"}, {2022, "27.0"}}, 2023);
  auto t = make(attain::target_kind::level, 24_d);
  t.polarity = attain::polarity::lower_is_better;
  const auto a = attain::assess_attainment(t, share, review);
  EXPECT_EQ(attain::explain(a, t, ind("%"), fr),
            "27\u202F% (2022) = 88,9\u202F% de la cible de 24\u202F% pour 2025\u202F; en baisse de 3,5 points de pourcentage par "
            "rapport à 2020\u202F; 53,8\u202F% du chemin parcouru\u202F; 2,5 années écoulées sur 5\u00A0: en avance sur le calendrier");
}

TEST(explain_fr, communes_growth_forecast_and_no_value) {
  const auto communes = yearly({{2020, "6"}, {2023, "10"}}, 2023);
  const auto t = make(attain::target_kind::units_meeting_standard, 16_d);
  EXPECT_EQ(attain::explain(attain::assess_attainment(t, communes, review), t, ind("xã"), fr),
            "10/16 xã (estimation) = 62,5\u202F% de la cible 2025");

  const auto production = yearly({{2020, "10000"}, {2023, "11809"}}, 2023);
  const auto g = make(attain::target_kind::average_growth, 0.07_d);
  EXPECT_EQ(attain::explain(attain::assess_attainment(g, production, review), g, ind("tỷ đồng"), fr),
            "taux de croissance annuel moyen 2021–2023 (depuis 2020) 5,7\u202F% par an (estimation) pour une cible de "
            "7,0\u202F% par an");

  const auto inv = yearly({{2021, "1700"}, {2022, "1850"}, {2023, "1990"}}, 2023);
  const auto c = make(attain::target_kind::cumulative, 10000_d);
  EXPECT_EQ(attain::explain(attain::forecast_target(c, inv, review), c, ind("tỷ đồng"), fr),
            "prévision pour 2025\u00A0: 10\u202F022,5 tỷ đồng = 100,2\u202F% de la cible (méthode\u00A0: croissance moyenne) → "
            "atteinte prévue");
  EXPECT_EQ(attain::explain(attain::no_value{attain::why::zero_base}, fr), "non calculable\u00A0: croissance depuis une base nulle");
  // A zero target: the sentence says so where the percentage goes.
  const auto zero = make(attain::target_kind::cumulative, 0_d);
  EXPECT_EQ(attain::explain(attain::assess_attainment(zero, inv, review), zero, ind("tỷ đồng"), fr),
            "5\u202F540 / 0 tỷ đồng = non calculable\u00A0: rapport à une cible nulle de la cible 2021–2025 (estimation)\u202F; "
            "2,5 années écoulées sur 5");
}

TEST(explain_fr, bands_maintained_levels_and_forecast_methods) {
  auto band = make(attain::target_kind::band, 95_d);
  band.upper = 100_d;
  EXPECT_EQ(attain::explain(attain::assess_attainment(band, yearly({{2023, "96.2"}}, 2023), review), band, ind("%"), fr),
            "96,2\u202F% (estimation) dans la fourchette 95–100\u202F%");
  EXPECT_EQ(attain::explain(attain::assess_attainment(band, yearly({{2023, "93"}}, 2024), review), band, ind("%"), fr),
            "93\u202F% hors de la fourchette 95–100\u202F%");
  const auto keep = make(attain::target_kind::maintain, 80_d);
  const auto held = attain::assess_attainment(keep, yearly({{2020, "80"}, {2021, "82"}, {2023, "85"}}, 2024), review);
  EXPECT_EQ(attain::explain(held, keep, ind("xã"), fr), "85 xã\u00A0: niveau de 2020 maintenu ou dépassé (80 xã)");
  const auto fell = attain::assess_attainment(keep, yearly({{2020, "80"}, {2022, "78"}, {2023, "85"}}, 2024), review);
  EXPECT_EQ(attain::explain(fell, keep, ind("xã"), fr), "85 xã\u00A0: en deçà du niveau de 2020 (80 xã)");

  const auto t = make(attain::target_kind::level, 10_d);
  attain::target_forecast f;
  f.outcome = attain::forecast_class::needs_effort;
  f.method = attain::projection_method::least_squares;
  f.projected = 12.04_d;
  f.projected_completion = attain::exact_fraction{1.204_d};
  EXPECT_EQ(attain::explain(f, t, ind("xã"), fr),
            "prévision pour 2025\u00A0: 12 xã = 120,4\u202F% de la cible (méthode\u00A0: moindres carrés) → effort "
            "supplémentaire nécessaire");
}

TEST(explain_fr, progress_assessments) {
  attain::growth_ratio_input in{14.5_d, 2015, 10.4_d, 2023, 7.25_d, 2030, attain::polarity::lower_is_better,
                                std::nullopt};
  EXPECT_EQ(attain::explain(attain::assess_growth_ratio(in), fr),
            "accélération nécessaire (méthode growth_ratio, valeur 0,901, score 2,15)");
  attain::progress_assessment a;
  a.method = "growth_ratio";
  a.status = attain::progress_status::not_assessable;
  a.reason = attain::why::sign_change;
  EXPECT_EQ(attain::explain(a, fr), "non évaluable\u00A0: valeur de base et dernière valeur de signes opposés");
}

TEST(explain_fr, every_status_in_french) {
  using attain::describe;
  EXPECT_EQ(describe(value_status::normal, language::fr), "réalisé");
  EXPECT_EQ(describe(value_status::provisional, language::fr), "provisoire");
  EXPECT_EQ(describe(value_status::estimate, language::fr), "estimation");
  EXPECT_EQ(describe(value_status::forecast, language::fr), "prévision");
  EXPECT_EQ(describe(value_status::break_in_series, language::fr), "rupture de série");
  EXPECT_EQ(describe(value_status::missing, language::fr), "donnée manquante");
  EXPECT_EQ(describe(attain::progress_status::target_achieved, language::fr), "cible atteinte");
  EXPECT_EQ(describe(attain::progress_status::substantial_progress, language::fr), "en bonne voie");
  EXPECT_EQ(describe(attain::progress_status::not_assessable, language::fr), "non évaluable");
  EXPECT_EQ(describe(attain::schedule_status::ahead, language::fr), "en avance sur le calendrier");
  EXPECT_EQ(describe(attain::schedule_status::on_schedule, language::fr), "dans les temps");
  EXPECT_EQ(describe(attain::schedule_status::behind, language::fr), "en retard sur le calendrier");
  EXPECT_EQ(describe(attain::forecast_class::exceed, language::fr), "dépassement prévu");
  EXPECT_EQ(describe(attain::projection_method::cagr, language::fr), "croissance moyenne");
  EXPECT_EQ(describe(attain::projection_method::linear, language::vi), "tuyến tính");
  EXPECT_EQ(describe(attain::projection_method::least_squares, language::en), "least squares");
  // Every value of every enumeration has a French text of its own (none falls back to English
  // unless the word is the same in both, as "score").
  for (int i = 0; i <= static_cast<int>(attain::why::not_ranked); ++i)
    EXPECT_NE(describe(static_cast<attain::why>(i), language::fr), describe(static_cast<attain::why>(i), language::en)) << i;
  for (int i = 0; i <= static_cast<int>(value_status::missing); ++i)
    EXPECT_NE(describe(static_cast<value_status>(i), language::fr), describe(static_cast<value_status>(i), language::en)) << i;
  EXPECT_EQ(describe(static_cast<value_status>(99), language::fr), "?");
  EXPECT_EQ(describe(static_cast<attain::projection_method>(99), language::fr), "?");
}

}  // namespace
