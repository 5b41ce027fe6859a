// Tests of attain/io.hpp: `stream << x` writes the canonical text, never a locale's.
#include "attain/io.hpp"

#include <gtest/gtest.h>

#include <locale>
#include <sstream>

namespace {

using attain::decimal;
using namespace attain::literals;

TEST(io, decimal_rounding_mode_and_parse_error_on_a_stream) {
  std::ostringstream os;
  os << decimal{162141, 2} << ' ' << -0.50_d << ' ' << attain::rounding::half_even << ' '
     << attain::parse_error{attain::errc::unexpected_character, 4, "12,3x"};
  EXPECT_EQ(os.str(), "1621.41 -0.50 half_even unexpected character 'x' at 4 in \"12,3x\"");
}

TEST(io, a_stream_locale_does_not_change_the_text) {
  // A locale with another decimal mark and grouping, imbued on the stream: the canonical
  // text stays 1621.41, as in any other locale.
  struct comma : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
  };
  std::ostringstream os;
  os.imbue(std::locale(std::locale::classic(), new comma));
  os << 1621.41_d;
  EXPECT_EQ(os.str(), "1621.41");
}

}  // namespace
