// Tests of attain/explain.hpp: the sentences a report writer pastes, in both languages.
#include "attain/explain.hpp"

#include <gtest/gtest.h>

namespace {

using attain::decimal;
using attain::explain_options;
using attain::language;
using attain::value_status;
using boost::gregorian::date;
using namespace attain::literals;

const explain_options en{language::en};
const explain_options vi{language::vi};
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
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), vi),
            "tốc độ tăng bình quân giai đoạn 2021–2023 (so với năm 2020) 5,7%/năm (ước đạt), bằng 81,4% mục tiêu 7,0%");
  EXPECT_EQ(attain::explain(ga, g, ind("tỷ đồng"), en),
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

}  // namespace
