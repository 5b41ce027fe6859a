// attain/version.hpp: the headers and the compiled library agree on the version.
#include "attain/version.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

static_assert(attain::version_major == ATTAIN_VERSION_MAJOR);
static_assert(attain::version_minor == ATTAIN_VERSION_MINOR);
static_assert(attain::version_patch == ATTAIN_VERSION_PATCH);

TEST(version, string_is_spelled_from_the_three_numbers) {
  EXPECT_EQ(std::string_view{ATTAIN_VERSION_STRING}, std::to_string(ATTAIN_VERSION_MAJOR) + "." +
                                                         std::to_string(ATTAIN_VERSION_MINOR) + "." +
                                                         std::to_string(ATTAIN_VERSION_PATCH));
  EXPECT_EQ(std::string_view{attain::version_string}, ATTAIN_VERSION_STRING);
}

TEST(version, compiled_library_is_the_version_of_the_headers) {
  EXPECT_EQ(std::string_view{attain::library_version()}, ATTAIN_VERSION_STRING);
}
