// difference(year, quarter) does not compile.
// A difference counts periods of one kind; typed periods of two kinds are refused at
// compile time (run-time periods throw errc::kind_mismatch).
// expected diagnostic: deleted|use of deleted
#include "attain/period.hpp"

int main() {
  [[maybe_unused]] const auto ok = attain::difference(attain::year{2023}, attain::year{2020});
#ifdef ATTAIN_COMPILE_FAIL
  [[maybe_unused]] const auto bad = attain::difference(attain::year{2023}, attain::quarter{2023, 1});
#endif
  return 0;
}
