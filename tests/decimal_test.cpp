// attain/decimal.hpp: construction, exact arithmetic and its scale rules, comparison and
// hashing, canonical text, explicit rounding (every mode, against tables), division, and
// overflow exactly at the boundaries of the representation.
#include "attain/decimal.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

#include "attain/io.hpp"

namespace {

using attain::decimal;
using attain::errc;
using attain::int128;
using attain::rounding;
using attain::uint128;
using namespace attain::literals;

constexpr int128 max_coef = decimal::max_coefficient;  // 2^127 - 1

int128 pow10(int k) {
  int128 p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// Exact identity: same value *and* same scale. The canonical text shows both.
::testing::AssertionResult identical(const decimal& actual, const decimal& expected) {
  if (actual.coefficient() == expected.coefficient() && actual.scale() == expected.scale())
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << to_string(actual) << " (scale " << actual.scale() << ") is not "
                                       << to_string(expected) << " (scale " << expected.scale() << ")";
}

template <class F>
std::string overflow_message(F&& f) {
  try {
    f();
  } catch (const attain::overflow_error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
    return e.what();
  } catch (...) {
    return "<another exception>";
  }
  return "<no exception>";
}

template <class F>
std::string domain_message(F&& f, errc expected_code) {
  try {
    f();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), expected_code);
    return e.what();
  } catch (...) {
    return "<another exception>";
  }
  return "<no exception>";
}

// CONSTRUCTION ----------------------------------------------------------------------------------

TEST(decimal, coefficient_and_scale_read_as_digits_after_the_point) {
  const decimal x{162141, 2};
  EXPECT_EQ(x.coefficient(), 162141);
  EXPECT_EQ(x.scale(), 2);
  EXPECT_EQ(to_string(x), "1621.41");
  EXPECT_EQ(to_string(decimal{-5, 1}), "-0.5");
  EXPECT_EQ(to_string(decimal{5, 3}), "0.005");
  EXPECT_EQ(to_string(decimal{150, 2}), "1.50");
  EXPECT_EQ(to_string(decimal{7, 0}), "7");
  EXPECT_EQ(to_string(decimal{1, 38}), "0.00000000000000000000000000000000000001");
}

TEST(decimal, default_is_zero_at_scale_0) {
  const decimal z;
  EXPECT_EQ(z.coefficient(), 0);
  EXPECT_EQ(z.scale(), 0);
  EXPECT_EQ(to_string(z), "0");
}

TEST(decimal, integers_convert_exactly_at_scale_0) {
  EXPECT_TRUE(identical(decimal{5}, decimal{5, 0}));
  EXPECT_EQ(to_string(decimal{std::numeric_limits<std::int64_t>::min()}), "-9223372036854775808");
  EXPECT_EQ(to_string(decimal{std::numeric_limits<std::uint64_t>::max()}), "18446744073709551615");
  EXPECT_EQ(to_string(decimal{static_cast<unsigned char>(200)}), "200");
  EXPECT_EQ(to_string(decimal{static_cast<short>(-300)}), "-300");
  EXPECT_EQ(to_string(decimal{max_coef}), "170141183460469231731687303715884105727");
  EXPECT_EQ(to_string(decimal{-max_coef}), "-170141183460469231731687303715884105727");
  EXPECT_EQ(to_string(decimal{static_cast<uint128>(max_coef)}), "170141183460469231731687303715884105727");
}

TEST(decimal, integers_beyond_the_range_throw_overflow) {
  EXPECT_EQ(overflow_message([] { (void)decimal{-max_coef - 1}; }), "decimal from integer: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)decimal{static_cast<uint128>(max_coef) + 1}; }),
            "decimal from integer: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)decimal{~static_cast<uint128>(0)}; }),
            "decimal from integer: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)decimal(-max_coef - 1, 3); }), "decimal from integer: result does not fit 38 digits");
}

TEST(decimal, scale_outside_0_to_38_is_a_domain_error) {
  EXPECT_EQ(domain_message([] { (void)decimal(1, -1); }, errc::invalid_argument), "decimal: scale -1 is outside 0..38");
  EXPECT_EQ(domain_message([] { (void)decimal(1, 39); }, errc::invalid_argument), "decimal: scale 39 is outside 0..38");
  EXPECT_EQ(decimal(1, 38).scale(), 38);
  EXPECT_EQ(decimal(1, 0).scale(), 0);
}

TEST(decimal, literal_is_exact_and_keeps_its_scale) {
  EXPECT_TRUE(identical(1621.41_d, decimal{162141, 2}));
  EXPECT_TRUE(identical(5540_d, decimal{5540, 0}));
  EXPECT_TRUE(identical(0.10_d, decimal{10, 2}));
  EXPECT_TRUE(identical(170141183460469231731687303715884105727_d, decimal{max_coef}));
  EXPECT_TRUE(identical(0.00000000000000000000000000000000000001_d, decimal{1, 38}));
  EXPECT_TRUE(identical(-(2.5_d), decimal{-25, 1}));
}

TEST(decimal, parse_is_the_canonical_reader) {
  EXPECT_TRUE(identical(decimal::parse("-1621.41"), decimal{-162141, 2}));
  EXPECT_TRUE(identical(decimal::parse("+0.50"), decimal{50, 2}));
  EXPECT_TRUE(identical(decimal::parse("-0"), decimal{}));
  EXPECT_TRUE(identical(decimal::parse("007"), decimal{7}));
  const attain::result<decimal> r = decimal::try_parse("12,3x");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, errc::unexpected_character);
  EXPECT_EQ(r.error().offset, 2U);
  EXPECT_THROW((void)decimal::parse("1e3"), attain::invalid_input);
}

// ARITHMETIC AND ITS SCALES ---------------------------------------------------------------------

TEST(decimal, sum_takes_the_larger_scale) {
  EXPECT_TRUE(identical(1621.41_d + 5_d, decimal{162641, 2}));
  EXPECT_TRUE(identical(5_d + 1621.41_d, decimal{162641, 2}));
  EXPECT_TRUE(identical(1.5_d + 1.50_d, decimal{300, 2}));
  EXPECT_TRUE(identical(0.001_d + 1_d, decimal{1001, 3}));
  EXPECT_TRUE(identical(1621.41_d + 3918.59_d, decimal{554000, 2}));
  EXPECT_TRUE(identical(-1.25_d + 1.25_d, decimal{0, 2}));
}

TEST(decimal, difference_takes_the_larger_scale) {
  EXPECT_TRUE(identical(50.04_d - 38.05_d, decimal{1199, 2}));
  EXPECT_TRUE(identical(1_d - 0.001_d, decimal{999, 3}));
  EXPECT_TRUE(identical(0.5_d - 2_d, decimal{-15, 1}));
}

TEST(decimal, product_takes_the_sum_of_scales) {
  EXPECT_TRUE(identical(1.5_d * 1.25_d, decimal{1875, 3}));
  EXPECT_TRUE(identical(1.50_d * 2_d, decimal{300, 2}));
  EXPECT_TRUE(identical(-0.1_d * 0.1_d, decimal{-1, 2}));
  EXPECT_TRUE(identical(0_d * 1.234_d, decimal{0, 3}));
  EXPECT_TRUE(identical(decimal(1, 20) * decimal(1, 18), decimal(1, 38)));
}

TEST(decimal, integers_mix_exactly) {
  EXPECT_TRUE(identical(1.5_d + 1, decimal{25, 1}));
  EXPECT_TRUE(identical(2 * 1.5_d, decimal{30, 1}));
  EXPECT_TRUE(identical(10 - 0.25_d, decimal{975, 2}));
  EXPECT_TRUE(1.0_d == 1);
  EXPECT_TRUE(2 > 1.99_d);
}

TEST(decimal, compound_assignment) {
  decimal x = 1.5_d;
  x += 0.25_d;
  EXPECT_TRUE(identical(x, 1.75_d));
  x -= 1;
  EXPECT_TRUE(identical(x, 0.75_d));
  x *= 2.0_d;
  EXPECT_TRUE(identical(x, decimal{1500, 3}));
}

TEST(decimal, negation_and_helpers) {
  EXPECT_TRUE(identical(-(1.50_d), decimal{-150, 2}));
  EXPECT_TRUE(identical(-decimal{max_coef}, decimal{-max_coef}));
  EXPECT_TRUE(identical(+(1.5_d), 1.5_d));
  EXPECT_TRUE(identical(abs(-1.50_d), 1.50_d));
  EXPECT_TRUE(identical(abs(-decimal{max_coef}), decimal{max_coef}));
  EXPECT_EQ(signum(-0.01_d), -1);
  EXPECT_EQ(signum(0.00_d), 0);
  EXPECT_EQ(signum(0.01_d), 1);
  EXPECT_TRUE(is_zero(0.000_d));
  EXPECT_FALSE(is_zero(0.001_d));
}

// COMPARISON AND HASH ---------------------------------------------------------------------------

TEST(decimal, compares_by_numeric_value) {
  EXPECT_EQ(1.50_d, 1.5_d);
  EXPECT_EQ(0_d, 0.000_d);
  EXPECT_EQ(-0_d, 0_d);
  EXPECT_NE(1.5_d, 1.51_d);
  EXPECT_LT(1.5_d, 1.51_d);
  EXPECT_LT(-1.51_d, -1.5_d);
  EXPECT_GT(2_d, 1.999999999999999999999_d);
  EXPECT_EQ(1.50_d <=> 1.5_d, std::strong_ordering::equal);
  EXPECT_EQ(1.5_d <=> 1.500000000000000000000000001_d, std::strong_ordering::less);
  EXPECT_EQ(decimal(-1, 38) <=> 0_d, std::strong_ordering::less);
}

TEST(decimal, compares_when_aligning_the_scales_would_overflow) {
  // max at scale 0 cannot be written at scale 1; it is still greater than anything at scale 1.
  const decimal big{max_coef};
  const decimal tiny_scale1{max_coef, 1};
  EXPECT_GT(big, tiny_scale1);
  EXPECT_LT(-big, tiny_scale1);
  EXPECT_LT(tiny_scale1, big);
  EXPECT_GT(tiny_scale1, -big);
  EXPECT_NE(big, tiny_scale1);
  EXPECT_LT(-big, decimal(-max_coef, 38));
  EXPECT_LT(decimal{pow10(20)}, decimal(max_coef, 18));  // 1e20 < 1.7e20, aligned exactly
  EXPECT_GT(decimal{pow10(21)}, decimal(max_coef, 18));  // 1e21 > 1.7e20, alignment overflows
  EXPECT_LT(decimal{-pow10(21)}, decimal(-max_coef, 18));
}

TEST(decimal, hash_agrees_with_equality) {
  const std::hash<decimal> h;
  EXPECT_EQ(h(1.5_d), h(1.50_d));
  EXPECT_EQ(h(1.5_d), h(decimal(15 * pow10(36), 37)));
  EXPECT_EQ(h(0_d), h(0.000_d));
  EXPECT_EQ(h(decimal(0, 38)), h(decimal{}));
  EXPECT_EQ(h(-2_d), h(-2.000000_d));
  EXPECT_EQ(h(100_d), h(100.00_d));
  std::unordered_set<decimal> set{1.5_d, 1.50_d, 1.500_d, 2_d, 2.0_d, 0_d, 0.0_d, -1.5_d};
  EXPECT_EQ(set.size(), 4U);
  EXPECT_EQ(set.count(1.5000_d), 1U);
  EXPECT_EQ(set.count(1.5001_d), 0U);
  // Different values mostly hash apart (not required, but a constant hash would pass the rest).
  EXPECT_NE(h(1_d), h(2_d));
  EXPECT_NE(h(1_d), h(-1_d));
  EXPECT_NE(h(1_d), h(0.1_d));
}

// TEXT --------------------------------------------------------------------------------------------

TEST(decimal, to_string_canonical_forms) {
  EXPECT_EQ(to_string(0_d), "0");
  EXPECT_EQ(to_string(0.00_d), "0.00");
  EXPECT_EQ(to_string(-0.005_d), "-0.005");
  EXPECT_EQ(to_string(decimal{-5, 0}), "-5");
  EXPECT_EQ(to_string(decimal{1000, 3}), "1.000");
  EXPECT_EQ(to_string(decimal{123456, 3}), "123.456");
  EXPECT_EQ(to_string(decimal{12, 5}), "0.00012");
  EXPECT_EQ(to_string(decimal(max_coef, 38)), "1.70141183460469231731687303715884105727");
  EXPECT_EQ(to_string(decimal(-max_coef, 38)), "-1.70141183460469231731687303715884105727");
  EXPECT_EQ(to_string(decimal(-max_coef, 20)), "-1701411834604692317.31687303715884105727");
  EXPECT_EQ(to_string(decimal(-1, 38)), "-0.00000000000000000000000000000000000001");
  EXPECT_EQ(to_string(decimal(0, 38)), "0.00000000000000000000000000000000000000");
  EXPECT_EQ(to_string(decimal{std::numeric_limits<std::int64_t>::max()} + 1), "9223372036854775808");
}

TEST(decimal, to_chars_needs_room_and_says_so) {
  const decimal x = decimal(-max_coef, 38);  // 41 characters
  std::array<char, attain::max_chars> buf{};
  char* end = attain::to_chars(buf.data(), buf.data() + 41, x);
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(std::string(buf.data(), end), "-1.70141183460469231731687303715884105727");
  EXPECT_EQ(attain::to_chars(buf.data(), buf.data() + 40, x), nullptr);
  EXPECT_EQ(attain::to_chars(buf.data(), buf.data() + 3, 1.5_d), buf.data() + 3);
  EXPECT_EQ(attain::to_chars(buf.data(), buf.data() + 2, 1.5_d), nullptr);
}

TEST(decimal, to_string_parses_back_to_the_same_value_and_scale) {
  for (const decimal& x : {0_d, 0.00_d, -0.005_d, 1621.41_d, decimal(max_coef, 38), decimal(-max_coef, 0),
                           decimal(-max_coef, 17), decimal(1, 38)}) {
    EXPECT_TRUE(identical(decimal::parse(to_string(x)), x)) << to_string(x);
  }
}

TEST(decimal, to_double_is_the_nearest_double) {
  EXPECT_EQ(to_double(1621.41_d), 1621.41);
  EXPECT_EQ(to_double(0.1_d), 0.1);
  EXPECT_EQ(to_double(-0.3_d), -0.3);
  EXPECT_EQ(to_double(0_d), 0.0);
  EXPECT_EQ(to_double(decimal(1, 38)), 1e-38);
  EXPECT_EQ(to_double(decimal{max_coef}), 1.7014118346046923e38);
  EXPECT_EQ(to_double(decimal(-max_coef, 20)), -1701411834604692317.31687303715884105727);
  // 2^53 + 1 lies exactly between two doubles: ties to even gives 2^53.
  EXPECT_EQ(to_double(decimal{9007199254740993}), 9007199254740992.0);
  EXPECT_EQ(to_double(decimal{9007199254740995}), 9007199254740996.0);
  // Beyond the exact fast path: 23 fractional digits.
  EXPECT_EQ(to_double(0.12345678901234567890123_d), 0.12345678901234567890123);
  EXPECT_EQ(to_double(decimal(123456789, 25)), 1.23456789e-17);
}

// POW, RESCALE, TRIM ----------------------------------------------------------------------------

TEST(decimal, pow_is_exact) {
  EXPECT_TRUE(identical(pow(1.057_d, 3), decimal{1180932193, 9}));
  EXPECT_TRUE(identical(pow(1.057_d, 1), 1.057_d));
  EXPECT_TRUE(identical(pow(1.057_d, 0), 1_d));
  EXPECT_TRUE(identical(pow(0_d, 0), 1_d));
  EXPECT_TRUE(identical(pow(-2_d, 3), -8_d));
  EXPECT_TRUE(identical(pow(-1.5_d, 2), 2.25_d));
  EXPECT_TRUE(identical(pow(2_d, 126), decimal{static_cast<int128>(1) << 126}));
  EXPECT_TRUE(identical(pow(-2_d, 125), decimal{-(static_cast<int128>(1) << 125)}));
  EXPECT_TRUE(identical(pow(10_d, 38), decimal{pow10(38)}));
  EXPECT_TRUE(identical(pow(0.1_d, 38), decimal(1, 38)));
  EXPECT_TRUE(identical(pow(1_d, 1000000), 1_d));
}

TEST(decimal, pow_overflows_exactly_past_the_limit) {
  EXPECT_EQ(overflow_message([] { (void)pow(2_d, 127); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)pow(-2_d, 127); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)pow(10_d, 39); }), "decimal multiplication: result does not fit 38 digits");
  // The scale of x^n is n × scale(x): beyond 38 it does not fit either.
  EXPECT_EQ(overflow_message([] { (void)pow(0.1_d, 39); }), "pow: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)pow(decimal(0, 20), 2); }), "pow: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)pow(1.0_d, 4000000000U); }), "pow: result does not fit 38 digits");
}

TEST(decimal, rescale_is_exact_or_throws) {
  EXPECT_TRUE(identical(rescale(1.5_d, 3), decimal{1500, 3}));
  EXPECT_TRUE(identical(rescale(1.500_d, 1), decimal{15, 1}));
  EXPECT_TRUE(identical(rescale(-2.00_d, 0), decimal{-2}));
  EXPECT_TRUE(identical(rescale(1.5_d, 1), 1.5_d));
  EXPECT_EQ(domain_message([] { (void)rescale(1.55_d, 1); }, errc::inexact),
            "rescale of 1.55 to scale 1 would lose digits; use round with a rounding mode");
  EXPECT_EQ(domain_message([] { (void)rescale(-0.001_d, 0); }, errc::inexact),
            "rescale of -0.001 to scale 0 would lose digits; use round with a rounding mode");
  EXPECT_EQ(domain_message([] { (void)rescale(1_d, 39); }, errc::invalid_argument), "rescale: scale 39 is outside 0..38");
  EXPECT_EQ(overflow_message([] { (void)rescale(decimal{max_coef / 10 + 1}, 1); }), "round: result does not fit 38 digits");
  EXPECT_TRUE(identical(rescale(decimal{max_coef / 10}, 1), decimal(max_coef / 10 * 10, 1)));
}

TEST(decimal, trim_drops_trailing_fractional_zeros) {
  EXPECT_TRUE(identical(trim(1.500_d), decimal{15, 1}));
  EXPECT_TRUE(identical(trim(2.00_d), decimal{2}));
  EXPECT_TRUE(identical(trim(0.000_d), decimal{}));
  EXPECT_TRUE(identical(trim(100_d), decimal{100}));  // integer zeros stay
  EXPECT_TRUE(identical(trim(-1.010_d), decimal{-101, 2}));
  EXPECT_TRUE(identical(trim(decimal(pow10(38), 38)), decimal{1}));
  EXPECT_TRUE(identical(trim(decimal(1, 38)), decimal(1, 38)));
}

// OVERFLOW AT THE BOUNDARIES ----------------------------------------------------------------------

TEST(decimal_overflow, addition_at_the_limit) {
  const decimal max{max_coef};
  EXPECT_TRUE(identical(decimal{max_coef - 1} + 1_d, max));
  EXPECT_TRUE(identical(max + 0_d, max));
  EXPECT_EQ(overflow_message([&] { (void)(max + 1_d); }), "decimal addition: result does not fit 38 digits");
  // -2^127 is a valid int128 but not a decimal: the range is symmetric.
  EXPECT_EQ(overflow_message([&] { (void)(-max + -1_d); }), "decimal addition: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(-max + decimal{-max_coef}); }), "decimal addition: result does not fit 38 digits");
  // Different scales: aligning first, then adding.
  const decimal tenth{max_coef / 10};                                          // ...0572
  EXPECT_TRUE(identical(tenth + decimal(7, 1), decimal(max_coef, 1)));         // ...0572.7 = max at scale 1
  EXPECT_EQ(overflow_message([&] { (void)(tenth + decimal(8, 1)); }), "decimal addition: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(max + decimal(0, 1)); }), "decimal addition: result does not fit 38 digits");
  EXPECT_TRUE(identical(-tenth + decimal(-7, 1), decimal(-max_coef, 1)));
  EXPECT_EQ(overflow_message([&] { (void)(-tenth + decimal(-8, 1)); }), "decimal addition: result does not fit 38 digits");
  // Aligning overflows but the sum fits: (max/10 + 1) at scale 1 is beyond the range, yet
  // (max/10 + 1) − 0.5 = max/10 + 0.5 is not.
  EXPECT_TRUE(identical(decimal{max_coef / 10 + 1} + decimal(-5, 1), decimal(max_coef - 2, 1)));
  EXPECT_TRUE(identical(decimal(-5, 1) + decimal{max_coef / 10 + 1}, decimal(max_coef - 2, 1)));
  EXPECT_TRUE(identical(decimal{max_coef / 10 + 1} - decimal(5, 1), decimal(max_coef - 2, 1)));
}

TEST(decimal_overflow, subtraction_at_the_limit) {
  const decimal max{max_coef};
  EXPECT_TRUE(identical(decimal{-max_coef + 1} - 1_d, -max));
  EXPECT_EQ(overflow_message([&] { (void)(-max - 1_d); }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(max - -1_d); }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_TRUE(identical(max - max, 0_d));
  EXPECT_TRUE(identical(decimal(max_coef / 10) - decimal(-7, 1), decimal(max_coef, 1)));
  EXPECT_NE(overflow_message([&] { (void)(decimal(max_coef / 10) - decimal(-8, 1)); }), "<no exception>");
}

TEST(decimal_overflow, multiplication_at_the_limit) {
  const decimal two64{static_cast<int128>(1) << 64};  // beyond 64 bits: the wide path
  const decimal two63{static_cast<int128>(1) << 63};
  EXPECT_TRUE(identical(two64 * decimal{(static_cast<int128>(1) << 63) - 1},
                        decimal{max_coef - (static_cast<int128>(1) << 64) + 1}));
  EXPECT_EQ(overflow_message([&] { (void)(two64 * two63); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(-two64 * two63); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_TRUE(identical(decimal{max_coef} * 1_d, decimal{max_coef}));
  EXPECT_TRUE(identical(decimal{max_coef} * -1_d, decimal{-max_coef}));
  EXPECT_TRUE(identical(decimal{max_coef / 10} * 10_d, decimal{max_coef / 10 * 10}));
  EXPECT_EQ(overflow_message([&] { (void)(decimal{max_coef / 10 + 1} * 10_d); }),
            "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(decimal{max_coef} * 2_d); }), "decimal multiplication: result does not fit 38 digits");
  // INT64_MIN is not on the 64-bit fast path: its product with itself is 2^126.
  const decimal min64{std::numeric_limits<std::int64_t>::min()};
  EXPECT_TRUE(identical(min64 * min64, decimal{static_cast<int128>(1) << 126}));
  EXPECT_TRUE(identical(min64 * decimal{-2}, decimal{static_cast<int128>(1) << 64}));
  EXPECT_EQ(overflow_message([&] { (void)(min64 * decimal{-2} * min64); }),
            "decimal multiplication: result does not fit 38 digits");
}

TEST(decimal_overflow, product_scale_beyond_38_overflows) {
  EXPECT_TRUE(identical(decimal(1, 19) * decimal(1, 19), decimal(1, 38)));
  EXPECT_EQ(overflow_message([] { (void)(decimal(1, 20) * decimal(1, 19)); }),
            "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)(decimal(0, 38) * decimal(0, 1)); }),
            "decimal multiplication: result does not fit 38 digits");
}

TEST(decimal_overflow, round_up_scaling_at_the_limit) {
  for (rounding mode : attain::all_rounding_modes) {
    EXPECT_TRUE(identical(round(decimal{max_coef / 10}, 1, mode), decimal(max_coef / 10 * 10, 1)));
    EXPECT_TRUE(identical(round(decimal(max_coef, 5), 5, mode), decimal(max_coef, 5)));
    EXPECT_EQ(overflow_message([&] { (void)round(decimal{max_coef / 10 + 1}, 1, mode); }),
              "round: result does not fit 38 digits");
    EXPECT_TRUE(identical(round(decimal(-1, 0), 38, mode), decimal(-pow10(38), 38)));
    EXPECT_EQ(overflow_message([&] { (void)round(decimal(-2, 0), 38, mode); }), "round: result does not fit 38 digits");
    EXPECT_TRUE(identical(round(decimal(-1, 1), 38, mode), decimal(-pow10(37), 38)));
  }
}

TEST(decimal_overflow, division_at_the_limit) {
  const decimal max{max_coef};
  for (rounding mode : attain::all_rounding_modes) {
    EXPECT_TRUE(identical(divide(max, 1_d, 0, mode), max));
    EXPECT_TRUE(identical(divide(max, -1_d, 0, mode), -max));
    EXPECT_TRUE(identical(divide(decimal(max_coef, 38), decimal(1, 38), 0, mode), max));
    EXPECT_EQ(overflow_message([&] { (void)divide(max, 1_d, 1, mode); }), "decimal division: result does not fit 38 digits");
    EXPECT_EQ(overflow_message([&] { (void)divide(max, 0.5_d, 0, mode); }), "decimal division: result does not fit 38 digits");
  }
  // (max − 1) / (1 − 10^-38) = max + 0.7014…: rounding decides whether it fits.
  const decimal a{max_coef - 1};
  const decimal b{pow10(38) - 1, 38};
  const auto fits = [&](rounding mode) { return overflow_message([&] { (void)divide(a, b, 0, mode); }) == "<no exception>"; };
  EXPECT_TRUE(fits(rounding::down));
  EXPECT_TRUE(fits(rounding::floor));
  EXPECT_FALSE(fits(rounding::half_down));
  EXPECT_FALSE(fits(rounding::half_even));
  EXPECT_FALSE(fits(rounding::half_up));
  EXPECT_FALSE(fits(rounding::up));
  EXPECT_FALSE(fits(rounding::ceiling));
  EXPECT_TRUE(identical(divide(a, b, 0, rounding::down), max));
  EXPECT_TRUE(identical(divide(-a, b, 0, rounding::ceiling), -max));
  EXPECT_FALSE(overflow_message([&] { (void)divide(-a, b, 0, rounding::floor); }) == "<no exception>");
}

// The boundaries the tests above leave out: the negative side of aligned subtraction, products
// of two negatives, compound assignment (which leaves its operand unchanged), pow and rescale
// exactly at 2^127 − 1 and at scale 38. Each either gives the exact value or throws.
TEST(decimal_overflow, subtraction_aligning_scales_at_both_ends) {
  const decimal max{max_coef};
  const decimal tenth{max_coef / 10};
  EXPECT_EQ(overflow_message([&] { (void)(max - decimal(0, 1)); }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(-max - decimal(0, 1)); }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_TRUE(identical(-tenth - decimal(7, 1), decimal(-max_coef, 1)));
  EXPECT_EQ(overflow_message([&] { (void)(-tenth - decimal(8, 1)); }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_TRUE(identical(decimal(max_coef, 38) - decimal(max_coef, 38), decimal(0, 38)));
  EXPECT_EQ(overflow_message([&] { (void)(decimal(-max_coef, 38) - decimal(1, 38)); }),
            "decimal subtraction: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(decimal(max_coef, 38) + decimal(1, 38)); }),
            "decimal addition: result does not fit 38 digits");
}

TEST(decimal_overflow, products_of_negatives_and_at_scale_38) {
  const decimal two64{static_cast<int128>(1) << 64};
  const decimal two63{static_cast<int128>(1) << 63};
  EXPECT_EQ(overflow_message([&] { (void)(-two64 * -two63); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)(decimal{-max_coef} * decimal{-2}); }),
            "decimal multiplication: result does not fit 38 digits");
  EXPECT_TRUE(identical(decimal{-max_coef} * decimal{-1}, decimal{max_coef}));
  EXPECT_TRUE(identical(decimal(-max_coef, 19) * decimal(1, 19), decimal(-max_coef, 38)));
  EXPECT_EQ(overflow_message([&] { (void)(decimal(-max_coef, 19) * decimal(1, 20)); }),
            "decimal multiplication: result does not fit 38 digits");
}

TEST(decimal_overflow, compound_assignment_throws_and_keeps_the_operand) {
  decimal x{max_coef};
  EXPECT_EQ(overflow_message([&] { x += 1_d; }), "decimal addition: result does not fit 38 digits");
  EXPECT_TRUE(identical(x, decimal{max_coef}));
  decimal y{-max_coef};
  EXPECT_EQ(overflow_message([&] { y -= 1_d; }), "decimal subtraction: result does not fit 38 digits");
  EXPECT_TRUE(identical(y, decimal{-max_coef}));
  decimal z{max_coef / 2 + 1};
  EXPECT_EQ(overflow_message([&] { z *= 2_d; }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_TRUE(identical(z, decimal{max_coef / 2 + 1}));
  decimal w(1, 20);
  EXPECT_EQ(overflow_message([&] { w *= decimal(1, 19); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_TRUE(identical(w, decimal(1, 20)));
}

TEST(decimal_overflow, pow_at_the_exact_limit) {
  // ⌊√(2^127 − 1)⌋ = 13043817825332782212 and ⌊∛(2^127 − 1)⌋ = 5541191377756.
  const decimal root2{static_cast<int128>(13043817825332782212ULL)};
  const decimal root3{static_cast<int128>(5541191377756LL)};
  EXPECT_TRUE(identical(pow(root2, 2), decimal{static_cast<int128>(13043817825332782212ULL) * 13043817825332782212ULL}));
  EXPECT_TRUE(identical(pow(-root2, 2), pow(root2, 2)));
  EXPECT_EQ(overflow_message([&] { (void)pow(root2 + 1_d, 2); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)pow(-root2 - 1_d, 2); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_TRUE(identical(pow(-root3, 3), decimal{-static_cast<int128>(5541191377756LL) * 5541191377756LL * 5541191377756LL}));
  EXPECT_EQ(overflow_message([&] { (void)pow(root3 + 1_d, 3); }), "decimal multiplication: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([&] { (void)pow(-root3 - 1_d, 3); }), "decimal multiplication: result does not fit 38 digits");
  // The scale of x^n is n × scale(x): 38 fits, 40 does not.
  EXPECT_TRUE(identical(pow(decimal(1, 2), 19), decimal(1, 38)));
  EXPECT_TRUE(identical(pow(decimal(-1, 1), 38), decimal(1, 38)));
  EXPECT_EQ(overflow_message([] { (void)pow(decimal(1, 2), 20); }), "pow: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)pow(decimal(-1, 19), 3); }), "pow: result does not fit 38 digits");
}

TEST(decimal_overflow, rescale_at_scale_38_and_on_the_negative_side) {
  EXPECT_TRUE(identical(rescale(1_d, 38), decimal(pow10(38), 38)));
  EXPECT_TRUE(identical(rescale(-1_d, 38), decimal(-pow10(38), 38)));
  EXPECT_EQ(overflow_message([] { (void)rescale(2_d, 38); }), "round: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)rescale(-2_d, 38); }), "round: result does not fit 38 digits");
  EXPECT_EQ(overflow_message([] { (void)rescale(decimal{-(max_coef / 10 + 1)}, 1); }), "round: result does not fit 38 digits");
  EXPECT_TRUE(identical(rescale(decimal(max_coef, 38), 38), decimal(max_coef, 38)));
  EXPECT_TRUE(identical(rescale(decimal{-max_coef}, 0), decimal{-max_coef}));
}

// DIVISION ----------------------------------------------------------------------------------------

TEST(decimal_divide, is_correctly_rounded_at_the_asked_scale) {
  EXPECT_TRUE(identical(divide(5540_d, 10000_d, 3, rounding::half_up), decimal{554, 3}));
  EXPECT_TRUE(identical(divide(1_d, 3_d, 4, rounding::half_even), decimal{3333, 4}));
  EXPECT_TRUE(identical(divide(2_d, 3_d, 4, rounding::half_even), decimal{6667, 4}));
  EXPECT_TRUE(identical(divide(2_d, 3_d, 4, rounding::down), decimal{6666, 4}));
  EXPECT_TRUE(identical(divide(-2_d, 3_d, 4, rounding::floor), decimal{-6667, 4}));
  EXPECT_TRUE(identical(divide(-2_d, 3_d, 4, rounding::ceiling), decimal{-6666, 4}));
  EXPECT_TRUE(identical(divide(2_d, -3_d, 0, rounding::up), decimal{-1}));
  EXPECT_TRUE(identical(divide(10_d, 16_d, 3, rounding::half_up), decimal{625, 3}));
  EXPECT_TRUE(identical(divide(1_d, 8_d, 2, rounding::half_even), decimal{12, 2}));   // 0.125 tie → even
  EXPECT_TRUE(identical(divide(3_d, 8_d, 2, rounding::half_even), decimal{38, 2}));   // 0.375 tie → even
  EXPECT_TRUE(identical(divide(1_d, 8_d, 2, rounding::half_up), decimal{13, 2}));
  EXPECT_TRUE(identical(divide(-1_d, 8_d, 2, rounding::half_up), decimal{-13, 2}));
  EXPECT_TRUE(identical(divide(-1_d, 8_d, 2, rounding::half_down), decimal{-12, 2}));
  // Scales far apart: 1 / 10^-38 at scale 0, and 10^-38 / 1 at scale 38.
  EXPECT_TRUE(identical(divide(1_d, decimal(1, 38), 0, rounding::down), decimal{pow10(38)}));
  EXPECT_TRUE(identical(divide(decimal(1, 38), 1_d, 38, rounding::down), decimal(1, 38)));
  EXPECT_TRUE(identical(divide(decimal(1, 38), 3_d, 38, rounding::up), decimal(1, 38)));
  EXPECT_TRUE(identical(divide(decimal(1, 38), 3_d, 38, rounding::half_up), decimal(0, 38)));
  // 1/3 at 38 digits: the numerator 10^38 is beyond 64 bits.
  EXPECT_TRUE(identical(divide(1_d, 3_d, 38, rounding::half_even), decimal((pow10(38) - 1) / 3, 38)));
  EXPECT_TRUE(identical(divide(2_d, 3_d, 38, rounding::half_even), decimal((pow10(38) - 1) / 3 * 2 + 1, 38)));
}

TEST(decimal_divide, seed_figures) {
  // 5.540 tỷ / 10.000 tỷ = 55,4 %; 10/16 communes = 62,5 %.
  EXPECT_TRUE(identical(divide(5540_d, 10000_d, 3, rounding::half_up), 0.554_d));
  EXPECT_TRUE(identical(divide(10_d, 16_d, 3, rounding::half_up), 0.625_d));
  EXPECT_TRUE(identical(divide(10_d, 16_d, 2, rounding::half_up), 0.63_d));
  EXPECT_TRUE(identical(divide(10_d, 16_d, 2, rounding::half_even), 0.62_d));
}

TEST(decimal_divide, by_zero_is_a_domain_error) {
  EXPECT_EQ(domain_message([] { (void)divide(1_d, 0_d, 2, rounding::half_up); }, errc::division_by_zero),
            "decimal division by zero");
  EXPECT_EQ(domain_message([] { (void)divide(0_d, 0.00_d, 2, rounding::half_up); }, errc::division_by_zero),
            "decimal division by zero");
  EXPECT_EQ(domain_message([] { (void)divide(decimal{max_coef}, decimal(0, 38), 38, rounding::floor); },
                           errc::division_by_zero),
            "decimal division by zero");
}

TEST(decimal_divide, scale_outside_0_to_38_is_a_domain_error) {
  EXPECT_EQ(domain_message([] { (void)divide(1_d, 3_d, 39, rounding::half_up); }, errc::invalid_argument),
            "divide: scale 39 is outside 0..38");
  EXPECT_EQ(domain_message([] { (void)divide(1_d, 3_d, -1, rounding::half_up); }, errc::invalid_argument),
            "divide: scale -1 is outside 0..38");
  EXPECT_EQ(domain_message([] { (void)round(1_d, 39, rounding::half_up); }, errc::invalid_argument),
            "round: scale 39 is outside 0..38");
  EXPECT_EQ(domain_message([] { (void)round(1_d, -1, rounding::half_up); }, errc::invalid_argument),
            "round: scale -1 is outside 0..38");
}

// ROUNDING: THE TABLE OF rounding.hpp -------------------------------------------------------------

struct literal_row {
  const char* x;
  int scale;
  std::array<const char*, 7> expected;  // in the order of all_rounding_modes
};

// Columns: half_even, half_up, half_down, up, down, ceiling, floor.
constexpr literal_row literal_table[] = {
    {"2.5", 0, {"2", "3", "2", "3", "2", "3", "2"}},
    {"3.5", 0, {"4", "4", "3", "4", "3", "4", "3"}},
    {"-2.5", 0, {"-2", "-3", "-2", "-3", "-2", "-2", "-3"}},
    {"2.4", 0, {"2", "2", "2", "3", "2", "3", "2"}},
    {"2.6", 0, {"3", "3", "3", "3", "2", "3", "2"}},
    {"-2.6", 0, {"-3", "-3", "-3", "-3", "-2", "-2", "-3"}},
    {"-3.5", 0, {"-4", "-4", "-3", "-4", "-3", "-3", "-4"}},
    {"-2.4", 0, {"-2", "-2", "-2", "-3", "-2", "-2", "-3"}},
    {"0.5", 0, {"0", "1", "0", "1", "0", "1", "0"}},
    {"-0.5", 0, {"0", "-1", "0", "-1", "0", "0", "-1"}},
    {"0.4", 0, {"0", "0", "0", "1", "0", "1", "0"}},
    {"-0.4", 0, {"0", "0", "0", "-1", "0", "0", "-1"}},
    {"7", 0, {"7", "7", "7", "7", "7", "7", "7"}},
    {"-7.0000", 0, {"-7", "-7", "-7", "-7", "-7", "-7", "-7"}},
    {"2.675", 2, {"2.68", "2.68", "2.67", "2.68", "2.67", "2.68", "2.67"}},
    {"2.665", 2, {"2.66", "2.67", "2.66", "2.67", "2.66", "2.67", "2.66"}},
    {"0.445", 2, {"0.44", "0.45", "0.44", "0.45", "0.44", "0.45", "0.44"}},
    {"0.445", 1, {"0.4", "0.4", "0.4", "0.5", "0.4", "0.5", "0.4"}},
    {"0.45", 1, {"0.4", "0.5", "0.4", "0.5", "0.4", "0.5", "0.4"}},
    {"55.45", 1, {"55.4", "55.5", "55.4", "55.5", "55.4", "55.5", "55.4"}},
    {"55.4500000000000000001", 1, {"55.5", "55.5", "55.5", "55.5", "55.4", "55.5", "55.4"}},
    {"55.4499999999999999999", 1, {"55.4", "55.4", "55.4", "55.5", "55.4", "55.5", "55.4"}},
    {"-55.4500000000000000001", 1, {"-55.5", "-55.5", "-55.5", "-55.5", "-55.4", "-55.4", "-55.5"}},
    {"9.99", 1, {"10.0", "10.0", "10.0", "10.0", "9.9", "10.0", "9.9"}},
    {"-9.95", 1, {"-10.0", "-10.0", "-9.9", "-10.0", "-9.9", "-9.9", "-10.0"}},
    {"1.5", 3, {"1.500", "1.500", "1.500", "1.500", "1.500", "1.500", "1.500"}},
    // Scale 18 from 19 and more digits: beyond the 64-bit fast path.
    {"0.1234567890123456785", 18,
     {"0.123456789012345678", "0.123456789012345679", "0.123456789012345678", "0.123456789012345679",
      "0.123456789012345678", "0.123456789012345679", "0.123456789012345678"}},
    {"-0.1234567890123456775", 18,
     {"-0.123456789012345678", "-0.123456789012345678", "-0.123456789012345677", "-0.123456789012345678",
      "-0.123456789012345677", "-0.123456789012345677", "-0.123456789012345678"}},
    {"9.9999999999999999995", 18,
     {"10.000000000000000000", "10.000000000000000000", "9.999999999999999999", "10.000000000000000000",
      "9.999999999999999999", "10.000000000000000000", "9.999999999999999999"}},
    {"1.00000000000000000000000000000000000001", 18,
     {"1.000000000000000000", "1.000000000000000000", "1.000000000000000000", "1.000000000000000001",
      "1.000000000000000000", "1.000000000000000001", "1.000000000000000000"}},
    {"-1.00000000000000000050000000000000000000", 18,
     {"-1.000000000000000000", "-1.000000000000000001", "-1.000000000000000000", "-1.000000000000000001",
      "-1.000000000000000000", "-1.000000000000000000", "-1.000000000000000001"}},
    {"12345678901234567890.1234567890123456785", 18,
     {"12345678901234567890.123456789012345678", "12345678901234567890.123456789012345679",
      "12345678901234567890.123456789012345678", "12345678901234567890.123456789012345679",
      "12345678901234567890.123456789012345678", "12345678901234567890.123456789012345679",
      "12345678901234567890.123456789012345678"}},
    // Max coefficient to fewer digits, both signs.
    {"1.70141183460469231731687303715884105727", 0, {"2", "2", "2", "2", "1", "2", "1"}},
    {"-1.70141183460469231731687303715884105727", 37,
     {"-1.7014118346046923173168730371588410573", "-1.7014118346046923173168730371588410573",
      "-1.7014118346046923173168730371588410573", "-1.7014118346046923173168730371588410573",
      "-1.7014118346046923173168730371588410572", "-1.7014118346046923173168730371588410572",
      "-1.7014118346046923173168730371588410573"}},
    {"170141183460469231731687303715884105727", 0,
     {"170141183460469231731687303715884105727", "170141183460469231731687303715884105727",
      "170141183460469231731687303715884105727", "170141183460469231731687303715884105727",
      "170141183460469231731687303715884105727", "170141183460469231731687303715884105727",
      "170141183460469231731687303715884105727"}},
};

TEST(decimal_round, every_mode_against_the_literal_table) {
  for (const literal_row& row : literal_table) {
    const decimal x = decimal::parse(row.x);
    for (std::size_t m = 0; m < 7; ++m) {
      const rounding mode = attain::all_rounding_modes[m];
      const decimal r = round(x, row.scale, mode);
      EXPECT_EQ(to_string(r), row.expected[m]) << row.x << " to " << row.scale << " " << mode;
      EXPECT_TRUE(identical(quantize(x, row.scale, mode), r));
    }
  }
}

TEST(decimal_round, case_study_rounding_twice_is_not_rounding_once) {
  const decimal x = 0.445_d;
  EXPECT_EQ(to_string(round(round(x, 2, rounding::half_up), 1, rounding::half_up)), "0.5");
  EXPECT_EQ(to_string(round(x, 1, rounding::half_up)), "0.4");
}

// ROUNDING: A TABLE BUILT FROM PRINCIPLES -----------------------------------------------------------
//
// x = ±(q + f) × 10^-s with q an integer magnitude and f a fraction of k extra digits from
// one of these classes. Rounding x to s digits moves q by 0 or 1 away from zero, and which
// one follows from the class, the sign and q's parity alone.
enum class fraction { zero, tiny, below_tie, tie, above_tie, almost_one };

int128 fraction_digits(fraction f, int k) {
  const int128 half = 5 * pow10(k - 1);
  switch (f) {
    case fraction::zero: return 0;
    case fraction::tiny: return 1;
    case fraction::below_tie: return half - 1;
    case fraction::tie: return half;
    case fraction::above_tie: return half + 1;
    case fraction::almost_one: return pow10(k) - 1;
  }
  return -1;
}

bool moves_away_from_zero(fraction f, bool negative, bool q_odd, rounding mode) {
  if (f == fraction::zero) return false;
  // For k = 1 "tiny" (0.1) and "below tie" (0.4) are both below the tie; for almost_one
  // (0.9…) above it. The class, not the digits, decides.
  const bool below = f == fraction::tiny || f == fraction::below_tie;
  const bool above = f == fraction::above_tie || f == fraction::almost_one;
  switch (mode) {
    case rounding::half_even: return above || (f == fraction::tie && q_odd);
    case rounding::half_up: return !below;
    case rounding::half_down: return above;
    case rounding::up: return true;
    case rounding::down: return false;
    case rounding::ceiling: return !negative;
    case rounding::floor: return negative;
  }
  return false;
}

TEST(decimal_round, every_mode_against_a_table_built_from_principles) {
  const std::vector<int128> magnitudes = {0,
                                          1,
                                          2,
                                          7,
                                          10,
                                          99,
                                          123456789,
                                          999999999999999999,                   // 18 digits
                                          4611686018427387903,                  // 2^62 - 1
                                          9223372036854775807,                  // 2^63 - 1
                                          static_cast<int128>(1) << 64,
                                          pow10(27) + 1,
                                          max_coef / 10 - 1,
                                          max_coef / 100};
  int checked = 0;
  for (int s = 0; s <= 18; ++s) {
    for (int k = 1; s + k <= 38; ++k) {
      for (const int128 q : magnitudes) {
        for (const fraction f : {fraction::zero, fraction::tiny, fraction::below_tie, fraction::tie,
                                 fraction::above_tie, fraction::almost_one}) {
          const int128 digits = fraction_digits(f, k);
          if (q > (max_coef - digits) / pow10(k)) continue;  // x's coefficient would not fit
          const int128 coef = q * pow10(k) + digits;
          for (const bool negative : {false, true}) {
            const decimal x{negative ? -coef : coef, s + k};
            for (const rounding mode : attain::all_rounding_modes) {
              const int128 magnitude = q + (moves_away_from_zero(f, negative, (q & 1) != 0, mode) ? 1 : 0);
              const decimal expected{negative ? -magnitude : magnitude, s};
              ASSERT_TRUE(identical(round(x, s, mode), expected))
                  << to_string(x) << " to " << s << " " << mode << " (k " << k << ")";
              ++checked;
            }
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 50000);
}

// The same principles through divide: (q·10^k + f) / 10^k at scale 0 rounds as x does.
TEST(decimal_round, divide_agrees_with_the_principled_table) {
  for (int k = 1; k <= 30; ++k) {
    for (const int128 q : {int128{0}, int128{1}, int128{2}, int128{12345}, int128{999999999999}}) {
      for (const fraction f : {fraction::zero, fraction::tiny, fraction::below_tie, fraction::tie,
                               fraction::above_tie, fraction::almost_one}) {
        if (q > (max_coef - fraction_digits(f, k)) / pow10(k)) continue;
        const int128 coef = q * pow10(k) + fraction_digits(f, k);
        for (const bool negative : {false, true}) {
          const decimal numerator{negative ? -coef : coef};
          const decimal denominator{pow10(k)};
          for (const rounding mode : attain::all_rounding_modes) {
            const int128 magnitude = q + (moves_away_from_zero(f, negative, (q & 1) != 0, mode) ? 1 : 0);
            ASSERT_TRUE(identical(divide(numerator, denominator, 0, mode), decimal{negative ? -magnitude : magnitude}))
                << to_string(numerator) << " / 10^" << k << " " << mode;
          }
        }
      }
    }
  }
}

}  // namespace
