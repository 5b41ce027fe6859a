// Tests of attain/growth.hpp: published vectors, no-value reasons, exact ties, and property
// tests of correct rounding against an independent high-precision oracle.
#include "attain/growth.hpp"

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <limits>
#include <random>
#include <tuple>
#include <vector>

#include "attain/io.hpp"
#include "attain/period_format.hpp"
#include "attain/series.hpp"
#include "attain/number_format.hpp"

namespace {

using attain::computed;
using attain::decimal;
using attain::growth_point;
using attain::rounding;
using attain::why;
using namespace attain::literals;

using real = boost::multiprecision::number<boost::multiprecision::cpp_bin_float<60>>;

decimal value_of(const computed<decimal>& c) {
  EXPECT_TRUE(c.has_value()) << (c ? "" : attain::to_string(c.error()));
  return c ? *c : decimal{-999999};
}

// --- published vectors -----------------------------------------------------------------------

TEST(growth, viet_nam_gdp_2016_2020_geometric_is_5_99_and_arithmetic_is_6_01) {
  // FORMULAS.md §1: yearly 6.21, 6.81, 7.08, 7.02, 2.91 %.
  const std::vector<decimal> rates{0.0621_d, 0.0681_d, 0.0708_d, 0.0702_d, 0.0291_d};
  EXPECT_EQ(value_of(attain::average_of_rates_geometric(rates, 4, rounding::half_up)), 0.0599_d);
  EXPECT_EQ(value_of(attain::mean_of_rates(rates, 4, rounding::half_up)), 0.0601_d);
  // The same geometric rate from the levels the rates produce (index 2015 = 100).
  decimal level = 100_d;
  for (const decimal& g : rates) level = level * (1_d + g);
  EXPECT_EQ(value_of(attain::average_annual_growth(100_d, level, 5, 4, rounding::half_up)), 0.0599_d);
}

TEST(growth, seed_average_growth_2021_2023_measured_from_2020_is_5_7_percent) {
  // An illustrative production value consistent with the seed's "5,7%": 2020 = 10,000;
  // 2023 = 11,809 (×1.057^3 = 11,809.7...). n = 3 because growth over 2021–2023 starts in 2020.
  const auto g = attain::average_annual_growth(10000_d, 11809_d, 3, 3, rounding::half_up);
  EXPECT_EQ(value_of(g), 0.057_d);
  EXPECT_EQ(attain::format_percent(*g, attain::number_format::vi(), 1, rounding::half_up), "5,7%");
}

TEST(growth, absolute_and_average_absolute_change_of_seed_income) {
  EXPECT_EQ(attain::absolute_change(38.05_d, 50.04_d), 11.99_d);
  EXPECT_EQ(value_of(attain::average_absolute_change(38.05_d, 50.04_d, 3, 2, rounding::half_up)), 4.00_d);
  EXPECT_EQ(value_of(attain::average_absolute_change(38.05_d, 50.04_d, 3, 4, rounding::half_up)), 3.9967_d);
  EXPECT_EQ(attain::average_absolute_change(1_d, 2_d, 0, 2, rounding::half_up).error().reason, why::no_periods);
}

TEST(growth, growth_rate_period_on_period_and_fixed_base) {
  EXPECT_EQ(value_of(attain::growth_rate(100_d, 105.7_d, 3, rounding::half_up)), 0.057_d);
  EXPECT_EQ(value_of(attain::growth_rate(38.05_d, 50.04_d, 4, rounding::half_up)), 0.3151_d);
  EXPECT_EQ(value_of(attain::growth_rate(100_d, 90_d, 2, rounding::half_up)), -0.10_d);
  EXPECT_EQ(attain::growth_rate(0_d, 5_d, 2, rounding::half_up).error().reason, why::zero_base);
  EXPECT_EQ(attain::growth_rate(-2_d, 3_d, 2, rounding::half_up).error().reason, why::negative_base);
}

TEST(growth, index_and_percentage_points) {
  EXPECT_EQ(value_of(attain::growth_index(80_d, 100_d, 1, rounding::half_up)), 125.0_d);
  EXPECT_EQ(attain::percentage_point_change(0.20_d, 0.30_d), 10_d);
  EXPECT_EQ(attain::percentage_point_change(0.554_d, 0.625_d), 7.1_d);
  // +10 pp is +50 % relative growth of the rate.
  EXPECT_EQ(value_of(attain::growth_rate(0.20_d, 0.30_d, 2, rounding::half_up)), 0.50_d);
}

TEST(growth, cagr_no_value_reasons) {
  EXPECT_EQ(attain::average_annual_growth(0_d, 5_d, 3, 3, rounding::half_up).error().reason, why::zero_base);
  EXPECT_EQ(attain::average_annual_growth(-1_d, 5_d, 3, 3, rounding::half_up).error().reason, why::negative_base);
  EXPECT_EQ(attain::average_annual_growth(2_d, -3_d, 3, 3, rounding::half_up).error().reason, why::sign_change);
  EXPECT_EQ(attain::average_annual_growth(2_d, 3_d, 0, 3, rounding::half_up).error().reason, why::no_periods);
  EXPECT_EQ(attain::to_string(attain::average_annual_growth(0_d, 5_d, 3, 3, rounding::half_up).error()),
            "no value: growth from a zero base");
  // A fall to zero is exactly −100 %.
  EXPECT_EQ(value_of(attain::average_annual_growth(5_d, 0_d, 3, 3, rounding::half_up)), -1_d);
  // value() on no value throws a domain_error with the reason.
  EXPECT_THROW((void)attain::average_annual_growth(0_d, 5_d, 3, 3, rounding::half_up).value(), attain::domain_error);
}

TEST(growth, cagr_exact_ties_are_detected_in_every_mode) {
  // 1 → 1.1025 over 2 periods is exactly 5 %: at one decimal of a percent... 0.05 at scale 1
  // is the tie 0.5 × 10^-1.
  struct row {
    rounding mode;
    decimal expected;
  };
  const row rows[] = {{rounding::half_even, 0.0_d}, {rounding::half_up, 0.1_d},  {rounding::half_down, 0.0_d},
                      {rounding::up, 0.1_d},        {rounding::down, 0.0_d},     {rounding::ceiling, 0.1_d},
                      {rounding::floor, 0.0_d}};
  for (const row& r : rows) {
    EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 1.1025_d, 2, 1, r.mode)), r.expected) << r.mode;
  }
  // Exactly representable rates are returned exactly in every mode.
  for (rounding mode : attain::all_rounding_modes) {
    EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 1.1025_d, 2, 2, mode)), 0.05_d) << mode;
    EXPECT_EQ(value_of(attain::average_annual_growth(100_d, 100_d, 7, 5, mode)), 0_d) << mode;
  }
  // A negative tie: 1 → 0.9025 is exactly −5 %; at scale 1 that is −0.5 × 10^-1.
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 0.9025_d, 2, 1, rounding::half_up)), -0.1_d);
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 0.9025_d, 2, 1, rounding::half_down)), 0.0_d);
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 0.9025_d, 2, 1, rounding::half_even)), 0.0_d);
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 0.9025_d, 2, 1, rounding::floor)), -0.1_d);
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 0.9025_d, 2, 1, rounding::ceiling)), 0.0_d);
}

TEST(growth, cagr_at_large_scales_uses_exact_arithmetic) {
  // (1.18090)^(1/3) − 1 = 0.05699039507082764458898765098081157...
  EXPECT_EQ(value_of(attain::average_annual_growth(100_d, 118.09_d, 3, 30, rounding::down)),
            decimal::parse("0.056990395070827644588987650980"));
  EXPECT_EQ(value_of(attain::average_annual_growth(1_d, 2_d, 2, 36, rounding::down)),
            decimal::parse("0.414213562373095048801688724209698078"));
}

TEST(growth, required_growth_and_projections) {
  EXPECT_EQ(value_of(attain::required_growth(50_d, 60_d, 2, 4, rounding::half_up)), 0.0954_d);
  EXPECT_EQ(value_of(attain::project_cagr(100_d, 121_d, 2, 2, 4, rounding::half_up)), 146.41_d);
  EXPECT_EQ(value_of(attain::project_cagr(100_d, 121_d, 2, 1, 2, rounding::half_up)), 133.10_d);
  EXPECT_EQ(value_of(attain::project_cagr(100_d, 121_d, 2, 0, 2, rounding::half_up)), 121.00_d);
  EXPECT_EQ(value_of(attain::project_linear(38.05_d, 50.04_d, 3, 2, 2, rounding::half_up)), 58.03_d);
  EXPECT_EQ(attain::project_linear(1_d, 2_d, 0, 2, 2, rounding::half_up).error().reason, why::no_periods);
}

TEST(growth, exponential_growth) {
  EXPECT_EQ(value_of(attain::exponential_growth(100_d, 120_d, 3, 4, rounding::half_up)), 0.0608_d);
  EXPECT_EQ(value_of(attain::exponential_growth(100_d, 120_d, 3, 10, rounding::down)), 0.0607738522_d);
  EXPECT_EQ(value_of(attain::exponential_growth(120_d, 100_d, 3, 4, rounding::half_up)), -0.0608_d);
  EXPECT_EQ(value_of(attain::exponential_growth(7_d, 7_d, 3, 4, rounding::up)), 0_d);
  EXPECT_EQ(attain::exponential_growth(7_d, 0_d, 3, 4, rounding::up).error().reason, why::zero_base);
}

TEST(growth, least_squares_growth_world_bank) {
  const std::vector<growth_point> exact{{2015, 100_d}, {2016, 110_d}, {2017, 121_d}, {2018, 133.1_d}};
  for (rounding mode : attain::all_rounding_modes)
    EXPECT_EQ(value_of(attain::least_squares_growth(exact, 4, mode)), 0.1_d) << mode;
  EXPECT_EQ(value_of(attain::project_least_squares(exact, 2020, 4, rounding::half_up)), 161.051_d);
  // A noisy series: slope of ln y on t is 0.0473048..., e^b − 1 = 0.0484415...
  const std::vector<growth_point> noisy{{1, 100_d}, {2, 104_d}, {3, 110_d}, {4, 114_d}, {5, 121_d}};
  EXPECT_EQ(value_of(attain::least_squares_growth(noisy, 4, rounding::half_up)), 0.0484_d);
  EXPECT_EQ(value_of(attain::least_squares_growth(noisy, 7, rounding::down)), 0.0484415_d);
  const std::vector<growth_point> two{{1, 100_d}, {2, 104_d}};
  EXPECT_EQ(attain::least_squares_growth(two, 4, rounding::half_up).error().reason, why::too_few_points);
  const std::vector<growth_point> same_t{{1, 100_d}, {1, 104_d}, {1, 105_d}};
  EXPECT_EQ(attain::least_squares_growth(same_t, 4, rounding::half_up).error().reason, why::no_periods);
  const std::vector<growth_point> zero{{1, 100_d}, {2, 0_d}, {3, 105_d}};
  EXPECT_EQ(attain::least_squares_growth(zero, 4, rounding::half_up).error().reason, why::zero_base);
}

// --- property tests against an independent oracle --------------------------------------------

// The oracle: y = ((last/first)^(1/n) − 1)·10^scale at 60 decimal digits — the n-th root by
// Newton's method from a double start (three steps take 16 correct digits past 60) —
// rounded in `mode` from first principles. Random inputs are skipped when within 10^-40 of a
// boundary (exact rates among them); constructed ties are checked by the next test.
real nth_root(const real& r, int n) {
  real x = std::pow(static_cast<double>(r), 1.0 / n);
  for (int i = 0; i < 4; ++i) {
    real p = 1;
    for (int j = 0; j < n - 1; ++j) p *= x;  // x^(n−1)
    x -= (p * x - r) / (n * p);
  }
  return x;
}

decimal oracle_cagr(const decimal& first, const decimal& last, int n, int scale, rounding mode, bool& near) {
  const real r = real(attain::to_string(last)) / real(attain::to_string(first));
  const real y = (nth_root(r, n) - 1) * boost::multiprecision::pow(real(10), scale);
  const real fl = boost::multiprecision::floor(y);
  const real frac = y - fl;
  const real eps("1e-40");
  near = frac < eps || frac > 1 - eps || boost::multiprecision::abs(frac - real(0.5)) < eps;
  auto k = static_cast<std::int64_t>(fl);
  bool up = false;
  switch (mode) {
    case rounding::floor: up = false; break;
    case rounding::ceiling: up = true; break;
    case rounding::down: up = k < 0; break;
    case rounding::up: up = k >= 0; break;
    case rounding::half_up:
    case rounding::half_down:
    case rounding::half_even: up = frac > real(0.5); break;
  }
  return decimal::from_parts(k + (up ? 1 : 0), scale);
}

TEST(growth_property, cagr_is_correctly_rounded_on_100000_random_series) {
  std::mt19937_64 rng(20230629);
  std::uniform_int_distribution<std::int64_t> coef(1, 99'999'999'999);
  std::uniform_int_distribution<int> scale_of_value(0, 6), periods(1, 12), scale(0, 12), mode_index(0, 6);
  int checked = 0;
  for (int i = 0; i < 100000; ++i) {
    const decimal first{coef(rng), scale_of_value(rng)};
    // Latest within a plausible band of the first: ratio between 0.2 and 5.
    const decimal last = attain::round(first * decimal{std::uniform_int_distribution<std::int64_t>(2000, 50000)(rng), 4},
                                       std::max(first.scale(), 4), rounding::half_even);
    if (attain::signum(last) <= 0) continue;
    const int n = periods(rng), s = scale(rng);
    const rounding mode = attain::all_rounding_modes[mode_index(rng)];
    bool near = false;
    const decimal expected = oracle_cagr(first, last, n, s, mode, near);
    if (near) continue;
    ASSERT_EQ(value_of(attain::average_annual_growth(first, last, n, s, mode)), expected)
        << first << " → " << last << " n=" << n << " scale=" << s << " " << mode;
    ++checked;
  }
  EXPECT_GT(checked, 95000);  // the rest are exact rates (n = 1), within 10^-40 of a boundary
}

TEST(growth_property, the_batch_function_gives_the_one_series_results) {
  // Random series, exact ties, every no-value reason, wide values and large scales, in one
  // batch of more than one block: every result (value or reason) equals the single call's.
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<std::int64_t> coef(-99'999, 99'999'999'999);
  std::uniform_int_distribution<int> scale_of_value(0, 6), periods(-1, 12);
  std::vector<decimal> first, last;
  std::vector<int> n;
  for (int i = 0; i < 3000; ++i) {
    first.push_back(decimal{coef(rng), scale_of_value(rng)});
    last.push_back(decimal{coef(rng), scale_of_value(rng)});
    n.push_back(periods(rng));
  }
  const decimal wide = decimal::parse("12345678901234567890.5");
  for (const auto& [f, l, k] : {std::tuple{1_d, 1.1025_d, 2}, std::tuple{1_d, 0.9025_d, 2}, std::tuple{0_d, 5_d, 3},
                                std::tuple{5_d, 0_d, 3}, std::tuple{wide, wide * 2_d, 4}, std::tuple{100_d, 118.09_d, 3}}) {
    first.push_back(f);
    last.push_back(l);
    n.push_back(k);
  }
  for (const int scale : {0, 3, 18, 19, 30}) {
    for (const rounding mode : attain::all_rounding_modes) {
      std::vector<attain::computed<decimal>> out(first.size(), decimal{});
      attain::average_annual_growth(first, last, n, scale, mode, out);
      for (std::size_t i = 0; i < first.size(); ++i)
        ASSERT_EQ(out[i], attain::average_annual_growth(first[i], last[i], n[i], scale, mode))
            << first[i] << " → " << last[i] << " n=" << n[i] << " scale=" << scale << " " << mode;
    }
  }
  std::vector<attain::computed<decimal>> short_out(1, decimal{});
  try {
    attain::average_annual_growth(first, last, n, 3, rounding::half_up, short_out);
    FAIL() << "no error for spans of different lengths";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "average_annual_growth: first, last, periods and out differ in length");
  }
}

TEST(growth_property, the_column_function_gives_the_one_series_results) {
  // Coefficient columns at one scale each: random series, every no-value reason, ties,
  // coefficients up to the int64 limits, rates too wide for 64 bits, scales beyond the fast
  // path; every coefficient and outcome equals what the decimal function says.
  using kind = attain::column_outcome::kind;
  std::mt19937_64 rng(12);
  std::uniform_int_distribution<std::int64_t> coef(-99'999, 99'999'999'999);
  std::uniform_int_distribution<int> periods(-1, 12);
  std::vector<std::int64_t> first, last;
  std::vector<int> n;
  for (int i = 0; i < 3000; ++i) {
    first.push_back(coef(rng));
    last.push_back(coef(rng));
    n.push_back(periods(rng));
  }
  constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max(), small = std::numeric_limits<std::int64_t>::min();
  using series = std::tuple<std::int64_t, std::int64_t, int>;
  for (const auto& [f, l, k] : {series{10000, 11025, 2}, series{10000, 9025, 2}, series{0, 5, 3}, series{5, 0, 3},
                                series{-5, 7, 3}, series{5, -7, 3}, series{7, 7, 0}, series{7, 7, -2}, series{big, big, 1},
                                series{1, big, 1}, series{big, 1, 7}, series{small, big, 2}, series{10000, 11809, 3}}) {
    first.push_back(f);
    last.push_back(l);
    n.push_back(k);
  }
  int too_wide = 0, no_value = 0;
  for (const auto& [first_scale, last_scale] : {std::pair{2, 2}, std::pair{0, 4}, std::pair{30, 2}, std::pair{2, 0}}) {
    for (const int scale : {0, 3, 18, 19}) {
      for (const rounding mode : {rounding::half_even, rounding::half_up, rounding::floor, rounding::up}) {
        std::vector<std::int64_t> out(first.size(), -1);
        std::vector<attain::column_outcome> outcome(first.size());
        attain::average_annual_growth(first, first_scale, last, last_scale, n, scale, mode, out, outcome);
        for (std::size_t i = 0; i < first.size(); ++i) {
          computed<decimal> want = decimal{};
          try {
            want = attain::average_annual_growth(decimal{first[i], first_scale}, decimal{last[i], last_scale}, n[i],
                                                 scale, mode);
          } catch (const attain::overflow_error&) {
            ASSERT_EQ(outcome[i].what, kind::too_wide);
            ++too_wide;
            continue;
          }
          const auto where = ::testing::Message() << first[i] << "e-" << first_scale << " → " << last[i] << "e-"
                                                  << last_scale << " n=" << n[i] << " scale=" << scale << " " << mode;
          if (!want) {
            ASSERT_EQ(outcome[i], (attain::column_outcome{kind::no_value, want.error().reason})) << where;
            ASSERT_EQ(out[i], 0) << where;
            ++no_value;
          } else if (want->coefficient() != static_cast<std::int64_t>(want->coefficient())) {
            ASSERT_EQ(outcome[i].what, kind::too_wide) << where;
            ++too_wide;
          } else {
            ASSERT_EQ(outcome[i].what, kind::value) << where;
            ASSERT_EQ(decimal::from_parts(out[i], scale), *want) << where;
          }
        }
      }
    }
  }
  EXPECT_GT(too_wide, 0);
  EXPECT_GT(no_value, 1000);
  std::vector<std::int64_t> out(1);
  std::vector<attain::column_outcome> outcome(1);
  try {
    attain::average_annual_growth(first, 2, last, 2, n, 3, rounding::half_up, out, outcome);
    FAIL() << "no error for spans of different lengths";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "average_annual_growth: first, last, periods, out and outcome differ in length");
  }
  const std::vector<std::int64_t> one{100};
  const std::vector<int> three{3};
  EXPECT_THROW(attain::average_annual_growth(one, 39, one, 2, three, 3, rounding::half_up, out, outcome),
               attain::domain_error);
  EXPECT_THROW(attain::average_annual_growth(one, 2, one, 2, three, -1, rounding::half_up, out, outcome),
               attain::domain_error);
}

TEST(growth_property, constructed_ties_and_exact_rates_are_rounded_by_the_mode_rule) {
  // last = first·(1 + r)^n with r = (2j + 1)/(2·10^s): y is exactly j + 1/2 — a tie.
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> j_of(-400, 400);
  std::uniform_int_distribution<int> periods(1, 6), scale(1, 3), mode_index(0, 6);
  for (int i = 0; i < 20000; ++i) {
    const int s = scale(rng), n = periods(rng);
    const std::int64_t j = j_of(rng);
    const decimal r{2 * j + 1, s + 1};  // (2j+1)/10^(s+1) × 5 ... see below
    const decimal rate = r * decimal{5, 0};  // (2j+1)·5/10^(s+1) = (2j+1)/(2·10^s)
    if (attain::signum(1_d + rate) <= 0) continue;  // a level at or below 0: no growth
    const decimal first = 1_d;
    const decimal last = attain::pow(1_d + rate, static_cast<unsigned>(n));
    const rounding mode = attain::all_rounding_modes[mode_index(rng)];
    // The tie rule: j or j + 1 (in units of 10^-s).
    bool to_upper = false;
    switch (mode) {
      case rounding::half_even: to_upper = (j % 2) != 0; break;
      case rounding::half_up: to_upper = j >= 0; break;
      case rounding::half_down: to_upper = j < 0; break;
      case rounding::up: to_upper = j >= 0; break;
      case rounding::down: to_upper = j < 0; break;
      case rounding::ceiling: to_upper = true; break;
      case rounding::floor: to_upper = false; break;
    }
    const decimal expected = decimal::from_parts(j + (to_upper ? 1 : 0), s);
    ASSERT_EQ(value_of(attain::average_annual_growth(first, last, n, s, mode)), expected)
        << "rate " << rate << " n=" << n << " scale=" << s << " " << mode;
    // And an exactly representable rate comes back exactly in every mode.
    const decimal exact_rate{j, s};
    const decimal last2 = attain::pow(1_d + exact_rate, static_cast<unsigned>(n));
    if (attain::signum(1_d + exact_rate) > 0) {
      ASSERT_EQ(value_of(attain::average_annual_growth(1_d, last2, n, s, mode)), exact_rate) << mode;
    }
  }
}

// YEARLY SERIES WITH POOLED PERIODS: a pooled period counts as its first year (Statistics
// Canada, Canadian Indicator Framework progress methodology; docs/formats.md).

std::string domain_message(const std::function<void()>& f) {
  try {
    f();
  } catch (const attain::domain_error& e) {
    return e.what();
  }
  return "no exception";
}

TEST(yearly_series, cagr_between_first_years_says_how_it_counted) {
  const attain::series s({{attain::parse_period("2005-2007"), 100_d}, {attain::parse_period("2012"), 121_d}});
  const attain::series_growth g = attain::average_annual_growth_of(s, 4, rounding::half_up);
  EXPECT_EQ(g.from, attain::period::plan_term(2005, 2007));
  EXPECT_EQ(g.to, attain::period{attain::year{2012}});
  EXPECT_EQ(g.from_year, 2005);
  EXPECT_EQ(g.to_year, 2012);
  EXPECT_EQ(value_of(g.rate), 0.0276_d);  // (121/100)^(1/7) − 1 = 0.02760…: n = 7, not 5
  EXPECT_EQ(g.note, "2005–2007 counted as 2005 (first year of a pooled period)");
}

TEST(yearly_series, both_ends_pooled_and_both_notes) {
  const attain::series s({{attain::parse_period("2005–2007"), 100_d}, {attain::parse_period("2008-2010"), 110.25_d}});
  const attain::series_growth g = attain::average_annual_growth_of(s, 2, rounding::half_up);
  EXPECT_EQ(g.to_year - g.from_year, 3);
  EXPECT_EQ(value_of(g.rate), 0.03_d);  // 1.1025^(1/3) − 1 = 0.0331 → 0.03
  EXPECT_EQ(g.note,
            "2005–2007 counted as 2005 (first year of a pooled period); 2008–2010 counted as 2008 (first year of a "
            "pooled period)");
}

TEST(yearly_series, calendar_years_have_no_note) {
  const attain::series s({{attain::year{2020}, 100_d}, {attain::year{2023}, 118.09_d}});
  const attain::series_growth g = attain::average_annual_growth_of(s, 3, rounding::half_up);
  EXPECT_EQ(value_of(g.rate), 0.057_d);
  EXPECT_EQ(g.note, "");
}

TEST(yearly_series, periods_without_a_year_are_no_value_with_the_reason_never_skipped) {
  const attain::series q({{attain::quarter{2023, 1}, 100_d}, {attain::quarter{2023, 4}, 110_d}});
  const attain::series_growth g = attain::average_annual_growth_of(q, 4, rounding::half_up);
  ASSERT_FALSE(g.rate.has_value());
  EXPECT_EQ(g.rate.error().reason, why::not_applicable);
  EXPECT_EQ(g.note,
            "Q1 2023 has no reference year (not a whole calendar year); Q4 2023 has no reference year (not a whole "
            "calendar year)");
  EXPECT_EQ(domain_message([&q] { (void)attain::yearly_points_of(q); }),
            "yearly_points_of: Q1 2023 has no reference year (not a whole calendar year)");
  const attain::series one({{attain::parse_period("2005-2007"), 100_d}});
  EXPECT_EQ(attain::average_annual_growth_of(one, 4, rounding::half_up).rate.error().reason, why::too_few_points);
}

TEST(yearly_series, points_list_missing_values_and_notes) {
  const attain::series s({{attain::year{2003}, 90_d},
                          {attain::year{2004}, decimal{}, attain::value_status::missing},
                          {attain::parse_period("2005-2007"), 100_d},
                          {attain::year{2009}, 104_d}});
  const attain::yearly_points p = attain::yearly_points_of(s);
  EXPECT_EQ(p.points, (std::vector<growth_point>{{2003, 90_d}, {2005, 100_d}, {2009, 104_d}}));
  EXPECT_EQ(p.missing, (std::vector<attain::period>{attain::year{2004}}));
  EXPECT_EQ(p.notes, (std::vector<std::string>{"2005–2007 counted as 2005 (first year of a pooled period)"}));
  // Gaps of a mixed series are the calendar years no value covers.
  EXPECT_EQ(s.gaps(), (std::vector<attain::period>{attain::year{2004}, attain::year{2008}}));
  EXPECT_EQ(s.kind(), std::nullopt);
}

TEST(yearly_series, a_year_and_a_pooled_period_of_the_same_first_year_are_refused_naming_both) {
  EXPECT_EQ(domain_message([] {
              attain::series s({{attain::parse_period("2005-2007"), 2_d}, {attain::year{2005}, 1_d}});
            }),
            "series: 2005 and 2005/2007 both stand for the year 2005: 2005–2007 counted as 2005 "
            "(first year of a pooled period)");
  attain::series s({{attain::parse_period("2005-2007"), 2_d}});
  EXPECT_EQ(domain_message([&s] { s.add({attain::parse_period("2005-2006"), 3_d}); }),
            "series: 2005/2006 and 2005/2007 both stand for the year 2005: 2005–2006 counted as 2005 "
            "(first year of a pooled period); 2005–2007 counted as 2005 (first year of a pooled period)");
  // Other mixes of kinds are refused as before.
  EXPECT_EQ(domain_message([&s] { s.add({attain::quarter{2009, 1}, 3_d}); }),
            "series: period 2009-Q1 is a quarter, the series holds terms");
  // Years beside pooled periods whose first years differ are fine.
  s.add({attain::year{2008}, 4_d});
  EXPECT_EQ(s.size(), 2U);
}

}  // namespace
