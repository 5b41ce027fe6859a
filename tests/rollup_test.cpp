// Tests for attain/rollup.hpp: the roll-up of every unit equals a flat group-by per level,
// for every rule; the seed's district figures; statuses roll up.
#include "attain/rollup.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <utility>
#include <string>
#include <vector>

#include "attain/detail/civil.hpp"

namespace {

using namespace attain;

period_span year_span(int y) { return {detail::days_from_civil(y, 1, 1), detail::days_from_civil(y, 12, 31)}; }

struct world {
  unit_hierarchy h;
  observation_table t{duplicate_policy::keep_last};
};

// 4 provinces → 20 districts → 300 communes; rows on communes and some on districts.
void build(world& w, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (int p = 0; p < 4; ++p) w.h.add("P" + std::to_string(p));
  for (int d = 0; d < 20; ++d) w.h.add("D" + std::to_string(d), "P" + std::to_string(d % 4));
  for (int c = 0; c < 300; ++c) w.h.add("C" + std::to_string(c), "D" + std::to_string(rng() % 20));
  w.h.seal();
  w.t = observation_table(w.h, duplicate_policy::keep_last);
  w.t.add_indicator("A", 2);
  w.t.add_indicator("B", 0);
  for (int i = 0; i < 6000; ++i) {
    const bool on_district = rng() % 10 == 0;
    const std::string unit = on_district ? "D" + std::to_string(rng() % 20) : "C" + std::to_string(rng() % 300);
    const int year = 2020 + static_cast<int>(rng() % 4);
    const auto c = static_cast<std::int64_t>(rng() % 2000000) - 1000000;
    const value_status s = rng() % 17 == 0 ? value_status::estimate : value_status::normal;
    if (rng() % 2) w.t.append("A", unit, year_span(year), decimal{c, 2}, s);
    else w.t.append("B", unit, year_span(year), decimal{c}, s);
  }
  w.t.seal();
}

template <class Rule>
void expect_rollup_equals_flat(const world& w, const Rule& rule) {
  grouping keys(w.t);
  keys.by_indicator().by_period(period_kind::year);
  const rollup_result<Rule> r = rollup(w.t, w.h, keys, rule, {2, 100});
  for (int level = 0; level < w.h.levels(); ++level) {
    grouping flat(w.t);
    flat.by_indicator().by_period(period_kind::year).by_level(w.h, level);
    const partial<Rule> f = aggregate(w.t, flat, rule, {1, 1});
    for (std::size_t u = 0; u < flat.unit_keys(); ++u) {
      const std::uint32_t unit = flat.unit_of_key(u);
      for (std::size_t i = 0; i < flat.indicator_keys(); ++i)
        for (std::size_t p = 0; p < flat.period_keys(); ++p)
          ASSERT_EQ(r.value(unit, i, p), f.value(flat.group_of(i, u, p)))
              << Rule::name << " level " << level << " unit " << w.h.code(unit);
    }
  }
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

TEST(rollup, statuses_roll_up_with_their_counts) {
  world w;
  build(w, 7);
  grouping keys(w.t);
  const auto r = rollup(w.t, w.h, keys, sum_rule{});
  std::uint64_t estimates = 0;
  for (std::size_t row = 0; row < w.t.size(); ++row) estimates += w.t.status_column()[row] == value_status::estimate;
  std::uint64_t total = 0;
  for (const std::uint32_t p : w.h.units_at(0)) total += r.value(p).statuses().of(value_status::estimate);
  EXPECT_EQ(total, estimates);
  EXPECT_GT(total, 0u);
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
template <class Rule>
void expect_pair_rollup_equals_flat(const world& w, const Rule& rule) {
  grouping keys(w.t);
  keys.by_period(period_kind::year);
  const rollup_result<Rule> r = rollup_pairs(w.t, w.h, keys, rule, "A", "B", {2, 100});
  std::size_t with_value = 0;
  for (int level = 0; level < w.h.levels(); ++level) {
    grouping flat(w.t);
    flat.by_period(period_kind::year).by_level(w.h, level);
    const partial<Rule> f = aggregate_pairs(w.t, flat, rule, "A", "B", {1, 1});
    for (std::size_t u = 0; u < flat.unit_keys(); ++u) {
      const std::uint32_t unit = flat.unit_of_key(u);
      for (std::size_t p = 0; p < flat.period_keys(); ++p) {
        const aggregate_value v = r.value(unit, 0, p);
        ASSERT_EQ(v, f.value(flat.group_of(0, u, p))) << Rule::name << " level " << level << " unit " << w.h.code(unit);
        ASSERT_TRUE(v.statuses() == f.value(flat.group_of(0, u, p)).statuses());
        with_value += v.has_value();
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

}  // namespace
