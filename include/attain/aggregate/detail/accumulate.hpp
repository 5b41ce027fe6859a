// attain/aggregate/detail/accumulate.hpp — internal: the exact arithmetic that rules
// accumulate with. Checked 128-bit sums (an overflow throws, never wraps), the 64-bit kernel
// sums whose rare wrap is carried into 128 bits, an unsigned 256-bit sum of squares, and a
// coefficient read back as a decimal at a scale.
#ifndef ATTAIN_AGGREGATE_DETAIL_ACCUMULATE_HPP
#define ATTAIN_AGGREGATE_DETAIL_ACCUMULATE_HPP

#include <cstdint>

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"

namespace attain::detail {

// Checked 128-bit accumulation: the only way a sum can fail, reported, never wrapped.
ATTAIN_COLD [[noreturn]] inline void raise_sum_overflow() {
  raise_overflow("aggregate sum does not fit 38 digits");
}
inline void add_checked(int128& acc, int128 x) {
  if (ATTAIN_UNLIKELY(__builtin_add_overflow(acc, x, &acc) || acc == -int128_max - 1)) raise_sum_overflow();
}

// KERNELS. A rule's `kernel` is its step on 64-bit coefficients (the engine's fast path,
// taken when a query reads int64 columns at the group's scale): a compact state — 64-bit
// sums, minima and maxima — and `widen` to the rule's exact state at the end. A 64-bit sum
// that would wrap hands a carry of ±2^64 to the engine (`carry(±1)`, kept outside the hot
// state), so the widened sum is exact: never wrapped, never checked per row.
template <class Carry>
inline void add_carrying(std::int64_t& sum, std::int64_t v, const Carry& carry) {
  if (ATTAIN_UNLIKELY(__builtin_add_overflow(sum, v, &sum))) carry(v < 0 ? -1 : 1);
}
// sum + carries · 2^64. |carries| ≤ rows / 2 + 1 ≤ 2^62, so this never leaves 127 bits.
constexpr int128 with_carry(std::int64_t sum, std::int64_t carries) noexcept {
  return static_cast<int128>(sum) + static_cast<int128>(carries) * (static_cast<int128>(1) << 64);
}
struct ignore_carry {
  void operator()(int) const noexcept {}
};

// An unsigned 256-bit accumulator (sums of squares of 128-bit values). A square is below
// 2^254, so only the sums can leave 256 bits (16 values of 2^126 already do): that throws
// overflow_error, never wraps.
struct u256 {
  uint128 lo = 0, hi = 0;
  void add_square(int128 x) {
    const uint128 m = magnitude(x);
    const auto a0 = static_cast<std::uint64_t>(m), a1 = static_cast<std::uint64_t>(m >> 64);
    const uint128 p00 = static_cast<uint128>(a0) * a0, p01 = static_cast<uint128>(a0) * a1,
                  p11 = static_cast<uint128>(a1) * a1;
    // m² = p11·2^128 + 2·p01·2^64 + p00
    uint128 l = p00, h = p11;
    const uint128 mid_lo = p01 << 65, mid_hi = p01 >> 63;
    l += mid_lo;
    h += mid_hi + (l < mid_lo);
    add(l, h);
  }
  void add(uint128 l, uint128 h) {
    lo += l;
    const auto carry = static_cast<uint128>(lo < l);
    if (ATTAIN_UNLIKELY(__builtin_add_overflow(hi, h, &hi) || __builtin_add_overflow(hi, carry, &hi)))
      raise_overflow("variance: sum of squares beyond 256 bits");
  }
  friend bool operator==(const u256&, const u256&) = default;
};

inline decimal at_scale(int128 coefficient, int scale) noexcept { return decimal::from_parts(coefficient, scale); }

}  // namespace attain::detail

#endif  // ATTAIN_AGGREGATE_DETAIL_ACCUMULATE_HPP
