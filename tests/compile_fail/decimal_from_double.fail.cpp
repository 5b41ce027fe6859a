// `decimal x = 1.5;` does not compile: no implicit conversion from double.
// Exact decimals never meet binary floating point implicitly. The line under
// ATTAIN_COMPILE_FAIL must be rejected; the rest of the file must compile.
// expected diagnostic: deleted (function|constructor)|no viable conversion|conversion from
#include "attain/decimal.hpp"

int main() {
  const attain::decimal d{5, 2};
  [[maybe_unused]] const attain::decimal ok = 15;
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const attain::decimal bad = 1.5;
#endif
  return 0;
}
