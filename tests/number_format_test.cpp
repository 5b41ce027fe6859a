// attain/number_format.hpp: numbers as our users write them (plain, vi, en, fr), the parser's
// documented decisions, exact error messages, formatting, percents, and quantities with
// magnitude words — with the seed report's figures as golden cases.
#include "attain/number_format.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "attain/io.hpp"

namespace {

using attain::decimal;
using attain::errc;
using attain::number_format;
using attain::rounding;
using namespace attain::literals;

const number_format plain = number_format::plain();
const number_format vi = number_format::vi();
const number_format en = number_format::en();
const number_format fr = number_format::fr();

// The canonical text of a successful parse (value and scale), or the error message.
std::string parsed(std::string_view text, const number_format& f) {
  const attain::result<decimal> r = decimal::try_parse(text, f);
  return r ? to_string(*r) : "error: " + to_string(r.error());
}

std::string percent(std::string_view text, const number_format& f) {
  const attain::result<decimal> r = attain::try_parse_percent(text, f);
  return r ? to_string(*r) : "error: " + to_string(r.error());
}

// "value | magnitude | unit", or the error message.
std::string quantity(std::string_view text, const number_format& f) {
  const attain::result<attain::quantity> r = attain::try_parse_quantity(text, f);
  return r ? to_string(r->value) + " | " + to_string(r->magnitude) + " | " + r->unit : "error: " + to_string(r.error());
}

// FORMATS ---------------------------------------------------------------------------------------

TEST(number_format, the_three_formats) {
  EXPECT_EQ(plain.decimal_mark, '.');
  EXPECT_EQ(plain.group_mark, '\0');
  EXPECT_FALSE(plain.space_groups);
  EXPECT_EQ(vi.decimal_mark, ',');
  EXPECT_EQ(vi.group_mark, '.');
  EXPECT_EQ(en.decimal_mark, '.');
  EXPECT_EQ(en.group_mark, ',');
  EXPECT_FALSE(vi.allow_exponent);
  EXPECT_TRUE(vi.with_exponent().allow_exponent);
  EXPECT_FALSE(vi.with_exponent().with_exponent(false).allow_exponent);
  EXPECT_FALSE(vi.with_trim_spaces(false).trim_spaces);
  EXPECT_NE(vi, en);
  EXPECT_EQ(vi, number_format::vi());
  // French: ',' decimal mark, no character group mark, space-like groups on input, U+202F
  // on output and before the percent sign. vi and en keep their one-character marks.
  EXPECT_EQ(fr.decimal_mark, ',');
  EXPECT_EQ(fr.group_mark, '\0');
  EXPECT_TRUE(fr.space_groups);
  EXPECT_TRUE(fr.narrow_space_groups);
  EXPECT_TRUE(fr.percent_space);
  EXPECT_FALSE(vi.narrow_space_groups || vi.percent_space || en.narrow_space_groups || en.percent_space);
  EXPECT_FALSE(plain.narrow_space_groups || plain.percent_space);
  EXPECT_NE(fr, vi);
  EXPECT_EQ(fr, number_format::fr());
}

// PARSING ---------------------------------------------------------------------------------------

TEST(number_format_parse, plain) {
  EXPECT_EQ(parsed("1621.41", plain), "1621.41");
  EXPECT_EQ(parsed("-1621.41", plain), "-1621.41");
  EXPECT_EQ(parsed("+0.50", plain), "0.50");
  EXPECT_EQ(parsed("0", plain), "0");
  EXPECT_EQ(parsed("1,5", plain), "error: unexpected character ',' at 1 in \"1,5\"");
  EXPECT_EQ(parsed("1 000", plain), "error: unexpected character ' ' at 1 in \"1 000\"");
}

TEST(number_format_parse, vi_seed_figures) {
  EXPECT_EQ(parsed("1.621,41", vi), "1621.41");
  EXPECT_EQ(parsed("5.540", vi), "5540");
  EXPECT_EQ(parsed("50,04", vi), "50.04");
  EXPECT_EQ(parsed("38,05", vi), "38.05");
  EXPECT_EQ(parsed("356,02", vi), "356.02");
  EXPECT_EQ(parsed("10.000", vi), "10000");
  EXPECT_EQ(parsed("5,7", vi), "5.7");
  EXPECT_EQ(parsed("1.000.000.000", vi), "1000000000");
}

TEST(number_format_parse, en) {
  EXPECT_EQ(parsed("1,621.41", en), "1621.41");
  EXPECT_EQ(parsed("1,621,000.5", en), "1621000.5");
  EXPECT_EQ(parsed("-0.25", en), "-0.25");
  EXPECT_EQ(parsed("1,62", en), "error: bad digit grouping at 1 in \"1,62\"");
}

TEST(number_format_parse, vi_grouping_is_validated) {
  EXPECT_EQ(parsed("5.54", vi), "error: bad digit grouping at 1 in \"5.54\"");
  EXPECT_EQ(parsed("1.2345", vi), "error: bad digit grouping at 1 in \"1.2345\"");
  EXPECT_EQ(parsed("1234.567", vi), "error: bad digit grouping at 4 in \"1234.567\"");
  EXPECT_EQ(parsed("12.34.567", vi), "error: bad digit grouping at 2 in \"12.34.567\"");
  EXPECT_EQ(parsed("1..234", vi), "error: bad digit grouping at 1 in \"1..234\"");
  EXPECT_EQ(parsed("1.", vi), "error: bad digit grouping at 1 in \"1.\"");
  EXPECT_EQ(parsed("1.234.", vi), "error: bad digit grouping at 5 in \"1.234.\"");
  EXPECT_EQ(parsed(".5", vi), "error: unexpected character '.' at 0 in \".5\"");
  // A grouped number never starts with 0: "0.123" is a misplaced decimal point, not 123.
  EXPECT_EQ(parsed("0.123", vi), "error: bad digit grouping at 1 in \"0.123\"");
  EXPECT_EQ(parsed("0,123", en), "error: bad digit grouping at 1 in \"0,123\"");
  EXPECT_EQ(parsed("0,123", vi), "0.123");
  EXPECT_EQ(parsed("0123", vi), "123");  // without grouping leading zeros are just zeros
}

TEST(number_format_parse, space_like_group_marks) {
  EXPECT_EQ(parsed("1 621,41", vi), "1621.41");
  EXPECT_EQ(parsed("1\u00A0621,41", vi), "1621.41");  // NBSP
  EXPECT_EQ(parsed("1\u202F621,41", vi), "1621.41");  // NNBSP
  EXPECT_EQ(parsed("1\u2009621,41", vi), "1621.41");  // thin space
  EXPECT_EQ(parsed("1 621 000.5", en), "1621000.5");
  EXPECT_EQ(parsed("12 345 678", en), "12345678");
  EXPECT_EQ(parsed("1 2", vi), "error: bad digit grouping at 1 in \"1 2\"");
  EXPECT_EQ(parsed("1  234", vi), "error: bad digit grouping at 1 in \"1  234\"");
}

TEST(number_format_parse, fr_groups_by_spaces_only) {
  EXPECT_EQ(parsed("5\u202F540,5", fr), "5540.5");      // NNBSP, as format writes it
  EXPECT_EQ(parsed("5 540,5", fr), "5540.5");            // ASCII space
  EXPECT_EQ(parsed("5\u00A0540,5", fr), "5540.5");       // NBSP
  EXPECT_EQ(parsed("1\u2009621\u2009410,41", fr), "1621410.41");  // thin space
  EXPECT_EQ(parsed("5540,5", fr), "5540.5");             // grouping is optional
  EXPECT_EQ(parsed("−12,5", fr), "-12.5");
  // A dot neither groups nor marks decimals in French.
  EXPECT_EQ(parsed("1.621,41", fr), "error: unexpected character '.' at 1 in \"1.621,41\"");
  EXPECT_EQ(parsed("5.5", fr), "error: unexpected character '.' at 1 in \"5.5\"");
  // Validated as every grouping is.
  EXPECT_EQ(parsed("5 54,5", fr), "error: bad digit grouping at 1 in \"5 54,5\"");
}

TEST(number_format_parse, one_number_uses_one_kind_of_mark) {
  EXPECT_EQ(parsed("1.621 000", vi), "error: bad digit grouping at 5 in \"1.621 000\"");
  EXPECT_EQ(parsed("1 621.000", vi), "error: bad digit grouping at 5 in \"1 621.000\"");
  EXPECT_EQ(parsed("1,621 000", en), "error: bad digit grouping at 5 in \"1,621 000\"");
  // Two space-like kinds are still one kind: the space family.
  EXPECT_EQ(parsed("1 621\u00A0000", vi), "1621000");
}

TEST(number_format_parse, digits_on_both_sides_of_the_decimal_mark) {
  EXPECT_EQ(parsed(".5", en), "error: missing digits at 0 in \".5\"");
  EXPECT_EQ(parsed(".5", plain), "error: missing digits at 0 in \".5\"");
  EXPECT_EQ(parsed("5.", en), "error: missing digits at 2 in \"5.\"");
  EXPECT_EQ(parsed("5.", plain), "error: missing digits at 2 in \"5.\"");
  EXPECT_EQ(parsed(",5", vi), "error: missing digits at 0 in \",5\"");
  EXPECT_EQ(parsed("5,", vi), "error: missing digits at 2 in \"5,\"");
  EXPECT_EQ(parsed("1.234,", vi), "error: missing digits at 6 in \"1.234,\"");
  EXPECT_EQ(parsed("-", vi), "error: missing digits at 1 in \"-\"");
  EXPECT_EQ(parsed("-.5", plain), "error: missing digits at 1 in \"-.5\"");
}

TEST(number_format_parse, signs) {
  EXPECT_EQ(parsed("-5,5", vi), "-5.5");
  EXPECT_EQ(parsed("+5", vi), "5");
  EXPECT_EQ(parsed("\u22125,5", vi), "-5.5");  // U+2212 MINUS SIGN
  EXPECT_EQ(parsed("\u22121.621,41", vi), "-1621.41");
  EXPECT_EQ(parsed("\u2212", vi), "error: missing digits at 3 in \"\u2212\"");
  EXPECT_EQ(parsed("- 5", vi), "error: unexpected character ' ' at 1 in \"- 5\"");
  EXPECT_EQ(parsed("5-", vi), "error: unexpected character '-' at 1 in \"5-\"");
  EXPECT_EQ(parsed("--5", vi), "error: unexpected character '-' at 1 in \"--5\"");
  EXPECT_EQ(parsed("-0", vi), "0");
}

TEST(number_format_parse, surrounding_spaces_are_trimmed) {
  EXPECT_EQ(parsed(" 5,5 ", vi), "5.5");
  EXPECT_EQ(parsed("\t1.621,41\t", vi), "1621.41");
  EXPECT_EQ(parsed("  -2  ", plain), "-2");
  EXPECT_EQ(parsed(" 5", vi.with_trim_spaces(false)), "error: unexpected character ' ' at 0 in \" 5\"");
  EXPECT_EQ(parsed("5 ", plain.with_trim_spaces(false)), "error: unexpected character ' ' at 1 in \"5 \"");
}

TEST(number_format_parse, empty_input) {
  EXPECT_EQ(parsed("", vi), "error: empty input at 0 in \"\"");
  EXPECT_EQ(parsed("   ", vi), "error: empty input at 0 in \"   \"");
}

TEST(number_format_parse, unexpected_characters_name_the_character_and_its_offset) {
  // The example: in vi "12,3x" is 12,3 followed by x at byte 4.
  EXPECT_EQ(parsed("12,3x", vi), "error: unexpected character 'x' at 4 in \"12,3x\"");
  EXPECT_EQ(parsed("12,3x", plain), "error: unexpected character ',' at 2 in \"12,3x\"");
  EXPECT_EQ(parsed("1,2,3", vi), "error: unexpected character ',' at 3 in \"1,2,3\"");
  EXPECT_EQ(parsed("1.621,41%", vi), "error: unexpected character '%' at 8 in \"1.621,41%\"");
  EXPECT_EQ(parsed("5\u20AC", vi), "error: unexpected character '\u20AC' at 1 in \"5\u20AC\"");  // the whole €
  EXPECT_EQ(parsed("12\xFF", vi), "error: unexpected character 0xFF at 2 in \"12\xFF\"");
  const attain::result<decimal> r = decimal::try_parse("12,3x", vi);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, errc::unexpected_character);
  EXPECT_EQ(r.error().offset, 4U);
}

TEST(number_format_parse, exponent_only_when_asked) {
  EXPECT_EQ(parsed("1e3", plain), "error: unexpected character 'e' at 1 in \"1e3\"");
  EXPECT_EQ(parsed("1.5e3", en), "error: unexpected character 'e' at 3 in \"1.5e3\"");
  const number_format ex = plain.with_exponent();
  EXPECT_EQ(parsed("1.5e3", ex), "1500");
  EXPECT_EQ(parsed("1.5E+3", ex), "1500");
  EXPECT_EQ(parsed("1.5e-3", ex), "0.0015");
  EXPECT_EQ(parsed("-25e-1", ex), "-2.5");
  EXPECT_EQ(parsed("1,5e2", vi.with_exponent()), "150");
  EXPECT_EQ(parsed("1e38", ex), "100000000000000000000000000000000000000");
  EXPECT_EQ(parsed("1e-38", ex), "0.00000000000000000000000000000000000001");
  EXPECT_EQ(parsed("1e-39", ex), "error: exponent out of range at 3 in \"1e-39\"");
  EXPECT_EQ(parsed("2e38", ex), "error: exponent out of range at 2 in \"2e38\"");
  EXPECT_EQ(parsed("1e99999", ex), "error: exponent out of range at 2 in \"1e99999\"");
  EXPECT_EQ(parsed("1e", ex), "error: missing digits at 2 in \"1e\"");
  EXPECT_EQ(parsed("1e+", ex), "error: missing digits at 3 in \"1e+\"");
  EXPECT_EQ(parsed("1.5E2x", ex), "error: unexpected character 'x' at 5 in \"1.5E2x\"");
}

TEST(number_format_parse, too_many_digits) {
  // 2^127 − 1 is the largest coefficient; one more does not fit.
  EXPECT_EQ(parsed("170141183460469231731687303715884105727", plain), "170141183460469231731687303715884105727");
  EXPECT_EQ(parsed("170141183460469231731687303715884105728", plain),
            "error: too many digits at 38 in \"170141183460469231731687303715884105728\"");
  // 39 nines: the 39th digit overflows.
  EXPECT_EQ(parsed("999999999999999999999999999999999999999", plain),
            "error: too many digits at 38 in \"999999999999999999999999999999999999999\"");
  EXPECT_EQ(parsed("-999999999999999999999999999999999999999", plain),
            "error: too many digits at 39 in \"-999999999999999999999999999999999999999\"");
  // Digits count across the decimal mark: 20 + 19 digits.
  EXPECT_EQ(parsed("99999999999999999999.9999999999999999999", plain),
            "error: too many digits at 39 in \"99999999999999999999.9999999999999999999\"");
  EXPECT_EQ(parsed("999.999.999.999.999.999.999.999.999.999.999.999.999", vi),
            "error: too many digits at 50 in \"999.999.999.999.999.999.999.999.999.999.999.999.999\"");
  // Leading zeros are not significant.
  EXPECT_EQ(parsed("0000000000000000000000000000000000000000001", plain), "1");
}

TEST(number_format_parse, too_many_fractional_digits) {
  EXPECT_EQ(parsed("0.12345678901234567890123456789012345678", plain), "0.12345678901234567890123456789012345678");
  EXPECT_EQ(parsed("0.123456789012345678901234567890123456789", plain),
            "error: too many fractional digits at 40 in \"0.123456789012345678901234567890123456789\"");
  EXPECT_EQ(parsed("0,000000000000000000000000000000000000000", vi),
            "error: too many fractional digits at 40 in \"0,000000000000000000000000000000000000000\"");
}

TEST(number_format_parse, throwing_twin_carries_the_message) {
  try {
    (void)decimal::parse("5.54", vi);
    FAIL() << "did not throw";
  } catch (const attain::invalid_input& e) {
    EXPECT_STREQ(e.what(), "bad digit grouping at 1 in \"5.54\"");
    EXPECT_EQ(e.code(), errc::bad_grouping);
    EXPECT_EQ(e.offset(), 1U);
  }
}

// FORMATTING ------------------------------------------------------------------------------------

TEST(number_format_format, marks_and_groups) {
  EXPECT_EQ(format(decimal{162141, 2}, vi), "1.621,41");
  EXPECT_EQ(format(decimal{162141, 2}, en), "1,621.41");
  EXPECT_EQ(format(decimal{162141, 2}, plain), "1621.41");
  EXPECT_EQ(format(decimal{162141, 2}), "1621.41");
  EXPECT_EQ(format(decimal{-1234567891, 2}, vi), "-12.345.678,91");
  EXPECT_EQ(format(decimal{-1234567891, 2}, en), "-12,345,678.91");
  EXPECT_EQ(format(5540_d, vi), "5.540");
  EXPECT_EQ(format(100_d, vi), "100");
  EXPECT_EQ(format(1000_d, vi), "1.000");
  EXPECT_EQ(format(-100000_d, vi), "-100.000");
  EXPECT_EQ(format(decimal{5, 3}, vi), "0,005");
  EXPECT_EQ(format(0.00_d, vi), "0,00");
  EXPECT_EQ(format(decimal{decimal::max_coefficient}, vi), "170.141.183.460.469.231.731.687.303.715.884.105.727");
  EXPECT_EQ(format(decimal(-decimal::max_coefficient, 38), vi), "-1,70141183460469231731687303715884105727");
}

TEST(number_format_format, fr_groups_by_narrow_no_break_spaces) {
  // U+202F is E2 80 AF in UTF-8: pinned byte for byte.
  EXPECT_EQ(format(decimal{55405, 1}, fr), "5\xE2\x80\xAF" "540,5");
  EXPECT_EQ(format(decimal{162141, 2}, fr), "1\u202F621,41");
  EXPECT_EQ(format(decimal{-1234567891, 2}, fr), "-12\u202F345\u202F678,91");
  EXPECT_EQ(format(100_d, fr), "100");
  EXPECT_EQ(format(1000_d, fr), "1\u202F000");
  EXPECT_EQ(format(decimal{5, 3}, fr), "0,005");
  EXPECT_EQ(format(999.5_d, fr, 0, rounding::half_up), "1\u202F000");
  // What format writes, the parser reads back.
  for (const decimal x : {decimal{55405, 1}, decimal{-1234567891, 2}, 1000_d, decimal{decimal::max_coefficient}})
    EXPECT_EQ(decimal::parse(format(x, fr), fr), x);
  // vi and en are unchanged by the French fields.
  EXPECT_EQ(format(decimal{55405, 1}, vi), "5.540,5");
  EXPECT_EQ(format(decimal{55405, 1}, en), "5,540.5");
}

TEST(number_format_format, with_decimals_rounds_once) {
  EXPECT_EQ(format(decimal{55449, 4}, vi, 2, rounding::half_up), "5,54");
  EXPECT_EQ(format(decimal{5545, 3}, vi, 2, rounding::half_up), "5,55");
  EXPECT_EQ(format(decimal{5545, 3}, vi, 2, rounding::half_even), "5,54");
  EXPECT_EQ(format(decimal{-5545, 3}, vi, 2, rounding::half_up), "-5,55");
  EXPECT_EQ(format(1621.41_d, vi, 0, rounding::half_up), "1.621");
  EXPECT_EQ(format(999.5_d, vi, 0, rounding::half_up), "1.000");
  EXPECT_EQ(format(1.5_d, en, 3, rounding::down), "1.500");
  EXPECT_EQ(format(1234.5_d, en, 0, rounding::half_even), "1,234");
  EXPECT_THROW((void)format(1.5_d, en, 39, rounding::down), attain::domain_error);
}

TEST(number_format_format, seed_difference_50_04_minus_38_05) {
  // Thu nhập bình quân 50,04 triệu, tăng 11,99 triệu so với năm 2020 (38,05).
  const decimal change = decimal::parse("50,04", vi) - decimal::parse("38,05", vi);
  EXPECT_EQ(format(change, vi), "11,99");
}

// PERCENT ---------------------------------------------------------------------------------------

TEST(number_format_percent, format_percent) {
  EXPECT_EQ(format_percent(decimal{554, 3}, vi, 1, rounding::half_up), "55,4%");
  EXPECT_EQ(format_percent(decimal{554, 3}, en, 2, rounding::half_up), "55.40%");
  EXPECT_EQ(format_percent(decimal{5, 1}, vi, 0, rounding::half_up), "50%");
  EXPECT_EQ(format_percent(5_d, en, 0, rounding::half_up), "500%");
  EXPECT_EQ(format_percent(decimal{12, 0}, vi, 1, rounding::half_up), "1.200,0%");
  EXPECT_EQ(format_percent(decimal{-5545, 5}, vi, 1, rounding::half_up), "-5,5%");
  EXPECT_EQ(format_percent(decimal{5545, 5}, vi, 1, rounding::half_even), "5,5%");
  EXPECT_EQ(format_percent(decimal{5555, 5}, vi, 1, rounding::half_even), "5,6%");
}

TEST(number_format_percent, fr_puts_a_narrow_no_break_space_before_the_sign) {
  EXPECT_EQ(format_percent(decimal{554, 3}, fr, 1, rounding::half_up), "55,4\xE2\x80\xAF%");
  EXPECT_EQ(format_percent(decimal{12, 0}, fr, 1, rounding::half_up), "1\u202F200,0\u202F%");
  EXPECT_EQ(format_percent(decimal{-5545, 5}, fr, 1, rounding::half_up), "-5,5\u202F%");
  EXPECT_EQ(percent("55,4\u202F%", fr), "0.554");
  EXPECT_EQ(percent("55,4 %", fr), "0.554");
  EXPECT_EQ(percent("55,4%", fr), "0.554");
  EXPECT_EQ(percent("1\u202F200,0\u202F%", fr), "12.000");
  // vi and en: no space before the sign, as before.
  EXPECT_EQ(format_percent(decimal{554, 3}, vi, 1, rounding::half_up), "55,4%");
  EXPECT_EQ(format_percent(decimal{554, 3}, en, 1, rounding::half_up), "55.4%");
}

TEST(number_format_percent, seed_ratios) {
  // Tổng vốn đầu tư 5.540 tỷ, bằng 55,4% mục tiêu (10.000 tỷ).
  const decimal invested = attain::parse_quantity("5.540 tỷ đồng", vi).value;
  const decimal target = attain::parse_quantity("10.000 tỷ đồng", vi).value;
  EXPECT_EQ(format_percent(divide(invested, target, 3, rounding::half_up), vi, 1, rounding::half_up), "55,4%");
  // 10/16 xã đạt chuẩn nông thôn mới, bằng 62,5% kế hoạch.
  EXPECT_EQ(format_percent(divide(10_d, 16_d, 3, rounding::half_up), vi, 1, rounding::half_up), "62,5%");
  EXPECT_EQ(format_percent(divide(10_d, 16_d, 10, rounding::half_up), vi, 1, rounding::half_up), "62,5%");
}

TEST(number_format_percent, parse_percent) {
  EXPECT_EQ(percent("55,4%", vi), "0.554");
  EXPECT_EQ(percent("55,4 %", vi), "0.554");
  EXPECT_EQ(percent("55,4\u00A0%", vi), "0.554");
  EXPECT_EQ(percent("55,4\u202F%", vi), "0.554");
  EXPECT_EQ(percent(" 55,4% ", vi), "0.554");
  EXPECT_EQ(percent("62,5%", vi), "0.625");
  EXPECT_EQ(percent("-5%", vi), "-0.05");
  EXPECT_EQ(percent("1.000%", vi), "10.00");
  EXPECT_EQ(percent("55.4%", en), "0.554");
  EXPECT_EQ(percent("0,000000000000000000000000000000000001%", vi), "0.00000000000000000000000000000000000001");
  EXPECT_EQ(attain::parse_percent("55,4%", vi), 0.554_d);
}

TEST(number_format_percent, parse_percent_errors) {
  EXPECT_EQ(percent("55,4", vi), "error: missing percent sign at 4 in \"55,4\"");
  EXPECT_EQ(percent("55,4  ", vi), "error: missing percent sign at 4 in \"55,4  \"");
  EXPECT_EQ(percent("", vi), "error: empty input at 0 in \"\"");
  EXPECT_EQ(percent("%", vi), "error: empty input at 0 in \"%\"");
  EXPECT_EQ(percent("55,4%%", vi), "error: unexpected character '%' at 4 in \"55,4%%\"");
  EXPECT_EQ(percent("abc%", vi), "error: unexpected character 'a' at 0 in \"abc%\"");
  EXPECT_EQ(percent("5.54%", vi), "error: bad digit grouping at 1 in \"5.54%\"");
  EXPECT_EQ(percent("0,0000000000000000000000000000000000001%", vi),
            "error: too many fractional digits at 0 in \"0,0000000000000000000000000000000000001%\"");
  try {
    (void)attain::parse_percent("55,4", vi);
    FAIL() << "did not throw";
  } catch (const attain::invalid_input& e) {
    EXPECT_STREQ(e.what(), "missing percent sign at 4 in \"55,4\"");
  }
}

// QUANTITIES ------------------------------------------------------------------------------------

TEST(number_format_quantity, seed_quantities) {
  EXPECT_EQ(quantity("1.621,41 tỷ đồng", vi), "1621410000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("5.540 tỷ đồng", vi), "5540000000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("356,02 tỷ đồng", vi), "356020000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("50,04 triệu đồng/người", vi), "50040000 | 1000000 | đồng/người");
  const attain::quantity q = attain::parse_quantity("1.621,41 tỷ đồng", vi);
  EXPECT_EQ(q.value, decimal{1621410000000});
  EXPECT_EQ(q.magnitude, decimal{1000000000});
  EXPECT_EQ(q.unit, "đồng");
  EXPECT_EQ(q, (attain::quantity{decimal{1621410000000}, decimal{1000000000}, "đồng"}));
}

TEST(number_format_quantity, magnitude_words) {
  EXPECT_EQ(quantity("2 nghìn tỷ", vi), "2000000000000 | 1000000000000 | ");
  EXPECT_EQ(quantity("7 ngàn người", vi), "7000 | 1000 | người");
  EXPECT_EQ(quantity("3 tỉ", vi), "3000000000 | 1000000000 | ");
  EXPECT_EQ(quantity("1,5 Triệu", vi), "1500000 | 1000000 | ");  // ASCII letters ignore case
  EXPECT_EQ(quantity("1 621,41 tỷ đồng", vi), "1621410000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("1.621,41\u00A0tỷ\u00A0đồng", vi), "1621410000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("  7 ngàn  người  ", vi), "7000 | 1000 | người");
  EXPECT_EQ(quantity("0,000000001 tỷ", vi), "1 | 1000000000 | ");
  EXPECT_EQ(quantity("0,0000000015 tỷ", vi), "1.5 | 1000000000 | ");  // the scale absorbs what it can
  EXPECT_EQ(quantity("-1,5 triệu đồng", vi), "-1500000 | 1000000 | đồng");
}

TEST(number_format_quantity, english) {
  EXPECT_EQ(quantity("1.5 million USD", en), "1500000 | 1000000 | USD");
  EXPECT_EQ(quantity("2 Billion", en), "2000000000 | 1000000000 | ");
  EXPECT_EQ(quantity("3 thousand people", en), "3000 | 1000 | people");
  EXPECT_EQ(quantity("1,000 trillion", en), "1000000000000000 | 1000000000000 | ");
}

TEST(number_format_quantity, french_groups) {
  EXPECT_EQ(quantity("5\u202F540 tỷ đồng", fr), "5540000000000 | 1000000000 | đồng");
  EXPECT_EQ(quantity("1 621,41 tỷ đồng", fr), "1621410000000 | 1000000000 | đồng");
}

TEST(number_format_quantity, without_a_magnitude_word_only_a_unit) {
  EXPECT_EQ(quantity("12 đồng", vi), "12 | 1 | đồng");
  EXPECT_EQ(quantity("12", vi), "12 | 1 | ");
  EXPECT_EQ(quantity("12,5 km2", vi), "12.5 | 1 | km2");
  EXPECT_EQ(quantity("333 công trình", vi), "333 | 1 | công trình");
}

TEST(number_format_quantity, errors) {
  EXPECT_EQ(quantity("5.54 tỷ", vi), "error: bad digit grouping at 1 in \"5.54 tỷ\"");
  EXPECT_EQ(quantity("", vi), "error: empty input at 0 in \"\"");
  // No number before the words: the first character is named.
  EXPECT_EQ(quantity("tỷ đồng", vi), "error: unexpected character 't' at 0 in \"tỷ đồng\"");
  EXPECT_EQ(quantity("  đồng", vi), "error: unexpected character '\xC4\x91' at 2 in \"  đồng\"");
  // The magnitude pushes the value past the range.
  EXPECT_EQ(quantity("200000000000000000000000000000 tỷ", vi),
            "error: too many digits at 0 in \"200000000000000000000000000000 tỷ\"");
  const std::string many = "1 nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn";
  EXPECT_EQ(quantity(many, vi), "error: too many digits at 86 in \"" + many + "\"");
  EXPECT_THROW((void)attain::parse_quantity("5.54 tỷ", vi), attain::invalid_input);
}

}  // namespace
