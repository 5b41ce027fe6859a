// Private to attain's compiled sources: correctly rounded roots on native 128-bit integers,
// for the figures growth.cpp otherwise settles with cpp_int (docs/explanation/exact-growth.md).
//
// THE PROBLEM
// A rate at 30 decimals is y = x·K − L with x = (N/D)^(1/n) irrational and K = 10^30: its
// correct rounding needs x to some 10^-33, beyond a double (10^-16). The exact check raises
// 100-bit integers to the n-th power in cpp_int (1,500 bits for n = 15): microseconds.
//
// THE METHOD
// 1. x0 = a double estimate of x (any positive double; a poor one only sends us back to the
//    exact path).
// 2. Two Newton steps on 128-bit mantissas. A step takes x1 (a 128-bit mantissa m and a binary
//    exponent), computes G = D·x1^n with every product truncated to 128 bits (so G is below
//    the exact value by a relative 2^-127 per product at most: (n − 1) products for the
//    power, one for D), and Δ = N − G exactly (N and G are 128-bit mantissas whose exponents
//    differ by at most one). ε = Δ/G, taken in double, is then the relative distance of x1^n
//    from N/D, known to within (errN + errD + n)·2^-127 (the truncations) plus |ε|·2^-50
//    (the double quotient). The next estimate is x1·(1 + ε/n − (n − 1)ε²/(2n²)), whose own
//    error is below |ε|³.
// 3. After the second step |ε| < 2^-80 (else: back to the exact path), so x2 is within a
//    relative  U·2^-127  of x, U = 2·ceil(1.02·(errN + errD + n)/n) + 12: every term above
//    with a factor of two to spare.
// 4. y = x2·K − L is formed exactly as Z/2^t (a 256-bit integer over a power of two), and its
//    error bound as an integer E in the same units. If no integer and no half-integer lies
//    within E of Z/2^t, every value within the bound rounds alike in every mode: the result
//    is decided. Otherwise (a tie, a near-tie, a value out of range): back to the exact path.
// Nothing here is approximate in its conclusion: either the rounding is proven or the caller
// falls back to the exact integer comparisons.
#ifndef ATTAIN_SRC_FAST_ROOT_HPP
#define ATTAIN_SRC_FAST_ROOT_HPP

#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>

#include "attain/config.hpp"
#include "attain/rounding.hpp"
#include "u256.hpp"

namespace attain::detail::fast_root {

using namespace attain::detail::w256;  // NOLINT: the 256-bit helpers are this file's vocabulary

// m·2^e with 2^127 <= m < 2^128: a positive number known to 128 bits.
struct big {
  uint128 m = 0;
  int e = 0;
};

inline big from_integer(uint128 v) noexcept {  // v > 0, exact
  const auto hi = static_cast<std::uint64_t>(v >> 64);
  const int lead = hi != 0 ? std::countl_zero(hi) : 64 + std::countl_zero(static_cast<std::uint64_t>(v));
  return {v << lead, -lead};
}

// a·b truncated to 128 bits: below the exact product by less than a relative 2^-127.
inline big mul(big a, big b) noexcept {
  const u256 p = w256::mul(a.m, b.m);
  if ((p.hi >> 127) != 0) return {p.hi, a.e + b.e + 128};
  return {(p.hi << 1) | (p.lo >> 127), a.e + b.e + 127};
}

// a^n (n >= 1) with n − 1 truncating products at most along any factor: below the exact
// power by less than a relative (n − 1)·2^-127 (plus n times a's own relative error).
inline big power(big a, std::uint32_t n) noexcept {
  big r = a;
  std::uint32_t bit = std::bit_floor(n) >> 1;
  for (; bit != 0; bit >>= 1) {
    r = mul(r, r);
    if ((n & bit) != 0) r = mul(r, a);
  }
  return r;
}

// 10^k for 0 <= k <= 55, exact (5^55 < 2^128).
inline big pow10(int k) noexcept {
  uint128 five = 1;
  for (int i = 0; i < k; ++i) five *= 5;
  big r = from_integer(five);
  r.e += k;
  return r;
}

// An input to the root with its error: below the exact value by at most err·2^-127, relatively.
struct operand {
  big value;
  std::uint64_t err = 0;
};

// (c · 10^k), c > 0 an integer below 2^128, 0 <= k <= 55.
inline operand scaled(uint128 c, int k) noexcept {
  const big v = from_integer(c);
  if (k == 0) return {v, 0};
  return {mul(v, pow10(k)), 1};
}
inline operand times(const operand& a, const operand& b) noexcept { return {mul(a.value, b.value), a.err + b.err + 1}; }
inline operand power(const operand& a, std::uint32_t n) noexcept { return {power(a.value, n), n * a.err + n - 1}; }

// A 128-bit magnitude in double, within a relative 2^-52 (two roundings).
inline double to_double(uint128 m) noexcept {
  return static_cast<double>(static_cast<std::uint64_t>(m >> 64)) * 0x1p64 + static_cast<double>(static_cast<std::uint64_t>(m));
}

// The relative distance N/(D·x^n) − 1 of x^n from N/D, in double: the exact difference of the
// two 128-bit mantissas over the second, within |ε|·2^-50. nullopt when it is not small
// enough to be worth a step (|ε| >= 2^-20).
inline std::optional<double> distance(const big& x, const operand& N, const operand& D, std::uint32_t n) noexcept {
  const big g = mul(D.value, power(x, n));
  const int diff = N.value.e - g.e;  // −1, 0 or 1 when N/G is near 1
  const double nd = to_double(N.value.m), gd = to_double(g.m);
  const double scale = diff == 0 ? 1.0 : diff == 1 ? 2.0 : diff == -1 ? 0.5 : 0.0;
  if (!(std::fabs(nd * scale / gd - 1) < 0x1p-19)) return std::nullopt;
  // N − G in units of the smaller exponent, modulo 2^128: exact, since |N − G| < 2^110 here.
  const uint128 delta = diff == 1 ? (N.value.m << 1) - g.m : diff == -1 ? N.value.m - (g.m << 1) : N.value.m - g.m;
  const bool neg = (delta >> 127) != 0;
  const double eps = (neg ? -to_double(uint128{0} - delta) : to_double(delta)) / (diff == -1 ? 2 * gd : gd);
  if (!(std::fabs(eps) < 0x1p-20)) return std::nullopt;
  return eps;
}

// x·(1 + c), |c| < 2^-19, the correction x·c taken in double (within a relative 2^-51 of it)
// and truncated to the mantissa's unit (one unit more when the sum is renormalized).
inline big corrected(big x, double c) noexcept {
  const double delta = to_double(x.m) * c;  // |delta| < 2^109
  // delta as an integer: its top part above 2^53 and the rest, each exact in 64 bits.
  const double top = std::trunc(delta * 0x1p-53);
  const auto d = static_cast<int128>(static_cast<std::int64_t>(top)) * (int128{1} << 53) +
                 static_cast<std::int64_t>(delta - top * 0x1p53);
  u256 s{0, x.m};
  s = d >= 0 ? add(s, u256{0, static_cast<uint128>(d)}) : sub(s, u256{0, static_cast<uint128>(-d)});
  if (s.hi != 0) return {(s.lo >> 1) | (s.hi << 127), x.e + 1};
  if ((s.lo >> 127) == 0) return {s.lo << 1, x.e - 1};
  return {s.lo, x.e};
}

// Rounds y = x·K − L in `mode`, x = (N/D)^(1/n), from the double estimate x0 of x; K > 0 and
// |L| below 2^126. Returns nullopt when the rounding is not proven here: the caller then
// decides it exactly.
inline std::optional<int128> round_root(const operand& N, const operand& D, std::uint32_t n, double x0, uint128 K,
                                        int128 L, rounding mode) noexcept {
  if (n == 0 || n > (1U << 20) || !(x0 > 0) || !std::isfinite(x0) || K == 0 || K >= (uint128{1} << 126)) return std::nullopt;
  if (L >= (int128{1} << 126) || L <= -(int128{1} << 126)) return std::nullopt;
  // x0 = (2^52 + fraction)·2^(exponent − 1075) for a normal double: its 53 bits at the top.
  const auto bits = std::bit_cast<std::uint64_t>(x0);
  const auto biased = static_cast<int>(bits >> 52);
  if (biased == 0) return std::nullopt;  // subnormal
  const std::uint64_t mantissa = (bits & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
  big x{static_cast<uint128>(mantissa) << 75, biased - 1075 - 75};
  const double nd = n;
  // Step 1, from the double: the quadratic term keeps its error below |ε|³.
  auto eps = distance(x, N, D, n);
  if (!eps) return std::nullopt;
  x = corrected(x, *eps / nd - (nd - 1) / (2 * nd * nd) * *eps * *eps);
  // Step 2: the error bound.
  eps = distance(x, N, D, n);
  if (!eps || !(std::fabs(*eps) < 0x1p-80)) return std::nullopt;
  x = corrected(x, *eps / nd);
  const double units = 2 * std::ceil(1.02 * (static_cast<double>(N.err) + static_cast<double>(D.err) + nd) / nd) + 12;
  if (!(units < 0x1p40)) return std::nullopt;
  const auto U = static_cast<std::uint64_t>(units);

  // y = x·K − L = (m·K − L·2^t) / 2^t, t = −e.
  int t = -x.e;
  uint128 m = x.m;
  std::uint64_t extra = 0;  // a truncation of m below: one unit of K more
  if (t > 128 && L != 0) {
    if (t - 128 >= 128) return std::nullopt;
    m >>= (t - 128);
    t = 128;
    extra = 1;
  }
  if (t < 2 || t > 250) return std::nullopt;
  const u256 mk = w256::mul(m, K);  // < 2^254
  u256 Z = mk;
  if (L != 0) {
    const uint128 lm = L < 0 ? static_cast<uint128>(0) - static_cast<uint128>(L) : static_cast<uint128>(L);
    const u256 lt = shl(u256{0, lm}, t);  // |L|·2^t < 2^254 for t <= 128
    Z = L > 0 ? sub(Z, lt) : add(Z, lt);
  }
  // E = U·(m·K)/2^127 + U + 1 (+ K when m was truncated), in units of 2^-t.
  const u256 q = sar(mk, 127);
  if (q.hi != 0) return std::nullopt;
  u256 E = w256::mul(q.lo, U);
  E = add(E, u256{0, static_cast<uint128>(U) + 1 + (extra != 0 ? K : 0)});
  // No integer and no half-integer within E of Z/2^t: the residue modulo 2^(t−1) is more
  // than E from both ends.
  const u256 half_unit = shl(u256{0, 1}, t - 1);
  const u256 r = low_bits(Z, t - 1);
  if (!less(E, r) || !less(add(r, E), half_unit)) return std::nullopt;
  const u256 floor_y = sar(Z, t);
  constexpr int128 max = static_cast<int128>(~uint128{0} >> 1);
  const auto k = static_cast<int128>(floor_y.lo);
  if (floor_y.hi != (k < 0 ? ~uint128{0} : uint128{0}) || k >= max || k < -max) return std::nullopt;
  const int bit = t - 1;
  const bool upper_half = ((bit < 128 ? Z.lo >> bit : Z.hi >> (bit - 128)) & 1) != 0;
  return k + static_cast<int128>(detail::round_from_floor(false, upper_half ? 1 : -1, k < 0, (k & 1) != 0, mode));
}

}  // namespace attain::detail::fast_root

#endif  // ATTAIN_SRC_FAST_ROOT_HPP
