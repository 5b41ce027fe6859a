// Internal: the observation reader's fast paths for its two hot fields — the value in the
// common plain shape and a short period text — each a subset of the general code that gives
// the same answer, and that hands everything else (errors included) to the general code.
//
// Both read whole 8-byte words around a field. They only ever read bytes of the field's own
// record text (`csv_record::text()`): a word that would start before the record, or a field
// that does not lie in the record's text (a quoted field unescaped into scratch), takes the
// general path.
#ifndef ATTAIN_SRC_IO_FAST_FIELDS_HPP
#define ATTAIN_SRC_IO_FAST_FIELDS_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "attain/config.hpp"
#include "attain/period.hpp"

namespace attain::io::detail {

// Whether [field.data() - before, field.data() + field.size()) lies inside `record`: the
// field's offset in the record, taken on integers (a field outside the record, below it or
// above it, gives an offset past the record's size).
[[gnu::always_inline]] inline bool readable_back(std::string_view record, std::string_view field,
                                                 std::size_t before) noexcept {
  const std::uintptr_t offset =
      reinterpret_cast<std::uintptr_t>(field.data()) - reinterpret_cast<std::uintptr_t>(record.data());
  return offset >= before && offset <= record.size() && record.size() - offset >= field.size();
}

[[gnu::always_inline]] inline std::uint64_t load64(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Eight ASCII digits (byte 0 the most significant, as in memory on a little-endian machine;
// a byte of 0 counts as the digit 0) → their value. Only the low nibble of each byte is read.
[[gnu::always_inline]] inline std::uint64_t eight_digits(std::uint64_t w) noexcept {
  w = ((w & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
  w = ((w & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
  return ((w & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
}

// Masks of bytes [k, 16) of a 16-byte window, k = 0…16, as the low and high words of a
// 128-bit mask (a table: a variable 128-bit shift costs a handful of instructions).
struct window_masks {
  std::uint64_t lo[17]{}, hi[17]{};
  constexpr window_masks() {
    for (unsigned k = 0; k <= 16; ++k) {
      lo[k] = k >= 8 ? 0 : ~std::uint64_t{0} << (8 * k);
      hi[k] = k <= 8 ? ~std::uint64_t{0} : k == 16 ? 0 : ~std::uint64_t{0} << (8 * (k - 8));
    }
  }
  constexpr uint128 from(unsigned k) const noexcept { return (static_cast<uint128>(hi[k]) << 64) | lo[k]; }
};
inline constexpr window_masks window_from{};

// The high bit of every byte of w that is not an ASCII digit.
[[gnu::always_inline]] inline std::uint64_t non_digits(std::uint64_t w) noexcept {
  const std::uint64_t x = w ^ 0x3030303030303030ULL;  // a digit becomes 0…9
  return (((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7676767676767676ULL) | x) & 0x8080808080808080ULL;
}

// A number read by parse_plain_decimal: coefficient × 10^-scale; `ok` false when the text
// has another shape. Returned in registers (a decimal written through a pointer and read back
// whole stalls on store forwarding).
struct plain_number {
  std::int64_t coefficient = 0;
  int scale = 0;
  bool ok = false;
};

// The plain shape of a number, the hot case of the value column: an optional sign, then 1 to
// 16 characters that are digits and at most one decimal mark between digits, with no grouping,
// no space, no exponent — all of it the shape detail::parse_decimal_fast reads, which gives
// decimal::from_parts(±digits, digits after the mark). `ok` and the number when `field` has
// that shape; `ok` false otherwise — also when `field` does not lie in `record` (the record's
// text) with 16 bytes from the record's start to the field's end — and the caller parses with
// decimal::try_parse, whose results and errors are therefore untouched. `decimal_mark` is '.'
// or ',' (the caller checks the format as parse_decimal_fast does). Not inlined: in the row
// loop its dozen live words would crowd out the loop's own.
[[gnu::noinline]] inline plain_number parse_plain_decimal(std::string_view record, std::string_view field,
                                                          char decimal_mark) noexcept {
  const std::size_t n = field.size();
  if (n == 0 || n > 17) return {};
  const char* const p = field.data();
  const bool negative = p[0] == '-';
  const std::size_t sign = (negative || p[0] == '+') ? 1 : 0;
  const auto m = static_cast<unsigned>(n - sign);  // the digits and the mark
  if (m == 0 || m > 16) return {};
  // The 16 bytes that end where the field ends, as one 128-bit word whose byte i is byte i of
  // the window: bytes [16 - m, 16) are the number.
  if (!readable_back(record, field, 16 - n)) return {};
  const char* const end = p + n;
  const std::uint64_t lo = load64(end - 16), hi = load64(end - 8);
  const uint128 region = window_from.from(16 - m);
  const uint128 bad = ((static_cast<uint128>(non_digits(hi)) << 64) | non_digits(lo)) & region;
  uint128 digits = ((static_cast<uint128>(hi) << 64) | lo) & region;
  int scale = 0;
  if (bad != 0) {
    // Exactly one other byte, the decimal mark, with a digit on each side.
    if ((bad & (bad - 1)) != 0) return {};  // two or more (no popcount: not every target has one)
    const auto bad_lo = static_cast<std::uint64_t>(bad), bad_hi = static_cast<std::uint64_t>(bad >> 64);
    const unsigned at = bad_lo != 0 ? static_cast<unsigned>(__builtin_ctzll(bad_lo)) >> 3
                                    : 8 + (static_cast<unsigned>(__builtin_ctzll(bad_hi)) >> 3);
    if (end[static_cast<std::ptrdiff_t>(at) - 16] != decimal_mark || at == 15 || at == 16 - m) return {};
    // The digits before the mark move up one byte, onto it: the window then holds the
    // coefficient's digits alone, after a byte of 0 (a leading zero).
    digits = ((digits & ~window_from.from(at)) << 8) | (digits & window_from.from(at + 1));
    scale = static_cast<int>(15 - at);
  }
  const std::uint64_t value = eight_digits(static_cast<std::uint64_t>(digits)) * 100000000ULL +
                              eight_digits(static_cast<std::uint64_t>(digits >> 64));
  const auto c = static_cast<std::int64_t>(value);  // below 10^16
  return {negative ? -c : c, scale, true};
}

// Periods of up to 8 bytes, kept as one 64-bit word and its length: one multiply to hash,
// one compare to find. Successes only (an error views the text, so it is made afresh by the
// general cache each time). A fixed table that stops taking texts when half full.
class short_period_cache {
 public:
  short_period_cache() : slots_(size) {}

  // A short text as one word: its bytes, and above them its length (a text of 8 bytes fills
  // the word; its length is also in the slot). `keyed` is false when the text is not short or
  // not readable as one word.
  struct key {
    std::uint64_t word = 0;
    bool keyed = false;
  };
  static key key_of(std::string_view record, std::string_view field) noexcept {
    const std::size_t n = field.size();
    // The shift below keeps the field's own bytes only in little-endian order.
    if constexpr (std::endian::native != std::endian::little) return {};
    if (n == 0 || n > 8 || !readable_back(record, field, 8 - n)) return {};
    if (n == 8) return {load64(field.data()), true};
    return {(load64(field.data() + n - 8) >> (8 * (8 - n))) | (static_cast<std::uint64_t>(n) << 56), true};
  }
  // The period kept for the text of `k` (of `length` bytes), or nullptr.
  const period* find(const key& k, std::size_t length) const noexcept {
    if (!k.keyed) return nullptr;
    for (std::size_t i = index(k.word);; i = (i + 1) & (size - 1)) {
      const slot& s = slots_[i];
      if (s.length == 0) return nullptr;
      if (s.word == k.word && s.length == length) return &s.value;
    }
  }
  // Keeps `p` as the period of the text of `k`, while the table is less than half full.
  void add(const key& k, std::size_t length, const period& p) {
    if (!k.keyed || used_ * 2 >= size) return;
    std::size_t i = index(k.word);
    while (slots_[i].length != 0) i = (i + 1) & (size - 1);
    slots_[i] = slot{k.word, static_cast<std::uint32_t>(length), p};
    ++used_;
  }

 private:
  static constexpr std::size_t size = 1024;
  static std::size_t index(std::uint64_t word) noexcept {
    return static_cast<std::size_t>((word * 0x9E3779B97F4A7C15ULL) >> 54);  // 10 bits: size
  }
  struct slot {
    std::uint64_t word = 0;
    std::uint32_t length = 0;  // 0: empty
    period value{};
  };
  std::vector<slot> slots_;
  std::size_t used_ = 0;
};

}  // namespace attain::io::detail

#endif  // ATTAIN_SRC_IO_FAST_FIELDS_HPP
