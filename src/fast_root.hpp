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
// 2. One step of the series x = x0·(1 + ε)^(1/n) on a 128-bit mantissa. G = D·x0^n is computed
//    with every product truncated to 128 bits (below the exact value by a relative 2^-127 per
//    product at most: n − 1 for the power, one for D, and the operands' own), Δ = N − G
//    exactly (two 128-bit mantissas whose exponents differ by at most one), and ε = Δ/G as a
//    double-double (the remainder of the double quotient is exact on 256 bits). Then
//    x = x0·(1 + ε/n − c2·ε² + c3·ε³), the terms past the cube below 2ε⁴ (|ε| < 2^-36).
// 3. x is then within a relative U·2^-127 of the root, U = ceil(1.02·(errN + errD + n)/n +
//    |x·rest|·2^-51) + 6: every term of the error with room to spare (see round_root).
// 4. y = x·K − L is formed exactly as Z/2^t (a 256-bit integer over a power of two), and its
//    error bound as an integer E in the same units. If no integer and no half-integer lies
//    within E of Z/2^t, every value within the bound rounds alike in every mode: decided.
// 5. Otherwise, if only one boundary b lies within E, the second stage computes the distance
//    of x^n from N/D again on 256-bit mantissas (operands rebuilt from their recipes) and
//    y − Z/2^t from it: y's side of b is decided unless y is closer to b than that error (a
//    tie or an exact value). Otherwise (and out of range): back to the exact path.
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
[[gnu::always_inline]] inline big mul(big a, big b) noexcept {
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

// 10^k for 0 <= k <= 55, exact (5^55 < 2^128): 5^k from a table, shifted by k.
struct five_powers {
  uint128 value[56]{};
  constexpr five_powers() {
    value[0] = 1;
    for (int k = 1; k < 56; ++k) value[k] = value[k - 1] * 5;
  }
};
inline constexpr five_powers fives{};
inline big pow10(int k) noexcept {
  big r = from_integer(fives.value[k]);
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

// ε = N/(D·x^n) − 1, the relative distance of x^n from N/D, as an unevaluated sum hi + lo of
// two doubles within |ε|·2^-98 of the exact quotient of the two 128-bit mantissas: their
// difference is exact (modulo 2^128, and |N − G| < 2^110 here), hi is its quotient in double
// and lo the quotient of the exact remainder. nullopt when |ε| >= 2^-36 (the double estimate
// was poor: no step is worth it) or out of range.
struct gap {
  double hi = 0, lo = 0;
};
inline std::optional<gap> distance(const big& x, const operand& N, const operand& D, std::uint32_t n) noexcept {
  const big g = mul(D.value, power(x, n));
  const int diff = N.value.e - g.e;  // −1, 0 or 1 when N/G is near 1
  const double nd = w256::to_double(N.value.m), gd = w256::to_double(g.m);
  const double scaled_n = diff == 0 ? nd : diff == 1 ? 2 * nd : diff == -1 ? 0.5 * nd : 0.0;
  if (!(std::fabs(scaled_n - gd) < gd * 0x1p-30)) return std::nullopt;
  // N − G in units of the smaller exponent, and G in the same units.
  const uint128 delta = diff == 1 ? (N.value.m << 1) - g.m : diff == -1 ? N.value.m - (g.m << 1) : N.value.m - g.m;
  const u256 G = diff == -1 ? u256{g.m >> 127, g.m << 1} : u256{0, g.m};
  const double Gd = diff == -1 ? 2 * gd : gd;
  const bool neg = (delta >> 127) != 0;
  const uint128 mag = neg ? uint128{0} - delta : delta;
  if (mag == 0) return gap{};
  const double inverse = 1 / Gd;  // hi need not be the rounded quotient: lo takes up the rest
  const double hi = w256::to_double(mag) * inverse;
  if (!(hi < 0x1p-36)) return std::nullopt;
  // hi = M·2^k exactly; the remainder mag·2^-k − M·G is exact on 256 bits (about 182 of them).
  const auto hb = std::bit_cast<std::uint64_t>(hi);
  const auto biased = static_cast<int>(hb >> 52);
  if (biased == 0) return std::nullopt;  // subnormal: not worth a step
  const std::uint64_t M = (hb & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
  const int shift = 1075 - biased;  // −k
  if (shift >= 1023) return std::nullopt;
  if (128 - std::countl_zero(static_cast<std::uint64_t>(mag >> 64)) + shift > 250) return std::nullopt;
  u256 P = w256::mul(M, G.lo);
  if (G.hi != 0) P.hi += M;
  const u256 R = sub(shl(u256{0, mag}, shift), P);
  // 2^-shift built from its bits (82 <= shift < 1023 here).
  const double lo = w256::to_double(R) * inverse * std::bit_cast<double>(static_cast<std::uint64_t>(1023 - shift) << 52);
  return neg ? gap{-hi, -lo} : gap{hi, lo};
}

// The exact value behind an operand: (c·10^k)^m, c > 0 below 2^128, 0 <= k <= 55, m >= 1.
struct recipe {
  uint128 c = 1;
  int k = 0;
  std::uint32_t m = 1;
};
inline operand operand_of(const recipe& r) noexcept {
  const operand base = scaled(r.c, r.k);
  return r.m == 1 ? base : power(base, r.m);
}

// THE SECOND STAGE: the same distance on 256-bit mantissas, for the few figures whose 128-bit
// enclosure still holds a rounding boundary (a projection's 36 significant digits leave the
// 128-bit bound only a few bits to spare).
struct big2 {
  u256 m;  // 2^255 <= m < 2^256
  int e = 0;
};
inline big2 normalized(u256 v, int e) noexcept {  // v > 0
  int lead = 0;
  if (v.hi == 0) {
    v = {v.lo, 0};
    lead += 128;
  }
  const auto top = static_cast<std::uint64_t>(v.hi >> 64);
  const int z = top != 0 ? std::countl_zero(top) : 64 + std::countl_zero(static_cast<std::uint64_t>(v.hi));
  return {shl(v, z), e - lead - z};
}
// a·b truncated to 256 bits: below the exact product by less than a relative 2^-255.
inline big2 mul(const big2& a, const big2& b) noexcept {
  const std::uint64_t x[4] = {static_cast<std::uint64_t>(a.m.lo), static_cast<std::uint64_t>(a.m.lo >> 64),
                              static_cast<std::uint64_t>(a.m.hi), static_cast<std::uint64_t>(a.m.hi >> 64)};
  const std::uint64_t y[4] = {static_cast<std::uint64_t>(b.m.lo), static_cast<std::uint64_t>(b.m.lo >> 64),
                              static_cast<std::uint64_t>(b.m.hi), static_cast<std::uint64_t>(b.m.hi >> 64)};
  std::uint64_t p[8] = {};
  for (int i = 0; i < 4; ++i) {
    std::uint64_t carry = 0;
    for (int j = 0; j < 4; ++j) {
      const uint128 t = static_cast<uint128>(x[i]) * y[j] + p[i + j] + carry;
      p[i + j] = static_cast<std::uint64_t>(t);
      carry = static_cast<std::uint64_t>(t >> 64);
    }
    p[i + 4] = carry;
  }
  const auto join = [](std::uint64_t hi, std::uint64_t lo) { return (static_cast<uint128>(hi) << 64) | lo; };
  if ((p[7] >> 63) != 0) return {{join(p[7], p[6]), join(p[5], p[4])}, a.e + b.e + 256};
  const u256 top{join(p[7], p[6]), join(p[5], p[4])};
  const u256 shifted = shl(top, 1);
  return {{shifted.hi, shifted.lo | (p[3] >> 63)}, a.e + b.e + 255};
}
inline big2 power(const big2& a, std::uint32_t n) noexcept {
  big2 r = a;
  for (std::uint32_t bit = std::bit_floor(n) >> 1; bit != 0; bit >>= 1) {
    r = mul(r, r);
    if ((n & bit) != 0) r = mul(r, a);
  }
  return r;
}
inline big2 wide_operand(const recipe& r) noexcept {  // within (2m + 1)·2^-255, relatively
  big2 v = normalized(u256{0, r.c}, 0);
  if (r.k != 0) {
    v = mul(v, normalized(u256{0, fives.value[r.k]}, r.k));
  }
  return r.m == 1 ? v : power(v, r.m);
}

// y − Z/2^t for x = m·2^-t: x·K·((1 + ε)^(1/n) − 1) with ε = N/(D·x^n) − 1 on 256 bits, in
// double, and a bound on its error; nullopt when ε is not small (|ε| >= 2^-100).
struct correction {
  double value = 0, err = 0;
};
inline std::optional<correction> second_stage(const recipe& rn, const recipe& rd, std::uint32_t n, uint128 m, int t,
                                              const u256& mk) noexcept {
  const big2 x = normalized(u256{0, m}, -t);
  const big2 N = wide_operand(rn);
  const big2 g = mul(wide_operand(rd), power(x, n));
  const int diff = N.e - g.e;
  if (diff < -1 || diff > 1) return std::nullopt;
  // N − G in units of the smaller exponent, modulo 2^256 (exact: |N − G| < 2^160 when ε is small).
  const u256 nv = diff == 1 ? shl(N.m, 1) : N.m, gv = diff == -1 ? shl(g.m, 1) : g.m;
  const u256 delta = sub(nv, gv);
  const double gd = w256::to_double_unsigned(g.m) * (diff == -1 ? 2.0 : 1.0);
  const double eps = w256::to_double(delta) / gd;
  if (!(std::fabs(eps) < 0x1p-100)) return std::nullopt;
  const double nd = n;
  const double xk = w256::to_double(mk) * std::ldexp(1.0, -t);  // x·K
  const double value = xk * (eps / nd - (nd - 1) / (2 * nd * nd) * eps * eps);
  // ε is within (2·(rn.m + rd.m) + n + 2)·2^-255 of the exact distance (the truncations) and
  // within |ε|·2^-50 in double; the series past the square is below |ε|³.
  const double truncations = (2.0 * (static_cast<double>(rn.m) + static_cast<double>(rd.m)) + nd + 4) * 0x1p-254;
  const double err = std::fabs(value) * 0x1p-46 + std::fabs(xk) * (truncations / nd * 2 + 0x1p-290);
  return correction{value, err};
}

// Rounds y = x·K − L in `mode`, x = (N/D)^(1/n), from the double estimate x0 of x; K > 0 and
// |L| below 2^126. Returns nullopt when the rounding is not proven here: the caller then
// decides it exactly.
inline std::optional<int128> round_root(const recipe& rn, const recipe& rd, std::uint32_t n, double x0, uint128 K,
                                        int128 L, rounding mode) noexcept {
  if (n == 0 || n > (1U << 20) || !(x0 > 0) || !std::isfinite(x0) || K == 0 || K >= (uint128{1} << 126)) return std::nullopt;
  if (L >= (int128{1} << 126) || L <= -(int128{1} << 126)) return std::nullopt;
  const operand N = operand_of(rn), D = operand_of(rd);
  // x0 = (2^52 + fraction)·2^(exponent − 1075) for a normal double: its 53 bits at the top.
  const auto bits = std::bit_cast<std::uint64_t>(x0);
  const auto biased = static_cast<int>(bits >> 52);
  if (biased == 0) return std::nullopt;  // subnormal
  const std::uint64_t mantissa = (bits & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
  big x{static_cast<uint128>(mantissa) << 75, biased - 1075 - 75};
  // One step of the series x = x0·(1 + ε)^(1/n) = x0·(1 + ε/n − c2·ε² + c3·ε³ − …), whose
  // terms past the cube sum to less than 2ε⁴ (< 2^-144 here): ε/n as q + q_lo (the division's
  // remainder exact by fma), the small terms in double.
  const auto eps = distance(x, N, D, n);
  if (!eps) return std::nullopt;
  const double nd = n, inv = 1 / nd;
  const double q = eps->hi * inv;  // any q near ε/n: the fma's remainder is exact (below 2n ulp of q)
  const double q_lo = (std::fma(-q, nd, eps->hi) + eps->lo) * inv;
  const double e = eps->hi;
  const double c2 = (nd - 1) * 0.5 * inv * inv, c3 = (nd - 1) * (2 * nd - 1) * (inv * inv * inv / 6);
  const double rest = q_lo - c2 * e * e + c3 * e * e * e;
  // x·q exactly (53 by 53 bits, truncated to the mantissa's unit), x·rest in double.
  u256 sum{0, x.m};
  if (q != 0) {
    const auto qb = std::bit_cast<std::uint64_t>(q);
    const int qexp = static_cast<int>((qb >> 52) & 0x7FF);
    if (qexp == 0) return std::nullopt;
    const std::uint64_t Mq = (qb & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
    const int down = 1075 - qexp - 75;  // x.m·q = M0·Mq·2^(75 + qexp − 1075)
    if (down <= 0 || down >= 128) return std::nullopt;
    const uint128 part = (static_cast<uint128>(mantissa) * Mq) >> down;
    sum = (qb >> 63) != 0 ? sub(sum, u256{0, part}) : add(sum, u256{0, part});
  }
  const double small = w256::to_double(x.m) * rest;  // |small| < 2^100: |rest| < 2^-28
  const double top = std::trunc(small * 0x1p-53);
  const auto d = static_cast<int128>(static_cast<std::int64_t>(top)) * (int128{1} << 53) +
                 static_cast<std::int64_t>(small - top * 0x1p53);
  sum = d >= 0 ? add(sum, u256{0, static_cast<uint128>(d)}) : sub(sum, u256{0, static_cast<uint128>(-d)});
  if (sum.hi != 0) x = {(sum.lo >> 1) | (sum.hi << 127), x.e + 1};
  else if ((sum.lo >> 127) == 0) x = {sum.lo << 1, x.e - 1};
  else x = {sum.lo, x.e};
  // x is now within U units of 2^-127, relatively: (errN + errD + n)·(1 + |ε|)/n for the
  // truncations behind ε (through the root's derivative, below 1.0001/n), under 2^-7 for ε's
  // last bits and the series past the cube, one for the truncated x·q, |small|·2^-52 and one
  // for x·rest in double and its truncation, one for the renormalization: U takes each with
  // room to spare.
  const double units = std::ceil(1.02 * (static_cast<double>(N.err) + static_cast<double>(D.err) + nd) / nd +
                                 std::fabs(small) * 0x1p-51) + 6;
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
  const u256 mk_units = sar(mk, 127);
  if (mk_units.hi != 0) return std::nullopt;
  u256 E = w256::mul(mk_units.lo, U);
  E = add(E, u256{0, static_cast<uint128>(U) + 1 + (extra != 0 ? K : 0)});
  // No integer and no half-integer within E of Z/2^t: the residue modulo 2^(t−1) is more
  // than E from both ends.
  const u256 half_unit = shl(u256{0, 1}, t - 1);
  const u256 r = low_bits(Z, t - 1);
  constexpr int128 max = static_cast<int128>(~uint128{0} >> 1);
  const auto narrow = [&](const u256& v, int128& out) {
    out = static_cast<int128>(v.lo);
    return v.hi == (out < 0 ? ~uint128{0} : uint128{0}) && out < max && out >= -max;
  };
  if (less(E, r) && less(add(r, E), half_unit)) {
    int128 k = 0;
    if (!narrow(sar(Z, t), k)) return std::nullopt;
    const int bit = t - 1;
    const bool upper_half = ((bit < 128 ? Z.lo >> bit : Z.hi >> (bit - 128)) & 1) != 0;
    return k + static_cast<int128>(detail::round_from_floor(false, upper_half ? 1 : -1, k < 0, (k & 1) != 0, mode));
  }
  // A boundary b = B/2 lies within E of Z/2^t, and only one (E < 2^(t−2)): the second stage
  // tells on which side of it y is, unless y is closer to b than its error (a tie, an exact
  // value): then nullopt, and the caller decides exactly.
  if (!less(E, shl(u256{0, 1}, t - 2)) || t > 250) return std::nullopt;
  const bool below = less(r, half_unit) && !less(E, r);  // b at or below Z/2^t
  u256 halves = sar(Z, t - 1);                              // floor(2·Z/2^t)
  if (!below) halves = add(halves, u256{0, 1});
  int128 B = 0;
  if (!narrow(halves, B)) return std::nullopt;
  const u256 offset = below ? r : sub(r, half_unit);  // Z/2^t − b, in units of 2^-t (signed)
  const double d1 = w256::to_double(offset) * std::ldexp(1.0, -t);
  const auto c = second_stage(rn, rd, n, m, t, mk);
  if (!c) return std::nullopt;
  const double gap_to_b = d1 + c->value;
  if (!(std::fabs(gap_to_b) > c->err + std::fabs(d1) * 0x1p-50 + 0x1p-900)) return std::nullopt;
  const int side = gap_to_b > 0 ? 1 : -1;
  // y on `side` of b: its floor and which half of the unit it is in.
  int128 k = 0;
  int half_cmp = 0;
  if ((B & 1) != 0) {  // b = k + 1/2
    k = (B - 1) / 2;
    half_cmp = side;
  } else {  // b = j, an integer
    k = side > 0 ? B / 2 : B / 2 - 1;
    half_cmp = side > 0 ? -1 : 1;
  }
  if (k >= max || k < -max) return std::nullopt;
  return k + static_cast<int128>(detail::round_from_floor(false, half_cmp, k < 0, (k & 1) != 0, mode));
}

}  // namespace attain::detail::fast_root

#endif  // ATTAIN_SRC_FAST_ROOT_HPP
