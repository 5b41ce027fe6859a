// An independent oracle for attain::decimal: exact rationals on Boost.Multiprecision's cpp_int,
// with rounding written from first principles (floor, remainder, compare twice the remainder
// with the divisor). It shares no code with the library beyond the int128 and rounding enum
// names. It lives in its own translation unit, compiled with optimisation in every build
// type, so that 200,000-case property runs stay fast in Debug while the library under test
// is still built as configured.
#ifndef ATTAIN_TESTS_SUPPORT_DECIMAL_ORACLE_HPP
#define ATTAIN_TESTS_SUPPORT_DECIMAL_ORACLE_HPP

#include <array>
#include <string>

#include "attain/config.hpp"
#include "attain/rounding.hpp"

namespace attain::oracle {

// The exact result of an operation: whether it fits a decimal (|coefficient| <= 2^127 − 1 and
// scale <= 38), and if so its coefficient at `scale`; if not, `text` holds the exact
// coefficient in decimal digits, for messages.
struct outcome {
  bool fits = false;
  int128 coefficient = 0;
  int scale = 0;
  std::string text;
};

// a + b, a − b at the larger scale; a × b at the sum of the scales.
outcome add(int128 a, int a_scale, int128 b, int b_scale);
outcome subtract(int128 a, int a_scale, int128 b, int b_scale);
outcome multiply(int128 a, int a_scale, int128 b, int b_scale);

// a / b at `scale`, rounded in each mode of all_rounding_modes (same order). b != 0.
// `exact` says whether the quotient needed no rounding.
struct rounded {
  std::array<outcome, 7> by_mode;
  bool exact = false;
  bool tie = false;  // the exact value lies halfway between two results
};
rounded divide(int128 a, int a_scale, int128 b, int b_scale, int scale);

// x rounded to `scale` in each mode.
rounded round(int128 x, int x_scale, int scale);

// The sign of a − b: -1, 0 or 1.
int compare(int128 a, int a_scale, int128 b, int b_scale);

}  // namespace attain::oracle

#endif  // ATTAIN_TESTS_SUPPORT_DECIMAL_ORACLE_HPP
