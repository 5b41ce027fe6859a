// Tests of attain/rounding.hpp: the names of the rounding modes. (The modes themselves are
// tested on every operation in decimal_test.cpp and decimal_property_test.cpp.)
#include "attain/rounding.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

namespace {

using attain::rounding;

TEST(rounding, every_mode_has_its_name_in_the_order_of_all_rounding_modes) {
  const std::string_view names[] = {"half_even", "half_up", "half_down", "up", "down", "ceiling", "floor"};
  static_assert(std::size(attain::all_rounding_modes) == std::size(names));
  for (std::size_t i = 0; i < std::size(names); ++i) EXPECT_EQ(attain::to_string(attain::all_rounding_modes[i]), names[i]);
  static_assert(attain::to_string(rounding::half_up) == "half_up");
}

TEST(rounding, a_value_outside_the_modes_has_no_name) {
  // The type holds any byte; only the seven modes have names.
  EXPECT_EQ(attain::to_string(static_cast<rounding>(7)), "?");
}

}  // namespace
