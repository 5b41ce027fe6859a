// Tests for attain/rollup.hpp: the roll-up of every unit equals a flat group-by per level,
// for every rule (parent_values::include: all rows beneath; separate: the leaves' rows);
// the seed's district figures; statuses roll up; a parent's own value kept apart, filled in
// or checked (docs/explanation/rollup-parent-values.md).
#include "attain/rollup.hpp"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <initializer_list>
#include <random>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "attain/detail/civil.hpp"

namespace {

using namespace attain;

period_span year_span(int y) { return {detail::days_from_civil(y, 1, 1), detail::days_from_civil(y, 12, 31)}; }

struct world {
  unit_hierarchy h;
  observation_table t{duplicate_policy::keep_last};
  observation_table leaves{duplicate_policy::keep_last};  // t's rows on communes only
};

// 4 provinces → 20 districts → 300 communes (every district has some); rows on communes and
// some on districts.
void build(world& w, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (int p = 0; p < 4; ++p) w.h.add("P" + std::to_string(p));
  for (int d = 0; d < 20; ++d) w.h.add("D" + std::to_string(d), "P" + std::to_string(d % 4));
  for (int c = 0; c < 300; ++c) w.h.add("C" + std::to_string(c), "D" + std::to_string(c < 20 ? c : static_cast<int>(rng() % 20)));
  w.h.seal();
  w.t = observation_table(w.h, duplicate_policy::keep_last);
  w.leaves = observation_table(w.h, duplicate_policy::keep_last);
  for (observation_table* t : {&w.t, &w.leaves}) {
    t->add_indicator("A", 2);
    t->add_indicator("B", 0);
  }
  for (int i = 0; i < 6000; ++i) {
    const bool on_district = rng() % 10 == 0;
    const std::string unit = on_district ? "D" + std::to_string(rng() % 20) : "C" + std::to_string(rng() % 300);
    const int year = 2020 + static_cast<int>(rng() % 4);
    const auto c = static_cast<std::int64_t>(rng() % 2000000) - 1000000;
    const value_status s = rng() % 17 == 0 ? value_status::estimate : value_status::normal;
    const bool a = rng() % 2 != 0;
    for (observation_table* t : {&w.t, &w.leaves}) {
      if (t == &w.leaves && on_district) continue;
      if (a) t->append("A", unit, year_span(year), decimal{c, 2}, s);
      else t->append("B", unit, year_span(year), decimal{c}, s);
    }
  }
  w.t.seal();
  w.leaves.seal();
}

const period_span years[] = {year_span(2020), year_span(2021), year_span(2022), year_span(2023)};

// parent_values::include merges a parent's own rows with its children's: every unit's
// figure is then a flat group-by of all the rows of its subtree. Under the default
// (separate) a parent's figure covers only its leaves' rows — a flat group-by of the table
// without the districts' rows — and own() is a flat group-by of the unit's own rows.
template <class Rule>
void expect_rollup_equals_flat(const world& w, const Rule& rule) {
  grouping keys(w.t);
  keys.by_indicator().by_periods(years);
  const rollup_result<Rule> all = rollup(w.t, w.h, keys, rule, {.parents = parent_values::include, .aggregate = {2, 100}});
  const rollup_result<Rule> separate = rollup(w.t, w.h, keys, rule, {2, 100});
  ASSERT_EQ(separate.parents(), parent_values::separate);
  grouping by_unit(w.t);
  by_unit.by_indicator().by_periods(years).by_unit();
  const partial<Rule> own = aggregate(w.t, by_unit, rule, {1, 1});
  std::size_t parents_with_own_rows = 0;
  for (int level = 0; level < w.h.levels(); ++level) {
    grouping flat(w.t), flat_leaves(w.leaves);
    flat.by_indicator().by_periods(years).by_level(w.h, level);
    flat_leaves.by_indicator().by_periods(years).by_level(w.h, level);
    const partial<Rule> f = aggregate(w.t, flat, rule, {1, 1});
    const partial<Rule> fl = aggregate(w.leaves, flat_leaves, rule, {1, 1});
    ASSERT_EQ(flat.unit_keys(), flat_leaves.unit_keys());
    for (std::size_t u = 0; u < flat.unit_keys(); ++u) {
      const std::uint32_t unit = flat.unit_of_key(u);
      ASSERT_EQ(flat_leaves.unit_of_key(u), unit);
      for (std::size_t i = 0; i < flat.indicator_keys(); ++i)
        for (std::size_t p = 0; p < flat.period_keys(); ++p) {
          ASSERT_EQ(all.value(unit, i, p), f.value(flat.group_of(i, u, p)))
              << Rule::name << " level " << level << " unit " << w.h.code(unit);
          ASSERT_EQ(separate.value(unit, i, p), fl.value(flat_leaves.group_of(i, u, p)))
              << Rule::name << " level " << level << " unit " << w.h.code(unit);
          const std::size_t g = by_unit.group_of(i, by_unit.unit_key(unit), p);
          const typename Rule::result_type mine = own.value(g);
          ASSERT_EQ(separate.own(unit, i, p), mine) << Rule::name << " unit " << w.h.code(unit);
          ASSERT_EQ(all.own(unit, i, p), mine) << Rule::name << " unit " << w.h.code(unit);
          parents_with_own_rows += level == 1 && !(own[g] == typename Rule::state{});
        }
    }
  }
  EXPECT_GT(parents_with_own_rows, 20u) << Rule::name;  // the districts' rows are there, and kept apart
}

TEST(rollup, every_rule_rolled_up_equals_a_flat_group_by_per_level) {
  world w;
  build(w, 42);
  expect_rollup_equals_flat(w, sum_rule{});
  expect_rollup_equals_flat(w, count_rule{});
  expect_rollup_equals_flat(w, mean_rule{});
  expect_rollup_equals_flat(w, min_rule{});
  expect_rollup_equals_flat(w, max_rule{});
  expect_rollup_equals_flat(w, first_rule{});
  expect_rollup_equals_flat(w, last_rule{});
  expect_rollup_equals_flat(w, variance_rule{4, rounding::half_up});
  expect_rollup_equals_flat(w, standard_deviation_rule{{4, rounding::half_up}});
  expect_rollup_equals_flat(w, median_rule{});
  expect_rollup_equals_flat(w, summary_rule{});
}

// Every status normal (the roll-up's own pass over the rows, no tallies), 150 days as
// periods: 3 × 324 × 150 = 145,800 groups, enough for the merge up on two and three threads.
// Each thread count gives the same states, and they equal a flat group-by per level (all
// rows beneath under include; the communes' rows under separate); under fill_missing a
// district with communes' rows agrees with separate, and one without takes its own value.
template <class Rule>
void expect_threads_agree(const Rule& rule) {
  unit_hierarchy h;
  for (int p = 0; p < 4; ++p) h.add("P" + std::to_string(p));
  for (int d = 0; d < 20; ++d) h.add("D" + std::to_string(d), "P" + std::to_string(d % 4));
  for (int c = 0; c < 300; ++c) h.add("C" + std::to_string(c), "D" + std::to_string(c % 20));
  h.seal();
  observation_table t(h, duplicate_policy::keep_last), leaves(h, duplicate_policy::keep_last);
  for (observation_table* x : {&t, &leaves})
    for (const char* code : {"A", "B", "C"}) x->add_indicator(code, 2);
  std::mt19937_64 rng(2024);
  const char* codes[] = {"A", "B", "C"};
  for (int i = 0; i < 40000; ++i) {
    const bool on_district = rng() % 10 == 0;
    const std::string unit = on_district ? "D" + std::to_string(rng() % 20) : "C" + std::to_string(rng() % 300);
    const auto day = static_cast<std::int32_t>(20000 + rng() % 150);
    const auto c = static_cast<std::int64_t>(rng() % 2000000) - 1000000;
    const char* ind = codes[rng() % 3];
    for (observation_table* x : {&t, &leaves})
      if (x == &t || !on_district) x->append(ind, unit, period_span{day, day}, decimal{c, 2});
  }
  t.seal();
  leaves.seal();
  grouping keys(t);
  keys.by_indicator().by_period();
  const auto run = [&](parent_values p, unsigned threads) {
    return rollup(t, h, keys, rule, {.parents = p, .aggregate = {threads, 1}});
  };
  for (const parent_values p : {parent_values::separate, parent_values::include, parent_values::fill_missing}) {
    const rollup_result<Rule> one = run(p, 1);
    ASSERT_GT(one.states().size(), std::size_t{1} << 17);
    for (const unsigned threads : {2u, 3u}) {
      const rollup_result<Rule> many = run(p, threads);
      for (std::uint32_t u = 0; u < h.size(); ++u)
        for (std::size_t i = 0; i < 3; ++i)
          for (std::size_t q = 0; q < keys.period_keys(); ++q) {
            ASSERT_TRUE(many.state(u, i, q) == one.state(u, i, q)) << Rule::name << " " << threads << " threads";
            ASSERT_TRUE(many.own_state(u, i, q) == one.own_state(u, i, q)) << Rule::name << " " << threads << " threads";
            ASSERT_EQ(many.filled(u, i, q), one.filled(u, i, q));
          }
    }
  }
  const rollup_result<Rule> all = run(parent_values::include, 2), separate = run(parent_values::separate, 2);
  const rollup_result<Rule> filled = run(parent_values::fill_missing, 2);
  std::size_t fills = 0;
  typename Rule::state empty;
  rule.init(empty);
  for (int level = 0; level < h.levels(); ++level) {
    grouping flat(t), flat_leaves(leaves);
    flat.by_indicator().by_period().by_level(h, level);
    flat_leaves.by_indicator().by_period().by_level(h, level);
    ASSERT_EQ(flat.period_keys(), keys.period_keys());
    const partial<Rule> f = aggregate(t, flat, rule, {1, 1});
    const partial<Rule> fl = aggregate(leaves, flat_leaves, rule, {1, 1});
    for (std::size_t u = 0; u < flat.unit_keys(); ++u) {
      const std::uint32_t unit = flat.unit_of_key(u);
      for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t q = 0; q < flat.period_keys(); ++q) {
          ASSERT_EQ(all.value(unit, i, q), f.value(flat.group_of(i, u, q))) << Rule::name << " level " << level;
          if constexpr (has_kernel<Rule>) {  // the very states (a median's holds its values in merge order)
            ASSERT_TRUE(all.state(unit, i, q) == f[flat.group_of(i, u, q)]) << Rule::name << " level " << level;
          }
          ASSERT_EQ(separate.value(unit, i, q), fl.value(flat_leaves.group_of(i, u, q))) << Rule::name << " level " << level;
          if (filled.filled(unit, i, q)) {
            ++fills;
            ASSERT_EQ(filled.value(unit, i, q), filled.own(unit, i, q));
          } else if (level == 2 || (level == 1 && !(separate.state(unit, i, q) == empty))) {  // a province's
            // figure may hold a district's filled value: it rolls up further
            ASSERT_EQ(filled.value(unit, i, q), separate.value(unit, i, q)) << Rule::name << " level " << level;
          }
        }
    }
  }
  EXPECT_GT(fills, 0u) << Rule::name;  // districts with own rows on days none of their communes has
}

TEST(rollup, the_plain_pass_on_any_thread_count_equals_a_flat_group_by_per_level) {
  expect_threads_agree(sum_rule{});
  expect_threads_agree(count_rule{});
  expect_threads_agree(mean_rule{});
  expect_threads_agree(min_rule{});
  expect_threads_agree(max_rule{});
  expect_threads_agree(summary_rule{});
  expect_threads_agree(median_rule{});  // aggregate()'s pass, the merge up on threads
}

TEST(rollup, statuses_roll_up_with_their_counts) {
  world w;
  build(w, 7);
  grouping keys(w.t);
  std::uint64_t estimates = 0, on_districts = 0;
  for (std::size_t row = 0; row < w.t.size(); ++row) {
    const bool estimate = w.t.status_column()[row] == value_status::estimate;
    estimates += estimate;
    on_districts += estimate && w.h.depth(w.t.unit_column()[row]) == 1;
  }
  ASSERT_GT(on_districts, 0u);
  // include: every estimate of the table reaches the provinces.
  const auto all = rollup(w.t, w.h, keys, sum_rule{}, {.parents = parent_values::include});
  std::uint64_t total = 0;
  for (const std::uint32_t p : w.h.units_at(0)) total += all.value(p).statuses().of(value_status::estimate);
  EXPECT_EQ(total, estimates);
  // separate (default): the communes' estimates reach the provinces; the districts' stay in
  // their own values.
  const auto r = rollup(w.t, w.h, keys, sum_rule{});
  std::uint64_t rolled = 0, own = 0;
  for (const std::uint32_t p : w.h.units_at(0)) rolled += r.value(p).statuses().of(value_status::estimate);
  for (const std::uint32_t d : w.h.units_at(1)) own += r.own(d).statuses().of(value_status::estimate);
  EXPECT_EQ(rolled, estimates - on_districts);
  EXPECT_EQ(own, on_districts);
}

TEST(rollup, seed_district_ten_of_sixteen_communes_and_12_1_criteria) {
  unit_hierarchy h;
  h.add("P");
  h.add("D", "P");
  h.add("D2", "P");
  const int criteria[16] = {15, 15, 16, 15, 17, 15, 15, 16, 15, 15, 5, 6, 7, 8, 7, 7};
  for (int i = 0; i < 16; ++i) h.add("C" + std::to_string(i), "D");
  h.add("X", "D2");
  h.seal();
  observation_table t(h);
  t.add_indicator("CRITERIA", 0);
  for (int i = 0; i < 16; ++i) t.append("CRITERIA", "C" + std::to_string(i), year_span(2024), decimal{criteria[i]});
  t.append("CRITERIA", "X", year_span(2024), decimal{19});
  t.seal();
  const auto met = rollup(t, h, grouping(t), count_if_rule{compare_op::greater_equal, decimal{15}});
  const auto all = rollup(t, h, grouping(t), count_rule{});
  EXPECT_EQ(met.value("D").value(), decimal{10});
  EXPECT_EQ(all.value("D").value(), decimal{16});
  const auto mean = rollup(t, h, grouping(t), mean_rule{});
  EXPECT_EQ(mean.value("D").value(1, rounding::half_up), decimal::parse("12.1"));
  const auto share = rollup(t, h, grouping(t), share_rule{compare_op::greater_equal, decimal{15}});
  EXPECT_EQ(share.value("D").value(), decimal::parse("0.625"));
  EXPECT_THROW(static_cast<void>(share.value("P").value()), domain_error);  // 11/17 is not a finite decimal
  EXPECT_EQ(share.value("P").value(10, rounding::half_even), divide(decimal{11}, decimal{17}, 10, rounding::half_even));
  EXPECT_EQ(share.value("C3").value(), decimal{1});
  const auto empty = rollup(t, h, grouping(t).periods_within(year_span(2020)), sum_rule{});
  EXPECT_EQ(empty.value("P").reason(), why::empty_group);
}

// Pair rules roll up too: every unit's ratio of sums (or weighted mean) equals a flat
// aggregate_pairs at its level — the ratio of its own sums, not a mean of its children's.
// include: a flat aggregate_pairs of every row beneath; separate (default): of the leaves' rows.
template <class Rule>
void expect_pair_rollup_equals_flat(const world& w, const Rule& rule) {
  grouping keys(w.t);
  keys.by_periods(years);
  const rollup_result<Rule> all =
      rollup_pairs(w.t, w.h, keys, rule, "A", "B", {.parents = parent_values::include, .aggregate = {2, 100}});
  const rollup_result<Rule> separate = rollup_pairs(w.t, w.h, keys, rule, "A", "B", {2, 100});
  std::size_t with_value = 0;
  for (int level = 0; level < w.h.levels(); ++level) {
    grouping flat(w.t), flat_leaves(w.leaves);
    flat.by_periods(years).by_level(w.h, level);
    flat_leaves.by_periods(years).by_level(w.h, level);
    const partial<Rule> f = aggregate_pairs(w.t, flat, rule, "A", "B", {1, 1});
    const partial<Rule> fl = aggregate_pairs(w.leaves, flat_leaves, rule, "A", "B", {1, 1});
    for (std::size_t u = 0; u < flat.unit_keys(); ++u) {
      const std::uint32_t unit = flat.unit_of_key(u);
      for (std::size_t p = 0; p < flat.period_keys(); ++p) {
        const aggregate_value v = all.value(unit, 0, p);
        ASSERT_EQ(v, f.value(flat.group_of(0, u, p))) << Rule::name << " level " << level << " unit " << w.h.code(unit);
        ASSERT_TRUE(v.statuses() == f.value(flat.group_of(0, u, p)).statuses());
        const aggregate_value s = separate.value(unit, 0, p);
        ASSERT_EQ(s, fl.value(flat_leaves.group_of(0, u, p))) << Rule::name << " level " << level << " unit " << w.h.code(unit);
        ASSERT_TRUE(s.statuses() == fl.value(flat_leaves.group_of(0, u, p)).statuses());
        with_value += v.has_value() && s.has_value();
      }
    }
  }
  EXPECT_GT(with_value, 100u) << Rule::name;
}

TEST(rollup, pair_rules_rolled_up_equal_a_flat_group_by_per_level) {
  world w;
  build(w, 11);
  expect_pair_rollup_equals_flat(w, ratio_of_sums_rule{});
  expect_pair_rollup_equals_flat(w, weighted_mean_rule{});
}

TEST(rollup, case_study_clean_water_share_rolls_up_as_a_ratio_of_sums) {
  // Commune A: 9 of 10 households with clean water; B: 1 of 90 (district D1); district D2's
  // only commune C: 30 of 50. D1 = 10/100; the province = 40/150, not a mean of ratios.
  unit_hierarchy h;
  h.add("P");
  h.add("D1", "P");
  h.add("D2", "P");
  h.add("A", "D1");
  h.add("B", "D1");
  h.add("C", "D2");
  h.seal();
  observation_table t(h);
  t.add_indicator("CLEAN", 0);
  t.add_indicator("HOUSEHOLDS", 0);
  const std::pair<const char*, std::array<int, 2>> rows[] = {{"A", {9, 10}}, {"B", {1, 90}}, {"C", {30, 50}}};
  for (const auto& [unit, v] : rows) {
    t.append("CLEAN", unit, year_span(2024), decimal{v[0]});
    t.append("HOUSEHOLDS", unit, year_span(2024), decimal{v[1]});
  }
  t.seal();
  const auto share = rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS");
  EXPECT_EQ(share.value("D1").value(), decimal::parse("0.1"));
  EXPECT_EQ(share.value("D2").value(), decimal::parse("0.6"));
  EXPECT_EQ(share.value("P").value(4, rounding::half_up), decimal::parse("0.2667"));  // 40/150
  EXPECT_EQ(share.value("P"), aggregate_value::quotient(decimal{40}, decimal{150}));
  EXPECT_EQ(share.value("A").value(), decimal::parse("0.9"));
  const auto typical = rollup_pairs(t, h, grouping(t), mean_of_ratios_rule{}, "CLEAN", "HOUSEHOLDS");
  EXPECT_EQ(typical.value("D1"), aggregate_value::quotient(decimal{41}, decimal{90}));  // (9/10 + 1/90) / 2
  // A split grouping by indicator keeps the pair's shape.
  grouping by_indicator(t);
  by_indicator.by_indicator();
  EXPECT_EQ(rollup_pairs(t, h, by_indicator, ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS").value("P"),
            aggregate_value::quotient(decimal{40}, decimal{150}));
  EXPECT_THROW(static_cast<void>(rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "NOPE")), domain_error);
}

TEST(rollup, preconditions_are_checked) {
  unit_hierarchy h;
  h.add("P");
  h.seal();
  observation_table free_units;
  free_units.add_indicator("X", 0);
  free_units.seal();
  EXPECT_THROW(static_cast<void>(rollup(free_units, h, grouping(free_units), sum_rule{})), domain_error);
  observation_table t(h);
  t.add_indicator("X", 0);
  t.seal();
  grouping by_unit(t);
  by_unit.by_unit();
  EXPECT_THROW(static_cast<void>(rollup(t, h, by_unit, sum_rule{})), domain_error);
}

// ---------------------------------------------------------------------------------------
// A parent's own value (docs/explanation/rollup-parent-values.md)
// ---------------------------------------------------------------------------------------

struct row {
  const char* unit;
  int year;
  int value;
  value_status status = value_status::normal;
};

// A world of units (code, parent code) and rows of indicator POP (scale 0).
struct small_world {
  unit_hierarchy h;
  observation_table t;
};
void build(small_world& w, std::initializer_list<std::pair<const char*, const char*>> units, std::initializer_list<row> rows) {
  for (const auto& [code, parent] : units) w.h.add(code, parent);
  w.h.seal();
  w.t = observation_table(w.h);
  w.t.add_indicator("POP", 0);
  for (const row& r : rows) w.t.append("POP", r.unit, year_span(r.year), decimal{r.value}, r.status);
  w.t.seal();
}

// The data: Canada reported with its provinces, CA = 100, ON = 60, QC = 40.
void canada(small_world& w, int quebec = 40) {
  build(w, {{"CA", ""}, {"ON", "CA"}, {"QC", "CA"}}, {{"CA", 2024, 100}, {"ON", 2024, 60}, {"QC", 2024, quebec}});
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const domain_error& e) {
    return e.what();
  }
  return "no domain_error";
}

TEST(rollup_parents, separate_by_default_keeps_canadas_own_row_apart) {
  small_world w;
  canada(w);
  const grouping g(w.t);
  const auto sum = rollup(w.t, w.h, g, sum_rule{});
  EXPECT_EQ(sum.parents(), parent_values::separate);
  EXPECT_EQ(sum.value("CA").value(), decimal{100});  // 60 + 40, not 200
  EXPECT_EQ(sum.own("CA").value(), decimal{100});    // the reported national row
  EXPECT_EQ(sum.value("ON").value(), decimal{60});
  EXPECT_EQ(sum.own("ON").value(), decimal{60});     // a leaf: its own rows are its roll-up
  EXPECT_FALSE(sum.filled("CA"));
  EXPECT_TRUE(sum.discrepancies().empty());
  const auto mean = rollup(w.t, w.h, g, mean_rule{});
  EXPECT_EQ(mean.value("CA"), aggregate_value::quotient(decimal{100}, decimal{2}));  // (60 + 40) / 2
  EXPECT_EQ(mean.value("CA").value(), decimal{50});
  EXPECT_EQ(mean.own("CA").value(), decimal{100});
  EXPECT_EQ(rollup(w.t, w.h, g, count_rule{}).value("CA").value(), decimal{2});  // two provinces, not three rows
  // The old five-argument call keeps its meaning for threads and takes the new default.
  EXPECT_EQ(rollup(w.t, w.h, g, mean_rule{}, {1, 1}).value("CA").value(), decimal{50});
}

TEST(rollup_parents, include_counts_the_national_row_with_its_parts_as_dhis2_does) {
  small_world w;
  canada(w);
  const grouping g(w.t);
  const rollup_options include{.parents = parent_values::include};
  const auto sum = rollup(w.t, w.h, g, sum_rule{}, include);
  EXPECT_EQ(sum.value("CA").value(), decimal{200});  // the figure
  EXPECT_EQ(sum.own("CA").value(), decimal{100});
  const auto mean = rollup(w.t, w.h, g, mean_rule{}, include);
  EXPECT_EQ(mean.value("CA"), aggregate_value::quotient(decimal{200}, decimal{3}));
  EXPECT_EQ(mean.value("CA").value(2, rounding::half_up), decimal::parse("66.67"));
  EXPECT_EQ(rollup(w.t, w.h, g, count_rule{}, include).value("CA").value(), decimal{3});
}

TEST(rollup_parents, fill_missing_and_check_agree_with_separate_when_children_report) {
  small_world w;
  canada(w);
  const grouping g(w.t);
  for (const parent_values p : {parent_values::fill_missing, parent_values::check}) {
    const auto sum = rollup(w.t, w.h, g, sum_rule{}, {.parents = p});
    EXPECT_EQ(sum.value("CA").value(), decimal{100}) << to_string(p);
    EXPECT_FALSE(sum.filled("CA")) << to_string(p);
    EXPECT_TRUE(sum.discrepancies().empty()) << to_string(p);  // 100 == 60 + 40
    const auto mean = rollup(w.t, w.h, g, mean_rule{}, {.parents = p});
    EXPECT_EQ(mean.value("CA").value(), decimal{50}) << to_string(p);
    EXPECT_EQ(mean.own("CA").value(), decimal{100}) << to_string(p);
  }
}

TEST(rollup_parents, check_reports_a_parent_whose_own_value_differs_from_its_children) {
  small_world w;
  canada(w, 30);  // CA = 100, but ON + QC = 90
  const grouping g(w.t);
  const auto exact = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check});
  ASSERT_EQ(exact.discrepancies().size(), 1u);
  const rollup_discrepancy& d = exact.discrepancies()[0];
  EXPECT_EQ(w.h.code(d.unit), "CA");
  EXPECT_EQ(d.indicator_key, 0u);
  EXPECT_EQ(d.period_key, 0u);
  EXPECT_EQ(d.slice, 0u);
  EXPECT_EQ(d.own.value(), decimal{100});
  EXPECT_EQ(d.children.value(), decimal{90});
  EXPECT_EQ(d.difference.value(), decimal{10});
  EXPECT_EQ(exact.value("CA").value(), decimal{90});  // check rolls up as separate does
  // The tolerance is absolute: a difference of 10 is within 10, not within 9.99.
  EXPECT_TRUE(rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check, .tolerance = decimal{10}})
                  .discrepancies()
                  .empty());
  EXPECT_EQ(rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check, .tolerance = decimal{999, 2}})
                .discrepancies()
                .size(),
            1u);
  // A mean: own 100 against (60 + 30) / 2 = 45, a difference of 55, exactly.
  const auto mean = rollup(w.t, w.h, g, mean_rule{}, {.parents = parent_values::check});
  ASSERT_EQ(mean.discrepancies().size(), 1u);
  EXPECT_EQ(mean.discrepancies()[0].children, aggregate_value::quotient(decimal{90}, decimal{2}));
  EXPECT_EQ(mean.discrepancies()[0].difference.value(), decimal{55});
  EXPECT_TRUE(rollup(w.t, w.h, g, mean_rule{}, {.parents = parent_values::check, .tolerance = decimal{55}})
                  .discrepancies()
                  .empty());
}

TEST(rollup_parents, check_names_the_period_and_compares_exact_quotients) {
  // 2024 agrees (100 = 60 + 40); 2025 does not (100 against 60 + 30).
  small_world w;
  build(w, {{"CA", ""}, {"ON", "CA"}, {"QC", "CA"}},
        {{"CA", 2024, 100}, {"ON", 2024, 60}, {"QC", 2024, 40}, {"CA", 2025, 100}, {"ON", 2025, 60}, {"QC", 2025, 30}});
  grouping g(w.t);
  g.by_period(period_kind::year);
  const auto sum = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check, .tolerance = decimal{1}});
  ASSERT_EQ(sum.discrepancies().size(), 1u);
  EXPECT_EQ(sum.keys().period_of_key(sum.discrepancies()[0].period_key), year_span(2025));
  EXPECT_EQ(sum.discrepancies()[0].difference.value(), decimal{10});
  // A mean compares the parent's own mean with the mean of its children's rows: 100 against
  // 100/2 in 2024, against 90/2 in 2025 — 100/1 − 90/2 = (100·2 − 90·1) / 2 = 110/2.
  const auto mean = rollup(w.t, w.h, g, mean_rule{}, {.parents = parent_values::check, .tolerance = decimal{1}});
  ASSERT_EQ(mean.discrepancies().size(), 2u);
  for (const rollup_discrepancy& d : mean.discrepancies()) {
    const bool y2025 = mean.keys().period_of_key(d.period_key) == year_span(2025);
    EXPECT_EQ(d.difference, y2025 ? aggregate_value::quotient(decimal{110}, decimal{2})
                                  : aggregate_value::quotient(decimal{100}, decimal{2}));
  }
  // A mean of 100 against 100/3: the exact difference 200/3 is not a finite decimal.
  small_world thirds;
  build(thirds, {{"CA", ""}, {"ON", "CA"}, {"QC", "CA"}, {"BC", "CA"}},
        {{"CA", 2024, 100}, {"ON", 2024, 60}, {"QC", 2024, 40}, {"BC", 2024, 0}});
  const auto t = rollup(thirds.t, thirds.h, grouping(thirds.t), mean_rule{},
                        {.parents = parent_values::check, .tolerance = decimal::parse("66.66")});
  ASSERT_EQ(t.discrepancies().size(), 1u);
  EXPECT_EQ(t.discrepancies()[0].difference, aggregate_value::quotient(decimal{200}, decimal{3}));
  EXPECT_TRUE(rollup(thirds.t, thirds.h, grouping(thirds.t), mean_rule{},
                     {.parents = parent_values::check, .tolerance = decimal::parse("66.67")})
                  .discrepancies()
                  .empty());
}

TEST(rollup_parents, check_compares_a_pair_rules_ratio_of_sums) {
  // CA reports 50 of 100 households; ON 30 of 60 and QC 10 of 40 give 40/100.
  unit_hierarchy h;
  h.add("CA");
  h.add("ON", "CA");
  h.add("QC", "CA");
  h.seal();
  observation_table t(h);
  t.add_indicator("CLEAN", 0);
  t.add_indicator("HOUSEHOLDS", 0);
  const std::pair<const char*, std::array<int, 2>> rows[] = {{"CA", {50, 100}}, {"ON", {30, 60}}, {"QC", {10, 40}}};
  for (const auto& [unit, v] : rows) {
    t.append("CLEAN", unit, year_span(2024), decimal{v[0]});
    t.append("HOUSEHOLDS", unit, year_span(2024), decimal{v[1]});
  }
  t.seal();
  const auto r = rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS",
                              {.parents = parent_values::check, .tolerance = decimal::parse("0.05")});
  EXPECT_EQ(r.value("CA"), aggregate_value::quotient(decimal{40}, decimal{100}));
  EXPECT_EQ(r.own("CA"), aggregate_value::quotient(decimal{50}, decimal{100}));
  ASSERT_EQ(r.discrepancies().size(), 1u);
  EXPECT_EQ(r.discrepancies()[0].difference.value(), decimal::parse("0.1"));  // 50/100 − 40/100
  EXPECT_EQ(rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS").value("CA").value(),
            decimal::parse("0.4"));
}

TEST(rollup_parents, fill_missing_uses_a_provinces_own_value_where_its_communes_have_none) {
  // N → P1 → C1, C2 (10, 20); N → P2 → C3, C4 (no rows), P2's own 70 (an estimate); N's own 100.
  small_world w;
  build(w, {{"N", ""}, {"P1", "N"}, {"P2", "N"}, {"C1", "P1"}, {"C2", "P1"}, {"C3", "P2"}, {"C4", "P2"}},
        {{"N", 2024, 100}, {"C1", 2024, 10}, {"C2", 2024, 20}, {"P2", 2024, 70, value_status::estimate}});
  const grouping g(w.t);
  const auto fill = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::fill_missing});
  EXPECT_EQ(fill.value("P2").value(), decimal{70});
  EXPECT_TRUE(fill.filled("P2"));
  EXPECT_EQ(fill.value("P2").status(), value_status::estimate);
  EXPECT_EQ(fill.value("P1").value(), decimal{30});
  EXPECT_FALSE(fill.filled("P1"));
  EXPECT_EQ(fill.value("N").value(), decimal{100});  // 30 + the filled 70
  EXPECT_FALSE(fill.filled("N"));
  EXPECT_EQ(fill.value("N").statuses().of(value_status::estimate), 1u);
  EXPECT_EQ(fill.own("N").value(), decimal{100});
  EXPECT_EQ(fill.value("C3").reason(), why::empty_group);
  EXPECT_FALSE(fill.filled("C3"));
  // separate: P2 has no value from its communes, and N is P1's 30 alone.
  const auto separate = rollup(w.t, w.h, g, sum_rule{});
  EXPECT_EQ(separate.value("P2").reason(), why::empty_group);
  EXPECT_FALSE(separate.filled("P2"));
  EXPECT_EQ(separate.own("P2").value(), decimal{70});
  EXPECT_EQ(separate.value("N").value(), decimal{30});
  EXPECT_EQ(separate.value("N").status(), value_status::normal);
  // include: P2's 70 and N's 100 both counted.
  EXPECT_EQ(rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::include}).value("N").value(), decimal{200});
  // check compares only where both exist: not P2 (no children's roll-up); N's 100 against 30.
  const auto check = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check});
  ASSERT_EQ(check.discrepancies().size(), 1u);
  EXPECT_EQ(w.h.code(check.discrepancies()[0].unit), "N");
  EXPECT_EQ(check.discrepancies()[0].difference.value(), decimal{70});
}

TEST(rollup_parents, three_levels_a_districts_own_value_stays_out_of_its_province) {
  // P (own 7) → D1 (own 1000) → C1 10, C2 20;  P → D2 → C3 5.
  small_world w;
  build(w, {{"P", ""}, {"D1", "P"}, {"D2", "P"}, {"C1", "D1"}, {"C2", "D1"}, {"C3", "D2"}},
        {{"P", 2024, 7}, {"D1", 2024, 1000}, {"C1", 2024, 10}, {"C2", 2024, 20}, {"C3", 2024, 5}});
  const grouping g(w.t);
  for (const parent_values p : {parent_values::separate, parent_values::fill_missing, parent_values::check}) {
    const auto r = rollup(w.t, w.h, g, sum_rule{}, {.parents = p});
    EXPECT_EQ(r.value("D1").value(), decimal{30}) << to_string(p);
    EXPECT_EQ(r.own("D1").value(), decimal{1000}) << to_string(p);
    EXPECT_EQ(r.value("D2").value(), decimal{5}) << to_string(p);
    EXPECT_EQ(r.own("D2").reason(), why::empty_group) << to_string(p);
    EXPECT_EQ(r.value("P").value(), decimal{35}) << to_string(p);  // not 1035, not 1042
    EXPECT_EQ(r.own("P").value(), decimal{7}) << to_string(p);
  }
  const auto include = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::include});
  EXPECT_EQ(include.value("D1").value(), decimal{1030});
  EXPECT_EQ(include.value("P").value(), decimal{1042});
  // check: P (id 0) then D1 (id 1), by unit id.
  const auto check = rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check});
  ASSERT_EQ(check.discrepancies().size(), 2u);
  EXPECT_EQ(w.h.code(check.discrepancies()[0].unit), "P");
  EXPECT_EQ(check.discrepancies()[0].own.value(), decimal{7});
  EXPECT_EQ(check.discrepancies()[0].children.value(), decimal{35});
  EXPECT_EQ(check.discrepancies()[0].difference.value(), decimal{-28});
  EXPECT_EQ(w.h.code(check.discrepancies()[1].unit), "D1");
  EXPECT_EQ(check.discrepancies()[1].own.value(), decimal{1000});
  EXPECT_EQ(check.discrepancies()[1].children.value(), decimal{30});
  EXPECT_EQ(check.discrepancies()[1].difference.value(), decimal{970});
  EXPECT_EQ(rollup(w.t, w.h, g, sum_rule{}, {.parents = parent_values::check, .tolerance = decimal{28}})
                .discrepancies()
                .size(),
            1u);  // D1's 970 only
}

TEST(rollup_parents, check_lists_every_disagreeing_district_of_a_random_world) {
  // The discrepancies of check equal those found from flat group-bys: own rows by unit,
  // children's roll-up from the table without the districts' rows.
  world w;
  build(w, 5);
  grouping keys(w.t);
  keys.by_indicator().by_periods(years);
  const decimal tolerance{5000, 2};
  const auto r = rollup(w.t, w.h, keys, sum_rule{}, {.parents = parent_values::check, .tolerance = tolerance});
  grouping by_unit(w.t), leaves(w.leaves);
  by_unit.by_indicator().by_periods(years).by_unit();
  leaves.by_indicator().by_periods(years).by_level(w.h, 1);
  const partial<sum_rule> own = aggregate(w.t, by_unit, sum_rule{});
  const partial<sum_rule> children = aggregate(w.leaves, leaves, sum_rule{});
  std::vector<std::array<std::size_t, 3>> expected;
  std::size_t compared = 0;
  for (std::uint32_t unit = 0; unit < w.h.size(); ++unit) {
    if (w.h.depth(unit) != 1) continue;  // provinces have no rows of their own, communes no children
    for (std::size_t i = 0; i < 2; ++i)
      for (std::size_t p = 0; p < 4; ++p) {
        const aggregate_value a = own.value(by_unit.group_of(i, by_unit.unit_key(unit), p));
        const aggregate_value b = children.value(leaves.group_of(i, leaves.unit_key(unit), p));
        if (!a.has_value() || !b.has_value()) continue;
        ++compared;
        if (abs(a.value() - b.value()) > tolerance) expected.push_back({unit, i, p});
      }
  }
  std::vector<std::array<std::size_t, 3>> found;
  for (const rollup_discrepancy& d : r.discrepancies()) {
    found.push_back({d.unit, d.indicator_key, d.period_key});
    EXPECT_EQ(d.difference.value(), d.own.value() - d.children.value());
  }
  EXPECT_GT(compared, 50u);
  EXPECT_GT(expected.size(), 20u);
  EXPECT_EQ(found, expected);
}

// A rule whose state has no ==: it cannot tell an empty group, so it rolls up under
// separate and include only.
struct sum_without_equality {
  static constexpr std::string_view name = "sum_without_equality";
  static constexpr std::string_view formula = "Σ x";
  static constexpr rule_class kind = rule_class::distributive;
  struct state {
    sum_rule::state s;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const { sum_rule{}.step(s.s, o); }
  void merge(state& s, const state& o) const { sum_rule{}.merge(s.s, o.s); }
  aggregate_value finish(const state& s, const finish_context& c) const { return sum_rule{}.finish(s.s, c); }
};

TEST(rollup_parents, policy_errors_are_typed_and_named) {
  small_world w;
  canada(w);
  const grouping g(w.t);
  EXPECT_EQ(message_of([&] { static_cast<void>(rollup(w.t, w.h, g, sum_rule{}, {.tolerance = decimal{-1}})); }),
            "roll-up: negative tolerance -1");
  EXPECT_EQ(message_of([&] {
              static_cast<void>(rollup(w.t, w.h, g, summary_rule{}, {.parents = parent_values::check}));
            }),
            "roll-up check: rule \"summary\" has no exact figure to compare");
  EXPECT_EQ(message_of([&] {
              static_cast<void>(rollup(w.t, w.h, g, variance_rule{2, rounding::half_up}, {.parents = parent_values::check}));
            }),
            "roll-up check: rule \"variance\" has no exact figure to compare");
  EXPECT_EQ(message_of([&] {
              static_cast<void>(rollup(w.t, w.h, g, sum_rule{}, {.parents = static_cast<parent_values>(9)}));
            }),
            "roll-up: unknown parent_values policy 9");
  EXPECT_EQ(message_of([&] {
              static_cast<void>(rollup(w.t, w.h, g, sum_without_equality{}, {.parents = parent_values::fill_missing}));
            }),
            "roll-up: parent_values::fill_missing needs a rule state with ==");
  EXPECT_EQ(rollup(w.t, w.h, g, sum_without_equality{}).value("CA").value(), decimal{100});
  EXPECT_EQ(rollup(w.t, w.h, g, sum_without_equality{}, {.parents = parent_values::include}).value("CA").value(),
            decimal{200});
  // Under the other policies a summary or a variance rolls up, own values apart.
  const auto s = rollup(w.t, w.h, g, summary_rule{}, {.parents = parent_values::fill_missing});
  EXPECT_EQ(s.value("CA").sum.value(), decimal{100});
  EXPECT_EQ(s.value("CA").count.value(), decimal{2});
  EXPECT_EQ(s.own("CA").count.value(), decimal{1});
  EXPECT_EQ(to_string(parent_values::fill_missing), "fill_missing");
}

}  // namespace
