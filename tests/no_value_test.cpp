// Tests of attain/no_value.hpp: "not computable" is a value with a reason, never 0.
#include "attain/no_value.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

#include "attain/decimal.hpp"

namespace {

using attain::why;

TEST(no_value, every_reason_is_described) {
  const std::pair<why, std::string_view> reasons[] = {
      {why::zero_base, "growth from a zero base"},
      {why::negative_base, "growth from a negative base"},
      {why::sign_change, "base and latest value have opposite signs"},
      {why::zero_target, "ratio to a zero target"},
      {why::zero_denominator, "division by a zero denominator"},
      {why::empty_group, "empty group"},
      {why::too_few_points, "too few observations"},
      {why::no_periods, "no periods between the observations"},
      {why::missing_value, "a needed value is missing"},
      {why::not_applicable, "not applicable"},
      {why::population_mismatch, "rankings of different populations or methods"},
      {why::not_ranked, "the unit is not in the ranking"}};
  for (const auto& [reason, text] : reasons) EXPECT_EQ(attain::describe(reason), text);
  // The type holds any byte; a value outside the reasons is "no value" without one.
  EXPECT_EQ(attain::describe(static_cast<why>(12)), "no value");
  static_assert(attain::describe(why::zero_base) == "growth from a zero base");
}

TEST(no_value, a_computed_figure_holds_a_value_or_its_reason) {
  const attain::computed<attain::decimal> growth = attain::none(why::zero_base);
  ASSERT_FALSE(growth.has_value());
  EXPECT_EQ(growth.error(), attain::no_value{why::zero_base});
  EXPECT_EQ(attain::to_string(growth.error()), "no value: growth from a zero base");
  const attain::computed<attain::decimal> share = attain::decimal{554, 3};
  EXPECT_EQ(*share, attain::decimal::parse("0.554"));
}

TEST(no_value, throw_error_raises_a_domain_error_with_code_no_value) {
  try {
    attain::throw_error(attain::no_value{why::empty_group});
    FAIL() << "no throw";
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::no_value);
    EXPECT_STREQ(e.what(), "no value: empty group");
  }
}

}  // namespace
