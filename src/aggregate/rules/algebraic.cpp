// The compiled half of attain/aggregate/rules/algebraic.hpp: the variance and standard
// deviation finishers, which need more than 128 bits.
#include "attain/aggregate/rules/algebraic.hpp"

#include <cstdint>

#include "../../wide.hpp"

namespace attain {

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

namespace {
wide to_wide_u256(const u256& v) {
  wide hi = to_wide(static_cast<int128>(v.hi >> 1));  // avoid sign: build from halves
  hi <<= 1;
  hi += static_cast<unsigned>(v.hi & 1);
  wide lo_hi = static_cast<std::uint64_t>(v.lo >> 64);
  lo_hi <<= 64;
  lo_hi += static_cast<std::uint64_t>(v.lo);
  return (hi << 128) + lo_hi;
}

int128 narrow_or_throw(const wide& v, const char* what) {
  int128 r = 0;
  if (!try_narrow(v, r)) raise_overflow(what);
  return r;
}
}  // namespace

aggregate_value variance_value(std::uint64_t n, int128 sum, const u256& sum_squares, int scale_of_values, int scale,
                               rounding mode, bool square_root) {
  if (n < 2) return aggregate_value::none(why::too_few_points);
  if (scale < 0 || scale > decimal::max_scale) raise_domain(errc::scale_out_of_range, "variance: scale out of range");
  const wide wn = static_cast<std::uint64_t>(n);
  const wide s = to_wide(sum);
  const wide num = wn * to_wide_u256(sum_squares) - s * s;  // ≥ 0: n(n−1)·variance·10^(2s)
  const wide den = wn * (wn - 1);
  const int two_s = 2 * scale_of_values;
  if (!square_root) {
    // variance at `scale`: num·10^scale / (den·10^(2s))
    wide a = num, b = den;
    if (scale >= two_s) a *= pow10_wide(scale - two_s);
    else b *= pow10_wide(two_s - scale);
    return aggregate_value::rounded(decimal::from_parts(narrow_or_throw(divide_rounded(a, b, mode), "variance beyond 38 digits"), scale));
  }
  // √(A/B) with A/B = num·10^(2·scale) / (den·10^(2s)).
  wide a = num, b = den;
  if (2 * scale >= two_s) a *= pow10_wide(2 * scale - two_s);
  else b *= pow10_wide(two_s - 2 * scale);
  const wide q = boost::multiprecision::sqrt(wide(a / b));  // floor(√(A/B))
  const bool exact = q * q * b == a;
  const wide four_a = a * 4, m = (2 * q + 1) * (2 * q + 1) * b;  // √(A/B) vs q + 1/2
  bool inc = false;
  switch (mode) {
    case rounding::half_even: inc = four_a > m || (four_a == m && boost::multiprecision::bit_test(q, 0)); break;
    case rounding::half_up: inc = four_a >= m; break;
    case rounding::half_down: inc = four_a > m; break;
    case rounding::up:
    case rounding::ceiling: inc = !exact; break;
    case rounding::down:
    case rounding::floor: inc = false; break;
  }
  const wide r = inc ? wide(q + 1) : q;
  return aggregate_value::rounded(decimal::from_parts(narrow_or_throw(r, "standard deviation beyond 38 digits"), scale));
}

}  // namespace out_of_line

}  // namespace attain
