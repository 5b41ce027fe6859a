// The packaged attain links (src/ and src/io/), computes exactly, and its headers have the
// package's version; a wrong answer fails `conan create`.
#include <cstdio>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/io/csv.hpp"
#include "attain/version.hpp"

// attain::attain carries the C++20 requirement (test_package/CMakeLists.txt sets no standard).
static_assert(__cplusplus >= 202002L, "attain::attain should have made this target C++20");

int main() {
  const attain::decimal total = attain::decimal::parse("1621.41") + attain::decimal{5, 2};
  const attain::decimal ratio = attain::divide(attain::decimal{5540}, attain::decimal{10000}, 3,
                                               attain::rounding::half_up);
  const std::string total_text = attain::to_string(total);
  const std::string ratio_text = attain::to_string(ratio);
  std::printf("attain %s: 1621.41 + 0.05 = %s; 5540 / 10000 = %s\n", attain::version_string,
              total_text.c_str(), ratio_text.c_str());
  // Compiled in src/io/ (with header_only=True, by the consumer's build).
  attain::io::csv_reader csv{std::string_view{"code;name\nA;\"x;y\"\n"}, "units.csv"};
  const bool header_read = csv.next() != nullptr;
  const attain::io::csv_record* record = csv.next();
  if (!header_read || record == nullptr || record->size() != 2 || (*record)[1] != "x;y") {
    std::printf("csv_reader did not read units.csv\n");
    return 1;
  }
  if (std::string{attain::version_string} != TEST_PACKAGE_ATTAIN_VERSION) {
    std::printf("the headers say version %s, the package %s\n", attain::version_string,
                TEST_PACKAGE_ATTAIN_VERSION);
    return 1;
  }
  return total_text == "1621.46" && ratio == attain::decimal{554, 3} ? 0 : 1;
}
