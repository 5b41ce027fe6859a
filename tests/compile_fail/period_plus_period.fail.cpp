// period + period does not compile.
// A period is a point on the calendar; two points do not add. Shift by a count instead.
// expected diagnostic: no match for|invalid operands|no viable
#include "attain/period.hpp"

int main() {
  const attain::period p{attain::year{2023}};
  const attain::period q{attain::year{2020}};
  [[maybe_unused]] const auto ok = attain::shift(p, attain::difference(p, q));
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const auto bad = p + q;
#endif
  return 0;
}
