// year < quarter does not compile.
// Granularity never compares implicitly: ask contains or precedes.
// expected diagnostic: no match for|invalid operands|no viable
#include "attain/period.hpp"

int main() {
  const attain::year y{2023};
  const attain::quarter q{2023, 1};
  [[maybe_unused]] const bool ok = attain::contains(y, q) && !attain::precedes(y, q);
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const bool bad = y < q;
#endif
  return 0;
}
