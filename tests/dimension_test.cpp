// Tests for the dimensions of observation_table (attain/table.hpp, DIMENSIONS) and of a
// query (attain/aggregate.hpp, DIMENSIONS OF A QUERY, FREQUENCIES), and for rows whose
// value is missing (status M). A random table with two dimensions is checked against a
// plain loop over its rows, summing exactly in 128 bits.
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/detail/civil.hpp"
#include "attain/table.hpp"

namespace {

using namespace attain;

std::int32_t day(int y, int m, int d) { return detail::days_from_civil(y, m, d); }
period_span year_span(int y) { return {day(y, 1, 1), day(y, 12, 31)}; }
period_span quarter_span(int y, int q) {
  const int m = 3 * q - 2;
  return {day(y, m, 1), day(y, m + 2, detail::days_in_month(y, m + 2))};
}
period_span month_span(int y, int m) { return {day(y, m, 1), day(y, m, detail::days_in_month(y, m))}; }

const period_span y2020 = year_span(2020);

static_assert(observation_table::bytes_per_dimension == 4);
static_assert(observation_table::total_member == 0 && observation_table::total_code == "_T");

std::string message_of(const auto& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "no exception";
}

// POP of VN and HN in 2020: the total and its breakdown by sex.
//   VN: _T 100, M 49, F 51      HN: _T 30, M 14, F 16
observation_table population() {
  observation_table t;
  t.add_indicator("POP", 0);
  const dimension_member m[] = {{"SEX", "M"}}, f[] = {{"SEX", "F"}}, total[] = {{"SEX", "_T"}};
  t.append("POP", "VN", y2020, decimal{100});
  t.append("POP", "VN", y2020, decimal{49}, value_status::normal, m);
  t.append("POP", "VN", y2020, decimal{51}, value_status::normal, f);
  t.append("POP", "HN", y2020, decimal{30}, value_status::normal, total);
  t.append("POP", "HN", y2020, decimal{14}, value_status::normal, m);
  t.append("POP", "HN", y2020, decimal{16}, value_status::normal, f);
  t.seal();
  return t;
}

decimal sum_of(const partial<sum_rule>& p, std::size_t g) { return p.value(g).value(); }

// ---------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------

TEST(dimension, declaring_a_dimension_interns_its_total_as_member_0) {
  observation_table t;
  EXPECT_EQ(t.dimension_count(), 0u);
  EXPECT_EQ(t.add_dimension("SEX"), 0u);
  EXPECT_EQ(t.add_dimension("AGE"), 1u);
  EXPECT_EQ(t.add_dimension("SEX"), 0u);
  EXPECT_EQ(t.dimension_count(), 2u);
  EXPECT_EQ(t.dimension_name(1), "AGE");
  EXPECT_EQ(t.find_dimension("URBAN"), dictionary::npos);
  EXPECT_EQ(t.member_code(0, 0), "_T");
  EXPECT_EQ(t.member_id(0, ""), 0u);
  EXPECT_EQ(t.member_id(0, "_T"), 0u);
  EXPECT_EQ(t.member_id(0, "F"), 1u);
  EXPECT_EQ(t.member_id(0, "M"), 2u);
  EXPECT_EQ(t.member_id(0, "F"), 1u);
  EXPECT_EQ(t.find_member(0, ""), 0u);
  EXPECT_EQ(t.find_member(0, "_T"), 0u);
  EXPECT_EQ(t.find_member(0, "X"), dictionary::npos);
  EXPECT_EQ(t.member_count(0), 3u);
  EXPECT_EQ(t.member_count(1), 1u);
  try {
    t.add_dimension("");
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_STREQ(e.what(), "a dimension needs a name");
  }
}

TEST(dimension, rows_appended_before_a_dimension_stand_at_its_total) {
  observation_table t;
  t.add_indicator("POP", 0);
  t.append("POP", "VN", y2020, decimal{100});
  t.append("POP", "HN", y2020, decimal{30});
  const dimension_member f[] = {{"SEX", "F"}};
  t.append("POP", "VN", y2020, decimal{51}, value_status::normal, f);  // declares SEX
  ASSERT_EQ(t.dimension_count(), 1u);
  const auto col = t.dimension_column(0);
  ASSERT_EQ(col.size(), 3u);
  EXPECT_EQ(col[0], 0u);
  EXPECT_EQ(col[1], 0u);
  EXPECT_EQ(t.member_code(0, col[2]), "F");
  EXPECT_EQ(t.non_total_rows(0), 1u);
  t.append("POP", "DN", y2020, decimal{7});  // no member named: the total
  EXPECT_EQ(t.dimension_column(0)[3], 0u);
  EXPECT_EQ(t.seal().duplicates, 0u);  // VN _T and VN F are different observations
  EXPECT_EQ(t.size(), 4u);
}

TEST(dimension, naming_a_dimension_twice_in_a_row_is_refused_before_anything_is_appended) {
  observation_table t;
  t.add_indicator("POP", 0);
  const dimension_member twice[] = {{"SEX", "F"}, {"SEX", "M"}};
  EXPECT_EQ(message_of([&] { t.append("POP", "VN", y2020, decimal{1}, value_status::normal, twice); }),
            "dimension \"SEX\" named twice in one row");
  EXPECT_EQ(t.try_append("POP", "VN", y2020, decimal{1}, value_status::normal, twice), errc::invalid_argument);
  const dimension_member nameless[] = {{"", "F"}};
  EXPECT_EQ(t.try_append("POP", "VN", y2020, decimal{1}, value_status::normal, nameless), errc::invalid_argument);
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.dimension_count(), 0u);
  const dimension_member ok[] = {{"SEX", "F"}, {"AGE", "Y0T14"}};
  EXPECT_EQ(t.try_append("POP", "VN", y2020, decimal{1}, value_status::normal, ok), errc::ok);
  EXPECT_EQ(t.dimension_count(), 2u);
  EXPECT_EQ(t.member_code(1, t.dimension_column(1)[0]), "Y0T14");
}

TEST(dimension, coded_rows_carry_one_member_per_dimension) {
  observation_table t;
  const std::uint32_t pop = t.add_indicator("POP", 0);
  const std::uint32_t vn = t.unit_id("VN"), y = t.period_id(y2020);
  const std::uint32_t sex = t.add_dimension("SEX"), age = t.add_dimension("AGE");
  const std::uint32_t ids[] = {t.member_id(sex, "F"), t.member_id(age, "Y15T64")};
  t.append(coded_observation{pop, vn, y, 5, value_status::normal}, ids);
  t.append(coded_observation{pop, vn, y, 9, value_status::normal});  // both at the total
  EXPECT_EQ(t.dimension_column(sex)[0], 1u);
  EXPECT_EQ(t.dimension_column(age)[0], 1u);
  EXPECT_EQ(t.dimension_column(sex)[1], 0u);
  const std::uint32_t one[] = {1};
  EXPECT_EQ(message_of([&] { t.append(coded_observation{pop, vn, y, 5, value_status::normal}, one); }),
            "a row needs one member of each of the 2 dimensions, not 1");
  t.append_wide(pop, vn, y, int128{1} << 100, value_status::normal, ids);
  EXPECT_EQ(t.dimension_column(age)[2], 1u);
  EXPECT_TRUE(t.indicator(pop).wide);
}

TEST(dimension, a_duplicate_key_includes_every_member_and_the_message_names_those_off_the_total) {
  observation_table t;
  t.add_indicator("GDP", 0);
  const dimension_member f[] = {{"SEX", "F"}, {"AGE", "_T"}}, m[] = {{"SEX", "M"}};
  t.append("GDP", "VN", y2020, decimal{1});
  t.append("GDP", "VN", y2020, decimal{2}, value_status::normal, f);
  t.append("GDP", "VN", y2020, decimal{3}, value_status::normal, m);
  t.append("GDP", "VN", y2020, decimal{4}, value_status::normal, f);
  try {
    t.seal();
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_STREQ(e.what(), "duplicate observation: indicator \"GDP\", unit \"VN\", SEX \"F\", period 2020-01-01...2020-12-31");
  }
  ASSERT_TRUE(t.rejected_duplicate().has_value());
  EXPECT_EQ(*t.rejected_duplicate(), (std::pair<std::size_t, std::size_t>(1, 3)));
}

TEST(dimension, a_duplicate_of_totals_keeps_the_message_without_dimensions_and_reports_both_rows) {
  observation_table t;
  t.add_indicator("INVEST", 2);
  t.add_dimension("SEX");
  t.append("INVEST", "D01", year_span(2024), decimal{1});
  t.append("INVEST", "D02", year_span(2024), decimal{2});
  t.append("INVEST", "D01", year_span(2024), decimal{3});
  EXPECT_EQ(message_of([&] { t.seal(); }),
            "duplicate observation: indicator \"INVEST\", unit \"D01\", period 2024-01-01...2024-12-31");
  EXPECT_EQ(*t.rejected_duplicate(), (std::pair<std::size_t, std::size_t>(0, 2)));

  observation_table plain;
  plain.add_indicator("X", 0);
  plain.append("X", "A", y2020, decimal{1});
  plain.append("X", "B", y2020, decimal{1});
  plain.append("X", "C", y2020, decimal{1});
  plain.append("X", "B", y2020, decimal{1});
  EXPECT_EQ(message_of([&] { plain.seal(); }),
            "duplicate observation: indicator \"X\", unit \"B\", period 2020-01-01...2020-12-31");
  EXPECT_EQ(*plain.rejected_duplicate(), (std::pair<std::size_t, std::size_t>(1, 3)));

  observation_table fine;
  fine.add_indicator("X", 0);
  fine.append("X", "A", y2020, decimal{1});
  fine.append("X", "B", y2020, decimal{1});
  fine.seal();
  EXPECT_EQ(fine.rejected_duplicate(), std::nullopt);
}

TEST(dimension, keep_last_and_sum_compact_the_dimension_columns) {
  const dimension_member f[] = {{"SEX", "F"}}, m[] = {{"SEX", "M"}};
  observation_table k(duplicate_policy::keep_last);
  k.add_indicator("X", 0);
  k.append("X", "A", y2020, decimal{1}, value_status::normal, f);
  k.append("X", "A", y2020, decimal{2}, value_status::normal, m);
  k.append("X", "A", y2020, decimal{3});
  k.append("X", "A", y2020, decimal{4}, value_status::normal, f);  // replaces row 0
  const seal_report r = k.seal();
  EXPECT_EQ(r.duplicates, 1u);
  EXPECT_EQ(r.rows_removed, 1u);
  ASSERT_EQ(k.size(), 3u);
  EXPECT_EQ(k.value(0), decimal{2});
  EXPECT_EQ(k.member_code(0, k.dimension_column(0)[0]), "M");
  EXPECT_EQ(k.value(1), decimal{3});
  EXPECT_EQ(k.dimension_column(0)[1], 0u);
  EXPECT_EQ(k.value(2), decimal{4});
  EXPECT_EQ(k.member_code(0, k.dimension_column(0)[2]), "F");
  EXPECT_EQ(k.dimension_column(0).size(), 3u);
  EXPECT_EQ(k.non_total_rows(0), 2u);

  observation_table s(duplicate_policy::sum);
  s.add_indicator("X", 1);
  s.append("X", "A", y2020, decimal{15, 1}, value_status::normal, f);
  s.append("X", "A", y2020, decimal{7});
  s.append("X", "A", y2020, decimal{25, 1}, value_status::estimate, f);
  s.append("X", "A", y2020, decimal{1}, value_status::normal, m);
  EXPECT_EQ(s.seal().rows_removed, 1u);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s.value(0), decimal{4});  // F: 1.5 + 2.5
  EXPECT_EQ(s.status_column()[0], value_status::estimate);
  EXPECT_EQ(s.value(1), decimal{7});
  EXPECT_EQ(s.value(2), decimal{1});
  EXPECT_EQ(s.member_code(0, s.dimension_column(0)[2]), "M");
}

TEST(dimension, memory_grows_by_4_bytes_a_row_per_dimension) {
  observation_table t;
  const std::uint32_t x = t.add_indicator("X", 0);
  const std::uint32_t u = t.unit_id("A");
  constexpr std::size_t n = 100000;
  t.reserve(n);
  for (std::size_t r = 0; r < n; ++r)
    t.append(coded_observation{x, u, t.period_id(period_span{static_cast<std::int32_t>(r), static_cast<std::int32_t>(r)}),
                               1, value_status::normal});
  const std::size_t before = t.memory_bytes();
  t.add_dimension("SEX");
  t.add_dimension("AGE");
  const std::size_t grown = t.memory_bytes() - before;
  EXPECT_GE(grown, 2 * n * observation_table::bytes_per_dimension);
  EXPECT_LE(grown, 2 * n * observation_table::bytes_per_dimension + 4096);  // + two tiny dictionaries
}

// ---------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------

TEST(dimension, a_query_that_names_no_dimension_counts_only_the_totals) {
  const observation_table t = population();
  grouping g(t);
  g.by_unit();
  const auto s = aggregate(t, g, sum_rule{});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(sum_of(s, g.unit_key(t.find_unit("VN"))), decimal{100});
  EXPECT_EQ(sum_of(s, g.unit_key(t.find_unit("HN"))), decimal{30});
  grouping all(t);
  EXPECT_EQ(aggregate(t, all, count_rule{}).value(0).value(), decimal{2});
  EXPECT_EQ(aggregate(t, all, sum_rule{}).value(0).value(), decimal{130});
}

TEST(dimension, group_by_unit_and_sex) {
  const observation_table t = population();
  grouping g(t);
  g.by_unit().by_dimension("SEX");
  ASSERT_EQ(g.slice_keys(), 3u);
  ASSERT_EQ(g.size(), 6u);
  EXPECT_EQ(g.dimension_keys(0), 3u);
  EXPECT_EQ(t.member_code(0, g.member_of_key(0, 0)), "_T");
  EXPECT_EQ(t.member_code(0, g.member_of_key(0, 1)), "M");
  EXPECT_EQ(t.member_code(0, g.member_of_key(0, 2)), "F");
  for (const unsigned threads : {1u, 2u}) {
    const auto s = aggregate(t, g, sum_rule{}, {threads, 1});
    const std::size_t vn = g.unit_key(t.find_unit("VN")), hn = g.unit_key(t.find_unit("HN"));
    EXPECT_EQ(sum_of(s, g.group_of(0, vn, 0, 0)), decimal{100});
    EXPECT_EQ(sum_of(s, g.group_of(0, vn, 0, 1)), decimal{49});
    EXPECT_EQ(sum_of(s, g.group_of(0, vn, 0, 2)), decimal{51});
    EXPECT_EQ(sum_of(s, g.group_of(0, hn, 0, 0)), decimal{30});
    EXPECT_EQ(sum_of(s, g.group_of(0, hn, 0, 1)), decimal{14});
    EXPECT_EQ(sum_of(s, g.group_of(0, hn, 0, 2)), decimal{16});
  }
  // The general path (a mean is a quotient; min/max too) gives the same groups.
  const auto mx = aggregate(t, g, max_rule{});
  EXPECT_EQ(mx.value(g.group_of(0, g.unit_key(t.find_unit("VN")), 0, 2)).value(), decimal{51});
  const auto med = aggregate(t, g, median_rule{});
  EXPECT_EQ(med.value(g.group_of(0, g.unit_key(t.find_unit("HN")), 0, 1)).value(), decimal{14});
}

TEST(dimension, over_a_dimension_sums_every_member_but_the_total) {
  const observation_table t = population();
  grouping g(t);
  g.by_unit().over_dimension("SEX");
  EXPECT_EQ(g.slice_keys(), 1u);
  EXPECT_EQ(g.member_of_key(0, 0), grouping::npos);
  const auto s = aggregate(t, g, sum_rule{});
  EXPECT_EQ(sum_of(s, g.unit_key(t.find_unit("VN"))), decimal{100});  // 49 + 51
  EXPECT_EQ(sum_of(s, g.unit_key(t.find_unit("HN"))), decimal{30});   // 14 + 16
  EXPECT_EQ(aggregate(t, g, count_rule{}).value(0).value(), decimal{2});
}

TEST(dimension, members_select_a_slice_or_the_keys_of_a_split) {
  const observation_table t = population();
  grouping f(t);
  f.members("SEX", {"F"});
  EXPECT_EQ(aggregate(t, f, sum_rule{}).value(0).value(), decimal{67});  // 51 + 16
  grouping mf(t);
  mf.by_unit().members("SEX", {"M", "F"}).by_dimension("SEX");
  ASSERT_EQ(mf.slice_keys(), 2u);
  const auto s = aggregate(t, mf, sum_rule{});
  const std::size_t vn = mf.unit_key(t.find_unit("VN"));
  EXPECT_EQ(sum_of(s, mf.group_of(0, vn, 0, 0)), decimal{49});
  EXPECT_EQ(sum_of(s, mf.group_of(0, vn, 0, 1)), decimal{51});
  // Codes the dimension lacks select nothing; none at all is an error naming the first.
  grouping some(t);
  some.members("SEX", {"X", "F"});
  EXPECT_EQ(aggregate(t, some, sum_rule{}).value(0).value(), decimal{67});
  grouping none(t);
  try {
    none.members("SEX", {"X", "Y"});
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_STREQ(e.what(), "dimension \"SEX\" has no member \"X\"");
  }
  const std::vector<std::string> codes = {"M"};
  grouping by_span(t);
  by_span.members("SEX", codes);
  EXPECT_EQ(aggregate(t, by_span, sum_rule{}).value(0).value(), decimal{63});
  EXPECT_EQ(message_of([&] { grouping(t).by_dimension("AGE"); }), "unknown dimension \"AGE\"");
  EXPECT_EQ(message_of([&] { grouping(t).over_dimension("AGE"); }), "unknown dimension \"AGE\"");
  EXPECT_EQ(message_of([&] { grouping(t).members("AGE", {"Y0T14"}); }), "unknown dimension \"AGE\"");
}

TEST(dimension, slices_are_row_major_in_dimension_order_and_groups_of_a_unit_stay_contiguous) {
  observation_table t;
  t.add_indicator("X", 0);
  t.add_indicator("Y", 0);
  const char* sexes[] = {"M", "F"};
  const char* ages[] = {"A1", "A2", "A3"};
  std::int64_t v = 1;
  for (const char* unit : {"U1", "U2"})
    for (const char* sx : sexes)
      for (const char* ag : ages)
        for (const int y : {2020, 2021}) {
          const dimension_member m[] = {{"SEX", sx}, {"AGE", ag}};
          t.append("X", unit, year_span(y), decimal{v++}, value_status::normal, m);
        }
  t.seal();
  grouping g(t);
  g.by_unit().by_dimension("SEX").by_dimension("AGE").by_period();
  ASSERT_EQ(g.dimension_keys(0), 3u);  // _T, M, F
  ASSERT_EQ(g.dimension_keys(1), 4u);  // _T, A1, A2, A3
  EXPECT_EQ(g.slice_keys(), 12u);
  const std::size_t keys[] = {2, 3};  // F, A3
  EXPECT_EQ(g.slice_of(keys), 11u);
  EXPECT_EQ(g.group_of(0, 1, 1, 11), ((0 * 2 + 1) * 12 + 11) * 2 + 1u);
  EXPECT_EQ(g.group_of(0, 1, 1), g.group_of(0, 1, 1, 0));
  const auto s = aggregate(t, g, sum_rule{});
  // U2 (values 13…24), F (19…24), A3 (23, 24), 2021 → 24
  EXPECT_EQ(sum_of(s, g.group_of(0, 1, 1, g.slice_of(keys))), decimal{24});
  const std::size_t total_keys[] = {0, 0};
  EXPECT_EQ(s.value(g.group_of(0, 1, 1, g.slice_of(total_keys))).reason(), why::empty_group);
  // Groups of U2: [(0·2 + 1)·12·2, (0·2 + 2)·12·2)
  for (std::size_t sl = 0; sl < 12; ++sl)
    for (std::size_t p = 0; p < 2; ++p) {
      EXPECT_GE(g.group_of(0, 1, p, sl), 24u);
      EXPECT_LT(g.group_of(0, 1, p, sl), 48u);
    }
  // over AGE × by SEX, with a filter on indicators (the kernel with two dimension columns).
  grouping o(t);
  o.indicator("X").by_dimension("SEX").over_dimension("AGE");
  const auto so = aggregate(t, o, sum_rule{});
  ASSERT_EQ(so.size(), 3u);
  EXPECT_EQ(sum_of(so, 1), decimal{21 + 93});  // M: 1…6 and 13…18
  EXPECT_EQ(so.value(0).reason(), why::empty_group);
}

TEST(dimension, a_group_never_mixes_frequencies_unless_asked_by_name) {
  observation_table t;
  t.add_indicator("GDP", 0);
  t.add_indicator("Q", 0);
  t.append("GDP", "VN", year_span(2023), decimal{20});
  t.append("GDP", "VN", quarter_span(2023, 1), decimal{5});
  t.append("GDP", "VN", month_span(2023, 1), decimal{10});
  t.append("Q", "VN", quarter_span(2023, 2), decimal{7});
  t.seal();
  grouping g(t);
  g.indicator("GDP").by_period(period_kind::year);
  EXPECT_EQ(message_of([&] { aggregate(t, g, sum_rule{}); }),
            "a group mixes frequencies: 2023-01-01...2023-12-31 (year) and 2023-01-01...2023-03-31 (quarter); "
            "convert by name with grouping::convert_frequencies()");
  g.convert_frequencies();
  EXPECT_EQ(aggregate(t, g, sum_rule{}).value(0).value(), decimal{35});
  // Keys of one frequency each are fine: by distinct period.
  grouping each(t);
  each.indicator("GDP").by_period();  // a key per period of the table: 4, Q's quarter empty
  const auto by_period = aggregate(t, each, sum_rule{});
  ASSERT_EQ(by_period.size(), 4u);
  EXPECT_EQ(by_period.value(each.period_key(t.period_id(year_span(2023)))).value(), decimal{20});
  // Quarters only, summed into a year: a conversion by name (by_period(year)).
  grouping quarters(t);
  quarters.indicator("Q").by_period(period_kind::year);
  EXPECT_EQ(aggregate(t, quarters, sum_rule{}).value(0).value(), decimal{7});
  // The annual row alone, with the quarterly indicator filtered out and Q1/January left out.
  grouping annual(t);
  annual.indicators({"GDP"}).periods_within(year_span(2023));
  EXPECT_THROW(aggregate(t, annual, sum_rule{}), domain_error);  // still Q1 and January in the key
  grouping years(t);
  years.by_indicator().by_period(period_kind::year);
  EXPECT_THROW(aggregate(t, years, sum_rule{}), domain_error);
  observation_table a;
  a.add_indicator("GDP", 0);
  a.add_indicator("Q", 0);
  a.append("GDP", "VN", year_span(2023), decimal{20});
  a.append("Q", "VN", quarter_span(2023, 2), decimal{7});
  a.seal();
  grouping only_gdp(a);
  only_gdp.indicator("GDP");
  EXPECT_EQ(aggregate(a, only_gdp, sum_rule{}).value(0).value(), decimal{20});  // Q's quarter does not count
  grouping split(a);
  split.by_indicator();
  EXPECT_EQ(aggregate(a, split, sum_rule{}).value(1).value(), decimal{7});
  grouping both(a);
  EXPECT_EQ(message_of([&] { aggregate(a, both, sum_rule{}); }),
            "a group mixes frequencies: 2023-01-01...2023-12-31 (year) and 2023-04-01...2023-06-30 (quarter); "
            "convert by name with grouping::convert_frequencies()");
}

TEST(dimension, a_missing_value_is_tallied_never_counted) {
  observation_table t;
  t.add_indicator("X", 0);
  t.append("X", "A", y2020, decimal{10});
  t.append("X", "B", y2020, decimal{0}, value_status::missing);
  t.append("X", "C", y2020, decimal{0}, value_status::missing);
  t.seal();
  ASSERT_EQ(t.flagged_rows(), 2u);
  grouping ab(t);
  ab.by_unit();
  grouping all(t);
  const auto s = aggregate(t, all, sum_rule{});
  EXPECT_EQ(s.value(0).value(), decimal{10});
  EXPECT_EQ(s.value(0).status(), value_status::missing);
  EXPECT_EQ(s.value(0).statuses().of(value_status::missing), 2u);
  EXPECT_EQ(aggregate(t, all, count_rule{}).value(0).value(), decimal{1});
  EXPECT_EQ(aggregate(t, all, mean_rule{}).value(0).value(), decimal{10});
  const auto by_unit = aggregate(t, ab, sum_rule{});
  const aggregate_value only_missing = by_unit.value(ab.unit_key(t.find_unit("B")));
  ASSERT_FALSE(only_missing.has_value());
  EXPECT_EQ(only_missing.reason(), why::missing_value);
  EXPECT_EQ(only_missing.status(), value_status::missing);
  EXPECT_EQ(aggregate(t, ab, count_rule{}).value(ab.unit_key(t.find_unit("B"))).value(), decimal{0});
  EXPECT_EQ(by_unit.value(ab.unit_key(t.find_unit("A"))).status(), value_status::normal);
}

TEST(dimension, dhis2_rules_and_pairs_never_add_a_breakdown_to_its_total) {
  observation_table t = population();
  const std::uint32_t vn[] = {t.find_unit("VN")};
  EXPECT_EQ(dhis2_aggregate(t, "POP", vn, y2020, dhis2_aggregation::sum).value(), decimal{100});
  EXPECT_EQ(dhis2_aggregate(t, "POP", vn, y2020, dhis2_aggregation::last).value(), decimal{100});
  grouping g(t);
  g.by_dimension("SEX");
  EXPECT_EQ(message_of([&] { aggregate_pairs(t, g, ratio_of_sums_rule{}, "POP", "POP"); }),
            "aggregate_pairs pairs rows at the dimensions' totals only");
  const auto r = aggregate_pairs(t, grouping(t), ratio_of_sums_rule{}, "POP", "POP");
  EXPECT_EQ(r.value(0).value(), decimal{1});
  EXPECT_EQ(r.unpaired(), 0u);
}

// ---------------------------------------------------------------------------------------
// Property: random tables with two dimensions against a plain loop
// ---------------------------------------------------------------------------------------

enum class mode { total, split, over, filter, split_filter };

TEST(dimension, every_grouping_of_a_random_table_matches_a_plain_loop) {
  std::mt19937_64 rng(20240607);
  for (int round = 0; round < 6; ++round) {
    observation_table t(duplicate_policy::sum);
    t.add_indicator("X", 2);
    const char* sexes[] = {"_T", "M", "F"};
    const char* ages[] = {"_T", "A1", "A2", "A3"};
    const char* units[] = {"U1", "U2", "U3", "U4", "U5"};
    const bool flagged = round % 2 == 1;  // the general path
    for (int r = 0; r < 3000; ++r) {
      const dimension_member m[] = {{"SEX", sexes[rng() % 3]}, {"AGE", ages[rng() % 4]}};
      const auto c = static_cast<std::int64_t>(rng() % 2000000000000000000ULL) - 1000000000000000000LL;
      const value_status st = flagged && rng() % 5 == 0 ? value_status::estimate : value_status::normal;
      t.append("X", units[rng() % 5], year_span(2000 + static_cast<int>(rng() % 4)), decimal::from_parts(c, 2), st, m);
    }
    t.seal();
    const std::uint32_t sex = t.find_dimension("SEX"), age = t.find_dimension("AGE");
    for (const mode ms : {mode::total, mode::split, mode::over, mode::filter, mode::split_filter})
      for (const mode ma : {mode::total, mode::split, mode::over, mode::filter}) {
        grouping g(t);
        g.by_unit();
        const auto apply = [&](const char* name, mode md, const char* a, const char* b) {
          if (md == mode::split || md == mode::split_filter) g.by_dimension(name);
          if (md == mode::over) g.over_dimension(name);
          if (md == mode::filter || md == mode::split_filter) g.members(name, {a, b});
        };
        apply("SEX", ms, "F", "_T");
        apply("AGE", ma, "A1", "A3");
        const auto key_of = [&](std::uint32_t d, mode md, std::uint32_t member) -> std::optional<std::size_t> {
          const std::string_view code = t.member_code(d, member);
          const bool listed = d == sex ? (code == "F" || code == "_T") : (code == "A1" || code == "A3");
          switch (md) {
            case mode::total: return member == 0 ? std::optional<std::size_t>(0) : std::nullopt;
            case mode::over: return member != 0 ? std::optional<std::size_t>(0) : std::nullopt;
            case mode::filter: return listed ? std::optional<std::size_t>(0) : std::nullopt;
            case mode::split: return member;
            case mode::split_filter: return listed ? std::optional<std::size_t>(member == 0 ? 0 : 1) : std::nullopt;
          }
          return std::nullopt;
        };
        std::vector<int128> sums(g.size(), 0);
        std::vector<std::uint64_t> counts(g.size(), 0);
        for (std::size_t r = 0; r < t.size(); ++r) {
          const auto ks = key_of(sex, ms, t.dimension_column(sex)[r]);
          const auto ka = key_of(age, ma, t.dimension_column(age)[r]);
          if (!ks || !ka) continue;
          const std::size_t keys[] = {*ks, *ka};
          const std::size_t grp = g.group_of(0, g.unit_key(t.unit_column()[r]), 0, g.slice_of(keys));
          sums[grp] += t.coefficient(r);
          ++counts[grp];
        }
        for (const unsigned threads : {1u, 2u}) {
          const auto s = aggregate(t, g, sum_rule{}, {threads, 64});
          const auto n = aggregate(t, g, count_rule{}, {threads, 64});
          ASSERT_EQ(s.size(), sums.size());
          for (std::size_t k = 0; k < sums.size(); ++k) {
            EXPECT_EQ(n.value(k).value(), decimal{counts[k]}) << round << " " << k;
            if (counts[k] == 0) EXPECT_FALSE(s.value(k).has_value()) << round << " " << k;
            else EXPECT_EQ(s.value(k).value(), decimal::from_parts(sums[k], 2)) << round << " " << k;
          }
        }
      }
  }
}

}  // namespace

namespace {

TEST(dimension, many_member_combinations_find_duplicates_through_the_hashed_series_ids) {
  // 6,000 AREA members and 3,000 BRANCH members: 18 million combinations, past the dense
  // numbering of series, so seal() renumbers them through a hash; a duplicate is still found.
  observation_table t;
  t.add_indicator("X", 0);
  for (int r = 0; r < 6000; ++r) {
    const std::string a = "A" + std::to_string(r), b = "B" + std::to_string(r % 3000);
    const dimension_member m[] = {{"AREA", a}, {"BRANCH", b}};
    t.append("X", "U", y2020, decimal{r}, value_status::normal, m);
  }
  const dimension_member again[] = {{"AREA", "A4321"}, {"BRANCH", "B1321"}};
  t.append("X", "U", y2020, decimal{1}, value_status::normal, again);
  EXPECT_EQ(message_of([&] { t.seal(); }),
            "duplicate observation: indicator \"X\", unit \"U\", AREA \"A4321\", BRANCH \"B1321\", period "
            "2020-01-01...2020-12-31");
  ASSERT_TRUE(t.rejected_duplicate());
  EXPECT_EQ(*t.rejected_duplicate(), (std::pair<std::size_t, std::size_t>{4321, 6000}));
}

TEST(dimension, try_append_with_members_returns_the_code_and_appends_nothing) {
  observation_table t;
  t.add_indicator("X", 1);
  const dimension_member unnamed[] = {{"", "F"}}, sex[] = {{"SEX", "F"}};
  EXPECT_EQ(t.try_append("X", "U", y2020, decimal{1}, value_status::normal, unnamed), errc::invalid_argument);
  EXPECT_EQ(t.try_append("Y", "U", y2020, decimal{1}, value_status::normal, sex), errc::invalid_argument);
  EXPECT_EQ(t.try_append("X", "U", period_span{y2020.last_day, y2020.first_day}, decimal{1}, value_status::normal, sex),
            errc::bad_range);
  EXPECT_EQ(t.try_append("X", "U", y2020, decimal{1, 2}, value_status::normal, sex), errc::inexact);
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.try_append("X", "U", y2020, decimal{15, 1}, value_status::normal, sex), errc::ok);
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.member_code(t.find_dimension("SEX"), t.dimension_column(t.find_dimension("SEX"))[0]), "F");
  EXPECT_EQ(message_of([&] { t.append("Y", "U", y2020, decimal{1}, value_status::normal, sex); }),
            "undeclared indicator \"Y\"");
}

TEST(dimension, a_table_over_a_hierarchy_takes_members_and_refuses_unknown_units) {
  unit_hierarchy h;
  h.add("CA");
  h.add("ON", "CA");
  h.seal();
  observation_table t(h);
  t.add_indicator("POP", 0);
  const dimension_member f[] = {{"SEX", "F"}};
  t.append("POP", "ON", y2020, decimal{30}, value_status::normal, f);
  EXPECT_EQ(t.try_append("POP", "QC", y2020, decimal{1}, value_status::normal, f), errc::unknown_unit);
  EXPECT_EQ(message_of([&] { t.append("POP", "QC", y2020, decimal{1}, value_status::normal, f); }), "unknown unit \"QC\"");
  t.seal();
  EXPECT_EQ(t.find_unit("ON"), h.find("ON"));
  EXPECT_EQ(t.unit_code(t.unit_column()[0]), "ON");
  grouping g(t);
  g.by_unit().members("SEX", {"F"});
  EXPECT_EQ(aggregate(t, g, sum_rule{}).value(g.unit_key(h.find("ON"))).value(), decimal{30});
}

TEST(dimension, wide_values_keep_their_members) {
  // Values past 18 digits move the indicator to the wide column; members stay with each row.
  observation_table t(duplicate_policy::sum);
  t.add_indicator("BIG", 0);
  const dimension_member m[] = {{"SEX", "M"}}, f[] = {{"SEX", "F"}};
  const decimal big = decimal::parse("4000000000000000000000");  // 4 × 10^21
  t.append("BIG", "U", y2020, big, value_status::normal, m);
  t.append("BIG", "U", y2020, big, value_status::normal, m);   // summed with the first
  t.append("BIG", "U", y2020, decimal{7}, value_status::normal, f);
  const std::uint32_t sex = t.find_dimension("SEX");
  const std::uint32_t members[] = {t.find_member(sex, "F")};
  t.append(coded_observation{t.find_indicator("BIG"), t.unit_id("V"), t.period_id(y2020), 5, value_status::normal}, members);
  const seal_report r = t.seal();
  EXPECT_EQ(r.duplicates, 1u);
  ASSERT_TRUE(t.indicator(t.find_indicator("BIG")).wide);
  grouping g(t);
  g.by_unit().by_dimension("SEX");
  const auto s = aggregate(t, g, sum_rule{});
  const std::size_t m_key = 1, f_key = 2;  // _T, M, F in member-id order
  const std::size_t u = g.unit_key(t.find_unit("U")), v = g.unit_key(t.find_unit("V"));
  const std::size_t mk[] = {m_key}, fk[] = {f_key};
  EXPECT_EQ(s.value(g.group_of(0, u, 0, g.slice_of(mk))).value(), decimal::parse("8000000000000000000000"));
  EXPECT_EQ(s.value(g.group_of(0, u, 0, g.slice_of(fk))).value(), decimal{7});
  EXPECT_EQ(s.value(g.group_of(0, v, 0, g.slice_of(fk))).value(), decimal{5});
}

}  // namespace
