// What every fuzz target shares: the check that stops the run on a broken invariant, a
// reader of option bytes at the front of an input, and the number formats chosen by a byte.
#ifndef ATTAIN_TESTS_FUZZ_FUZZ_SUPPORT_HPP
#define ATTAIN_TESTS_FUZZ_FUZZ_SUPPORT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/number_format.hpp"

namespace attain::fuzz {

// Prints what broke and where, then aborts: libFuzzer keeps the input as a crash artifact.
[[noreturn]] inline void fail(const char* file, int line, const char* condition,
                              const std::string& message) {
  std::fprintf(stderr, "\n==== attain fuzz invariant violated\n%s:%d: %s\n%s\n", file, line,
               condition, message.c_str());
  std::fflush(stderr);
  std::abort();
}

// The text with control and non-ASCII bytes escaped, quoted, for messages.
inline std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\') {
      out += c;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(u));
      out += buf;
    }
  }
  out += '"';
  return out;
}

inline std::string describe(const decimal& x) {
  return to_string(x) + " (coefficient " + to_string(decimal::from_parts(x.coefficient(), 0)) +
         ", scale " + std::to_string(x.scale()) + ")";
}

// Option bytes first, then the text: option() returns 0 once the input is used up.
class byte_reader {
 public:
  byte_reader(const std::uint8_t* data, std::size_t size) noexcept : data_(data), size_(size) {}
  std::uint8_t option() noexcept { return pos_ < size_ ? data_[pos_++] : std::uint8_t{0}; }
  std::string_view rest() const noexcept {
    return {reinterpret_cast<const char*>(data_) + pos_, size_ - pos_};
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// The library's formats and two that users build themselves, each with and without
// exponents and with and without trimming: 20 formats, chosen by one byte.
inline number_format number_format_from(std::uint8_t b) noexcept {
  constexpr number_format bases[] = {
      number_format::plain(),
      number_format::vi(),
      number_format::en(),
      number_format{'.', '\'', false, false, true},  // 1'621.41
      number_format{',', ' ', false, false, true},   // 1 621,41 (an ASCII space as the mark)
  };
  const number_format base = bases[b % 5];
  return base.with_exponent(((b / 5) & 1) != 0).with_trim_spaces(((b / 10) & 1) == 0);
}

inline std::string describe(const number_format& f) {
  std::string out = "number_format{decimal_mark ";
  out += quoted(std::string_view(&f.decimal_mark, 1));
  out += ", group_mark ";
  out += f.group_mark == '\0' ? std::string("none") : quoted(std::string_view(&f.group_mark, 1));
  out += f.space_groups ? ", space groups" : "";
  out += f.allow_exponent ? ", exponent" : "";
  out += f.trim_spaces ? ", trim" : ", no trim";
  out += '}';
  return out;
}

// A parse error must point into its input and describe itself.
inline bool well_formed(const parse_error& e, std::string_view input) {
  if (e.code == errc::ok || e.offset > input.size()) return false;
  if (e.input.data() != input.data() || e.input.size() != input.size()) return false;
  return !to_string(e).empty();
}

}  // namespace attain::fuzz

#define ATTAIN_FUZZ_CHECK(condition, message)                                          \
  do {                                                                                 \
    if (!(condition)) ::attain::fuzz::fail(__FILE__, __LINE__, #condition, (message)); \
  } while (false)

#endif  // ATTAIN_TESTS_FUZZ_FUZZ_SUPPORT_HPP
