// The compiled library's version (attain/version.hpp).
#include "attain/version.hpp"

namespace attain {
const char* library_version() noexcept { return ATTAIN_VERSION_STRING; }
}  // namespace attain
