// Private to attain's compiled sources: exact fractions of cpp_int integers, for the figures
// no decimal can hold — the level an average-growth target implies, b × (1 + r)^n
// (attain/attainment.hpp: implied_level), and what is computed from it.
#ifndef ATTAIN_SRC_FRACTION_HPP
#define ATTAIN_SRC_FRACTION_HPP

#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/rounding.hpp"

#include "wide.hpp"

namespace attain::detail {

// num / den, den > 0; not reduced.
struct fraction {
  wide num;
  wide den = 1;
};

inline fraction to_fraction(const decimal& x) {
  return {to_wide(x.coefficient()), pow10_wide(x.scale())};
}

// The exact level (src/attainment.cpp): checks years >= 0 and the 2^22-bit bound first.
fraction to_fraction(const implied_level& level);

inline int sign(const fraction& x) { return x.num.sign(); }

// sign(a − b)
inline int compare(const fraction& a, const fraction& b) {
  const wide l = a.num * b.den;
  const wide r = b.num * a.den;
  return l < r ? -1 : (l > r ? 1 : 0);
}

inline fraction operator-(const fraction& a, const fraction& b) {
  return {a.num * b.den - b.num * a.den, a.den * b.den};
}
inline fraction operator-(const fraction& a) { return {-a.num, a.den}; }

// a / b (b != 0) rounded once at `scale` (0…38) in `mode`; overflow_error
// "<what>: result does not fit 38 digits" when it does not fit.
inline decimal quotient(const fraction& a, const fraction& b, int scale, rounding mode,
                        const char* what) {
  const wide q = divide_rounded(a.num * b.den * pow10_wide(scale), a.den * b.num, mode);
  int128 out = 0;
  if (!try_narrow(q, out)) raise_overflow_op(what);
  return decimal::from_parts(out, scale);
}

}  // namespace attain::detail

#endif  // ATTAIN_SRC_FRACTION_HPP
