// attain/fraction.hpp — the one exact quotient: a share of days, a completion ratio, a
// progress from the baseline, a mean before it is rounded.
//
// An `exact_fraction` is numerator / denominator, two exact decimals, kept unreduced so that it
// still says what it was made of ("910 of 1826 days", "5,544.996 of 10,000 tỷ đồng"). Figures
// are computed as fractions and become decimals once, where they are shown or written, at a
// scale and in a rounding mode the caller names: a completion of 5,544.996 / 10,000 shown to
// one decimal of a percent is 55.4 % — rounded at 6 digits first it would be 0.554500 and
// print 55.5 %. == and <=> compare values (1/2 == 2/4), exactly, at any size.
//
// USE (results in comments)
//   exact_fraction{910, 1826}.to_decimal(4, rounding::half_up)             0.4984
//   const exact_fraction c = exact_fraction::of(5544.996_d, 10000_d);
//   format_percent(c, number_format::en(), 1, rounding::half_up)            "55.4%"
//   exact_fraction::of(-3_d, -4_d)                                          {3, 4}: the sign on top
#ifndef ATTAIN_FRACTION_HPP
#define ATTAIN_FRACTION_HPP

#include <compare>
#include <string>
#include <type_traits>

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/number_format.hpp"
#include "attain/rounding.hpp"

namespace attain {

struct exact_fraction;

namespace out_of_line {
// sign(a.numerator · b.denominator − b.numerator · a.denominator), on integers of any size.
ATTAIN_API int compare_cross(const exact_fraction& a, const exact_fraction& b) noexcept;
}  // namespace out_of_line
namespace detail {
using out_of_line::compare_cross;
}  // namespace detail

struct exact_fraction {
  decimal numerator{0};
  decimal denominator{1};  // > 0 (of() ensures it)

  constexpr exact_fraction() noexcept = default;
  // numerator / denominator as given (denominator > 0: use of() when the sign is unknown).
  constexpr exact_fraction(const decimal& n, const decimal& d) noexcept : numerator(n), denominator(d) {}
  // A decimal is the fraction x / 1: implicit, as an integer converts to a decimal, so that a
  // ratio can be compared with or set to a decimal (completion == 0.554) without rounding.
  constexpr exact_fraction(const decimal& x) noexcept : numerator(x) {}  // NOLINT(google-explicit-constructor)

  // numerator / denominator with the sign moved to the numerator. A zero denominator is a
  // division by zero (attain::arithmetic_error): an undefined ratio is "no value" with a
  // reason for the caller to give, never a fraction.
  static constexpr exact_fraction of(const decimal& numerator, const decimal& denominator) {
    if (attain::is_zero(denominator)) detail::raise_division_by_zero();
    if (signum(denominator) < 0) return {-numerator, -denominator};
    return {numerator, denominator};
  }

  // The share as a decimal with `scale` digits, correctly rounded in `mode`: the one rounding.
  //   exact_fraction{910, 1826}.to_decimal(4, rounding::half_up)  → 0.4984
  constexpr decimal to_decimal(int scale, rounding mode) const { return divide(numerator, denominator, scale, mode); }

  constexpr bool is_zero() const noexcept { return attain::is_zero(numerator); }
  constexpr int sign() const noexcept { return signum(numerator); }

  friend constexpr bool operator==(const exact_fraction& a, const exact_fraction& b) {
    return compare(a, b) == 0;
  }
  friend constexpr std::strong_ordering operator<=>(const exact_fraction& a, const exact_fraction& b) {
    const int c = compare(a, b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

 private:
  static constexpr int compare(const exact_fraction& a, const exact_fraction& b) {
    if (std::is_constant_evaluated()) {  // small operands at compile time: decimal products
      const decimal l = a.numerator * b.denominator;
      const decimal r = b.numerator * a.denominator;
      return l < r ? -1 : (r < l ? 1 : 0);
    }
    return detail::compare_cross(a, b);
  }
};

// A fraction shown as a percent, rounded once: 5544.996/10000 → "55.4%" (en, 1 decimal).
inline std::string format_percent(const exact_fraction& ratio, const number_format& f, int decimals, rounding mode) {
  return format_percent(ratio.to_decimal(decimals + 2, mode), f, decimals, mode);
}

}  // namespace attain

#endif  // ATTAIN_FRACTION_HPP
