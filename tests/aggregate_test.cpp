// Tests for attain/aggregate.hpp: every rule by hand, against a naive exact reference
// (cpp_int rationals) on random data, merge == sequential, serialization, DHIS2 pairs.
#include "attain/aggregate.hpp"

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "attain/detail/civil.hpp"

namespace {

using namespace attain;
using rational = boost::multiprecision::cpp_rational;
using bigint = boost::multiprecision::cpp_int;

static_assert(aggregation_rule<sum_rule> && aggregation_rule<count_rule> && aggregation_rule<mean_rule>);
static_assert(aggregation_rule<min_rule> && aggregation_rule<max_rule> && aggregation_rule<first_rule>);
static_assert(aggregation_rule<last_rule> && aggregation_rule<count_if_rule> && aggregation_rule<share_rule>);
static_assert(aggregation_rule<variance_rule> && aggregation_rule<standard_deviation_rule>);
static_assert(aggregation_rule<median_rule> && aggregation_rule<summary_rule>);
static_assert(aggregation_rule<weighted_mean_rule> && aggregation_rule<ratio_of_sums_rule> &&
              aggregation_rule<mean_of_ratios_rule>);
static_assert(is_pair_rule<weighted_mean_rule> && !is_pair_rule<sum_rule>);
static_assert(sum_rule::kind == rule_class::distributive && mean_rule::kind == rule_class::algebraic &&
              median_rule::kind == rule_class::holistic);

std::int32_t day(int y, int m, int d) { return detail::days_from_civil(y, m, d); }
period_span month_span(int y, int m) { return {day(y, m, 1), day(y, m, detail::days_in_month(y, m))}; }
period_span year_span(int y) { return {day(y, 1, 1), day(y, 12, 31)}; }

bigint big(int128 v) {
  const uint128 m = detail::magnitude(v);
  bigint b = static_cast<std::uint64_t>(m >> 64);
  b <<= 64;
  b += static_cast<std::uint64_t>(m);
  return v < 0 ? bigint(-b) : b;
}
rational exact(const decimal& d) {
  bigint p = 1;
  for (int i = 0; i < d.scale(); ++i) p *= 10;
  return rational(big(d.coefficient()), p);
}
rational exact(const aggregate_value& v) { return exact(v.numerator()) / exact(v.denominator()); }

// A table of one indicator with values given as text, one unit per value.
observation_table single(const std::vector<std::string>& values, int scale = 2) {
  observation_table t;
  t.add_indicator("X", scale);
  for (std::size_t i = 0; i < values.size(); ++i)
    t.append("X", "U" + std::to_string(i), year_span(2024), decimal::parse(values[i]));
  t.seal();
  return t;
}

template <class Rule>
aggregate_value one(const observation_table& t, const Rule& r = Rule{}) {
  return aggregate(t, grouping(t), r).value(0);
}

TEST(aggregate, sum_count_mean_min_max_by_hand) {
  const observation_table t = single({"1.50", "2.25", "-0.5"});
  EXPECT_EQ(one<sum_rule>(t).value(), decimal::parse("3.25"));
  EXPECT_EQ(one<count_rule>(t).value(), decimal{3});
  EXPECT_EQ(one<min_rule>(t).value(), decimal::parse("-0.5"));
  EXPECT_EQ(one<max_rule>(t).value(), decimal::parse("2.25"));
  const aggregate_value m = one<mean_rule>(t);
  EXPECT_TRUE(m.is_quotient());
  EXPECT_EQ(exact(m), rational(325, 300));
  EXPECT_EQ(m.value(2, rounding::half_up), decimal::parse("1.08"));
  EXPECT_THROW(static_cast<void>(m.value()), domain_error);  // 1.0833… is not a finite decimal
  EXPECT_EQ(one<mean_rule>(single({"1", "2"})).value(), decimal::parse("1.5"));
  // The one exact quotient type: the mean as it is, 3.25 / 3, and a sum over 1.
  EXPECT_EQ(m.fraction(), (exact_fraction{decimal::parse("3.25"), decimal{3}}));
  EXPECT_EQ(one<sum_rule>(t).fraction(), exact_fraction{decimal::parse("3.25")});
  EXPECT_THROW(static_cast<void>(aggregate_value::rounded(decimal::parse("1.08")).fraction()), domain_error);
  EXPECT_THROW(static_cast<void>(aggregate_value::none(why::empty_group).fraction()), domain_error);
}

TEST(aggregate, an_empty_group_has_no_value_with_a_reason) {
  observation_table t = single({"1"});
  grouping g(t);
  g.periods_within(year_span(2020));
  for (const aggregate_value& v :
       {aggregate(t, g, sum_rule{}).value(0), aggregate(t, g, mean_rule{}).value(0), aggregate(t, g, min_rule{}).value(0),
        aggregate(t, g, last_rule{}).value(0), aggregate(t, g, median_rule{}).value(0)}) {
    EXPECT_FALSE(v.has_value());
    EXPECT_EQ(v.reason(), why::empty_group);
  }
  EXPECT_EQ(aggregate(t, g, count_rule{}).value(0).value(), decimal{0});  // a count is 0
  try {
    static_cast<void>(aggregate(t, g, sum_rule{}).value(0).value());
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_STREQ(e.what(), "no value: empty group");
  }
  EXPECT_EQ(one<variance_rule>(single({"1"})).reason(), why::too_few_points);
}

TEST(aggregate, median_odd_and_even) {
  EXPECT_EQ(one<median_rule>(single({"5", "1", "3"})).value(), decimal{3});
  EXPECT_EQ(one<median_rule>(single({"5", "1", "3", "4"})).value(), decimal::parse("3.5"));
  EXPECT_EQ(one<median_rule>(single({"0.01", "0.02"})).value(), decimal::parse("0.015"));
}

TEST(aggregate, variance_and_standard_deviation_correctly_rounded) {
  const observation_table t = single({"2", "4", "4", "4", "5", "5", "7", "9"}, 0);
  // mean 5, Σ(x − 5)² = 32, sample variance 32/7 = 4.571428…, stddev 2.13808993…
  EXPECT_EQ(one(t, variance_rule{4, rounding::half_even}).value(4, rounding::half_even), decimal::parse("4.5714"));
  EXPECT_EQ(one(t, standard_deviation_rule{{6, rounding::half_even}}).value(6, rounding::half_even),
            decimal::parse("2.138090"));
  EXPECT_EQ(one(t, standard_deviation_rule{{3, rounding::up}}).value(3, rounding::up), decimal::parse("2.139"));
  // An exact square root: values 1, 3 → variance 2; values 0, 2 → variance 2 too; 1, 5 → 8.
  // √18 = 4.2426…: up → 4.25, down → 4.24
  EXPECT_EQ(one(single({"0", "6"}, 0), standard_deviation_rule{{2, rounding::up}}).value(2, rounding::up),
            decimal::parse("4.25"));
  EXPECT_EQ(one(single({"0", "6"}, 0), standard_deviation_rule{{2, rounding::down}}).value(2, rounding::down),
            decimal::parse("4.24"));
  EXPECT_EQ(one(single({"1", "4"}, 0), standard_deviation_rule{{1, rounding::half_even}}).value(1, rounding::half_even),
            decimal::parse("2.1"));  // √4.5 = 2.1213…
  EXPECT_EQ(one(single({"1", "3"}, 0), variance_rule{0, rounding::down}).value(0, rounding::down), decimal{2});
  EXPECT_THROW(static_cast<void>(one(t, standard_deviation_rule{{3, rounding::up}}).value(2, rounding::up)),
               domain_error);  // no double rounding
}

TEST(aggregate, first_and_last_follow_the_periods) {
  observation_table t;
  t.add_indicator("STOCK", 0);
  t.append("STOCK", "A", year_span(2022), decimal{10});
  t.append("STOCK", "A", year_span(2024), decimal{30});
  t.append("STOCK", "A", year_span(2023), decimal{20});
  t.append("STOCK", "B", year_span(2024), decimal{31});
  t.seal();
  EXPECT_EQ(one<last_rule>(t).value(), decimal{31});  // tie on 2024: the higher unit id (B)
  EXPECT_EQ(one<first_rule>(t).value(), decimal{10});
  grouping g(t);
  g.by_unit();
  const auto last = aggregate(t, g, last_rule{});
  EXPECT_EQ(last.value(g.unit_key(t.find_unit("A"))).value(), decimal{30});
  // last in period: the last rule under a period filter
  grouping in2023(t);
  in2023.periods_within({day(2022, 1, 1), day(2023, 12, 31)});
  EXPECT_EQ(aggregate(t, in2023, last_rule{}).value(0).value(), decimal{20});
}

// The seed: 16 communes; 10 meet the standard of 15 criteria; 194 criteria in all.
observation_table seed_communes() {
  observation_table t;
  t.add_indicator("CRITERIA", 0);
  const int criteria[16] = {15, 15, 16, 15, 17, 15, 15, 16, 15, 15, 5, 6, 7, 8, 7, 7};
  for (int i = 0; i < 16; ++i) t.append("CRITERIA", "C" + std::to_string(i), year_span(2024), decimal{criteria[i]});
  t.seal();
  return t;
}

TEST(aggregate, seed_ten_of_sixteen_communes_and_12_1_criteria_per_commune) {
  const observation_table t = seed_communes();
  EXPECT_EQ(one(t, count_if_rule{compare_op::greater_equal, decimal{15}}).value(), decimal{10});
  const aggregate_value share = one(t, share_rule{compare_op::greater_equal, decimal{15}});
  EXPECT_EQ(exact(share), rational(10, 16));
  EXPECT_EQ(share.value(), decimal::parse("0.625"));
  const aggregate_value mean = one<mean_rule>(t);
  EXPECT_EQ(exact(mean), rational(194, 16));
  EXPECT_EQ(mean.value(1, rounding::half_up), decimal::parse("12.1"));
  // A standard with more decimals than the column: ≥ 14.5 counts the same 10 communes.
  EXPECT_EQ(one(t, count_if_rule{compare_op::greater, decimal{145, 1}}).value(), decimal{10});
  EXPECT_EQ(one(t, count_if_rule{compare_op::equal, decimal{155, 1}}).value(), decimal{0});
  EXPECT_EQ(one(t, count_if_rule{compare_op::less, decimal{6}}).value(), decimal{1});
}

// Pair rules: households with clean water (x) and households (y).
observation_table water() {
  observation_table t;
  t.add_indicator("CLEAN", 0);
  t.add_indicator("HOUSEHOLDS", 0);
  t.append("CLEAN", "A", year_span(2024), decimal{9});
  t.append("HOUSEHOLDS", "A", year_span(2024), decimal{10});
  t.append("CLEAN", "B", year_span(2024), decimal{1});
  t.append("HOUSEHOLDS", "B", year_span(2024), decimal{90});
  t.append("CLEAN", "C", year_span(2024), decimal{5});  // no partner: left out, counted
  t.seal();
  return t;
}

TEST(aggregate, case_study_ratio_of_sums_is_not_the_mean_of_ratios) {
  const observation_table t = water();
  const auto ratio = aggregate_pairs(t, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS");
  EXPECT_EQ(ratio.value(0).value(), decimal::parse("0.1"));  // 10 / 100
  EXPECT_EQ(ratio.unpaired(), 1u);
  const auto mean = aggregate_pairs(t, grouping(t), mean_of_ratios_rule{}, "CLEAN", "HOUSEHOLDS");
  EXPECT_EQ(exact(mean.value(0)), rational(41, 90));  // (9/10 + 1/90) / 2
  EXPECT_EQ(mean.value(0).value(3, rounding::half_up), decimal::parse("0.456"));
}

TEST(aggregate, weighted_mean_by_population) {
  observation_table t;
  t.add_indicator("INCOME", 1);  // per capita, millions
  t.add_indicator("POP", 0);
  t.append("INCOME", "A", year_span(2024), decimal::parse("50.5"));
  t.append("POP", "A", year_span(2024), decimal{1000});
  t.append("INCOME", "B", year_span(2024), decimal::parse("30"));
  t.append("POP", "B", year_span(2024), decimal{3000});
  t.seal();
  const auto w = aggregate_pairs(t, grouping(t), weighted_mean_rule{}, "INCOME", "POP");
  // (50.5·1000 + 30·3000) / 4000 = 140500 / 4000 = 35.125
  EXPECT_EQ(w.value(0).value(), decimal::parse("35.125"));
  EXPECT_EQ(one<mean_rule>([&] {
              observation_table u = single({"50.5", "30"}, 1);
              return u;
            }())
                .value(),
            decimal::parse("40.25"));  // the unweighted mean differs
}

TEST(aggregate, zero_denominators_give_no_value) {
  observation_table t;
  t.add_indicator("X", 0);
  t.add_indicator("Y", 0);
  t.append("X", "A", year_span(2024), decimal{1});
  t.append("Y", "A", year_span(2024), decimal{0});
  t.seal();
  EXPECT_EQ(aggregate_pairs(t, grouping(t), ratio_of_sums_rule{}, "X", "Y").value(0).reason(),
            why::zero_denominator);
  EXPECT_EQ(aggregate_pairs(t, grouping(t), mean_of_ratios_rule{}, "X", "Y").value(0).reason(),
            why::zero_denominator);
  EXPECT_EQ(aggregate_pairs(t, grouping(t), weighted_mean_rule{}, "X", "Y").value(0).reason(),
            why::zero_denominator);
}

TEST(aggregate, status_propagates_and_says_how_many) {
  observation_table t;
  t.add_indicator("X", 0);
  t.append("X", "A", year_span(2024), decimal{1});
  t.append("X", "B", year_span(2024), decimal{2}, value_status::estimate);
  t.append("X", "C", year_span(2024), decimal{3}, value_status::estimate);
  t.append("X", "D", year_span(2024), decimal{4}, value_status::provisional);
  t.seal();
  const aggregate_value s = one<sum_rule>(t);
  EXPECT_EQ(s.value(), decimal{10});
  EXPECT_EQ(s.status(), value_status::estimate);
  EXPECT_EQ(s.statuses().of(value_status::estimate), 2u);
  EXPECT_EQ(s.statuses().of(value_status::provisional), 1u);
  grouping finals(t);
  finals.statuses({value_status::normal});
  const aggregate_value f = aggregate(t, finals, sum_rule{}).value(0);
  EXPECT_EQ(f.value(), decimal{1});
  EXPECT_EQ(f.status(), value_status::normal);
}

TEST(aggregate, a_sum_beyond_38_digits_is_reported_never_wrapped) {
  observation_table t;
  t.add_indicator("X", 0);
  const decimal huge = decimal::parse("90000000000000000000000000000000000000");  // 9e37
  t.append("X", "A", year_span(2024), huge);
  t.append("X", "B", year_span(2024), huge);
  t.seal();
  EXPECT_THROW(static_cast<void>(aggregate(t, grouping(t), sum_rule{})), overflow_error);
  EXPECT_EQ(one<max_rule>(t).value(), huge);
  // Many int64 values never overflow the 128-bit accumulator: 10^5 × (2^63 − 1) fits.
  observation_table u;
  u.add_indicator("X", 0);
  for (int i = 0; i < 1000; ++i) u.append("X", "U" + std::to_string(i), year_span(2024), decimal{INT64_MAX});
  u.seal();
  EXPECT_EQ(exact(one<sum_rule>(u)), rational(big(static_cast<int128>(INT64_MAX) * 1000)));
}

// The 64-bit kernel path (int64 columns, no statuses to count): sums of values near 2^63
// carry into 128 bits exactly, minima and maxima are 64-bit, for every grouping shape and
// thread count, against a naive 128-bit reference.
// The reference: every row of the table into its group by the grouping's own key maps,
// summed, counted and compared in a plain loop.
std::vector<summary_rule::state> summary_states_of_a_plain_loop(const observation_table& t, const grouping& g) {
  std::vector<summary_rule::state> ref(g.size());
  const auto ind = t.indicator_column(), unit = t.unit_column(), per = t.period_column();
  for (std::size_t r = 0; r < t.size(); ++r) {
    const std::uint32_t i = g.indicator_key(ind[r]), u = g.unit_key(unit[r]), p = g.period_key(per[r]);
    if (i == grouping::npos || u == grouping::npos || p == grouping::npos) continue;
    summary_rule::state& s = ref[g.group_of(i, u, p)];
    const int128 v = t.value_column()[r];
    s.sum += v;
    s.min = std::min(s.min, v);
    s.max = std::max(s.max, v);
    ++s.n;
  }
  return ref;
}

TEST(aggregate, kernel_sums_carry_exactly_for_every_grouping_and_thread_count) {
  std::mt19937_64 rng(2024);
  observation_table t{duplicate_policy::sum};
  t.add_indicator("X", 0);
  t.add_indicator("Y", 0);
  for (int u = 0; u < 37; ++u) t.unit_id("U" + std::to_string(u));
  for (int p = 0; p < 5; ++p) t.period_id(period_span{p, p});
  for (std::uint32_t u = 0; u < 37; ++u)
    for (std::uint32_t p = 0; p < 5; ++p)
      for (std::uint32_t i = 0; i < 2; ++i) {
        // mostly near ±2^63 with a bias to one sign per unit, so 64-bit sums wrap often
        const bool up = (u % 3 != 0) == ((rng() % 5) != 0);
        const auto near = static_cast<std::int64_t>(rng() >> 2) + (std::int64_t{1} << 61) + (std::int64_t{1} << 60);
        const std::int64_t c = u == 36 ? static_cast<std::int64_t>(rng() % 1000) : (up ? near : -near);
        t.append(coded_observation{i, u, p, c, value_status::normal});
      }
  t.seal();
  ASSERT_EQ(t.flagged_rows(), 0u);
  const auto check = [&](const grouping& g, const char* what) {
    const std::vector<summary_rule::state> ref = summary_states_of_a_plain_loop(t, g);
    for (const unsigned threads : {1u, 2u, 3u}) {
      const aggregate_options opt{threads, 1};
      const auto full = aggregate(t, g, summary_rule{}, opt);
      const auto sum = aggregate(t, g, sum_rule{}, opt);
      const auto mn = aggregate(t, g, min_rule{}, opt);
      const auto mx = aggregate(t, g, max_rule{}, opt);
      const auto n = aggregate(t, g, count_rule{}, opt);
      for (std::size_t k = 0; k < g.size(); ++k) {
        ASSERT_TRUE(full[k] == ref[k]) << what << " threads " << threads << " group " << k;
        ASSERT_EQ(sum[k].sum, ref[k].sum);
        ASSERT_EQ(sum[k].n, ref[k].n);
        ASSERT_EQ(n[k].n, ref[k].n);
        ASSERT_EQ(mn[k].has, ref[k].n != 0);
        if (ref[k].n != 0) {
          ASSERT_EQ(mn[k].value, ref[k].min);
          ASSERT_EQ(mx[k].value, ref[k].max);
        } else {
          ASSERT_EQ(sum.value(k).reason(), why::empty_group);
        }
      }
    }
  };
  grouping all(t);
  check(all, "one group");
  grouping by_unit(t);
  by_unit.by_unit();
  check(by_unit, "by unit");
  grouping x(t);
  x.indicator("X").by_unit().by_period();
  check(x, "X by unit and period");
  grouping split(t);
  split.by_indicator().by_unit().periods_within({1, 3});
  check(split, "by indicator and unit, periods 1-3");
  // A sum beyond the 128-bit accumulator is still reported (the general path is unchanged).
  observation_table big_sum;
  big_sum.add_indicator("X", 0);
  for (int i = 0; i < 2; ++i) big_sum.append("X", "U" + std::to_string(i), year_span(2024), decimal::parse("90000000000000000000000000000000000000"));
  big_sum.seal();
  EXPECT_THROW(static_cast<void>(aggregate(big_sum, grouping(big_sum), summary_rule{})), overflow_error);
}

TEST(aggregate, string_keys_are_interned_by_the_query) {
  const std::vector<std::string> codes = {"D01", "D02", "", "AAAAAAAA-long-1-BBBBBBBB", "AAAAAAAA-long-2-BBBBBBBB"};
  std::string chars;
  std::vector<std::uint32_t> offsets{0};
  std::vector<std::int64_t> values;
  std::vector<int128> sums(codes.size(), 0);
  std::vector<std::uint64_t> counts(codes.size(), 0);
  std::mt19937_64 rng(7);
  for (int r = 0; r < 3000; ++r) {
    const std::size_t k = rng() % codes.size();
    chars += codes[k];
    offsets.push_back(static_cast<std::uint32_t>(chars.size()));
    const std::int64_t v = k == 0 ? INT64_MAX - static_cast<std::int64_t>(rng() % 10) : static_cast<std::int64_t>(rng() % 20001) - 10000;
    values.push_back(v);
    sums[k] += v;
    ++counts[k];
  }
  const auto r = aggregate_codes(chars, offsets, values, 2, summary_rule{});
  ASSERT_EQ(r.codes.size(), codes.size());
  for (std::size_t k = 0; k < codes.size(); ++k) {
    const std::uint32_t id = r.codes.find(codes[k]);
    ASSERT_NE(id, dictionary::npos) << codes[k];
    EXPECT_EQ(r.states[id].sum, sums[k]) << codes[k];
    EXPECT_EQ(r.states[id].n, counts[k]);
    EXPECT_EQ(r.states.value(id).sum.value(), decimal::from_parts(sums[k], 2));
  }
  // The documented example.
  const std::uint32_t off[] = {0, 3, 6, 9};
  const std::int64_t v[] = {150, 225, 100};
  const auto e = aggregate_codes("D01D02D01", off, v, 2, sum_rule{});
  EXPECT_EQ(e.codes[0], "D01");
  EXPECT_EQ(e.states.value(0).value(), decimal::parse("2.50"));
  EXPECT_THROW(static_cast<void>(aggregate_codes("D01", off, v, 2, sum_rule{})), domain_error);
}

TEST(aggregate, indicators_of_different_scales_are_aligned_or_grouped) {
  observation_table t;
  t.add_indicator("A", 0);
  t.add_indicator("B", 3);
  t.append("A", "U", year_span(2024), decimal{2});
  t.append("B", "U", year_span(2024), decimal::parse("0.125"));
  t.seal();
  EXPECT_EQ(one<sum_rule>(t).value(), decimal::parse("2.125"));
  grouping g(t);
  g.by_indicator();
  const auto s = aggregate(t, g, sum_rule{});
  EXPECT_EQ(s.value(g.group_of(0, 0, 0)).value().scale(), 0);
  EXPECT_EQ(s.value(g.group_of(1, 0, 0)).value(), decimal::parse("0.125"));
  // A standard is aligned to the group's scale (3 here): 2.000 > 1, 0.125 is not.
  EXPECT_EQ(one(t, count_if_rule{compare_op::greater, decimal{1}}).value(), decimal{1});
  // Groups of different scales cannot share one aligned standard.
  EXPECT_THROW(static_cast<void>(aggregate(t, g, count_if_rule{compare_op::greater, decimal{1}})), domain_error);
}

TEST(aggregate, grouping_by_calendar_periods) {
  observation_table t;
  t.add_indicator("X", 0);
  for (int m = 1; m <= 12; ++m) t.append("X", "U", month_span(2023, m), decimal{m});
  t.append("X", "U", year_span(2023), decimal{100});
  t.seal();
  grouping q(t);
  q.periods_within(year_span(2023)).by_period(period_kind::year);
  // The months and the year itself in one key: different frequencies are never added
  // together unless asked by name (aggregate.hpp, FREQUENCIES).
  try {
    static_cast<void>(aggregate(t, q, sum_rule{}));
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_STREQ(e.what(), "a group mixes frequencies: 2023-01-01...2023-01-31 (month) and 2023-01-01...2023-12-31 (year); "
                           "convert by name with grouping::convert_frequencies()");
  }
  EXPECT_EQ(aggregate(t, q.convert_frequencies(), sum_rule{}).value(0).value(), decimal{178});
  grouping months(t);
  EXPECT_THROW(months.by_period(period_kind::quarter), domain_error);  // the year straddles quarters
  grouping quarters(t);
  const period_span qs[4] = {{day(2023, 1, 1), day(2023, 3, 31)}, {day(2023, 4, 1), day(2023, 6, 30)},
                             {day(2023, 7, 1), day(2023, 9, 30)}, {day(2023, 10, 1), day(2023, 12, 31)}};
  quarters.by_periods(qs);
  const auto s = aggregate(t, quarters, sum_rule{});
  EXPECT_EQ(s.value(0).value(), decimal{6});
  EXPECT_EQ(s.value(3).value(), decimal{33});
  grouping cal(t);
  cal.periods_within({day(2023, 1, 1), day(2023, 6, 30)}).by_period(period_kind::quarter);
  ASSERT_EQ(cal.period_keys(), 2u);
  EXPECT_EQ(cal.period_of_key(1), qs[1]);
  EXPECT_EQ(aggregate(t, cal, sum_rule{}).value(1).value(), decimal{15});
}

TEST(aggregate, calendar_keys_come_from_the_selected_indicators_periods) {
  observation_table t;
  t.add_indicator("RATE", 0);
  t.add_indicator("WASTE", 0);
  t.append("RATE", "U", year_span(2020), decimal{5});
  t.append("RATE", "U", year_span(2021), decimal{6});
  t.append("WASTE", "U", period_span{day(2006, 1, 1), day(2008, 12, 31)}, decimal{25});  // pooled 2006–2008
  t.seal();
  grouping rate(t);
  rate.indicator("RATE").by_period(period_kind::year);
  ASSERT_EQ(rate.period_keys(), 2u);  // 2020 and 2021: no key, and no error, from WASTE's 2006–2008
  EXPECT_EQ(rate.period_of_key(0), year_span(2020));
  EXPECT_EQ(aggregate(t, rate, sum_rule{}).value(1).value(), decimal{6});
  grouping all(t);
  try {
    all.by_period(period_kind::year);
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_STREQ(e.what(), "period 2006-01-01...2008-12-31 does not lie within one calendar period of the grouping");
  }
}

// ---------------------------------------------------------------------------------------
// Random data against a naive exact reference.

struct random_data {
  observation_table table{duplicate_policy::keep_last};
  std::vector<int> unit, period;
  std::vector<rational> value;
};

random_data make_random(std::uint64_t seed, int rows, int units, int periods, int scale) {
  random_data d;
  std::mt19937_64 rng(seed);
  d.table.add_indicator("X", scale);
  for (int u = 0; u < units; ++u) d.table.unit_id("U" + std::to_string(u));
  for (int p = 0; p < periods; ++p) d.table.period_id(period_span{p, p});
  std::map<std::pair<int, int>, std::size_t> last;  // keep_last reference
  std::vector<coded_observation> rows_in;
  for (int i = 0; i < rows; ++i) {
    const int u = static_cast<int>(rng() % static_cast<std::uint64_t>(units));
    const int p = static_cast<int>(rng() % static_cast<std::uint64_t>(periods));
    // values up to ±10^12 with `scale` decimals; sometimes tiny, sometimes near the top
    const std::uint64_t mag = (rng() % 4 == 0) ? rng() % 1000 : rng() % 100000000000000ULL;
    const auto c = static_cast<std::int64_t>(mag) * ((rng() & 1) ? -1 : 1);
    rows_in.push_back({0, static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(p), c, value_status::normal});
    last[{u, p}] = static_cast<std::size_t>(i);
  }
  d.table.append(rows_in);
  d.table.seal();
  for (std::size_t r = 0; r < d.table.size(); ++r) {
    d.unit.push_back(static_cast<int>(d.table.unit_column()[r]));
    d.period.push_back(static_cast<int>(d.table.period_column()[r]));
    d.value.push_back(exact(d.table.value(r)));
  }
  return d;
}

TEST(aggregate, random_rows_against_a_rational_reference_many_seeds) {
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const int units = 50 + static_cast<int>(seed) * 7, periods = 40, scale = static_cast<int>(seed % 3) + 1;
    random_data d = make_random(seed, 30000, units, periods, scale);
    const observation_table& t = d.table;
    grouping g(t);
    g.by_unit();
    aggregate_options opt;
    opt.threads = 2;
    opt.min_rows_per_thread = 1000;
    const auto sum = aggregate(t, g, sum_rule{}, opt);
    const auto mean = aggregate(t, g, mean_rule{}, opt);
    const auto mn = aggregate(t, g, min_rule{}, opt);
    const auto mx = aggregate(t, g, max_rule{}, opt);
    const auto med = aggregate(t, g, median_rule{}, opt);
    const auto var = aggregate(t, g, variance_rule{8, rounding::half_even}, opt);
    const auto sd = aggregate(t, g, standard_deviation_rule{{4, rounding::half_even}}, opt);
    const auto summary = aggregate(t, g, summary_rule{}, opt);
    const auto last = aggregate(t, g, last_rule{}, opt);
    const auto share = aggregate(t, g, share_rule{compare_op::greater_equal, decimal{0}}, opt);
    std::vector<std::vector<std::pair<int, rational>>> by_unit(static_cast<std::size_t>(units));
    for (std::size_t r = 0; r < d.value.size(); ++r)
      by_unit[static_cast<std::size_t>(d.unit[r])].emplace_back(d.period[r], d.value[r]);
    for (int u = 0; u < units; ++u) {
      const std::size_t k = g.unit_key(static_cast<std::uint32_t>(u));
      auto& xs = by_unit[static_cast<std::size_t>(u)];
      if (xs.empty()) {
        EXPECT_FALSE(sum.value(k).has_value());
        continue;
      }
      rational s = 0, lo = xs[0].second, hi = xs[0].second;
      int hits = 0;
      std::pair<int, rational> latest = xs[0];
      for (const auto& [p, x] : xs) {
        s += x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        hits += x >= 0;
        if (p > latest.first) latest = {p, x};
      }
      const auto n = static_cast<long long>(xs.size());
      ASSERT_EQ(exact(sum.value(k)), s) << "seed " << seed << " unit " << u;
      ASSERT_EQ(exact(mean.value(k)), s / n);
      ASSERT_EQ(exact(mn.value(k)), lo);
      ASSERT_EQ(exact(mx.value(k)), hi);
      ASSERT_EQ(exact(last.value(k)), latest.second);
      ASSERT_EQ(exact(share.value(k)), rational(hits, n));
      const summary_value sv = summary.value(k);
      ASSERT_EQ(exact(sv.sum), s);
      ASSERT_EQ(exact(sv.mean), s / n);
      ASSERT_EQ(exact(sv.min), lo);
      ASSERT_EQ(exact(sv.max), hi);
      ASSERT_EQ(exact(sv.count), rational(n));
      std::vector<rational> sorted;
      for (const auto& e : xs) sorted.push_back(e.second);
      std::sort(sorted.begin(), sorted.end());
      const rational median =
          n % 2 ? sorted[static_cast<std::size_t>(n / 2)] : (sorted[static_cast<std::size_t>(n / 2 - 1)] + sorted[static_cast<std::size_t>(n / 2)]) / 2;
      ASSERT_EQ(exact(med.value(k)), median);
      if (n >= 2) {
        rational ss = 0;
        for (const rational& x : sorted) ss += (x - s / n) * (x - s / n);
        const rational v = ss / (n - 1);
        // correctly rounded at 8 decimals, half even
        const rational scaled = v * 100000000;
        const bigint fl = boost::multiprecision::numerator(scaled) / boost::multiprecision::denominator(scaled);
        const rational frac = scaled - rational(fl);
        bigint want = fl;
        if (frac > rational(1, 2) || (frac == rational(1, 2) && boost::multiprecision::bit_test(fl, 0))) want += 1;
        ASSERT_EQ(big(var.value(k).numerator().coefficient()), want);
        ASSERT_EQ(var.value(k).numerator().scale(), 8);
        // stddev at 4 decimals: r = round(√(v·10^8)); check r − 1/2 ≤ √ ≤ r + 1/2
        const rational sq = v * 100000000;
        const rational r = exact(sd.value(k).numerator()) * 10000;
        ASSERT_LE((r - rational(1, 2)) * (r - rational(1, 2)), sq);
        ASSERT_GE((r + rational(1, 2)) * (r + rational(1, 2)), sq);
      }
    }
  }
}

// Count, sum, mean and summary by unit on 1, 2 and 3 threads against a plain loop over the
// table's rows.
void expect_states_of_a_plain_loop(const observation_table& t, const char* when) {
  grouping g(t);
  g.by_unit();
  const std::vector<summary_rule::state> want = summary_states_of_a_plain_loop(t, g);
  for (const unsigned threads : {1u, 2u, 3u}) {
    aggregate_options opt;
    opt.threads = threads;
    opt.min_rows_per_thread = 1;
    const auto c = aggregate(t, g, count_rule{}, opt);
    const auto s = aggregate(t, g, sum_rule{}, opt);
    const auto m = aggregate(t, g, mean_rule{}, opt);
    const auto y = aggregate(t, g, summary_rule{}, opt);
    for (std::size_t k = 0; k < g.size(); ++k) {
      ASSERT_EQ(c[k].n, want[k].n) << when << " threads " << threads << " key " << k;
      ASSERT_EQ(s[k].n, want[k].n) << when << " threads " << threads << " key " << k;
      ASSERT_EQ(s[k].sum, want[k].sum) << when << " threads " << threads << " key " << k;
      ASSERT_EQ(m[k], s[k]) << when << " threads " << threads << " key " << k;
      ASSERT_TRUE(y[k] == want[k]) << when << " threads " << threads << " key " << k;
    }
  }
}

TEST(aggregate, row_counts_taken_from_the_table_equal_counting_row_by_row) {
  // A plain group-by-unit takes n from unit_rows() instead of counting row by row; with
  // several threads every partition claims the table's counts and the merged count is set
  // back to the table's. On 1, 2 and 3 threads the states must equal a plain loop over the
  // rows, and the counts must follow the table through duplicates dropped at seal, appends
  // and a second seal, a unit whose only row is the last (one partition sees it), a unit
  // interned after the seal (no rows), and tables of 0 and 1 rows.
  random_data d = make_random(5, 20000, 120, 30, 2);
  observation_table& t = d.table;
  EXPECT_EQ(t.unit_rows().size(), t.unit_count());
  expect_states_of_a_plain_loop(t, "after the first seal");
  t.append(coded_observation{0, 3, 0, 12345, value_status::normal});  // a duplicate: keep_last drops one
  t.append(coded_observation{0, 7, 29, -5, value_status::normal});
  t.append(coded_observation{0, t.unit_id("LAST"), 0, -77, value_status::normal});
  EXPECT_TRUE(t.unit_rows().empty());  // unsealed: no counts
  t.seal();
  ASSERT_EQ(t.unit_column().back(), t.unit_id("LAST"));
  expect_states_of_a_plain_loop(t, "after appends and a second seal");
  t.unit_id("NEW");  // no rows: the counts no longer cover every unit, so they are not used
  expect_states_of_a_plain_loop(t, "with a unit without rows");
  observation_table tiny;
  tiny.add_indicator("X", 0);
  tiny.unit_id("A");
  tiny.unit_id("B");
  tiny.seal();
  EXPECT_EQ(aggregate(tiny, grouping(tiny).by_unit(), count_rule{}).value(1).value(), decimal{0});
  tiny.append("X", "B", period_span{1, 1}, decimal{7});
  tiny.seal();
  EXPECT_EQ(tiny.unit_rows()[1], 1u);
  EXPECT_EQ(aggregate(tiny, grouping(tiny).by_unit(), count_rule{}).value(1).value(), decimal{1});
  EXPECT_EQ(aggregate(tiny, grouping(tiny).by_unit(), sum_rule{}).value(1).value(), decimal{7});
  EXPECT_FALSE(aggregate(tiny, grouping(tiny).by_unit(), sum_rule{}).value(0).has_value());
}

TEST(aggregate, many_groups_fetch_their_states_ahead_with_the_same_results) {
  // 12,000 units: the summary states (24 bytes a group with the table's counts, 32 without)
  // pass the size from which the kernel loops fetch states ahead; the sums do not.
  static_assert(12001 * sizeof(summary_rule::kernel::uncounted) >= attain::detail::state_fetch_from_bytes);
  static_assert(12001 * sizeof(sum_rule::kernel::uncounted) < attain::detail::state_fetch_from_bytes);
  random_data d = make_random(11, 60000, 12000, 8, 2);
  observation_table& t = d.table;
  expect_states_of_a_plain_loop(t, "12,000 units");
  // The same rows with their unit codes as string keys.
  std::string chars;
  std::vector<std::uint32_t> offsets{0};
  for (const std::uint32_t u : t.unit_column()) {
    chars += t.unit_code(u);
    offsets.push_back(static_cast<std::uint32_t>(chars.size()));
  }
  const auto r = aggregate_codes(chars, offsets, t.value_column(), 2, summary_rule{});
  grouping g(t);
  g.by_unit();
  const auto by_unit = aggregate(t, g, summary_rule{});
  ASSERT_EQ(r.codes.size(), static_cast<std::size_t>(std::count_if(t.unit_rows().begin(), t.unit_rows().end(),
                                                                    [](std::uint32_t n) { return n != 0; })));
  for (std::uint32_t k = 0; k < r.codes.size(); ++k)
    ASSERT_TRUE(r.states[k] == by_unit[g.unit_key(t.find_unit(r.codes[k]))]) << k;
  t.unit_id("NEW");  // the table's counts no longer cover every unit: 32-byte states, counted
  expect_states_of_a_plain_loop(t, "12,000 units and one without rows");
}

TEST(aggregate, hundred_thousand_rows_sum_by_unit_and_period_against_the_reference) {
  random_data d = make_random(99, 100000, 300, 30, 2);
  const observation_table& t = d.table;
  grouping g(t);
  g.by_unit().by_period();
  const auto sum = aggregate(t, g, sum_rule{});
  std::map<std::pair<int, int>, rational> ref;
  for (std::size_t r = 0; r < d.value.size(); ++r) ref[{d.unit[r], d.period[r]}] += d.value[r];
  std::size_t checked = 0;
  for (const auto& [key, s] : ref) {
    const std::size_t k = g.group_of(0, g.unit_key(static_cast<std::uint32_t>(key.first)),
                                     g.period_key(static_cast<std::uint32_t>(key.second)));
    ASSERT_EQ(exact(sum.value(k)), s);
    ++checked;
  }
  EXPECT_EQ(checked, t.size());  // keep_last: one row per key
}

// merge(partials) == sequential, for every rule, on random partitions.
template <class Rule>
void expect_merge_equals_sequential(const Rule& rule, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  observation_table whole, left, right;
  for (observation_table* t : {&whole, &left, &right}) {
    t->add_indicator("X", 2);
    t->add_indicator("Y", 2);
    for (int u = 0; u < 20; ++u) t->unit_id("U" + std::to_string(u));
    for (int p = 0; p < 10; ++p) t->period_id(period_span{p, p});
  }
  for (std::uint32_t u = 0; u < 20; ++u) {
    for (std::uint32_t p = 0; p < 10; ++p) {
      observation_table& part = rng() % 2 ? left : right;  // a key's pair stays together
      for (std::uint32_t i = 0; i < 2; ++i) {
        if (rng() % 3 == 0) continue;
        const coded_observation o{i, u, p, static_cast<std::int64_t>(rng() % 200000) - 100000, value_status::normal};
        whole.append(o);
        part.append(o);
      }
    }
  }
  for (observation_table* t : {&whole, &left, &right}) t->seal();
  const auto run = [&](const observation_table& t) {
    grouping g(t);
    g.by_unit();
    if constexpr (is_pair_rule<Rule>) return aggregate_pairs(t, g, rule, "X", "Y", {1, 1});
    else return aggregate(t, g.indicator("X"), rule, {1, 1});
  };
  const auto all = run(whole);
  auto merged = run(left);
  const auto r = run(right);
  // Through the serialized form, as another machine would send it.
  const std::vector<std::byte> bytes = r.serialize();
  merged.merge(partial<Rule>::deserialize(bytes, merged.rule()));
  for (std::size_t k = 0; k < all.size(); ++k) {
    if constexpr (Rule::kind == rule_class::holistic) {
      EXPECT_EQ(all.value(k), merged.value(k)) << Rule::name;
    } else {
      EXPECT_EQ(all.value(k), merged.value(k)) << Rule::name << " group " << k;
      if constexpr (!std::is_same_v<Rule, mean_of_ratios_rule>) {
        EXPECT_TRUE(all[k] == merged[k]) << Rule::name;
      }
    }
  }
  // Multi-threaded partitions give the same states.
  grouping g(whole);
  g.by_unit();
  if constexpr (!is_pair_rule<Rule>) {
    const auto threaded = aggregate(whole, g.indicator("X"), rule, {4, 1});
    for (std::size_t k = 0; k < all.size(); ++k) EXPECT_EQ(all.value(k), threaded.value(k)) << Rule::name;
  }
}

TEST(aggregate, merge_of_partials_equals_one_pass_for_every_rule) {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    expect_merge_equals_sequential(sum_rule{}, seed);
    expect_merge_equals_sequential(count_rule{}, seed);
    expect_merge_equals_sequential(mean_rule{}, seed);
    expect_merge_equals_sequential(min_rule{}, seed);
    expect_merge_equals_sequential(max_rule{}, seed);
    expect_merge_equals_sequential(first_rule{}, seed);
    expect_merge_equals_sequential(last_rule{}, seed);
    expect_merge_equals_sequential(count_if_rule{compare_op::greater, decimal{100}}, seed);
    expect_merge_equals_sequential(share_rule{compare_op::less_equal, decimal{-5, 1}}, seed);
    expect_merge_equals_sequential(variance_rule{6, rounding::half_up}, seed);
    expect_merge_equals_sequential(standard_deviation_rule{{6, rounding::half_up}}, seed);
    expect_merge_equals_sequential(median_rule{}, seed);
    expect_merge_equals_sequential(summary_rule{}, seed);
    expect_merge_equals_sequential(weighted_mean_rule{}, seed);
    expect_merge_equals_sequential(ratio_of_sums_rule{}, seed);
    expect_merge_equals_sequential(mean_of_ratios_rule{}, seed);
  }
}

TEST(aggregate, serialized_states_are_checked) {
  const observation_table t = single({"1", "2"});
  const auto s = aggregate(t, grouping(t), sum_rule{});
  std::vector<std::byte> bytes = s.serialize();
  EXPECT_EQ(partial<sum_rule>::deserialize(bytes).value(0).value(), decimal{3});
  try {
    static_cast<void>(partial<mean_rule>::deserialize(bytes));
    FAIL();
  } catch (const domain_error& e) {
    EXPECT_STREQ(e.what(), "invalid serialized partial state: state of another rule");
  }
  bytes.pop_back();
  EXPECT_THROW(static_cast<void>(partial<sum_rule>::deserialize(bytes)), domain_error);
  bytes[0] = std::byte{'X'};
  EXPECT_THROW(static_cast<void>(partial<sum_rule>::deserialize(bytes)), domain_error);
  auto other = aggregate(t, grouping(t).by_unit(), sum_rule{});
  auto copy = s;
  EXPECT_THROW(copy.merge(other), domain_error);
}

// ---------------------------------------------------------------------------------------
// DHIS2 (FORMULAS.md §3)

TEST(aggregate, dhis2_every_type_is_a_pair) {
  EXPECT_EQ(rule_pair_of(dhis2_aggregation::average_sum_org_unit), (rule_pair{period_rule::day_weighted_mean, unit_rule::sum}));
  EXPECT_EQ(rule_pair_of(dhis2_aggregation::last), (rule_pair{period_rule::last, unit_rule::sum, 10}));
  EXPECT_EQ(rule_pair_of(dhis2_aggregation::last_last_org_unit), (rule_pair{period_rule::last, unit_rule::last, 10}));
  EXPECT_EQ(rule_pair_of(dhis2_aggregation::last_in_period), (rule_pair{period_rule::last_in_period, unit_rule::sum}));
  EXPECT_EQ(rule_pair_of(dhis2_aggregation::max_sum_org_unit), (rule_pair{period_rule::max, unit_rule::sum}));
}

TEST(aggregate, dhis2_last_summed_over_districts_is_450) {
  observation_table t;
  t.add_indicator("STOCK", 0);
  t.append("STOCK", "D1", year_span(2020), decimal{90});
  t.append("STOCK", "D1", year_span(2022), decimal{100});  // D1's latest, two years back
  t.append("STOCK", "D2", year_span(2023), decimal{150});
  t.append("STOCK", "D3", year_span(2021), decimal{170});
  t.append("STOCK", "D3", year_span(2024), decimal{200});
  t.append("STOCK", "D3", year_span(2025), decimal{999});  // after the query: not seen
  t.append("STOCK", "D4", year_span(2010), decimal{5});    // beyond the 10-year look-back
  t.seal();
  const std::vector<std::uint32_t> units{t.find_unit("D1"), t.find_unit("D2"), t.find_unit("D3"), t.find_unit("D4")};
  EXPECT_EQ(dhis2_aggregate(t, "STOCK", units, year_span(2024), dhis2_aggregation::last).value(), decimal{450});
  EXPECT_EQ(dhis2_aggregate(t, "STOCK", units, year_span(2024), dhis2_aggregation::last_in_period).value(), decimal{200});
  EXPECT_EQ(exact(dhis2_aggregate(t, "STOCK", units, year_span(2024), dhis2_aggregation::last_average_org_unit)),
            rational(450, 3));
  EXPECT_EQ(dhis2_aggregate(t, "STOCK", units, year_span(2024), dhis2_aggregation::last_last_org_unit).value(), decimal{200});
  EXPECT_EQ(dhis2_aggregate(t, "STOCK", units, year_span(2030), dhis2_aggregation::last_in_period).reason(),
            why::empty_group);
}

TEST(aggregate, dhis2_average_sum_org_unit_is_day_weighted) {
  observation_table t;
  t.add_indicator("BEDS", 0);
  t.append("BEDS", "U", month_span(2023, 1), decimal{100});
  t.append("BEDS", "U", month_span(2023, 2), decimal{120});
  t.append("BEDS", "U", month_span(2023, 3), decimal{110});
  t.append("BEDS", "V", month_span(2023, 1), decimal{10});
  t.seal();
  const period_span q1{day(2023, 1, 1), day(2023, 3, 31)};
  const std::vector<std::uint32_t> u{t.find_unit("U")};
  const aggregate_value v = dhis2_aggregate(t, "BEDS", u, q1, dhis2_aggregation::average_sum_org_unit);
  EXPECT_EQ(exact(v), rational(3100 + 3360 + 3410, 90));
  EXPECT_EQ(v.value(2, rounding::half_up), decimal::parse("109.67"));
  const std::vector<std::uint32_t> uv{t.find_unit("U"), t.find_unit("V")};
  EXPECT_EQ(exact(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::average_sum_org_unit)),
            rational(3100 + 3360 + 3410 + 310, 90));
  EXPECT_EQ(exact(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::average)), rational(340, 4));
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::sum).value(), decimal{340});
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::max_sum_org_unit).value(), decimal{130});
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::min_sum_org_unit).value(), decimal{110});
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::first).value(), decimal{110});
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", uv, q1, dhis2_aggregation::count).value(), decimal{4});
  EXPECT_EQ(dhis2_aggregate(t, "BEDS", u, q1, dhis2_aggregation::variance, {2, rounding::half_up}).value(2, rounding::half_up),
            decimal{100});
}

}  // namespace
