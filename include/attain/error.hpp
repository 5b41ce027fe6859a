// attain/error.hpp — what went wrong, where, and the one place that throws.
//
// Every failure in attain has an `errc` code. Text parsers report a `parse_error`: the code,
// the byte offset (0-based) into the input, and a view of the input, so the caller can say
// exactly what and where. The message of a parse error always reads
//
//     <what> at <offset> in "<input>"
//     unexpected character 'x' at 4 in "12,3x"
//     quarter out of range at 5 in "2023Q5"
//
// An input longer than 100 bytes is quoted by its first 80 bytes (whole UTF-8 characters),
// an ellipsis and its length, so that a message never grows with its input:
//
//     too many digits at 38 in "77777777777777777777…" (10485760 bytes)
//
// and control characters other than a tab are escaped (\n, \r, \x00 …), so that a message
// is one line and one C string: unexpected character 0x00 at 2 in "12\x00510".
//
// EXCEPTIONS
//   attain::invalid_input   : std::invalid_argument — unparseable text (code, offset, input)
//   attain::overflow_error  : std::overflow_error   — a result that does not fit
//   attain::domain_error    : std::domain_error     — an argument outside the operation's domain
//                                                     (division by zero, quarter{2024, 5})
//   Every throw goes through `detail::raise` below, so a build can hook one place.
//
// RESULTS
//   `result<T, E>` is the non-throwing twin's return type. It uses std::expected's member
//   names (has_value, value, error, value_or, operator*, operator->) so that code can move to
//   std::expected when C++23 is available. `value()` on an error throws the error's exception.
#ifndef ATTAIN_ERROR_HPP
#define ATTAIN_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "attain/config.hpp"

namespace attain {

// Error codes. The numeric values are stable within a major version.
enum class errc : std::uint8_t {
  ok = 0,
  // numbers
  empty_input,           // nothing to parse
  unexpected_character,  // a character that cannot stand here
  missing_digits,        // a sign, mark or exponent with no digits after (or before) it
  bad_grouping,          // thousands groups not of three digits, or marks mixed
  too_many_digits,       // more significant digits than the representation holds
  scale_out_of_range,    // more fractional digits than max_scale
  exponent_out_of_range, // an exponent too large to represent
  unknown_unit,          // a magnitude word or unit that is not recognised
  missing_percent_sign,  // a percent without its %
  // periods
  year_out_of_range,
  month_out_of_range,
  day_out_of_range,
  week_out_of_range,
  quarter_out_of_range,
  half_out_of_range,
  trimester_out_of_range,
  bimonth_out_of_range,
  period_out_of_range,   // a sub-period index out of range for its kind
  bad_range,             // a range whose end precedes its start
  ambiguous_period,      // text valid in more than one syntax with different meanings
  unknown_period_syntax, // text that no period syntax recognises
  kind_mismatch,         // an operation on periods of different kinds (2023 − 2023-Q1)
  not_aligned,           // a period that is not a whole number of the asked sub-periods
  // arithmetic and domain
  overflow,
  division_by_zero,
  invalid_argument,
  inexact,               // an exact operation (rescale) that would lose digits
  no_value,              // value() on a figure that has no value (attain/no_value.hpp)
};

// A short English phrase for the code ("unexpected character", "quarter out of range").
ATTAIN_API std::string_view describe(errc code) noexcept;

// A failed parse: what (code), where (byte offset into input), and the input itself.
// `input` is a view of the caller's text; copy it (to_string / invalid_input) to keep it.
struct parse_error {
  errc code = errc::ok;
  std::size_t offset = 0;
  std::string_view input{};

  friend bool operator==(const parse_error&, const parse_error&) = default;
};

// The message for a parse error, e.g. `unexpected character 'x' at 4 in "12,3x"`.
// For unexpected_character the whole UTF-8 character at the offset is quoted.
ATTAIN_API std::string to_string(const parse_error& e);

class ATTAIN_API invalid_input : public std::invalid_argument {
 public:
  explicit invalid_input(const parse_error& e);
  errc code() const noexcept { return code_; }
  std::size_t offset() const noexcept { return offset_; }
  const std::string& input() const noexcept { return input_; }

 private:
  errc code_;
  std::size_t offset_;
  std::string input_;
};

class ATTAIN_API overflow_error : public std::overflow_error {
 public:
  using std::overflow_error::overflow_error;
  errc code() const noexcept { return errc::overflow; }
};

class ATTAIN_API domain_error : public std::domain_error {
 public:
  domain_error(errc code, const std::string& what) : std::domain_error(what), code_(code) {}
  errc code() const noexcept { return code_; }

 private:
  errc code_;
};

namespace detail {
// `"text"` in quotes, control characters escaped, or for text longer than 100 bytes its
// excerpt as above: `"1234…" (10485760 bytes)`. Messages that quote user text use it.
std::string quote_excerpt(std::string_view text);

}  // namespace detail

namespace out_of_line {
// The throw funnel. Cold and out of line so that hot paths stay small.
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise(const parse_error& e);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_overflow(const char* what);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_domain(errc code, const std::string& what);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise;
using out_of_line::raise_domain;
using out_of_line::raise_overflow;
}  // namespace detail

// How a result throws its error from value(). Found by ADL for user error types.
[[noreturn]] inline void throw_error(const parse_error& e) { detail::raise(e); }

template <class E>
struct unexpected {
  E value;
};
template <class E>
unexpected(E) -> unexpected<E>;

// A value or an error. Regular when T and E are.
template <class T, class E = parse_error>
class result {
  static_assert(!std::is_reference_v<T> && !std::is_reference_v<E>);

 public:
  using value_type = T;
  using error_type = E;

  constexpr result(const T& v) : ok_(true) { std::construct_at(&v_, v); }
  constexpr result(T&& v) : ok_(true) { std::construct_at(&v_, std::move(v)); }
  template <class G>
  constexpr result(unexpected<G> u) : ok_(false) { std::construct_at(&e_, std::move(u.value)); }

  constexpr result(const result& o) : ok_(o.ok_) {
    if (ok_) std::construct_at(&v_, o.v_); else std::construct_at(&e_, o.e_);
  }
  constexpr result(result&& o) noexcept(std::is_nothrow_move_constructible_v<T> &&
                                        std::is_nothrow_move_constructible_v<E>)
      : ok_(o.ok_) {
    if (ok_) std::construct_at(&v_, std::move(o.v_)); else std::construct_at(&e_, std::move(o.e_));
  }
  constexpr result& operator=(result o) {
    destroy();
    ok_ = o.ok_;
    if (ok_) std::construct_at(&v_, std::move(o.v_)); else std::construct_at(&e_, std::move(o.e_));
    return *this;
  }
  constexpr ~result() { destroy(); }

  constexpr bool has_value() const noexcept { return ok_; }
  constexpr explicit operator bool() const noexcept { return ok_; }

  constexpr const T& value() const& {
    if (!ok_) throw_error(e_);
    return v_;
  }
  constexpr T&& value() && {
    if (!ok_) throw_error(e_);
    return std::move(v_);
  }
  constexpr const T& operator*() const& noexcept { return v_; }
  constexpr const T* operator->() const noexcept { return &v_; }
  constexpr const E& error() const& noexcept { return e_; }
  template <class U>
  constexpr T value_or(U&& fallback) const& {
    return ok_ ? v_ : static_cast<T>(std::forward<U>(fallback));
  }

  friend constexpr bool operator==(const result& a, const result& b) {
    if (a.ok_ != b.ok_) return false;
    return a.ok_ ? a.v_ == b.v_ : a.e_ == b.e_;
  }

 private:
  constexpr void destroy() noexcept {
    if (ok_) v_.~T(); else e_.~E();
  }
  union {
    T v_;
    E e_;
  };
  bool ok_;
};

}  // namespace attain

#endif  // ATTAIN_ERROR_HPP
