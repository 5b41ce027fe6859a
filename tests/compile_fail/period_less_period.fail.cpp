// period < period does not compile.
// Run-time periods of any kinds have no order; containers use attain::period_less.
// expected diagnostic: no match for|invalid operands|no viable
#include "attain/period.hpp"

int main() {
  const attain::period p{attain::year{2023}};
  const attain::period q{attain::quarter{2023, 1}};
  [[maybe_unused]] const bool ok = attain::period_less{}(q, p);
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const bool bad = p < q;
#endif
  return 0;
}
