// attain/rounding.hpp — the named rounding modes, and the one rounding step they share.
//
// Rounding happens once, explicitly, where the caller says, with one of these modes. Every
// inexact operation of attain (divide, round, average growth, a mean) takes a mode and
// returns the *correctly rounded* result: exactly what infinite-precision arithmetic,
// rounded in that mode, gives.
//
// MODES (results for x → 0 decimals)
//   mode        2.5   3.5   -2.5   2.4   2.6   -2.6   what it is
//   half_even    2     4     -2     2     3     -3    banker's rounding; IEEE default
//   half_up      3     4     -3     2     3     -3    half away from zero: spreadsheets' ROUND,
//                                                     most statistical publications (GSO)
//   half_down    2     3     -2     2     3     -3    half toward zero
//   up           3     4     -3     3     3     -3    away from zero
//   down         2     3     -2     2     2     -2    toward zero (truncation)
//   ceiling      3     4     -2     3     3     -2    toward +infinity
//   floor        2     3     -3     2     2     -3    toward -infinity
//
// THE DEFAULT POLICY (one, for every module)
//   default_rounding = half_up    every figure a person reads or a file receives: explain(),
//                                 the review's renderers (render_options::mode), JSON ratios,
//                                 an average-growth target's CAGR, attainment_options. Half
//                                 away from zero is what statistical publications print.
//   working_rounding = half_even  the irrational steps *inside* a method, carried at 30 digits
//                                 (growth ratio, projection, weather: progress.hpp) or at a
//                                 rule's scale (variance, standard deviation, DHIS2 pairs):
//                                 never shown as such, and unbiased when many are combined.
//   Every default names one of these two constants; a caller who passes a mode overrides it.
//   Undefined results are never rounded to anything: they are "no value" with a reason
//   (attain/no_value.hpp), the one such type of every module.
//
// CASE STUDY: rounding twice is not rounding once. 0.445 rounded half_up to 2 decimals is
// 0.45, and 0.45 to 1 decimal is 0.5 — but 0.445 to 1 decimal is 0.4. A published "5.7 %"
// must come from the exact growth rate, not from a rate already rounded to 5.75 %.
#ifndef ATTAIN_ROUNDING_HPP
#define ATTAIN_ROUNDING_HPP

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "attain/config.hpp"

namespace attain {

enum class rounding : std::uint8_t { half_even, half_up, half_down, up, down, ceiling, floor };

// The default policy (see THE DEFAULT POLICY above).
inline constexpr rounding default_rounding = rounding::half_up;
inline constexpr rounding working_rounding = rounding::half_even;

inline constexpr rounding all_rounding_modes[] = {rounding::half_even, rounding::half_up,
                                                  rounding::half_down, rounding::up,
                                                  rounding::down,      rounding::ceiling,
                                                  rounding::floor};

constexpr std::string_view to_string(rounding mode) noexcept {
  switch (mode) {
    case rounding::half_even: return "half_even";
    case rounding::half_up: return "half_up";
    case rounding::half_down: return "half_down";
    case rounding::up: return "up";
    case rounding::down: return "down";
    case rounding::ceiling: return "ceiling";
    case rounding::floor: return "floor";
  }
  return "?";
}

namespace detail {

// The rounding step of an integer division n / d = q remainder r, where q is truncated
// toward zero and r has the sign of n (as C++ `/` and `%` give). `negative` says whether
// the exact quotient is negative. Returns 1 if q must move one step away from zero.
//
// Branchless: each mode is a threshold that the remainder must exceed, built from three bits
// that the mode selects out of constant tables, so a loop that rounds with a run-time mode
// has no data-dependent branch:
//   half_even  (d - odd(q)) / 2    half_up  (d - 1) / 2    half_down  d / 2
//   up         0                   down     d (never)
//   ceiling    0 if positive, else d           floor  0 if negative, else d
// (r > (d - 1) / 2 is 2r >= d; r > d / 2 is 2r > d, in integers.)
// `abs_r` and `abs_d` are magnitudes, 0 <= abs_r < abs_d.
template <class U>
  requires std::unsigned_integral<U> || std::same_as<U, uint128>
constexpr unsigned round_increment(U abs_r, U abs_d, bool q_odd, bool negative, rounding mode) noexcept {
  const auto k = static_cast<unsigned>(mode);
  const unsigned halve = (0b0000111U >> k) & 1U;  // the half modes: half of d
  const unsigned ties_up = (0b0000010U >> k) & 1U;  // half_up
  // Bit 2k + negative: 1 keeps the threshold, 0 makes it 0 (any nonzero remainder moves q).
  const unsigned keep = (0x1B3FU >> (2 * k + static_cast<unsigned>(negative))) & 1U;
  const U keep_mask = U{0} - static_cast<U>(keep);
  // Both half_even thresholds are ready before q is: only the final select waits for it.
  const U threshold = static_cast<U>(((abs_d - ties_up) >> halve) & keep_mask);
  const U odd_threshold = static_cast<U>(((abs_d - 1U) >> halve) & keep_mask);
  const bool odd_even = q_odd & (k == static_cast<unsigned>(rounding::half_even));  // half_even with q odd: ties go up
  return abs_r > (odd_even ? odd_threshold : threshold);
}

// The rounding step when the exact value y is known through k = floor(y): `exact` says
// whether y == k, `half_cmp` is the sign of y − (k + 1/2). Returns 1 if the result is k + 1,
// 0 if it is k. Used where y is not a quotient (roots, powers): see growth.hpp.
constexpr unsigned round_from_floor(bool exact, int half_cmp, bool k_negative, bool k_odd, rounding mode) noexcept {
  const unsigned inexact = exact ? 0U : 1U;
  const unsigned neg = k_negative;  // y < 0 exactly when floor(y) < 0
  const unsigned above = half_cmp > 0;
  const unsigned tie = half_cmp == 0;
  const unsigned mask =
      ((above | (tie & static_cast<unsigned>(k_odd))) << static_cast<unsigned>(rounding::half_even)) |
      ((above | (tie & (neg ^ 1U))) << static_cast<unsigned>(rounding::half_up)) |
      ((above | (tie & neg)) << static_cast<unsigned>(rounding::half_down)) |
      ((inexact & (neg ^ 1U)) << static_cast<unsigned>(rounding::up)) |
      ((inexact & neg) << static_cast<unsigned>(rounding::down)) |
      (inexact << static_cast<unsigned>(rounding::ceiling));
  return (mask >> static_cast<unsigned>(mode)) & 1U;
}

}  // namespace detail
}  // namespace attain

#endif  // ATTAIN_ROUNDING_HPP
