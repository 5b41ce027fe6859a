// attain/config.hpp — compiler facts and the contract macro.
//
// CONTRACTS
//   ATTAIN_EXPECTS(cond) states a precondition on *programmer* input (a scale out of range in
//   a call the programmer wrote, an index past the end). It is checked when ATTAIN_CONTRACTS
//   is 1 — the default unless NDEBUG is defined — and a violation aborts with the condition,
//   file and line. User data (text, files) is never asserted: it is validated and reported
//   through attain/error.hpp.
#ifndef ATTAIN_CONFIG_HPP
#define ATTAIN_CONFIG_HPP

#if !defined(__SIZEOF_INT128__)
#error "attain needs a compiler with a native 128-bit integer (__int128): GCC or Clang on a 64-bit target"
#endif

#ifndef ATTAIN_CONTRACTS
#ifdef NDEBUG
#define ATTAIN_CONTRACTS 0
#else
#define ATTAIN_CONTRACTS 1
#endif
#endif

#define ATTAIN_LIKELY(x) __builtin_expect(!!(x), 1)
#define ATTAIN_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define ATTAIN_COLD [[gnu::cold, gnu::noinline]]

// SYMBOL VISIBILITY
//   The library is compiled with hidden visibility (-fvisibility=hidden) and hidden inline
//   functions (-fvisibility-inlines-hidden): a shared libattain exports exactly what is marked
//   ATTAIN_API, which is the public API declared in these headers, and nothing of Boost, of
//   the standard library or of attain::detail (tests/abi/exported_symbols checks it).
//
//   ATTAIN_API marks a function or a class that is compiled in src/ and called by users.
//   attain::out_of_line holds the few compiled functions that the *inline* code of these
//   headers calls (the throw funnel, the contract handler, the wide-arithmetic slow paths):
//   a program compiled against the headers calls them, so they are part of the shared
//   library's ABI and are exported, but they are not meant to be called directly; their
//   signatures may change with any minor version (see "Versions" in README.md).
#if defined(ATTAIN_STATIC_DEFINE)
#define ATTAIN_API
#else
#define ATTAIN_API __attribute__((visibility("default")))
#endif

namespace attain::out_of_line {
[[noreturn]] ATTAIN_API void contract_violation(const char* condition, const char* file, int line) noexcept;
}  // namespace attain::out_of_line

namespace attain::detail {
using out_of_line::contract_violation;
}  // namespace attain::detail

#if ATTAIN_CONTRACTS
#define ATTAIN_EXPECTS(cond) \
  (ATTAIN_LIKELY(cond) ? static_cast<void>(0) : ::attain::detail::contract_violation(#cond, __FILE__, __LINE__))
#else
#define ATTAIN_EXPECTS(cond) static_cast<void>(0)
#endif

namespace attain {
// The native 128-bit integers. `__extension__` keeps -Wpedantic quiet: the type is a GCC/Clang
// extension that both compilers support on every 64-bit target we build for.
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;
}  // namespace attain

#endif  // ATTAIN_CONFIG_HPP
