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

namespace attain::detail {
[[noreturn]] void contract_violation(const char* condition, const char* file, int line) noexcept;
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
