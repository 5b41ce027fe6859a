// attain/version.hpp — the library's version, as macros and as constants.
//
// attain follows semantic versioning: MAJOR changes break source compatibility, MINOR adds,
// PATCH fixes. The CMake package is versioned the same way (SameMajorVersion).
#ifndef ATTAIN_VERSION_HPP
#define ATTAIN_VERSION_HPP

#define ATTAIN_VERSION_MAJOR 0
#define ATTAIN_VERSION_MINOR 1
#define ATTAIN_VERSION_PATCH 0
#define ATTAIN_VERSION_STRING "0.1.0"

namespace attain {
inline constexpr int version_major = ATTAIN_VERSION_MAJOR;
inline constexpr int version_minor = ATTAIN_VERSION_MINOR;
inline constexpr int version_patch = ATTAIN_VERSION_PATCH;
inline constexpr const char* version_string = ATTAIN_VERSION_STRING;
}  // namespace attain

#endif  // ATTAIN_VERSION_HPP
