// `decimal x(1.5);` does not compile either: it must not quietly mean 1.
// Exact decimals never meet binary floating point implicitly. The line under
// ATTAIN_COMPILE_FAIL must be rejected; the rest of the file must compile.
// expected diagnostic: deleted (function|constructor)|no matching (function|constructor)
#include "attain/decimal.hpp"

int main() {
  const attain::decimal d{5, 2};
  [[maybe_unused]] const attain::decimal ok(15, 1);
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const attain::decimal bad(1.5);
#endif
  return 0;
}
