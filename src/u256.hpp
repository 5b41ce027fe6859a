// Private to attain's compiled sources: 256-bit two's-complement integers on pairs of native
// 128-bit ones: the products and quotients of 38-digit coefficients that just miss int128
// (decimal.cpp's division at 30 decimals, fast_root.hpp's Newton steps), without cpp_int's
// allocations.
#ifndef ATTAIN_SRC_U256_HPP
#define ATTAIN_SRC_U256_HPP

#include <bit>
#include <cmath>
#include <cstdint>

#include "attain/config.hpp"

namespace attain::detail::w256 {

// A 256-bit two's-complement integer.
struct u256 {
  uint128 hi = 0, lo = 0;
};

[[gnu::always_inline]] inline u256 mul(uint128 a, uint128 b) noexcept {
  const std::uint64_t a0 = static_cast<std::uint64_t>(a), a1 = static_cast<std::uint64_t>(a >> 64);
  const std::uint64_t b0 = static_cast<std::uint64_t>(b), b1 = static_cast<std::uint64_t>(b >> 64);
  const uint128 p00 = static_cast<uint128>(a0) * b0, p01 = static_cast<uint128>(a0) * b1;
  const uint128 p10 = static_cast<uint128>(a1) * b0, p11 = static_cast<uint128>(a1) * b1;
  const uint128 mid = (p00 >> 64) + static_cast<std::uint64_t>(p01) + static_cast<std::uint64_t>(p10);
  u256 r;
  r.lo = (mid << 64) | static_cast<std::uint64_t>(p00);
  r.hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
  return r;
}
inline u256 add(u256 a, u256 b) noexcept {
  u256 r;
  r.lo = a.lo + b.lo;
  r.hi = a.hi + b.hi + (r.lo < a.lo ? 1 : 0);
  return r;
}
inline u256 sub(u256 a, u256 b) noexcept {
  u256 r;
  r.lo = a.lo - b.lo;
  r.hi = a.hi - b.hi - (a.lo < b.lo ? 1 : 0);
  return r;
}
inline bool negative(u256 a) noexcept { return (a.hi >> 127) != 0; }
inline u256 negate(u256 a) noexcept { return sub(u256{}, a); }
inline u256 shl(u256 a, int k) noexcept {  // 0 <= k < 256
  if (k == 0) return a;
  if (k >= 128) return {a.lo << (k - 128), 0};
  return {(a.hi << k) | (a.lo >> (128 - k)), a.lo << k};
}
inline u256 sar(u256 a, int k) noexcept {  // arithmetic: floor(a / 2^k), 0 <= k < 256
  if (k == 0) return a;
  const auto hi = static_cast<int128>(a.hi);
  if (k >= 128) return {static_cast<uint128>(hi >> 127), static_cast<uint128>(hi >> (k - 128))};
  return {static_cast<uint128>(hi >> k), (a.lo >> k) | (a.hi << (128 - k))};
}
inline u256 low_bits(u256 a, int k) noexcept {  // a mod 2^k, 0 < k < 256: non-negative
  if (k >= 128) return {a.hi & ((uint128{1} << (k - 128)) - 1), a.lo};
  return {0, a.lo & ((uint128{1} << k) - 1)};
}
inline bool less(u256 a, u256 b) noexcept { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
// A 128-bit magnitude in double, within a relative 2^-52 (two roundings).
inline double to_double(uint128 m) noexcept {
  return static_cast<double>(static_cast<std::uint64_t>(m >> 64)) * 0x1p64 + static_cast<double>(static_cast<std::uint64_t>(m));
}
// A 256-bit magnitude (the top bit is a bit of the value), within a relative 2^-50.
inline double to_double_unsigned(u256 a) noexcept { return to_double(a.hi) * 0x1p128 + to_double(a.lo); }
// A 256-bit two's-complement integer in double, within a relative 2^-50 (four roundings).
inline double to_double(u256 a) noexcept {
  const bool neg = negative(a);
  const double v = to_double_unsigned(neg ? negate(a) : a);
  return neg ? -v : v;
}

// n / d and n % d for n < d·2^64 (the quotient fits 64 bits): one divq on x86-64.
inline std::uint64_t divide_128_by_64(uint128 n, std::uint64_t d, std::uint64_t& rem) noexcept {
#if defined(__x86_64__)
  std::uint64_t q = 0, r = 0;
  __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(static_cast<std::uint64_t>(n)), "d"(static_cast<std::uint64_t>(n >> 64)), "r"(d));
  rem = r;
  return q;
#else
  rem = static_cast<std::uint64_t>(n % d);
  return static_cast<std::uint64_t>(n / d);
#endif
}

// n / d for d != 0 and n.hi < d (the quotient fits 128 bits): Knuth's algorithm D on 64-bit
// digits, two quotient digits. Returns the quotient; `rem` gets the remainder.
inline uint128 divide(u256 n, uint128 d, uint128& rem) noexcept {
  const auto dh = static_cast<std::uint64_t>(d >> 64);
  const int s = dh != 0 ? std::countl_zero(dh) : 64 + std::countl_zero(static_cast<std::uint64_t>(d));
  d <<= s;
  n = shl(n, s);  // n.hi < d before, so n.hi << s still fits (n < d·2^128)
  const auto d1 = static_cast<std::uint64_t>(d >> 64), d0 = static_cast<std::uint64_t>(d);
  uint128 top = n.hi;  // the running remainder, < d
  uint128 q = 0;
  for (int i = 0; i < 2; ++i) {
    const auto next = static_cast<std::uint64_t>(i == 0 ? n.lo >> 64 : n.lo);
    // Estimate the digit from the top 128 bits over d1, then correct (at most twice).
    const auto t1 = static_cast<std::uint64_t>(top >> 64);
    uint128 qhat = 0, rhat = 0;
    if (t1 >= d1) {
      qhat = ~std::uint64_t{0};
      rhat = top - qhat * d1;
    } else {
      std::uint64_t r64 = 0;
      qhat = divide_128_by_64(top, d1, r64);
      rhat = r64;
    }
    while ((rhat >> 64) == 0 && qhat * d0 > ((rhat << 64) | next)) {
      --qhat;
      rhat += d1;
    }
    // (top:next) − qhat·d, as 192-bit arithmetic on (high 64 of top) and a 128-bit low part.
    const u256 cur = {top >> 64, (top << 64) | next};
    u256 r = sub(cur, mul(qhat, d));
    while (negative(r)) {  // qhat one too large (possible only when the loop above stopped early)
      --qhat;
      r = add(r, u256{0, d});
    }
    top = r.lo;
    q = (q << 64) | qhat;
  }
  rem = top >> s;
  return q;
}

}  // namespace attain::detail::w256

#endif  // ATTAIN_SRC_U256_HPP
