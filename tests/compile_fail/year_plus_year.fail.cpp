// year + year does not compile.
// 2023 + 2020 has no meaning; year + years{3} does.
// expected diagnostic: no match for|invalid operands|no viable
#include "attain/period.hpp"

int main() {
  const attain::year y{2020};
  [[maybe_unused]] const auto ok = y + attain::years{3};
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const auto bad = y + attain::year{2023};
#endif
  return 0;
}
