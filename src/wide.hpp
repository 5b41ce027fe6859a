// Private to attain's compiled sources: conversions between the native 128-bit integers and
// Boost.Multiprecision's cpp_int, for the slow paths that need more than 128 bits.
#ifndef ATTAIN_SRC_WIDE_HPP
#define ATTAIN_SRC_WIDE_HPP

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>

#include "attain/config.hpp"
#include "attain/rounding.hpp"

namespace attain::detail {

using wide = boost::multiprecision::cpp_int;

inline wide to_wide(int128 v) {
  const uint128 m = v < 0 ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
  wide w = static_cast<std::uint64_t>(m >> 64);
  w <<= 64;
  w += static_cast<std::uint64_t>(m);
  return v < 0 ? wide(-w) : w;
}

inline wide pow10_wide(int k) {
  wide p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// True when |v| <= 2^127 - 1; then `out` holds it.
inline bool try_narrow(const wide& v, int128& out) {
  static const wide limit = (wide(1) << 127) - 1;
  const wide m = boost::multiprecision::abs(v);
  if (m > limit) return false;
  const auto lo = static_cast<std::uint64_t>(m & wide(~std::uint64_t{0}));
  const auto hi = static_cast<std::uint64_t>(m >> 64);
  const auto r = static_cast<int128>((static_cast<uint128>(hi) << 64) | lo);
  out = v.sign() < 0 ? -r : r;
  return true;
}

// n / d rounded once in `mode` (d != 0): the wide twin of round_increment in rounding.hpp.
inline wide divide_rounded(const wide& n, const wide& d, rounding mode) {
  wide q, r;
  boost::multiprecision::divide_qr(n, d, q, r);  // q truncated toward zero, r has n's sign
  const bool negative = (n.sign() < 0) != (d.sign() < 0);
  const wide twice = boost::multiprecision::abs(r) * 2;
  const wide abs_d = boost::multiprecision::abs(d);
  const bool nonzero = !r.is_zero(), above = twice > abs_d, tie = twice == abs_d;
  const bool odd = boost::multiprecision::bit_test(boost::multiprecision::abs(q), 0);
  bool inc = false;
  switch (mode) {
    case rounding::half_even: inc = above || (tie && odd); break;
    case rounding::half_up: inc = above || tie; break;
    case rounding::half_down: inc = above; break;
    case rounding::up: inc = nonzero; break;
    case rounding::down: inc = false; break;
    case rounding::ceiling: inc = nonzero && !negative; break;
    case rounding::floor: inc = nonzero && negative; break;
  }
  if (inc) q += negative ? -1 : 1;
  return q;
}

}  // namespace attain::detail

#endif  // ATTAIN_SRC_WIDE_HPP
