// `double x = d;` does not compile: no implicit conversion to double;
// to_double(d) is the named, explicit exit.
// Exact decimals never meet binary floating point implicitly. The line under
// ATTAIN_COMPILE_FAIL must be rejected; the rest of the file must compile.
// expected diagnostic: cannot convert|no viable conversion
#include "attain/decimal.hpp"

int main() {
  const attain::decimal d{5, 2};
  [[maybe_unused]] const double ok = attain::to_double(d);
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const double bad = d;
#endif
  return 0;
}
