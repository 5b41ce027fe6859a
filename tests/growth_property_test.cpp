// The fast paths of the irrational figures (a double estimate, then 128-bit Newton steps; see
// docs/explanation/exact-growth.md) against the exact integer decision alone
// (out_of_line::*_exact), on random and adversarial inputs: the same decimal, the same
// scale, or the same error, in every case.
//
// CASES (splitmix64 from fixed seeds, so every platform draws the same inputs)
//   average_annual_growth  1,000,000: random levels (1 to 30 digits, scales 0–6), ratios
//                          0.2–5 and beyond, 1–40 periods (one in 64 to 150), every rounding mode,
//                          scales 0–37 (most 19–37, where the 128-bit path decides); an eighth
//                          are exact powers (x = 1 + j/10^d raised exactly: y an integer, the
//                          fast path must step aside) and half-way ties (n = 1).
//   project_cagr           100,000 (periods 1–10, ahead 1–15; half of them with as many
//                          digits as fit, as the projection methods ask: 35–37).
//   rational_power         100,000 (exponents ±1…±120 over 1…50, the natural-limit 111/25
//                          among them).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/growth.hpp"

namespace {

using attain::computed;
using attain::decimal;
using attain::int128;
using attain::rounding;

struct splitmix64 {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
};

std::string text(const decimal& x) { return attain::to_string(x); }

// The counts above in an optimised build; a tenth where the library is built for debugging or
// under a sanitizer (ATTAIN_PROPERTY_TENTH, set by tests/CMakeLists.txt), where the exact path
// alone would take minutes.
std::size_t case_count(std::size_t optimised) {
#ifdef ATTAIN_PROPERTY_TENTH
  return optimised / 10;
#else
  return optimised;
#endif
}

constexpr rounding modes[] = {rounding::half_even, rounding::half_up, rounding::half_down, rounding::up,
                              rounding::down,      rounding::ceiling, rounding::floor};

// What a call gave, as text: the value with its scale, the reason of "no value", or the error.
template <class F>
std::string outcome(F&& f) {
  try {
    const computed<decimal> r = f();
    if (!r) return attain::to_string(r.error());
    return attain::to_string(*r) + "@" + std::to_string(r->scale());
  } catch (const std::exception& e) {
    return std::string("error:") + e.what();
  }
}

// A positive level with 1 to `max_digits` significant digits and 0–6 decimals.
decimal level(splitmix64& g, int max_digits) {
  const int digits = static_cast<int>(g.between(1, max_digits));
  int128 c = 0;
  for (int i = 0; i < digits; ++i) c = c * 10 + static_cast<int128>(g.below(10));
  if (c == 0) c = 1 + static_cast<int128>(g.below(9));
  return decimal::from_parts(c, static_cast<int>(g.below(7)));
}

int scale_of(splitmix64& g) {
  const std::uint64_t k = g.below(8);
  return k == 0 ? static_cast<int>(g.below(19)) : k < 4 ? 30 : static_cast<int>(g.between(19, 37));
}

// x^n exactly for x = 1 + j/10^d (j > -10^d): the level after n periods of growth at an exact rate.
decimal exact_power(decimal x, int n) {
  decimal r{1};
  for (int i = 0; i < n; ++i) r = r * x;
  return r;
}

TEST(growth_property, average_annual_growth_fast_paths_equal_the_exact_decision) {
  splitmix64 g{0x6A09E667F3BCC908ULL};
  std::size_t decided = 0, compared = 0;
  const std::size_t cases = case_count(1'000'000);
  for (std::size_t i = 0; i < cases; ++i) {
    const rounding mode = modes[g.below(7)];
    const int scale = scale_of(g);
    decimal first = level(g, g.below(4) == 0 ? 28 : 12);
    decimal last;
    int periods = static_cast<int>(g.below(64) == 0 ? g.between(41, 150) : g.between(1, 40));
    const std::uint64_t kind = g.below(16);
    if (kind == 0) {  // an exact rate: y is an integer, no estimate may decide it
      const int d = static_cast<int>(g.between(1, 3));
      const auto p = static_cast<std::int64_t>(attain::detail::pow10_u64[d]);
      const decimal x = decimal::from_parts(p + g.between(-p / 2, p), d);
      periods = static_cast<int>(g.between(1, 6));
      first = decimal::from_parts(static_cast<int128>(g.between(1, 9999)), static_cast<int>(g.below(3)));
      last = first * exact_power(x, periods);
    } else if (kind == 1) {  // a half-way tie at `scale` (n = 1): last/first − 1 = (2j+1)/(2·10^scale)
      periods = 1;
      const int s = static_cast<int>(g.between(1, 36));
      first = decimal{2};
      last = decimal{2} + decimal::from_parts(2 * g.between(-1000, 1000) + 1, s);
      if (attain::signum(last) <= 0) last = decimal{3};
      const rounding m = modes[g.below(7)];
      ++compared;
      ASSERT_EQ(outcome([&] { return attain::average_annual_growth(first, last, 1, s, m); }),
                outcome([&] { return attain::out_of_line::average_annual_growth_exact(first, last, 1, s, m); }))
          << "first " << text(first) << " last " << text(last) << " scale " << s;
      continue;
    } else {
      // last = first × a ratio of 0.2–5 (a few far beyond), to 1–12 digits
      const std::int64_t ratio = g.below(32) == 0 ? g.between(1, 100'000'000) : g.between(200'000, 5'000'000);
      const decimal product = first * decimal::from_parts(ratio, 6);
      const int decimals = std::min(static_cast<int>(g.below(13)), product.scale());
      last = attain::round(product, decimals, rounding::half_even);  // never more digits than the product
      if (attain::is_zero(last)) last = first;
    }
    ++compared;
    const std::string fast = outcome([&] { return attain::average_annual_growth(first, last, periods, scale, mode); });
    const std::string exact =
        outcome([&] { return attain::out_of_line::average_annual_growth_exact(first, last, periods, scale, mode); });
    ASSERT_EQ(fast, exact) << "first " << text(first) << " last " << text(last) << " periods " << periods << " scale " << scale
                           << " mode " << static_cast<int>(mode);
    if (fast.rfind("error", 0) != 0) ++decided;
  }
  EXPECT_EQ(compared, cases);
  EXPECT_GT(decided, cases / 10 * 9);  // most cases have a value (the rest overflow 38 digits alike)
}

TEST(growth_property, project_cagr_fast_paths_equal_the_exact_decision) {
  splitmix64 g{0xBB67AE8584CAA73BULL};
  for (std::size_t i = 0, n = case_count(100'000); i < n; ++i) {
    const rounding mode = modes[g.below(7)];
    int scale = scale_of(g);
    const decimal base = level(g, 12);
    const decimal latest =
        attain::round(base * decimal::from_parts(g.between(300'000, 3'000'000), 6), static_cast<int>(g.below(8)),
                      rounding::half_even);
    const int periods = static_cast<int>(g.between(1, 10));
    const int ahead = static_cast<int>(g.between(1, 15));
    if (g.below(2) == 0) {  // as the projection asks: 35–37 significant digits (the 256-bit second stage)
      int digits = 0;
      for (int128 c = latest.coefficient(); c != 0; c /= 10) ++digits;
      scale = std::clamp(latest.scale() + 37 - digits - static_cast<int>(g.below(3)), 0, 37);
    }
    ASSERT_EQ(outcome([&] { return attain::project_cagr(base, latest, periods, ahead, scale, mode); }),
              outcome([&] { return attain::out_of_line::project_cagr_exact(base, latest, periods, ahead, scale, mode); }))
        << "base " << text(base) << " latest " << text(latest) << " periods " << periods << " ahead " << ahead << " scale "
        << scale;
  }
}

TEST(growth_property, rational_power_fast_paths_equal_the_exact_decision) {
  splitmix64 g{0x3C6EF372FE94F82BULL};
  for (std::size_t i = 0, n = case_count(100'000); i < n; ++i) {
    const rounding mode = modes[g.below(7)];
    const int scale = scale_of(g);
    const decimal a = level(g, 8);
    const decimal b = g.below(4) == 0 ? decimal{100} : level(g, 8);
    std::int64_t num = g.below(4) == 0 ? 111 : g.between(1, 120);
    const std::int64_t den = g.below(4) == 0 ? 25 : g.between(1, 50);
    if (g.below(8) == 0) num = -num;
    ASSERT_EQ(outcome([&] { return attain::rational_power(a, b, num, den, scale, mode); }),
              outcome([&] { return attain::out_of_line::rational_power_exact(a, b, num, den, scale, mode); }))
        << "a " << text(a) << " b " << text(b) << " exponent " << num << "/" << den << " scale " << scale;
  }
}

}  // namespace
