// attain/decimal.hpp — the exact decimal number every figure of a plan review is made of.
//
// A `decimal` is coefficient × 10^-scale: an exact value with a fixed number of fractional
// digits. `decimal{162141, 2}` is 1621.41 — the second argument is the *scale*, the number of
// digits after the decimal point (0…38), not an exponent; Boost.Decimal's `{162141, -2}` says
// the same with the opposite sign, and our users think in "2 decimals". Sums, differences and
// products are exact; nothing is rounded unless the caller asks, with a named mode.
//
// GLOSSARY (users' words → ours)
//   số liệu / giá trị = value; làm tròn = round (rounding); tỷ lệ = ratio; phần trăm = percent.
//
// REPRESENTATION
//   A native signed 128-bit coefficient (|c| ≤ 2^127 − 1, so every 38-digit integer fits)
//   and a scale 0…38. 32 bytes, trivially copyable, no heap. Operations run on 64-bit
//   integers when both operands fit in 64 bits (the common case: values of up to 18 digits)
//   and fall back to 128 bits, then to Boost.Multiprecision's cpp_int for the rare steps
//   that need more (aligning scales near the limit, wide products, wide quotients).
//
// ARITHMETIC (results in comments)
//   using namespace attain::literals;
//   1621.41_d + 5_d                    // 1626.41   (scale of a sum: the larger scale)
//   1.5_d * 1.25_d                     // 1.875     (scale of a product: the sum of scales)
//   1.50_d == 1.5_d                    // true      (== and <=> compare numeric value)
//   divide(5540_d, 10000_d, 3, rounding::half_up)   // 0.554 (division only with scale + mode)
//   round(2.675_d, 2, rounding::half_even)          // 2.68  (exact: no binary 2.67499999…)
//   pow(1.057_d, 3)                    // 1.180932193 (exact integer powers)
//   decimal{1} + 1.5                   // does not compile: no implicit double
//   to_double(1621.41_d)               // 1621.41 as the nearest double, on request
//
// ERRORS
//   A result that does not fit (coefficient beyond 2^127 − 1, or a product's scale beyond
//   38) throws attain::overflow_error — never wraps, never drops a digit. Division by zero
//   throws attain::domain_error. Parsing reports what and where (attain/error.hpp).
//
// CASE STUDY: why not double
//   A district's investment 1,621.41 + 3,918.59 billion is 5,540.00 exactly; in binary
//   floating point 0.1 + 0.2 != 0.3, and a ratio such as 5540 / 10000 rounded half-up to one
//   decimal percent can land on the wrong side of a tie (55.45 % stored as 55.4499999…).
//   attain keeps every value exact and rounds once, where the report says.
#ifndef ATTAIN_DECIMAL_HPP
#define ATTAIN_DECIMAL_HPP

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include "attain/config.hpp"
#include "attain/detail/number_format_type.hpp"
#include "attain/error.hpp"
#include "attain/rounding.hpp"

namespace attain {

// Integers that convert to decimal exactly and implicitly: every standard signed or
// unsigned integer type except bool and the character types.
template <class T>
concept exact_integer =
    (std::integral<T> || std::same_as<T, int128> || std::same_as<T, uint128>)&&!std::same_as<T, bool> &&
    !std::same_as<T, char> && !std::same_as<T, wchar_t> && !std::same_as<T, char8_t> &&
    !std::same_as<T, char16_t> && !std::same_as<T, char32_t>;

namespace detail {

inline constexpr int128 int128_max = static_cast<int128>(~static_cast<uint128>(0) >> 1);

constexpr uint128 pow10_u128(int k) noexcept {
  uint128 p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

template <std::size_t N>
struct pow10_table {
  uint128 value[N + 1]{};
  uint128 limit[N + 1]{};  // largest magnitude m with m * 10^k <= int128_max
  constexpr pow10_table() {
    for (std::size_t k = 0; k <= N; ++k) {
      value[k] = pow10_u128(static_cast<int>(k));
      limit[k] = static_cast<uint128>(int128_max) / value[k];
    }
  }
};
inline constexpr pow10_table<38> pow10{};

inline constexpr std::uint64_t pow10_u64[20] = {1ULL,
                                                10ULL,
                                                100ULL,
                                                1000ULL,
                                                10000ULL,
                                                100000ULL,
                                                1000000ULL,
                                                10000000ULL,
                                                100000000ULL,
                                                1000000000ULL,
                                                10000000000ULL,
                                                100000000000ULL,
                                                1000000000000ULL,
                                                10000000000000ULL,
                                                100000000000000ULL,
                                                1000000000000000ULL,
                                                10000000000000000ULL,
                                                100000000000000000ULL,
                                                1000000000000000000ULL,
                                                10000000000000000000ULL};

// Division of n < 2^63 by 10^k (1 <= k <= 18) as a multiply and a shift
// (Granlund–Montgomery with N = 63: m = ceil(2^(63+l) / d), l = ceil(log2 d)).
struct pow10_divisor {
  std::uint64_t multiplier;
  unsigned shift;  // 63 + l, applied to the 128-bit product
};
constexpr pow10_divisor make_pow10_divisor(int k) noexcept {
  const std::uint64_t d = pow10_u64[k];
  unsigned l = 0;
  while ((static_cast<uint128>(1) << l) < d) ++l;
  const uint128 two = static_cast<uint128>(1) << (63 + l);
  const uint128 m = (two + d - 1) / d;
  return {static_cast<std::uint64_t>(m), 63 + l};
}
template <std::size_t N>
struct pow10_divisor_table {
  pow10_divisor value[N + 1]{};
  constexpr pow10_divisor_table() {
    for (std::size_t k = 1; k <= N; ++k) value[k] = make_pow10_divisor(static_cast<int>(k));
  }
};
inline constexpr pow10_divisor_table<18> pow10_div{};

// floor(n / 10^k) for n < 2^63, 1 <= k <= 18. The shift is at least 64 (l >= 4), so only the
// high word of the product is shifted.
constexpr std::uint64_t div_pow10(std::uint64_t n, int k) noexcept {
  const pow10_divisor& d = pow10_div.value[k];
  return static_cast<std::uint64_t>((static_cast<uint128>(n) * d.multiplier) >> 64) >> (d.shift - 64);
}

// Largest magnitude m with m * 10^k <= 2^63 - 1.
template <std::size_t N>
struct pow10_limit64_table {
  std::uint64_t value[N + 1]{};
  constexpr pow10_limit64_table() {
    for (std::size_t k = 0; k <= N; ++k) value[k] = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) / pow10_u64[k];
  }
};
inline constexpr pow10_limit64_table<18> pow10_limit64{};

constexpr uint128 magnitude(int128 c) noexcept {
  return c < 0 ? static_cast<uint128>(0) - static_cast<uint128>(c) : static_cast<uint128>(c);
}

constexpr bool fits_int64(int128 c) noexcept {
  return c >= std::numeric_limits<std::int64_t>::min() + 1 && c <= std::numeric_limits<std::int64_t>::max();
}

// c * 10^k into out; false if |c * 10^k| > 2^127 - 1.
constexpr bool mul_pow10(int128 c, int k, int128& out) noexcept {
  if (c == 0) {
    out = 0;
    return true;
  }
  if (k > 38 || magnitude(c) > pow10.limit[k]) return false;
  out = c * static_cast<int128>(pow10.value[k]);
  return true;
}

struct decimal_parts {
  int128 coefficient;
  int scale;
};

}  // namespace detail

namespace out_of_line {
// Slow paths, compiled in src/decimal.cpp on Boost.Multiprecision's cpp_int.
// a + b; `operation` names it in the overflow_error ("decimal subtraction" for a − (−b)).
ATTAIN_API detail::decimal_parts add_wide(int128 a, int a_scale, int128 b, int b_scale,
                                          const char* operation);  // throws overflow_error
ATTAIN_API detail::decimal_parts mul_wide(int128 a, int128 b, int scale);  // throws overflow_error
ATTAIN_API int128 divide_wide(int128 a, int a_scale, int128 b, int b_scale, int scale, rounding mode);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_scale(const char* operation, int scale);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_overflow_op(const char* operation);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_division_by_zero();
}  // namespace out_of_line

namespace detail {
using out_of_line::add_wide;
using out_of_line::divide_wide;
using out_of_line::mul_wide;
using out_of_line::raise_division_by_zero;
using out_of_line::raise_overflow_op;
using out_of_line::raise_scale;
}  // namespace detail

class decimal {
 public:
  using coefficient_type = int128;
  static constexpr int max_scale = 38;
  static constexpr int digits = 38;  // every coefficient of up to 38 digits is representable
  static constexpr int128 max_coefficient = detail::int128_max;

  // Zero, scale 0.
  constexpr decimal() noexcept = default;

  // An integer, exactly (scale 0). Implicit: integers convert to decimals without loss.
  template <exact_integer I>
  constexpr decimal(I value) : coef_(static_cast<int128>(value)) {  // NOLINT(google-explicit-constructor)
    if constexpr (std::same_as<I, uint128>) {
      if (value > static_cast<uint128>(max_coefficient)) detail::raise_overflow_op("decimal from integer");
    } else if constexpr (std::same_as<I, int128>) {
      if (value < -max_coefficient) detail::raise_overflow_op("decimal from integer");
    }
  }

  // coefficient × 10^-scale: decimal{162141, 2} is 1621.41; decimal{-5, 1} is -0.5.
  // A scale outside 0…38 throws attain::domain_error.
  template <exact_integer I>
  constexpr decimal(I coefficient, int scale) : decimal(coefficient) {
    if (scale < 0 || scale > max_scale) detail::raise_scale("decimal", scale);
    scale_ = static_cast<std::int32_t>(scale);
  }

  // Binary floating point never converts implicitly: decimal{1.5}, decimal + 1.5 and
  // decimal == 1.5 are ill-formed. Parse the text, or construct from coefficient and scale.
  template <std::floating_point F>
  decimal(F) = delete;
  template <std::floating_point F>
  decimal(F, int) = delete;

  constexpr int128 coefficient() const noexcept { return coef_; }
  constexpr int scale() const noexcept { return scale_; }

  // Text → decimal. `parse` throws attain::invalid_input; `try_parse` returns the error.
  //   decimal::parse("-1621.41")                        → -1621.41 (scale 2)
  //   decimal::parse("1.621,41", number_format::vi())   → 1621.41
  //   decimal::try_parse("12,3x").error()               → {unexpected_character, 2, ...}
  static constexpr result<decimal> try_parse(std::string_view text,
                                             const number_format& f = number_format::plain()) noexcept;
  static constexpr decimal parse(std::string_view text, const number_format& f = number_format::plain());

  // ARITHMETIC: exact; attain::overflow_error when the exact result does not fit.
  constexpr decimal operator-() const {
    decimal r = *this;
    r.coef_ = -coef_;  // |coef| <= 2^127 - 1: negation cannot overflow
    return r;
  }
  constexpr decimal operator+() const noexcept { return *this; }

  friend constexpr decimal operator+(const decimal& a, const decimal& b) {
    if (ATTAIN_LIKELY(a.scale_ == b.scale_)) {
      int128 r;
      if (ATTAIN_UNLIKELY(__builtin_add_overflow(a.coef_, b.coef_, &r) || r == -detail::int128_max - 1))
        detail::raise_overflow_op("decimal addition");
      return from_parts(r, a.scale_);
    }
    return add_aligned(a.coef_, a.scale_, b.coef_, b.scale_, "decimal addition");
  }
  friend constexpr decimal operator-(const decimal& a, const decimal& b) {
    if (ATTAIN_LIKELY(a.scale_ == b.scale_)) {
      int128 r;
      if (ATTAIN_UNLIKELY(__builtin_sub_overflow(a.coef_, b.coef_, &r) || r == -detail::int128_max - 1))
        detail::raise_overflow_op("decimal subtraction");
      return from_parts(r, a.scale_);
    }
    return add_aligned(a.coef_, a.scale_, -b.coef_, b.scale_, "decimal subtraction");
  }
  friend constexpr decimal operator*(const decimal& a, const decimal& b) {
    // Fast path: both coefficients fit 64 bits, so one 64 × 64 → 128-bit multiply is exact
    // (|product| <= 2^126).
    const int s = a.scale_ + b.scale_;
    const auto x = static_cast<std::int64_t>(a.coef_);
    const auto y = static_cast<std::int64_t>(b.coef_);
    if (ATTAIN_LIKELY(s <= max_scale && x == a.coef_ && y == b.coef_)) return from_parts(static_cast<int128>(x) * y, s);
    return multiply_wide(a, b);
  }
  constexpr decimal& operator+=(const decimal& b) { return *this = *this + b; }
  constexpr decimal& operator-=(const decimal& b) { return *this = *this - b; }
  constexpr decimal& operator*=(const decimal& b) { return *this = *this * b; }

  // COMPARISON by numeric value: 1.50 == 1.5; -0.0 == 0.
  friend constexpr bool operator==(const decimal& a, const decimal& b) noexcept {
    if (a.scale_ == b.scale_) return a.coef_ == b.coef_;
    return compare(a, b) == 0;
  }
  friend constexpr std::strong_ordering operator<=>(const decimal& a, const decimal& b) noexcept {
    if (a.scale_ == b.scale_) return a.coef_ <=> b.coef_;
    return compare(a, b) <=> 0;
  }

  // Builds from a coefficient and scale that the caller has checked (internal fast paths).
  static constexpr decimal from_parts(int128 coefficient, int scale) noexcept {
    decimal r;
    r.coef_ = coefficient;
    r.scale_ = static_cast<std::int32_t>(scale);
    return r;
  }

 private:
  static constexpr int compare(const decimal& a, const decimal& b) noexcept {
    // Align the smaller scale up. If that overflows, its magnitude exceeds anything the
    // other side can hold, so its sign decides.
    int128 x = a.coef_, y = b.coef_;
    if (a.scale_ < b.scale_) {
      if (!detail::mul_pow10(a.coef_, b.scale_ - a.scale_, x)) return a.coef_ < 0 ? -1 : 1;
    } else {
      if (!detail::mul_pow10(b.coef_, a.scale_ - b.scale_, y)) return b.coef_ < 0 ? 1 : -1;
    }
    return (x > y) - (x < y);
  }
  [[gnu::noinline]] static constexpr decimal multiply_wide(const decimal& a, const decimal& b) {
    const int s = a.scale_ + b.scale_;
    if (s > max_scale) detail::raise_overflow_op("decimal multiplication");  // a scale beyond 38 does not fit
    if (a.coef_ == 0 || b.coef_ == 0) return from_parts(0, s);
    const detail::decimal_parts p = detail::mul_wide(a.coef_, b.coef_, s);
    return from_parts(p.coefficient, p.scale);
  }
  static constexpr decimal add_aligned(int128 a, int sa, int128 b, int sb, const char* operation) {
    int128 x = a, y = b;
    const int s = sa > sb ? sa : sb;
    if (detail::mul_pow10(a, s - sa, x) && detail::mul_pow10(b, s - sb, y)) {
      int128 r;
      if (!__builtin_add_overflow(x, y, &r) && r != -detail::int128_max - 1) return from_parts(r, s);
    }
    const detail::decimal_parts p = detail::add_wide(a, sa, b, sb, operation);
    return from_parts(p.coefficient, p.scale);
  }

  int128 coef_ = 0;
  std::int32_t scale_ = 0;
};

static_assert(sizeof(decimal) == 32);
static_assert(std::is_trivially_copyable_v<decimal>);

// EXPLICIT ROUNDING AND DIVISION ---------------------------------------------------------------

// The correctly rounded quotient a / b at `scale` fractional digits (0…38).
//   divide(5540_d, 10000_d, 3, rounding::half_up)  → 0.554
//   divide(1_d, 3_d, 4, rounding::half_even)        → 0.3333
// b == 0 throws attain::domain_error (division by zero); a quotient that does not fit throws
// attain::overflow_error.
constexpr decimal divide(const decimal& a, const decimal& b, int scale, rounding mode);

// x rounded once to `scale` fractional digits. round(2.675_d, 2, half_even) → 2.68;
// round(-2.5_d, 0, half_up) → -3. A larger scale than x carries just appends zeros.
constexpr decimal round(const decimal& x, int scale, rounding mode);
// Another name for round, as SQL and Python's decimal call it.
constexpr decimal quantize(const decimal& x, int scale, rounding mode) { return round(x, scale, mode); }

// x at `scale` exactly: 1.5 → 1.500 at scale 3; 1.500 → 1.5 at scale 1. Losing a nonzero
// digit (1.55 at scale 1) throws attain::domain_error (inexact): use round for that.
constexpr decimal rescale(const decimal& x, int scale);

// x without trailing fractional zeros: 1.500 → 1.5, 2.00 → 2 (scale 0).
constexpr decimal trim(const decimal& x) noexcept;

// x^n exactly (n >= 0; x^0 = 1). pow(1.057_d, 3) → 1.180932193. The scale is n × scale(x):
// beyond 38, or a coefficient beyond the range, throws attain::overflow_error.
constexpr decimal pow(const decimal& x, unsigned n);

constexpr decimal abs(const decimal& x) noexcept {
  return x.coefficient() < 0 ? decimal::from_parts(-x.coefficient(), x.scale()) : x;
}
constexpr int signum(const decimal& x) noexcept { return (x.coefficient() > 0) - (x.coefficient() < 0); }
constexpr bool is_zero(const decimal& x) noexcept { return x.coefficient() == 0; }

// The nearest double (ties to even), on request only.
ATTAIN_API double to_double(const decimal& x) noexcept;

// TEXT ---------------------------------------------------------------------------------------

// Canonical, locale-invariant text: "-1621.41". No exponent; exactly `scale` fractional
// digits (decimal{150, 2} → "1.50", decimal{5} → "5", decimal{5, 3} → "0.005").
ATTAIN_API std::string to_string(const decimal& x);

// Writes the canonical text into [first, last); returns one past the last character written,
// or nullptr if the buffer is too small. 42 characters always suffice.
ATTAIN_API char* to_chars(char* first, char* last, const decimal& x) noexcept;
inline constexpr std::size_t max_chars = 42;

namespace literals {
// 1621.41_d — exact, checked at compile time.
consteval decimal operator""_d(const char* text) { return decimal::parse(text); }
}  // namespace literals

// ---------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------
namespace detail {

// Unsigned magnitude accumulation with an overflow check against 2^127 - 1.
struct digit_accumulator {
  std::uint64_t small = 0;  // the first 19 digits
  uint128 big = 0;          // used once more than 19 digits were seen
  int count = 0;            // significant digits seen (leading zeros excluded)
  bool wide = false;

  // false when the value would exceed 2^127 - 1.
  constexpr bool push(unsigned digit) noexcept {
    if (count == 0 && digit == 0) return true;
    if (ATTAIN_LIKELY(!wide)) {
      if (count < 19) {
        small = small * 10 + digit;
        ++count;
        return true;
      }
      wide = true;
      big = small;
    }
    if (big > (static_cast<uint128>(int128_max) - digit) / 10) return false;
    big = big * 10 + digit;
    ++count;
    return true;
  }
  constexpr uint128 value() const noexcept { return wide ? big : small; }
};

constexpr bool is_digit(char c) noexcept { return static_cast<unsigned>(c - '0') < 10; }

// Length of a space-like group mark at text[i] (space, NBSP, NNBSP, thin space), or 0.
constexpr std::size_t space_mark_length(std::string_view t, std::size_t i) noexcept {
  const auto at = [&](std::size_t j) { return static_cast<unsigned char>(t[j]); };
  if (at(i) == 0x20) return 1;
  if (at(i) == 0xC2 && i + 1 < t.size() && at(i + 1) == 0xA0) return 2;
  if (at(i) == 0xE2 && i + 2 < t.size() && at(i + 1) == 0x80 && (at(i + 2) == 0xAF || at(i + 2) == 0x89)) return 3;
  return 0;
}

constexpr result<decimal> parse_fail(errc code, std::size_t offset, std::string_view text) noexcept {
  return unexpected{parse_error{code, offset, text}};
}

// Every input, every error: the full grammar of number_format.hpp.
constexpr result<decimal> parse_decimal_general(std::string_view t, const number_format& f) noexcept {
  const std::size_t n = t.size();
  std::size_t i = 0;
  std::size_t end = n;
  if (f.trim_spaces) {
    while (i < n && (t[i] == ' ' || t[i] == '\t')) ++i;
    while (end > i && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
  }
  if (i == end) return parse_fail(errc::empty_input, 0, t);

  bool negative = false;
  if (t[i] == '-' || t[i] == '+') {
    negative = t[i] == '-';
    ++i;
  } else if (static_cast<unsigned char>(t[i]) == 0xE2 && i + 2 < end && static_cast<unsigned char>(t[i + 1]) == 0x88 &&
             static_cast<unsigned char>(t[i + 2]) == 0x92) {
    negative = true;  // U+2212 MINUS SIGN
    i += 3;
  }

  digit_accumulator acc;
  // Integer part, with optional validated grouping.
  const std::size_t int_start = i;
  std::size_t group_len = 0;      // digits in the current group
  std::size_t groups = 0;         // group marks seen
  std::size_t last_mark = 0;      // offset of the latest group mark
  int mark_kind = 0;              // 0 none yet, 1 the format's mark, 2 space-like
  while (i < end) {
    const char c = t[i];
    if (is_digit(c)) {
      if (!acc.push(static_cast<unsigned>(c - '0'))) return parse_fail(errc::too_many_digits, i, t);
      ++group_len;
      ++i;
      continue;
    }
    std::size_t mark_len = 0;
    int kind = 0;
    if (f.group_mark != '\0' && c == f.group_mark) {
      mark_len = 1;
      kind = 1;
    } else if (f.space_groups) {
      mark_len = space_mark_length(t, i);
      kind = 2;
    }
    if (mark_len == 0) break;
    // A group mark: the group before it must be 1–3 digits (first) or exactly 3 (later).
    if (i == int_start) return parse_fail(errc::unexpected_character, i, t);
    // A grouped number does not start with 0: "0.123" in vi is a misread 0,123, not 123.
    if (groups == 0 && t[int_start] == '0') return parse_fail(errc::bad_grouping, i, t);
    if (mark_kind != 0 && mark_kind != kind) return parse_fail(errc::bad_grouping, i, t);
    if ((groups == 0 && group_len > 3) || (groups > 0 && group_len != 3)) {
      return parse_fail(errc::bad_grouping, groups == 0 ? i : last_mark, t);
    }
    if (i + mark_len >= end || !is_digit(t[i + mark_len])) return parse_fail(errc::bad_grouping, i, t);
    mark_kind = kind;
    last_mark = i;
    ++groups;
    group_len = 0;
    i += mark_len;
  }
  if (i == int_start) {
    if (i < end && t[i] == f.decimal_mark) return parse_fail(errc::missing_digits, i, t);
    return parse_fail(i < end ? errc::unexpected_character : errc::missing_digits, i, t);
  }
  if (groups > 0 && group_len != 3) return parse_fail(errc::bad_grouping, last_mark, t);

  // Fraction.
  int scale = 0;
  if (i < end && t[i] == f.decimal_mark) {
    const std::size_t mark = i;
    ++i;
    while (i < end && is_digit(t[i])) {
      if (scale == decimal::max_scale) return parse_fail(errc::scale_out_of_range, i, t);
      if (!acc.push(static_cast<unsigned>(t[i] - '0'))) return parse_fail(errc::too_many_digits, i, t);
      ++scale;
      ++i;
    }
    if (i == mark + 1) return parse_fail(errc::missing_digits, i, t);
  }

  // Exponent.
  if (f.allow_exponent && i < end && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < end && (t[i] == '-' || t[i] == '+')) {
      exp_negative = t[i] == '-';
      ++i;
    }
    const std::size_t exp_start = i;
    int exponent = 0;
    while (i < end && is_digit(t[i])) {
      if (exponent > 1000) return parse_fail(errc::exponent_out_of_range, exp_start, t);
      exponent = exponent * 10 + (t[i] - '0');
      ++i;
    }
    if (i == exp_start) return parse_fail(errc::missing_digits, i, t);
    if (i < end) return parse_fail(errc::unexpected_character, i, t);
    const int new_scale = exp_negative ? scale + exponent : scale - exponent;
    int128 coef = static_cast<int128>(acc.value());
    if (new_scale > decimal::max_scale) return parse_fail(errc::exponent_out_of_range, exp_start, t);
    if (new_scale < 0) {
      if (!mul_pow10(coef, -new_scale, coef)) return parse_fail(errc::exponent_out_of_range, exp_start, t);
      return decimal::from_parts(negative ? -coef : coef, 0);
    }
    return decimal::from_parts(negative ? -coef : coef, new_scale);
  }
  if (i < end) return parse_fail(errc::unexpected_character, i, t);

  const auto coef = static_cast<int128>(acc.value());
  return decimal::from_parts(negative ? -coef : coef, scale);
}

// The common shapes only: [+-]? digits, optionally grouped by the format's own mark into a
// first group of 1-3 digits and later groups of exactly 3, then optionally the decimal mark
// and at least one digit — at most 19 digits in all, no spaces, no exponent. One pass, no
// per-character test of the format's options. Returns false for anything else, every error
// included, which the full parser then handles (so errors and offsets are its own).
constexpr bool parse_decimal_fast(std::string_view t, const number_format& f, decimal& out) noexcept {
  const char dm = f.decimal_mark;
  const char gm = f.group_mark;
  // Formats whose marks could read as digits, signs or each other take the full parser.
  if (!((dm == '.' || dm == ',') && gm != dm && !is_digit(gm))) return false;
  const char* p = t.data();
  const char* const end = p + t.size();
  if (p == end) return false;
  const bool negative = *p == '-';
  p += (negative || *p == '+') ? 1 : 0;
  const char* q = p;
  std::uint64_t v = 0;  // wraps harmlessly past 19 digits; the count rejects those
  while (q != end && is_digit(*q)) v = v * 10 + static_cast<unsigned>(*q++ - '0');
  auto digits = q - p;
  if (digits == 0) return false;
  if (q != end && *q == gm && gm != '\0') {
    if (digits > 3 || *p == '0') return false;  // a grouped number never starts with 0
    do {
      if (end - q < 4 || !is_digit(q[1]) || !is_digit(q[2]) || !is_digit(q[3])) return false;
      v = v * 1000 + static_cast<unsigned>(q[1] - '0') * 100 + static_cast<unsigned>(q[2] - '0') * 10 +
          static_cast<unsigned>(q[3] - '0');
      digits += 3;
      q += 4;
    } while (q != end && *q == gm);
    if (q != end && is_digit(*q)) return false;
  }
  int scale = 0;
  if (q != end) {
    if (*q != dm) return false;
    const char* const fraction = ++q;
    while (q != end && is_digit(*q)) v = v * 10 + static_cast<unsigned>(*q++ - '0');
    if (q == fraction || q != end) return false;
    scale = static_cast<int>(q - fraction);
    digits += q - fraction;
  }
  if (digits > 19) return false;
  const auto c = static_cast<int128>(v);
  out = decimal::from_parts(negative ? -c : c, scale);
  return true;
}

constexpr result<decimal> parse_decimal(std::string_view t, const number_format& f) noexcept {
  decimal v;
  if (ATTAIN_LIKELY(parse_decimal_fast(t, f, v))) return v;
  return parse_decimal_general(t, f);
}

// q = n / d rounded in `mode`, for magnitudes that fit 64 bits.
constexpr std::int64_t round_div64(std::int64_t n, std::int64_t d, rounding mode) noexcept {
  const std::int64_t q = n / d;
  const std::int64_t r = n % d;
  const bool negative = (n < 0) != (d < 0);
  const auto abs_r = static_cast<std::uint64_t>(r < 0 ? -r : r);
  const auto abs_d = static_cast<std::uint64_t>(d < 0 ? -d : d);
  const auto inc = static_cast<std::int64_t>(round_increment(abs_r, abs_d, (q & 1) != 0, negative, mode));
  return q + (negative ? -inc : inc);
}

// The magnitude of a coefficient that fits_int64, as an unsigned 64-bit integer (< 2^63).
constexpr std::uint64_t magnitude64(int128 c) noexcept {
  const auto v = static_cast<std::int64_t>(c);
  return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

// m (< 2^63) negated when `negative`, without a branch on the sign (a random sign would
// mispredict): (m ^ s) - s with s all ones or zero.
constexpr std::int64_t with_sign(std::uint64_t m, bool negative) noexcept {
  const std::uint64_t s = 0 - static_cast<std::uint64_t>(negative);
  return static_cast<std::int64_t>((m ^ s) - s);
}

// n / d rounded in `mode`, on magnitudes n < 2^63 and 1 <= d < 2^63; `negative` is the sign
// of the exact quotient. Returns the signed, rounded quotient (|q| + 1 <= 2^63 - 1: q < n
// unless d == 1, when nothing rounds). Unsigned division is the cheapest hardware form; a
// double-precision estimate with a branchless correction measured slower where we run.
constexpr std::int64_t round_div_u64(std::uint64_t n, std::uint64_t d, bool negative, rounding mode) noexcept {
  const std::uint64_t q = n / d;
  const std::uint64_t r = n % d;
  return with_sign(q + round_increment(r, d, (q & 1) != 0, negative, mode), negative);
}

constexpr int128 round_div128(int128 n, int128 d, rounding mode) noexcept {
  const int128 q = n / d;
  const int128 r = n % d;
  const bool negative = (n < 0) != (d < 0);
  const auto inc = static_cast<int128>(round_increment(magnitude(r), magnitude(d), (q & 1) != 0, negative, mode));
  return q + (negative ? -inc : inc);
}

}  // namespace detail

constexpr result<decimal> decimal::try_parse(std::string_view text, const number_format& f) noexcept {
  return detail::parse_decimal(text, f);
}

constexpr decimal decimal::parse(std::string_view text, const number_format& f) {
  return detail::parse_decimal(text, f).value();
}

namespace detail {

// round and divide beyond their 64-bit fast paths, with every check in its order.
[[gnu::noinline]] constexpr decimal round_general(const decimal& x, int scale, rounding mode) {
  if (scale < 0 || scale > decimal::max_scale) raise_scale("round", scale);
  const int k = x.scale() - scale;
  const int128 c = x.coefficient();
  if (k <= 0) {
    int128 r;
    if (!mul_pow10(c, -k, r)) raise_overflow_op("round");
    return decimal::from_parts(r, scale);
  }
  // 19 <= k <= 38 (k <= 38 because both scales are), or a coefficient beyond 64 bits.
  return decimal::from_parts(round_div128(c, static_cast<int128>(pow10.value[k]), mode), scale);
}

[[gnu::noinline]] constexpr decimal divide_general(const decimal& a, const decimal& b, int scale, rounding mode) {
  if (scale < 0 || scale > decimal::max_scale) raise_scale("divide", scale);
  if (b.coefficient() == 0) raise_division_by_zero();
  const int e = scale + b.scale() - a.scale();
  int128 n = a.coefficient();
  int128 d = b.coefficient();
  if (e >= 0 ? mul_pow10(n, e, n) : mul_pow10(d, -e, d)) {
    if (fits_int64(n) && fits_int64(d))
      return decimal::from_parts(round_div64(static_cast<std::int64_t>(n), static_cast<std::int64_t>(d), mode), scale);
    return decimal::from_parts(round_div128(n, d, mode), scale);
  }
  return decimal::from_parts(divide_wide(a.coefficient(), a.scale(), b.coefficient(), b.scale(), scale, mode), scale);
}

}  // namespace detail

constexpr decimal round(const decimal& x, int scale, rounding mode) {
  // Fast path: 1 <= k <= 18 digits to drop from a coefficient of magnitude below 2^63 —
  // division by 10^k as multiply-and-shift on the magnitude, then the shared rounding step.
  const int128 c = x.coefficient();
  const auto v = static_cast<std::int64_t>(c);
  if (ATTAIN_LIKELY(static_cast<unsigned>(scale) <= decimal::max_scale && v == c &&
                    v != std::numeric_limits<std::int64_t>::min())) {
    const int k = x.scale() - scale;
    if (ATTAIN_LIKELY(static_cast<unsigned>(k - 1) < 18)) {
      const bool negative = v < 0;
      const std::uint64_t m = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
      const std::uint64_t p = detail::pow10_u64[k];
      const std::uint64_t q = detail::div_pow10(m, k);
      const std::uint64_t r = m - q * p;
      return decimal::from_parts(detail::with_sign(q + detail::round_increment(r, p, (q & 1) != 0, negative, mode), negative), scale);
    }
  }
  return detail::round_general(x, scale, mode);
}

constexpr decimal divide(const decimal& a, const decimal& b, int scale, rounding mode) {
  // a / b at `scale` = a.c * 10^e / b.c with e = scale + b.s - a.s, rounded once.
  // Fast path: 0 <= e <= 18, both coefficients in 64 bits, |a.c| * 10^e < 2^63 and
  // 0 < |b.c| < 2^63 (x << 1 is zero only for 0 and -2^63).
  const int128 n = a.coefficient();
  const int128 d = b.coefficient();
  const auto n64 = static_cast<std::int64_t>(n);
  const auto d64 = static_cast<std::int64_t>(d);
  if (ATTAIN_LIKELY(static_cast<unsigned>(scale) <= decimal::max_scale && n64 == n && d64 == d &&
                    (static_cast<std::uint64_t>(d64) << 1) != 0)) {
    const auto e = static_cast<unsigned>(scale + b.scale() - a.scale());  // negative e: huge
    const std::uint64_t un = n64 < 0 ? 0 - static_cast<std::uint64_t>(n64) : static_cast<std::uint64_t>(n64);
    const std::uint64_t ud = d64 < 0 ? 0 - static_cast<std::uint64_t>(d64) : static_cast<std::uint64_t>(d64);
    if (ATTAIN_LIKELY(e <= 18 && un <= detail::pow10_limit64.value[e]))
      return decimal::from_parts(detail::round_div_u64(un * detail::pow10_u64[e], ud, (n64 ^ d64) < 0, mode), scale);
  }
  return detail::divide_general(a, b, scale, mode);
}

constexpr decimal rescale(const decimal& x, int scale) {
  if (scale < 0 || scale > decimal::max_scale) detail::raise_scale("rescale", scale);
  const decimal r = round(x, scale, rounding::down);
  if (r.scale() < x.scale() && r != x) {
    detail::raise_domain(errc::inexact, "rescale of " + to_string(x) + " to scale " + std::to_string(scale) +
                                            " would lose digits; use round with a rounding mode");
  }
  return r;
}

constexpr decimal trim(const decimal& x) noexcept {
  int128 c = x.coefficient();
  int s = x.scale();
  if (c == 0) return decimal{};
  while (s > 0 && c % 10 == 0) {
    c /= 10;
    --s;
  }
  return decimal::from_parts(c, s);
}

constexpr decimal pow(const decimal& x, unsigned n) {
  if (n == 0) return decimal{1};
  const unsigned long long total_scale = static_cast<unsigned long long>(x.scale()) * n;
  if (total_scale > decimal::max_scale) detail::raise_overflow_op("pow");  // a scale beyond 38 does not fit
  decimal result{1};
  decimal base = x;
  for (;;) {
    if (n & 1U) result = result * base;
    n >>= 1;
    if (n == 0) break;
    base = base * base;
  }
  return result;
}

}  // namespace attain

template <>
struct std::hash<attain::decimal> {
  // Consistent with ==: equal values (1.50 and 1.5) have equal trimmed forms.
  std::size_t operator()(const attain::decimal& x) const noexcept {
    const attain::decimal t = attain::trim(x);
    const auto u = static_cast<attain::uint128>(t.coefficient());
    const auto lo = static_cast<std::uint64_t>(u);
    const auto hi = static_cast<std::uint64_t>(u >> 64);
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15U, k2 = 0x632BE59BD9B4E019U, k3 = 0xC2B2AE3D27D4EB4FU;
    std::uint64_t h = lo * k1;
    h ^= hi + k2 + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(t.scale()) * k3;
    return static_cast<std::size_t>(h ^ (h >> 31));
  }
};

#endif  // ATTAIN_DECIMAL_HPP
