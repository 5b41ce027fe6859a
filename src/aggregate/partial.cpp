// The compiled half of attain/aggregate/partial.hpp: the error of a corrupt serialized state.
#include "attain/aggregate/partial.hpp"

#include <string>

namespace attain {

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

void raise_bad_state(const char* what) {
  raise_domain(errc::invalid_argument, std::string("invalid serialized partial state: ") + what);
}

}  // namespace out_of_line

}  // namespace attain
