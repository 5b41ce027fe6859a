// The slow paths of attain::decimal (wide arithmetic on Boost.Multiprecision's cpp_int) and
// its canonical text. The fast paths are inline in attain/decimal.hpp.
#include "attain/decimal.hpp"

#include <charconv>
#include <string>

#include "u256.hpp"
#include "wide.hpp"

namespace attain {
namespace detail {
namespace {

// The value if it fits |v| <= 2^127 - 1, else overflow_error naming the operation.
int128 narrow(const wide& v, const char* operation) {
  int128 r = 0;
  if (!try_narrow(v, r)) raise_overflow_op(operation);
  return r;
}

}  // namespace
}  // namespace detail

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

decimal_parts add_wide(int128 a, int a_scale, int128 b, int b_scale, const char* operation) {
  const int s = a_scale > b_scale ? a_scale : b_scale;
  const wide sum = to_wide(a) * pow10_wide(s - a_scale) + to_wide(b) * pow10_wide(s - b_scale);
  return {narrow(sum, operation), s};
}

decimal_parts mul_wide(int128 a, int128 b, int scale) {
  // Coefficients beyond 64 bits whose product still fits (a CAGR at 30 decimals times a
  // threshold): the native check; the rest, and the overflow error, through cpp_int.
  int128 r = 0;
  if (!__builtin_mul_overflow(a, b, &r) && r != -int128_max - 1) return {r, scale};
  return {narrow(to_wide(a) * to_wide(b), "decimal multiplication"), scale};
}

int128 divide_wide(int128 a, int a_scale, int128 b, int b_scale, int scale, rounding mode) {
  const int e = scale + b_scale - a_scale;
  // |a|·10^e over |b| on 256 bits when 10^e fits 127 bits and the quotient 128 (u256.hpp);
  // anything else, and every overflow, through cpp_int.
  if (e >= 0 && e <= 38 && b != 0) {
    const uint128 ma = magnitude(a), mb = magnitude(b);
    const w256::u256 n = w256::mul(ma, pow10.value[e]);
    if (n.hi < mb) {
      uint128 r = 0;
      const uint128 q = w256::divide(n, mb, r);
      const bool negative = (a < 0) != (b < 0);
      const uint128 mq = q + round_increment<uint128>(r, mb, (q & 1) != 0, negative, mode);
      if (mq <= static_cast<uint128>(int128_max)) return negative ? -static_cast<int128>(mq) : static_cast<int128>(mq);
    }
  }
  wide n = to_wide(a);
  wide d = to_wide(b);
  if (e >= 0) n *= pow10_wide(e); else d *= pow10_wide(-e);
  return narrow(divide_rounded(n, d, mode), "decimal division");
}

void raise_scale(const char* operation, int scale) {
  raise_domain(errc::invalid_argument, std::string(operation) + ": scale " + std::to_string(scale) +
                                           " is outside 0..38");
}

void raise_overflow_op(const char* operation) {
  raise_overflow((std::string(operation) + ": result does not fit 38 digits").c_str());
}

void raise_division_by_zero() { raise_domain(errc::division_by_zero, "decimal division by zero"); }

}  // namespace out_of_line

char* to_chars(char* first, char* last, const decimal& x) noexcept {
  char digits[40];
  char* p = digits + sizeof digits;
  uint128 m = detail::magnitude(x.coefficient());
  while (m > static_cast<uint128>(~std::uint64_t{0})) {
    *--p = static_cast<char>('0' + static_cast<int>(m % 10));
    m /= 10;
  }
  auto m64 = static_cast<std::uint64_t>(m);
  do {
    *--p = static_cast<char>('0' + static_cast<int>(m64 % 10));
    m64 /= 10;
  } while (m64 != 0);
  const auto ndigits = static_cast<int>(digits + sizeof digits - p);
  const int scale = x.scale();
  const int int_digits = ndigits > scale ? ndigits - scale : 0;
  const std::size_t need = static_cast<std::size_t>((x.coefficient() < 0 ? 1 : 0) + (int_digits == 0 ? 1 : int_digits) +
                                                    (scale > 0 ? 1 + scale : 0));
  if (static_cast<std::size_t>(last - first) < need) return nullptr;
  char* out = first;
  if (x.coefficient() < 0) *out++ = '-';
  if (int_digits == 0) {
    *out++ = '0';
  } else {
    for (int i = 0; i < int_digits; ++i) *out++ = *p++;
  }
  if (scale > 0) {
    *out++ = '.';
    for (int i = ndigits; i < scale; ++i) *out++ = '0';  // leading fractional zeros
    while (p != digits + sizeof digits) *out++ = *p++;
  }
  return out;
}

std::string to_string(const decimal& x) {
  char buf[max_chars];
  char* end = to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, end);
}

double to_double(const decimal& x) noexcept {
  const int128 c = x.coefficient();
  const uint128 m = detail::magnitude(c);
  if (m < (static_cast<uint128>(1) << 53) && x.scale() <= 22) {
    // Both operands are exact doubles: one IEEE division rounds correctly.
    constexpr double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return static_cast<double>(static_cast<std::int64_t>(c)) / p10[x.scale()];
  }
  char buf[max_chars];
  char* end = to_chars(buf, buf + sizeof buf, x);
  double d = 0;
  std::from_chars(buf, end, d);  // correctly rounded, locale-independent
  return d;
}

}  // namespace attain
