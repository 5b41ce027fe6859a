// The exact comparison of fractions of decimals (attain/fraction.hpp).
#include "attain/fraction.hpp"

#include "wide.hpp"

namespace attain::out_of_line {
using detail::pow10_wide;
using detail::to_wide;
using detail::wide;
}  // namespace attain::out_of_line

namespace attain::out_of_line {

int compare_cross(const exact_fraction& a, const exact_fraction& b) noexcept {
  // a.n/a.d vs b.n/b.d with both denominators > 0: a.n·b.d vs b.n·a.d. Each product has the
  // scale of its two factors; bring both to the larger scale before comparing the integers.
  const int ls = a.numerator.scale() + b.denominator.scale();
  const int rs = b.numerator.scale() + a.denominator.scale();
  const int s = ls > rs ? ls : rs;
  const wide l = to_wide(a.numerator.coefficient()) * to_wide(b.denominator.coefficient()) * pow10_wide(s - ls);
  const wide r = to_wide(b.numerator.coefficient()) * to_wide(a.denominator.coefficient()) * pow10_wide(s - rs);
  return l < r ? -1 : (l > r ? 1 : 0);
}

}  // namespace attain::out_of_line
