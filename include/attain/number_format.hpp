// attain/number_format.hpp — numbers as our users write them: plain, Vietnamese, English,
// French.
//
// A `number_format` says which character is the decimal mark, which groups thousands, and
// what else the parser accepts. Canonical text (`to_string`, `decimal::parse` with the default
// format) is locale-invariant: `-1621.41`. Display and user input go through an explicit
// format; the global std::locale is never read.
//
// FORMATS
//   number_format::plain()   1621.41       no grouping; `.` decimal mark
//   number_format::vi()      1.621,41      `.` groups thousands, `,` is the decimal mark
//   number_format::en()      1,621.41      `,` groups thousands, `.` is the decimal mark
//   number_format::fr()      1 621,41      U+202F (narrow no-break space) groups thousands on
//                                          output, `,` is the decimal mark; "55,4 %" with
//                                          U+202F before the percent sign (French typography)
//
// WHAT THE PARSER ACCEPTS (decided; tests pin each)
//   - An optional sign: `+`, `-`, or the Unicode minus `−` (U+2212) of typeset reports.
//   - At least one digit before the decimal mark: `.5` and `5.` are rejected
//     (missing digits), because a value cut by a spreadsheet export should not pass.
//   - Grouping is optional but, when present, validated: the first group has 1–3 digits and
//     every later one exactly 3. `5.54` in vi is an error (bad digit grouping), never 5.54 or
//     554; so is `0.123` (a grouped number never starts with 0), never 123. In vi and en a
//     space, a no-break space (U+00A0), a narrow no-break space (U+202F) or a thin space
//     (U+2009) may group instead (`1 621,41`), but one number uses one kind of mark. In fr
//     only those space-like marks group (`1.621,41` is an error, never 1.62141). The plain
//     format has no grouping.
//   - Leading and trailing ASCII spaces and tabs are ignored (cells padded by exports).
//   - Exponents (`1.5e3`) only with `.with_exponent()`.
//   - A coefficient up to 2^127 − 1 (every 38-digit number, and 39-digit ones up to
//     170141183460469231731687303715884105727) and 38 fractional digits (decimal's limits);
//     more is an error (too many digits / too many fractional digits), never a rounding.
//
// MAGNITUDES AND PERCENT (number_format.cpp)
//   parse_quantity("1.621,41 tỷ đồng", number_format::vi())  → {1621410000000, "đồng"}
//   parse_percent("55,4%", number_format::vi())               → 0.554
//   format(decimal{162141, 2}, number_format::vi())           → "1.621,41"
//   format_percent(decimal{554, 3}, number_format::vi(), 1, rounding::half_up) → "55,4%"
//   format(decimal{55405, 1}, number_format::fr())            → "5\u202F540,5"
//   format_percent(decimal{554, 3}, number_format::fr(), 1, rounding::half_up) → "55,4\u202F%"
#ifndef ATTAIN_NUMBER_FORMAT_HPP
#define ATTAIN_NUMBER_FORMAT_HPP

#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/detail/number_format_type.hpp"
#include "attain/error.hpp"
#include "attain/rounding.hpp"

namespace attain {

// FORMATTING ---------------------------------------------------------------------------------

// The value as it carries its scale, with the format's marks: vi 1.621,41; en 1,621.41.
ATTAIN_API std::string format(const decimal& x, const number_format& f = number_format::plain());

// Rounded once to `decimals` fractional digits (0..38) in the given mode, then formatted.
// format(decimal{55449, 4}, vi, 2, half_up) → "5,54"   (5.5449)
ATTAIN_API std::string format(const decimal& x, const number_format& f, int decimals, rounding mode);

// A ratio shown as a percent: 0.554 → "55,4%" (vi, 1 decimal), "55,4 %" (fr, U+202F before
// the sign: the format's percent_space). Multiplies by 100 exactly, then rounds once.
ATTAIN_API std::string format_percent(const decimal& ratio, const number_format& f, int decimals, rounding mode);

// PERCENT ------------------------------------------------------------------------------------

// "55,4%" (vi), "55,4 %" (fr) → 0.554 exactly. The percent sign is required; one space-like
// character (space, no-break space, narrow no-break space, thin space) may stand before it. Errors name the offset: `missing percent sign at 4 in "55,4"`.
ATTAIN_API result<decimal> try_parse_percent(std::string_view text, const number_format& f = number_format::plain()) noexcept;
ATTAIN_API decimal parse_percent(std::string_view text, const number_format& f = number_format::plain());

// QUANTITIES WITH MAGNITUDE WORDS ------------------------------------------------------------

// A value with its magnitude applied and the unit that followed it.
//   "1.621,41 tỷ đồng" (vi) → value 1621410000000, magnitude 10^9, unit "đồng"
// Magnitude words (case-insensitive for ASCII letters): nghìn / ngàn (10^3), triệu (10^6),
// tỷ / tỉ (10^9), thousand (10^3), million (10^6), billion (10^9), trillion (10^12);
// consecutive words multiply ("nghìn tỷ" = 10^12). The unit is the rest of the text,
// trimmed; it may be empty.
struct quantity {
  decimal value;           // in base units: 1.621,41 tỷ → 1621410000000
  decimal magnitude{1};    // the multiplier the words gave: 10^9 for "tỷ"
  std::string unit;        // what followed the number and the magnitude words: "đồng"

  friend bool operator==(const quantity&, const quantity&) = default;
};

// The power of ten a magnitude word stands for ("tỷ" → 9, "Million" → 6), or -1.
ATTAIN_API int magnitude_exponent(std::string_view word) noexcept;

// Errors: the number's own errors, and `too many digits` when the magnitude pushes the value
// past the representable range.
ATTAIN_API result<quantity> try_parse_quantity(std::string_view text, const number_format& f = number_format::plain());
ATTAIN_API quantity parse_quantity(std::string_view text, const number_format& f = number_format::plain());

}  // namespace attain

#endif  // ATTAIN_NUMBER_FORMAT_HPP
