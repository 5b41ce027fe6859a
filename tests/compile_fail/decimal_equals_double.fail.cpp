// decimal == double does not compile: the double 0.05 is not 0.05.
// Exact decimals never meet binary floating point implicitly. The line under
// ATTAIN_COMPILE_FAIL must be rejected; the rest of the file must compile.
// expected diagnostic: deleted (function|constructor)|no match for|invalid operands|no viable
#include "attain/decimal.hpp"

int main() {
  const attain::decimal d{5, 2};
  [[maybe_unused]] const bool ok = d == attain::decimal{5, 2};
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const bool bad = d == 0.05;
#endif
  return 0;
}
