// The README's code blocks, compiled and checked, so that the README cannot drift.
//
// Each ```cpp block of README.md has a twin in this file between "// readme:<name>:begin"
// and "// readme:<name>:end" markers (a block whose first lines must stand at namespace
// scope — includes, using-directives — is split into a "...-preamble" and a "...-body" region,
// concatenated). The twins are compiled here, and:
//   * readme.blocks_match_source: every README block equals its twin, line for line (after
//     removing the twin's common indentation), and no README block lacks a twin;
//   * readme.<name>: the results of the twin's lines are checked with EXPECT_EQ, and each
//     result written in a README comment ("55,4%", 910/1826) is checked to appear in the block.
// To change the README's tour, change it here first, then paste it into the README.
//
// readme:tour-preamble:begin
#include <attain/attainment.hpp>
#include <attain/explain.hpp>
#include <attain/growth.hpp>
using namespace attain;
using namespace attain::literals;
using boost::gregorian::date;
// readme:tour-preamble:end

#include <attain/aggregate.hpp>
#include <attain/period_format.hpp>
#include <attain/term.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

// The ```cpp blocks of a Markdown text, in order, each as its lines.
std::vector<std::vector<std::string>> cpp_blocks(const std::string& markdown) {
  std::vector<std::vector<std::string>> out;
  bool in_block = false;
  for (const std::string& line : lines_of(markdown)) {
    if (!in_block && line == "```cpp") {
      in_block = true;
      out.emplace_back();
    } else if (in_block && line.starts_with("```")) {
      in_block = false;
    } else if (in_block) {
      out.back().push_back(line);
    }
  }
  return out;
}

// The regions of a source text between "// readme:<name>:begin" and "// readme:<name>:end",
// by name, each without its common indentation.
std::map<std::string, std::vector<std::string>> marked_regions(const std::string& source) {
  std::map<std::string, std::vector<std::string>> out;
  std::string open;
  for (const std::string& line : lines_of(source)) {
    const std::size_t at = line.find("// readme:");
    const std::string_view tail = at == std::string::npos ? std::string_view{} : std::string_view(line).substr(at + 10);
    if (open.empty() && tail.ends_with(":begin")) {
      open = std::string(tail.substr(0, tail.size() - 6));
      out[open];
    } else if (!open.empty() && tail == open + ":end") {
      open.clear();
    } else if (!open.empty()) {
      out[open].push_back(line);
    }
  }
  for (auto& [name, region] : out) {
    std::size_t indent = std::string::npos;
    for (const std::string& l : region)
      if (!l.empty()) indent = std::min(indent, l.find_first_not_of(' '));
    for (std::string& l : region)
      if (!l.empty()) l.erase(0, indent);
  }
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

// The README block that is the twin of region `name` (or of name-preamble + name-body).
std::vector<std::string> twin(const std::map<std::string, std::vector<std::string>>& regions, const std::string& name) {
  if (const auto it = regions.find(name); it != regions.end()) return it->second;
  std::vector<std::string> out = regions.at(name + "-preamble");
  const std::vector<std::string>& body = regions.at(name + "-body");
  out.push_back("");
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

const std::vector<std::string> block_names = {"tour", "periods", "dimensions"};

std::string readme_block(std::size_t i) {
  const auto blocks = cpp_blocks(slurp(ATTAIN_README));
  return i < blocks.size() ? joined(blocks[i]) : std::string{};
}

TEST(readme, blocks_match_source) {
  const auto blocks = cpp_blocks(slurp(ATTAIN_README));
  const auto regions = marked_regions(slurp(ATTAIN_TOUR_SOURCE));
  ASSERT_EQ(blocks.size(), block_names.size()) << "a README ```cpp block without a twin in this test (or one removed)";
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    EXPECT_EQ(joined(blocks[i]), joined(twin(regions, block_names[i])))
        << "README block " << i + 1 << " differs from region \"" << block_names[i] << "\" of " << ATTAIN_TOUR_SOURCE;
  }
}

TEST(readme, tour_fits_on_a_screen) {
  const auto blocks = cpp_blocks(slurp(ATTAIN_README));
  ASSERT_FALSE(blocks.empty());
  EXPECT_LE(blocks[0].size(), 26u);
}

std::string to_text(const exact_fraction& f) { return to_string(f.numerator) + "/" + to_string(f.denominator); }

// The tour: the seed's figures end to end.
TEST(readme, tour) {
  // readme:tour-body:begin
  // Exact decimals, read and written the way the report writes them.
  decimal invested = decimal::parse("5.540", number_format::vi());     // 5540
  decimal income_gain = 50.04_d - 38.05_d;                             // 11.99, exactly
  std::string share = format_percent(divide(invested, 10000_d, 3, rounding::half_up),
                                     number_format::vi(), 1, rounding::half_up);  // "55,4%"

  // "Nhiệm kỳ 2020–2025": baseline 2020, plan years 2021–2025; growth over 2021–2023: n = 3.
  term plan = term::from_baseline(2020, 2025);
  computed<decimal> growth = average_annual_growth(11250_d, 13290_d, plan.steps_to(2023), 3,
                                                   rounding::half_up);  // 0.057 = 5.7 %
  exact_fraction elapsed = elapsed_fraction(plan, date(2023, 6, 29));    // 910/1826 of the days

  // Total investment against its term target; 2023 is an estimate ("ước đạt").
  series flows({{year{2021}, 1650_d}, {year{2022}, 1830_d}, {year{2023}, 2060_d, value_status::estimate}});
  target goal;  goal.kind = target_kind::cumulative;  goal.term = plan;  goal.value = 10000_d;
  attainment a = assess_attainment(goal, flows, date(2023, 6, 29));  // completion 5540/10000, ahead
  indicator ind;  ind.unit = unit_of_measure::parse("tỷ đồng");
  std::string sentence = explain(a, goal, ind, {language::vi});
  // "5.540 / 10.000 tỷ đồng = 55,4% mục tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5 năm: vượt tiến độ"
  // readme:tour-body:end

  const std::string block = readme_block(0);
  const auto shown = [&](const std::string& text) {
    EXPECT_NE(block.find(text), std::string::npos) << "the README tour does not show " << text;
  };
  EXPECT_EQ(to_string(invested), "5540");
  shown("// 5540");
  EXPECT_EQ(to_string(income_gain), "11.99");
  shown("// 11.99");
  EXPECT_EQ(share, "55,4%");
  shown("// \"55,4%\"");
  EXPECT_EQ(plan.baseline_year(), 2020);
  EXPECT_EQ(plan.first_year(), 2021);
  ASSERT_TRUE(growth.has_value());
  EXPECT_EQ(to_string(*growth), "0.057");
  shown("// 0.057 = 5.7 %");
  EXPECT_EQ(to_text(elapsed), "910/1826");
  shown("// 910/1826");
  ASSERT_TRUE(a.completion.has_value());
  EXPECT_EQ(to_text(*a.completion), "5540/10000");  // exact: rounded once, where it is shown
  shown("completion 5540/10000");
  EXPECT_EQ(a.status, value_status::estimate);
  EXPECT_EQ(a.schedule, schedule_status::ahead);
  shown(", ahead");
  const std::string expected =
      "5.540 / 10.000 tỷ đồng = 55,4% mục tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5 năm: vượt tiến độ";
  EXPECT_EQ(sentence, expected);
  shown("// \"" + expected + "\"");
}

// The "Periods and terms" block. Its lines are shown as bare expressions (results in
// comments), so their values are discarded here; the checks below recompute each one.
TEST(readme, periods) {
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-value"
#pragma clang diagnostic ignored "-Wunused-comparison"
#pragma clang diagnostic ignored "-Wunused-result"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-value"
#pragma GCC diagnostic ignored "-Wunused-result"
#endif
  {
    // readme:periods:begin
    #include <attain/period_format.hpp>   // periods, plan terms, SDMX/DHIS2/ISO/human text
    #include <attain/term.hpp>
    using namespace attain;
    using boost::gregorian::date;

    // A term knows its baseline: "nhiệm kỳ 2020–2025" = baseline 2020, plan years 2021–2025.
    term t = term::from_baseline(2020, 2025);
    t.steps_to(2023);                                   // 3: growth over 2021–2023 is from 2020
    year{2023} - year{2020};                            // years{3}
    elapsed_fraction(t, date(2023, 6, 29));             // 910/1826 of the term's days, exactly

    // Text in the syntaxes the data comes in; errors say what and where.
    parse_period("2023-Q1") == parse_period("2023Q1");  // true (SDMX, DHIS2)
    parse_period("2010Nov");                            // 2009-11-01 … 2010-10-31 (DHIS2 label)
    parse_period("giai đoạn 2021–2023");                // plan years 2021–2023, baseline 2020
    format_human(period{quarter{2024, 1}}, language::vi);   // "quý I/2024"
    try_parse_period("2023Q5").error();       // quarter out of range at 5 in "2023Q5"
    try_parse_period("2005-2005").error();    // ambiguous period: the year 2005 or a one-year span?
    // year{2023} < quarter{2023, 1};         // does not compile: ask contains / precedes
    // readme:periods:end
  }
#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

  term t = term::from_baseline(2020, 2025);
  EXPECT_EQ(t.steps_to(2023), 3);
  EXPECT_EQ(year{2023} - year{2020}, years{3});
  EXPECT_EQ(elapsed_fraction(t, date(2023, 6, 29)), (exact_fraction{910, 1826}));
  EXPECT_EQ(to_text(elapsed_fraction(t, date(2023, 6, 29))), "910/1826");
  EXPECT_EQ(parse_period("2023-Q1"), parse_period("2023Q1"));
  EXPECT_EQ(parse_period("2010Nov"), period::fiscal_year(2009, {11, 1}));
  EXPECT_TRUE(same_days(parse_period("2010Nov"), period::range(date(2009, 11, 1), date(2010, 10, 31))));
  EXPECT_EQ(parse_period("giai đoạn 2021–2023"), term::of_plan_years(2021, 2023).as_period());
  EXPECT_EQ(format_human(period{quarter{2024, 1}}, language::vi), "quý I/2024");
  EXPECT_EQ(to_string(try_parse_period("2023Q5").error()), "quarter out of range at 5 in \"2023Q5\"");
  EXPECT_EQ(try_parse_period("2005-2005").error().code, errc::ambiguous_period);

  const std::string block = readme_block(1);
  for (const char* shown : {"// 3:", "// years{3}", "// 910/1826", "// true", "// \"quý I/2024\"",
                            "// quarter out of range at 5 in \"2023Q5\"", "// ambiguous period"}) {
    EXPECT_NE(block.find(shown), std::string::npos) << "the README's periods block does not show " << shown;
  }
}

// The "Disaggregated series" block (results in comments, checked below).
TEST(readme, dimensions) {
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-result"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-result"
#endif
  {
    // readme:dimensions:begin
    #include <attain/aggregate.hpp>   // the table, its dimensions, queries
    using namespace attain;
    using namespace attain::literals;

    // Persons in poverty by sex: _T is the total (SDMX; a blank cell in Open SDG files).
    observation_table t;
    t.add_indicator("POOR", 0);
    const dimension_member all[] = {{"SEX", "_T"}}, men[] = {{"SEX", "M"}}, women[] = {{"SEX", "F"}};
    t.append("POOR", "CA", year{2023}, 100_d, value_status::normal, all);
    t.append("POOR", "CA", year{2023}, 49_d, value_status::normal, men);
    t.append("POOR", "CA", year{2023}, 51_d, value_status::normal, women);
    t.seal();                                   // a series key given twice throws, naming both rows

    grouping headline(t), by_sex(t), m_plus_f(t);
    by_sex.by_dimension("SEX");                 // keys _T, M, F
    m_plus_f.over_dimension("SEX");             // every member but the total
    aggregate(t, headline, sum_rule{}).value(0).value();   // 100: SEX not named, its total only
    aggregate(t, by_sex, sum_rule{}).value(2).value();     // 51: the F key
    aggregate(t, m_plus_f, sum_rule{}).value(0).value();   // 100 = 49 + 51, never 200
    // readme:dimensions:end
    EXPECT_EQ(aggregate(t, headline, sum_rule{}).value(0).value(), 100_d);
    EXPECT_EQ(aggregate(t, by_sex, sum_rule{}).value(2).value(), 51_d);
    EXPECT_EQ(t.member_code(0, by_sex.member_of_key(0, 2)), "F");
    EXPECT_EQ(aggregate(t, m_plus_f, sum_rule{}).value(0).value(), 100_d);
  }
#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
  const std::string block = readme_block(2);
  for (const char* shown : {"// 100: SEX not named", "// 51: the F key", "// 100 = 49 + 51"})
    EXPECT_NE(block.find(shown), std::string::npos) << "the README's dimensions block does not show " << shown;
}

}  // namespace
