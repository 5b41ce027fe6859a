// attain/detail/number_format_type.hpp — the `number_format` value type alone, so that
// decimal.hpp can name it without the formatting functions. Documented in number_format.hpp.
#ifndef ATTAIN_DETAIL_NUMBER_FORMAT_TYPE_HPP
#define ATTAIN_DETAIL_NUMBER_FORMAT_TYPE_HPP

namespace attain {

struct number_format {
  char decimal_mark = '.';
  char group_mark = '\0';         // '\0': no grouping, on input or output
  bool space_groups = false;      // also accept space / NBSP / NNBSP / thin space as group marks
  bool allow_exponent = false;    // accept 1.5e3
  bool trim_spaces = true;        // ignore leading and trailing ASCII spaces and tabs
  bool narrow_space_groups = false;  // on output, group thousands by U+202F (fr: 5 540,5)
  bool percent_space = false;        // format_percent writes U+202F before the sign (fr: 55,4 %)

  static constexpr number_format plain() noexcept { return {}; }
  static constexpr number_format vi() noexcept { return {',', '.', true, false, true}; }
  static constexpr number_format en() noexcept { return {'.', ',', true, false, true}; }
  // French typography: no character group mark of its own; any space-like mark groups on
  // input, U+202F NARROW NO-BREAK SPACE on output, and U+202F before the percent sign.
  static constexpr number_format fr() noexcept { return {',', '\0', true, false, true, true, true}; }

  constexpr number_format with_exponent(bool on = true) const noexcept {
    number_format f = *this;
    f.allow_exponent = on;
    return f;
  }
  constexpr number_format with_trim_spaces(bool on) const noexcept {
    number_format f = *this;
    f.trim_spaces = on;
    return f;
  }

  friend constexpr bool operator==(const number_format&, const number_format&) = default;
};

}  // namespace attain

#endif  // ATTAIN_DETAIL_NUMBER_FORMAT_TYPE_HPP
