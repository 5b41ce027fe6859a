// Tests of attain/progress.hpp, including the conformance test against Statistics Canada's
// published growth-ratio assessments (tests/data/statcan-cif-progress-2026-07-21.yml).
#include "attain/progress.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "attain/io.hpp"
#include "attain/number_format.hpp"

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

}  // namespace
