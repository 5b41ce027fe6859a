// Loads the shared libattain with dlopen, calls attain::library_version() through dlsym, and
// unloads it: after dlclose the library must be gone from the process (no STB_GNU_UNIQUE
// symbol or other reference keeps it), and a second load must work.
//
//   dlopen_test <path to libattain.so> <expected version>
#include <dlfcn.h>

#include <cstdio>
#include <cstring>

namespace {

// The mangled name of `const char* attain::library_version() noexcept` (Itanium C++ ABI).
constexpr const char* library_version_symbol = "_ZN6attain15library_versionEv";

bool load_call_unload(const char* path, const char* expected) {
  void* lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (lib == nullptr) {
    std::fprintf(stderr, "dlopen(%s) failed: %s\n", path, dlerror());
    return false;
  }
  void* sym = dlsym(lib, library_version_symbol);
  if (sym == nullptr) {
    std::fprintf(stderr, "dlsym(%s) failed: %s\n", library_version_symbol, dlerror());
    return false;
  }
  using version_fn = const char* (*)() noexcept;
  version_fn fn = nullptr;
  static_assert(sizeof fn == sizeof sym);
  std::memcpy(&fn, &sym, sizeof fn);  // object pointer to function pointer, as POSIX allows
  const char* version = fn();
  if (std::strcmp(version, expected) != 0) {
    std::fprintf(stderr, "library_version() is \"%s\", expected \"%s\"\n", version, expected);
    return false;
  }
  if (dlclose(lib) != 0) {
    std::fprintf(stderr, "dlclose failed: %s\n", dlerror());
    return false;
  }
  if (void* still = dlopen(path, RTLD_NOW | RTLD_NOLOAD); still != nullptr) {
    std::fprintf(stderr, "%s is still loaded after dlclose\n", path);
    dlclose(still);
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: dlopen_test <libattain.so> <expected version>\n");
    return 2;
  }
  for (int round = 1; round <= 2; ++round) {
    if (!load_call_unload(argv[1], argv[2])) {
      std::fprintf(stderr, "round %d failed\n", round);
      return 1;
    }
  }
  std::printf("loaded, called library_version() = %s, unloaded; twice\n", argv[2]);
  return 0;
}
