// attain/error.hpp: result<T, E>, parse_error messages, and the exception types.
#include "attain/error.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "attain/decimal.hpp"

namespace {

using attain::errc;
using attain::parse_error;
using attain::result;
using attain::unexpected;

// RESULT ----------------------------------------------------------------------------------------

TEST(result, holds_a_value) {
  const result<int> r = 42;
  EXPECT_TRUE(r.has_value());
  EXPECT_TRUE(static_cast<bool>(r));
  EXPECT_EQ(r.value(), 42);
  EXPECT_EQ(*r, 42);
  EXPECT_EQ(r.value_or(7), 42);
}

TEST(result, holds_an_error) {
  const result<int> r = unexpected{parse_error{errc::unexpected_character, 4, "12,3x"}};
  EXPECT_FALSE(r.has_value());
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.error().code, errc::unexpected_character);
  EXPECT_EQ(r.error().offset, 4U);
  EXPECT_EQ(r.error().input, "12,3x");
  EXPECT_EQ(r.value_or(7), 7);
}

TEST(result, value_of_an_error_throws_invalid_input_with_the_message) {
  const result<int> r = unexpected{parse_error{errc::unexpected_character, 4, "12,3x"}};
  try {
    (void)r.value();
    FAIL() << "value() of an error did not throw";
  } catch (const attain::invalid_input& e) {
    EXPECT_STREQ(e.what(), "unexpected character 'x' at 4 in \"12,3x\"");
    EXPECT_EQ(e.code(), errc::unexpected_character);
    EXPECT_EQ(e.offset(), 4U);
    EXPECT_EQ(e.input(), "12,3x");
  }
}

TEST(result, rvalue_value_moves_out_or_throws) {
  std::string s = result<std::string>(std::string(100, 'a')).value();
  EXPECT_EQ(s, std::string(100, 'a'));
  EXPECT_THROW((void)result<std::string>(unexpected{parse_error{errc::empty_input, 0, ""}}).value(),
               attain::invalid_input);
}

TEST(result, arrow_reaches_members) {
  const result<std::string> r = std::string("abc");
  EXPECT_EQ(r->size(), 3U);
}

TEST(result, copy_move_and_assign_switch_between_value_and_error) {
  result<std::string> a = std::string("value");
  const result<std::string> b = unexpected{parse_error{errc::missing_digits, 2, "5."}};
  result<std::string> c = a;
  EXPECT_EQ(c.value(), "value");
  c = b;
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().code, errc::missing_digits);
  c = a;
  EXPECT_EQ(c.value(), "value");
  result<std::string> d = std::move(a);
  EXPECT_EQ(d.value(), "value");
}

TEST(result, equality_compares_state_then_content) {
  const result<int> one = 1;
  const result<int> other_one = 1;
  const result<int> two = 2;
  const result<int> err = unexpected{parse_error{errc::empty_input, 0, ""}};
  const result<int> same_err = unexpected{parse_error{errc::empty_input, 0, ""}};
  const result<int> other_err = unexpected{parse_error{errc::empty_input, 1, ""}};
  EXPECT_EQ(one, other_one);
  EXPECT_NE(one, two);
  EXPECT_NE(one, err);
  EXPECT_EQ(err, same_err);
  EXPECT_NE(err, other_err);
}

TEST(result, value_or_converts_the_fallback) {
  const result<attain::decimal> r = unexpected{parse_error{errc::empty_input, 0, ""}};
  EXPECT_EQ(r.value_or(5), attain::decimal{5});
}

TEST(result, is_usable_in_constant_expressions) {
  constexpr result<int> r = 3;
  static_assert(r.has_value() && *r == 3 && r.value_or(0) == 3);
  constexpr result<int> e = unexpected{parse_error{errc::empty_input, 0, ""}};
  static_assert(!e.has_value() && e.value_or(9) == 9);
  SUCCEED();
}

// MESSAGES --------------------------------------------------------------------------------------

TEST(parse_error_message, names_what_where_and_input) {
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 4, "12,3x"}), "unexpected character 'x' at 4 in \"12,3x\"");
  EXPECT_EQ(to_string(parse_error{errc::bad_grouping, 1, "5.54"}), "bad digit grouping at 1 in \"5.54\"");
  EXPECT_EQ(to_string(parse_error{errc::missing_percent_sign, 4, "55,4"}), "missing percent sign at 4 in \"55,4\"");
  EXPECT_EQ(to_string(parse_error{errc::empty_input, 0, ""}), "empty input at 0 in \"\"");
  EXPECT_EQ(to_string(parse_error{errc::quarter_out_of_range, 5, "2023Q5"}), "quarter out of range at 5 in \"2023Q5\"");
}

TEST(parse_error_message, quotes_a_whole_multibyte_character) {
  // "12€" : € is E2 82 AC.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 2, "12\xE2\x82\xAC"}),
            "unexpected character '\xE2\x82\xAC' at 2 in \"12\xE2\x82\xAC\"");
  // "5đ" : đ is C4 91.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, "5\xC4\x91"}),
            "unexpected character '\xC4\x91' at 1 in \"5\xC4\x91\"");
  // A four-byte character: U+1F600 is F0 9F 98 80.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 0, "\xF0\x9F\x98\x80"}),
            "unexpected character '\xF0\x9F\x98\x80' at 0 in \"\xF0\x9F\x98\x80\"");
}

TEST(parse_error_message, shows_invalid_bytes_as_hex) {
  // A stray continuation byte.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, "1\x80"}), "unexpected character 0x80 at 1 in \"1\x80\"");
  // A lead byte cut off by the end of the input.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, "1\xE2\x82"}),
            "unexpected character 0xE2 at 1 in \"1\xE2\x82\"");
  // A lead byte followed by a non-continuation byte.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, "1\xC3x"}), "unexpected character 0xC3 at 1 in \"1\xC3x\"");
  // Bytes that never start UTF-8.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 0, "\xFF"}), "unexpected character 0xFF at 0 in \"\xFF\"");
  // Control characters are shown as hex too.
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, std::string_view("1\t2", 3)}),
            "unexpected character 0x09 at 1 in \"1\t2\"");
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 1, std::string_view("1\x7F", 2)}),
            "unexpected character 0x7F at 1 in \"1\x7F\"");
}

TEST(parse_error_message, at_the_end_names_no_character) {
  EXPECT_EQ(to_string(parse_error{errc::unexpected_character, 3, "123"}), "unexpected character at 3 in \"123\"");
}

TEST(parse_error_message, every_code_has_a_description) {
  for (int c = 0; c <= static_cast<int>(errc::inexact); ++c) {
    const std::string_view d = attain::describe(static_cast<errc>(c));
    EXPECT_FALSE(d.empty());
    EXPECT_NE(d, "unknown error") << c;
  }
  EXPECT_EQ(attain::describe(errc::too_many_digits), "too many digits");
  EXPECT_EQ(attain::describe(errc::scale_out_of_range), "too many fractional digits");
  EXPECT_EQ(attain::describe(errc::overflow), "overflow");
}

TEST(parse_error_message, the_last_code_and_a_value_outside_the_codes) {
  EXPECT_EQ(attain::describe(errc::no_value), "no value");
  EXPECT_EQ(attain::describe(static_cast<errc>(200)), "unknown error");
}

TEST(parse_error_message, control_characters_of_the_input_are_escaped) {
  // A message is one line and one C string: line ends and other control characters in the
  // quoted input are escaped; a tab is kept.
  EXPECT_EQ(to_string(parse_error{errc::bad_grouping, 1, std::string_view("1\n2\r3\x01\t4", 8)}),
            "bad digit grouping at 1 in \"1\\n2\\r3\\x01\t4\"");
}

// EXCEPTIONS ------------------------------------------------------------------------------------

static_assert(std::is_base_of_v<std::invalid_argument, attain::invalid_input>);
static_assert(std::is_base_of_v<std::overflow_error, attain::overflow_error>);
static_assert(std::is_base_of_v<std::domain_error, attain::domain_error>);

TEST(exceptions, invalid_input_keeps_a_copy_of_the_input) {
  std::string text = "12,3x";
  const attain::invalid_input e(parse_error{errc::unexpected_character, 4, text});
  text = "overwritten";
  EXPECT_EQ(e.input(), "12,3x");
  EXPECT_STREQ(e.what(), "unexpected character 'x' at 4 in \"12,3x\"");
}

TEST(exceptions, overflow_error_is_a_std_overflow_error_with_its_code) {
  try {
    attain::detail::raise_overflow("too big");
    FAIL() << "did not throw";
  } catch (const std::overflow_error& e) {
    EXPECT_STREQ(e.what(), "too big");
    const auto* ours = dynamic_cast<const attain::overflow_error*>(&e);
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->code(), errc::overflow);
  }
}

TEST(exceptions, domain_error_is_a_std_domain_error_with_its_code) {
  try {
    attain::detail::raise_domain(errc::division_by_zero, "decimal division by zero");
    FAIL() << "did not throw";
  } catch (const std::domain_error& e) {
    EXPECT_STREQ(e.what(), "decimal division by zero");
    const auto* ours = dynamic_cast<const attain::domain_error*>(&e);
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->code(), errc::division_by_zero);
  }
}

TEST(exceptions, invalid_input_is_a_std_invalid_argument) {
  try {
    attain::detail::raise(parse_error{errc::missing_digits, 0, ".5"});
    FAIL() << "did not throw";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "missing digits at 0 in \".5\"");
    const auto* ours = dynamic_cast<const attain::invalid_input*>(&e);
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->code(), errc::missing_digits);
    EXPECT_EQ(ours->offset(), 0U);
  }
}

}  // namespace
