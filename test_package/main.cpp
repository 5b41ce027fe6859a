// The packaged attain links and computes exactly; a wrong answer fails `conan create`.
#include <cstdio>
#include <string>

#include "attain/decimal.hpp"
#include "attain/version.hpp"

int main() {
  const attain::decimal total = attain::decimal::parse("1621.41") + attain::decimal{5, 2};
  const attain::decimal ratio = attain::divide(attain::decimal{5540}, attain::decimal{10000}, 3,
                                               attain::rounding::half_up);
  const std::string total_text = attain::to_string(total);
  const std::string ratio_text = attain::to_string(ratio);
  std::printf("attain %s: 1621.41 + 0.05 = %s; 5540 / 10000 = %s\n", attain::version_string,
              total_text.c_str(), ratio_text.c_str());
  return total_text == "1621.46" && ratio == attain::decimal{554, 3} ? 0 : 1;
}
