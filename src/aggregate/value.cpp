// The compiled halves of attain/aggregate/value.hpp: an exact quotient as a decimal, and
// the comparison of two quotients, in as many digits as they take.
#include "attain/aggregate/value.hpp"

#include <algorithm>
#include <string>

#include "../wide.hpp"

namespace attain {

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

decimal exact_quotient(const decimal& numerator, const decimal& denominator) {
  // value = n.c·10^(d.s) / (d.c·10^(n.s)), reduced; finite iff the reduced denominator is 2^x·5^y.
  wide a = to_wide(numerator.coefficient()) * pow10_wide(denominator.scale());
  wide b = to_wide(denominator.coefficient()) * pow10_wide(numerator.scale());
  if (b.sign() < 0) {
    a = -a;
    b = -b;
  }
  const wide g = boost::multiprecision::gcd(boost::multiprecision::abs(a), b);
  if (!g.is_zero()) {
    a /= g;
    b /= g;
  }
  wide rest = b;
  int twos = 0, fives = 0;
  while (!boost::multiprecision::bit_test(rest, 0) && !rest.is_zero() && rest != 1) {
    rest >>= 1;
    ++twos;
  }
  while (rest % 5 == 0 && rest != 0) {
    rest /= 5;
    ++fives;
  }
  const int k = std::max(twos, fives);
  if (rest != 1 || k > decimal::max_scale)
    raise_domain(errc::inexact, "the quotient " + to_string(numerator) + " / " + to_string(denominator) +
                                    " is not a finite decimal; name a scale and a rounding mode");
  const wide c = a * pow10_wide(k) / b;
  int128 out = 0;
  if (!try_narrow(c, out)) raise_overflow("quotient beyond 38 digits");
  return decimal::from_parts(out, k);
}

}  // namespace out_of_line

decimal aggregate_value::exact_quotient() const { return detail::exact_quotient(numerator_, denominator_); }

bool aggregate_value::same_quotient(const decimal& a, const decimal& b, const decimal& c, const decimal& d) {
  using detail::pow10_wide;
  using detail::to_wide;
  // a/b == c/d  ⇔  a.c·d.c·10^(b.s + c.s) == c.c·b.c·10^(a.s + d.s)
  return to_wide(a.coefficient()) * to_wide(d.coefficient()) * pow10_wide(b.scale() + c.scale()) ==
         to_wide(c.coefficient()) * to_wide(b.coefficient()) * pow10_wide(a.scale() + d.scale());
}

}  // namespace attain
