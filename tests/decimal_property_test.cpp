// attain::decimal against an independent oracle: exact rationals on Boost.Multiprecision's
// cpp_int, with rounding written here from first principles (floor, remainder, compare 2r
// with the divisor) rather than by calling attain's code.
//
// Each property draws 200,000 cases from a fixed seed (std::mt19937_64), so a failure
// reproduces. Operands come from a mix of distributions: small (up to 18 digits), medium
// (any width up to 127 bits), near the limit (|c| close to 2^127 − 1), and special values
// (0, ±1, powers of ten, ties), each at a random scale 0…38. For every case the oracle says
// whether the exact result fits; the library must throw overflow_error exactly then, and
// otherwise return exactly the oracle's coefficient and scale.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <utility>

#include "attain/decimal.hpp"
#include "attain/io.hpp"
#include "attain/number_format.hpp"
#include "support/decimal_oracle.hpp"

namespace {

using attain::decimal;
using attain::int128;
using attain::rounding;
using attain::uint128;
namespace oracle = attain::oracle;

constexpr int cases = 200000;
constexpr int max_reported = 10;  // failures shown per property; the count is always checked
constexpr std::uint64_t seed = 0x5EED'2023'C4A7'7407ULL;

// DRAWING OPERANDS ------------------------------------------------------------------------------

class generator {
 public:
  explicit generator(std::uint64_t s) : rng_(s) {}

  // Uniform in [lo, hi] (the modulo bias, below 2^-50, does not matter here).
  int uniform(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<std::uint64_t>(hi - lo + 1)); }
  bool coin() { return (rng_() & 1U) != 0; }
  rounding mode() { return attain::all_rounding_modes[static_cast<std::size_t>(uniform(0, 6))]; }

  // A uniformly random magnitude below 2^bits (bits <= 127).
  uint128 bits(int n) {
    if (n <= 0) return 0;
    const uint128 v = (static_cast<uint128>(rng_()) << 64) | rng_();
    return n >= 128 ? v : v & ((static_cast<uint128>(1) << n) - 1);
  }
  // A magnitude with exactly `digits` decimal digits (1..38), uniformly among them.
  uint128 digits(int n) {
    uint128 lo = 1;
    for (int i = 1; i < n; ++i) lo *= 10;
    const uint128 span = lo * 9;  // [10^(n-1), 10^n)
    const uint128 v = (static_cast<uint128>(rng_()) << 64) | rng_();
    return n == 1 ? v % 10 : lo + v % span;
  }

  static uint128 pow10(int k) {
    uint128 p = 1;
    for (int i = 0; i < k; ++i) p *= 10;
    return p;
  }

  int128 coefficient() {
    const int128 max = decimal::max_coefficient;
    uint128 m = 0;
    switch (uniform(0, 9)) {
      case 0:
      case 1:
      case 2:  // small: fits 18 digits
        m = digits(uniform(1, 18));
        break;
      case 3:
      case 4:  // medium: any number of digits up to 38
        m = digits(uniform(1, 38));
        break;
      case 5:  // any width in bits
        m = bits(uniform(0, 127));
        break;
      case 6:
      case 7:  // near the limit: 2^127 − 1 minus a little, or a full 127-bit value
        m = coin() ? static_cast<uint128>(max) - bits(uniform(0, 70)) : bits(127) | (static_cast<uint128>(1) << 126);
        break;
      case 8:  // around the 64-bit boundary of the fast paths
        m = (static_cast<uint128>(1) << 63) + static_cast<uint128>(uniform(-3, 3)) - bits(uniform(0, 20));
        break;
      default: {  // special: 0, 1, 10^k, 10^k − 1, 5·10^k (ties), 2^k
        const int k = uniform(0, 37);
        uint128 p = 1;
        for (int i = 0; i < k; ++i) p *= 10;
        switch (uniform(0, 5)) {
          case 0: m = 0; break;
          case 1: m = 1; break;
          case 2: m = p; break;
          case 3: m = p - 1; break;
          case 4: m = 5 * (p / 10 == 0 ? 1 : p / 10); break;
          default: m = static_cast<uint128>(1) << uniform(0, 126); break;
        }
      }
    }
    if (m > static_cast<uint128>(max)) m = static_cast<uint128>(max);
    const auto c = static_cast<int128>(m);
    return coin() ? -c : c;
  }
  int scale() {
    switch (uniform(0, 3)) {
      case 0: return uniform(0, 4);
      case 1: return uniform(0, 18);
      default: return uniform(0, 38);
    }
  }
  decimal value() { return decimal{coefficient(), scale()}; }

  // A pair of operands; sometimes at the same scale (the fast paths), sometimes the same value
  // at another scale (equality across scales), sometimes a small value against a large one.
  std::pair<decimal, decimal> pair() {
    const decimal a = value();
    switch (uniform(0, 5)) {
      case 0: return {a, decimal{coefficient(), a.scale()}};
      case 1: {  // the same value at a larger scale, if it fits
        const int extra = uniform(0, 38 - a.scale());
        int128 c = a.coefficient();
        for (int i = 0; i < extra; ++i) {
          if (c > decimal::max_coefficient / 10 || c < -decimal::max_coefficient / 10) break;
          c *= 10;
          if (i + 1 == extra) return coin() ? std::pair{a, decimal{c, a.scale() + extra}} : std::pair{decimal{c, a.scale() + extra}, a};
        }
        return {a, a};
      }
      case 2: return {a, decimal{static_cast<int128>(digits(uniform(1, 6))) * (coin() ? 1 : -1), uniform(0, 6)}};
      default: return {a, value()};
    }
  }

 private:
  std::mt19937_64 rng_;
};

std::string show(const decimal& x) { return to_string(x) + " (scale " + std::to_string(x.scale()) + ")"; }

// Runs `op` and checks it against the oracle's outcome; on a mismatch says why.
template <class Op>
bool agrees(const oracle::outcome& e, Op&& op, std::string& why) {
  try {
    const decimal r = op();
    if (!e.fits) {
      why = "returned " + show(r) + " but the exact result " + e.text + " at scale " + std::to_string(e.scale) +
            " does not fit";
      return false;
    }
    if (r.scale() != e.scale || r.coefficient() != e.coefficient) {
      why = "returned " + show(r) + ", oracle " + show(decimal{e.coefficient, e.scale});
      return false;
    }
    return true;
  } catch (const attain::overflow_error&) {
    if (e.fits) {
      why = "threw overflow_error, oracle " + show(decimal{e.coefficient, e.scale});
      return false;
    }
    return true;
  }
}

// Tally of a property run: every case agreed, and both outcomes were exercised.
struct tally {
  int failures = 0;
  int overflows = 0;
  int results = 0;
  // `what` describes the case; it is called only on a failure.
  template <class What>
  void record(bool ok, const oracle::outcome& e, What&& what, const std::string& why) {
    (e.fits ? results : overflows) += 1;
    if (ok) return;
    if (++failures <= max_reported) ADD_FAILURE() << what() << ": " << why;
  }
};

// PROPERTIES ------------------------------------------------------------------------------------

TEST(decimal_property, addition_matches_the_oracle) {
  generator g(seed);
  tally t;
  std::string why;
  for (int i = 0; i < cases; ++i) {
    const std::pair<decimal, decimal> drawn = g.pair();
    const decimal a = drawn.first;
    const decimal b = drawn.second;
    const oracle::outcome e = oracle::add(a.coefficient(), a.scale(), b.coefficient(), b.scale());
    t.record(agrees(e, [&] { return a + b; }, why), e, [&] { return show(a) + " + " + show(b); }, why);
  }
  EXPECT_EQ(t.failures, 0) << "overflows " << t.overflows << ", results " << t.results;
  EXPECT_GT(t.overflows, cases / 100);
  EXPECT_GT(t.results, cases / 2);
}

TEST(decimal_property, subtraction_matches_the_oracle) {
  generator g(seed + 1);
  tally t;
  std::string why;
  for (int i = 0; i < cases; ++i) {
    const std::pair<decimal, decimal> drawn = g.pair();
    const decimal a = drawn.first;
    const decimal b = drawn.second;
    const oracle::outcome e = oracle::subtract(a.coefficient(), a.scale(), b.coefficient(), b.scale());
    t.record(agrees(e, [&] { return a - b; }, why), e, [&] { return show(a) + " - " + show(b); }, why);
  }
  EXPECT_EQ(t.failures, 0) << "overflows " << t.overflows << ", results " << t.results;
  EXPECT_GT(t.overflows, cases / 100);
  EXPECT_GT(t.results, cases / 2);
}

TEST(decimal_property, multiplication_matches_the_oracle) {
  generator g(seed + 2);
  tally t;
  std::string why;
  int scale_overflows = 0;
  for (int i = 0; i < cases; ++i) {
    const std::pair<decimal, decimal> drawn = g.pair();
    const decimal a = drawn.first;
    const decimal b = drawn.second;
    // The scale of a product is the sum of scales; beyond 38 the result does not fit.
    const oracle::outcome e = oracle::multiply(a.coefficient(), a.scale(), b.coefficient(), b.scale());
    scale_overflows += e.scale > decimal::max_scale ? 1 : 0;
    t.record(agrees(e, [&] { return a * b; }, why), e, [&] { return show(a) + " * " + show(b); }, why);
  }
  EXPECT_EQ(t.failures, 0) << "overflows " << t.overflows << ", results " << t.results;
  EXPECT_GT(t.overflows - scale_overflows, cases / 100);  // coefficient overflows, not only scale
  EXPECT_GT(scale_overflows, cases / 100);
  EXPECT_GT(t.results, cases / 3);
}

TEST(decimal_property, divide_matches_the_oracle_in_every_mode) {
  generator g(seed + 3);
  tally t;
  std::string why;
  int inexact = 0;
  int ties = 0;
  for (int i = 0; i < cases; ++i) {
    const std::pair<decimal, decimal> drawn = g.pair();
    decimal a = drawn.first;
    decimal b = drawn.second;
    if (b.coefficient() == 0) b = decimal{g.uniform(1, 9), g.scale()};
    int scale = g.scale();
    // One case in eight is an exact tie: (odd · 10^-(s+t)) / (±2 · 10^-t) = odd / 2 · 10^-s.
    if (g.uniform(0, 7) == 0) {
      const int b_scale = g.uniform(0, 19);
      scale = g.uniform(0, 38 - b_scale);
      a = decimal{static_cast<int128>(g.digits(g.uniform(1, 37))) | 1, scale + b_scale};
      b = decimal{g.coin() ? 2 : -2, b_scale};
    }
    const oracle::rounded e = oracle::divide(a.coefficient(), a.scale(), b.coefficient(), b.scale(), scale);
    inexact += e.exact ? 0 : 1;
    ties += e.tie ? 1 : 0;
    for (std::size_t m = 0; m < e.by_mode.size(); ++m) {
      const rounding mode = attain::all_rounding_modes[m];
      t.record(agrees(e.by_mode[m], [&] { return divide(a, b, scale, mode); }, why), e.by_mode[m], [&] {
        return "divide(" + show(a) + ", " + show(b) + ", " + std::to_string(scale) + ", " + std::string(to_string(mode)) + ")";
      }, why);
    }
  }
  EXPECT_EQ(t.failures, 0) << "overflows " << t.overflows << ", results " << t.results;
  EXPECT_GT(t.overflows, cases / 100);
  EXPECT_GT(t.results, cases);
  EXPECT_GT(inexact, cases / 2);
  EXPECT_GT(ties, cases / 10);
}

TEST(decimal_property, round_matches_the_oracle_in_every_mode) {
  generator g(seed + 4);
  tally t;
  std::string why;
  int ties = 0;
  for (int i = 0; i < cases; ++i) {
    decimal x = g.value();
    int scale = g.uniform(0, 3) == 0 ? g.uniform(0, 38) : g.uniform(0, x.scale());
    // A quarter of the cases are exact ties j digits below the target scale:
    // c = (2m + 1) · 5 · 10^(j−1), rounded to scale(x) − j.
    if (g.uniform(0, 3) == 0 && x.scale() > 0) {
      const int j = g.uniform(1, x.scale() < 30 ? x.scale() : 30);
      const oracle::outcome c = oracle::multiply((static_cast<int128>(g.digits(g.uniform(1, 38 - j))) * 2 + 1) * 5, 0,
                                                 static_cast<int128>(g.pow10(j - 1)), 0);
      if (c.fits) {
        x = decimal{g.coin() ? c.coefficient : -c.coefficient, x.scale()};
        scale = x.scale() - j;
      }
    }
    const oracle::rounded e = oracle::round(x.coefficient(), x.scale(), scale);
    ties += e.tie ? 1 : 0;
    for (std::size_t m = 0; m < e.by_mode.size(); ++m) {
      const rounding mode = attain::all_rounding_modes[m];
      t.record(agrees(e.by_mode[m], [&] { return round(x, scale, mode); }, why), e.by_mode[m], [&] {
        return "round(" + show(x) + ", " + std::to_string(scale) + ", " + std::string(to_string(mode)) + ")";
      }, why);
    }
  }
  EXPECT_EQ(t.failures, 0) << "overflows " << t.overflows << ", results " << t.results;
  EXPECT_GT(t.overflows, cases / 100);  // up-scaling beyond the range
  EXPECT_GT(t.results, cases);
  EXPECT_GT(ties, cases / 20);
}

TEST(decimal_property, comparison_and_hash_match_the_oracle) {
  generator g(seed + 5);
  const std::hash<decimal> hash;
  int failures = 0;
  int equal = 0;
  int equal_across_scales = 0;
  for (int i = 0; i < cases; ++i) {
    const std::pair<decimal, decimal> drawn = g.pair();
    const decimal a = drawn.first;
    const decimal b = drawn.second;
    const int c = oracle::compare(a.coefficient(), a.scale(), b.coefficient(), b.scale());
    const std::strong_ordering expected_order =
        c < 0 ? std::strong_ordering::less : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    const bool ok = (a <=> b) == expected_order && (b <=> a) == (0 <=> (a <=> b)) && (a == b) == (c == 0) &&
                    (a != b) == (c != 0) && (a < b) == (c < 0) && (a >= b) == (c >= 0) &&
                    (c != 0 || hash(a) == hash(b));
    equal += c == 0 ? 1 : 0;
    equal_across_scales += (c == 0 && a.scale() != b.scale()) ? 1 : 0;
    if (!ok && ++failures <= max_reported) ADD_FAILURE() << show(a) << " <=> " << show(b) << ": oracle " << c;
  }
  EXPECT_EQ(failures, 0);
  EXPECT_GT(equal_across_scales, cases / 20);
  EXPECT_LT(equal, cases / 2);
}

TEST(decimal_property, format_then_parse_gives_back_value_and_scale) {
  generator g(seed + 6);
  const attain::number_format formats[] = {attain::number_format::plain(), attain::number_format::vi(),
                                           attain::number_format::en()};
  int failures = 0;
  for (int i = 0; i < cases; ++i) {
    const decimal x = g.value();
    for (const attain::number_format& f : formats) {
      const std::string text = attain::format(x, f);
      const attain::result<decimal> back = decimal::try_parse(text, f);
      const bool ok = back.has_value() && back->coefficient() == x.coefficient() && back->scale() == x.scale();
      if (!ok && ++failures <= max_reported) {
        ADD_FAILURE() << show(x) << " formatted '" << f.decimal_mark << "' as \"" << text << "\" parsed back as "
                      << (back.has_value() ? show(*back) : to_string(back.error()));
      }
    }
  }
  EXPECT_EQ(failures, 0);
}

// The oracle itself, on cases worked by hand (rounding.hpp's table): a test of the test.
TEST(decimal_property, oracle_rounds_as_the_table_in_rounding_hpp) {
  const struct {
    int x;  // at scale 1
    std::array<int, 7> expected;  // half_even, half_up, half_down, up, down, ceiling, floor
  } rows[] = {
      {25, {2, 3, 2, 3, 2, 3, 2}},       {35, {4, 4, 3, 4, 3, 4, 3}},       {-25, {-2, -3, -2, -3, -2, -2, -3}},
      {24, {2, 2, 2, 3, 2, 3, 2}},       {26, {3, 3, 3, 3, 2, 3, 2}},       {-26, {-3, -3, -3, -3, -2, -2, -3}},
      {40, {4, 4, 4, 4, 4, 4, 4}},       {-3, {0, 0, 0, -1, 0, 0, -1}},
  };
  for (const auto& row : rows) {
    const oracle::rounded r = oracle::round(row.x, 1, 0);
    for (std::size_t m = 0; m < 7; ++m) {
      EXPECT_TRUE(r.by_mode[m].fits);
      EXPECT_EQ(r.by_mode[m].coefficient, row.expected[m]) << row.x << " " << attain::all_rounding_modes[m];
    }
  }
  EXPECT_TRUE(oracle::round(25, 1, 0).tie);
  EXPECT_FALSE(oracle::round(26, 1, 0).tie);
  EXPECT_EQ(oracle::divide(1, 0, 3, 0, 2).by_mode[0].coefficient, 33);
  EXPECT_EQ(oracle::divide(-2, 0, 3, 0, 2).by_mode[6].coefficient, -67);  // floor
  EXPECT_FALSE(oracle::multiply(1, 20, 1, 19).fits);
  EXPECT_FALSE(oracle::add(decimal::max_coefficient, 0, 1, 0).fits);
  EXPECT_TRUE(oracle::add(decimal::max_coefficient, 0, 0, 0).fits);
  EXPECT_EQ(oracle::compare(150, 2, 15, 1), 0);
}

}  // namespace
