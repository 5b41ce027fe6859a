// attain/version.hpp — the library's version, as macros and as constants.
//
// ONE SOURCE
//   These three macros are the only place the version is written: CMakeLists.txt reads them
//   into project(VERSION) (and so the shared library's SONAME, the CMake package version and
//   attain.pc), and the Conan recipe reads them into the package version.
//
// VERSIONS (README.md, "Versions")
//   attain follows semantic versioning. Before 1.0, a MINOR release may break source and
//   binary compatibility and PATCH releases fix: the shared library's SONAME is
//   libattain.so.MAJOR.MINOR (libattain.so.0.1) and find_package(attain 0.1) accepts 0.1.x
//   only (SameMinorVersion). From 1.0 on, MAJOR breaks, MINOR adds, PATCH fixes; the SONAME
//   is libattain.so.MAJOR and the CMake package accepts the same major version.
//
//   library_version() is the version of the compiled library a program runs with; the
//   macros are the version of the headers it was compiled against:
//
//     std::string_view{attain::library_version()} == ATTAIN_VERSION_STRING  // true when they match
#ifndef ATTAIN_VERSION_HPP
#define ATTAIN_VERSION_HPP

#include "attain/config.hpp"

#define ATTAIN_VERSION_MAJOR 0
#define ATTAIN_VERSION_MINOR 1
#define ATTAIN_VERSION_PATCH 0

#define ATTAIN_VERSION_STRINGIZE_(x) #x
#define ATTAIN_VERSION_STRINGIZE(x) ATTAIN_VERSION_STRINGIZE_(x)
#define ATTAIN_VERSION_STRING                                                                     \
  ATTAIN_VERSION_STRINGIZE(ATTAIN_VERSION_MAJOR)                                                  \
  "." ATTAIN_VERSION_STRINGIZE(ATTAIN_VERSION_MINOR) "." ATTAIN_VERSION_STRINGIZE(ATTAIN_VERSION_PATCH)

namespace attain {
inline constexpr int version_major = ATTAIN_VERSION_MAJOR;
inline constexpr int version_minor = ATTAIN_VERSION_MINOR;
inline constexpr int version_patch = ATTAIN_VERSION_PATCH;
inline constexpr const char* version_string = ATTAIN_VERSION_STRING;

// The version of the compiled library ("0.1.0"): ATTAIN_VERSION_STRING as src/version.cpp saw
// it. A program linked to a shared libattain can check that it runs with the library its
// headers describe.
ATTAIN_API const char* library_version() noexcept;
}  // namespace attain

#endif  // ATTAIN_VERSION_HPP
