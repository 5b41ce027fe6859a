// Formatting with number formats, percents, and quantities with magnitude words
// (see attain/number_format.hpp).
#include "attain/number_format.hpp"

#include <array>
#include <cstring>

namespace attain {
namespace {

// Canonical text → the format's marks and grouping.
std::string apply_format(const decimal& x, const number_format& f) {
  char buf[max_chars];
  char* end = to_chars(buf, buf + sizeof buf, x);
  const std::string_view canon(buf, static_cast<std::size_t>(end - buf));
  std::string out;
  out.reserve(canon.size() + canon.size() + 1);  // a U+202F group mark is 3 bytes
  std::size_t i = 0;
  if (canon[0] == '-') {
    out += '-';
    i = 1;
  }
  const std::size_t point = canon.find('.');
  const std::size_t int_end = point == std::string_view::npos ? canon.size() : point;
  const std::size_t int_len = int_end - i;
  for (std::size_t k = 0; k < int_len; ++k) {
    if (k != 0 && (int_len - k) % 3 == 0) {
      if (f.narrow_space_groups) out += "\u202F";
      else if (f.group_mark != '\0') out += f.group_mark;
    }
    out += canon[i + k];
  }
  if (point != std::string_view::npos) {
    out += f.decimal_mark;
    out.append(canon.substr(point + 1));
  }
  return out;
}

// A ratio × 100, exactly: only the scale moves.
decimal times_100(const decimal& ratio) {
  if (ratio.scale() >= 2) return decimal::from_parts(ratio.coefficient(), ratio.scale() - 2);
  return ratio * decimal{100};
}

bool is_space(char c) noexcept { return c == ' ' || c == '\t'; }

// Length of a space-like character at t[i] (ASCII space or tab, NBSP, NNBSP, thin space).
std::size_t any_space_length(std::string_view t, std::size_t i) noexcept {
  if (t[i] == '\t') return 1;
  return detail::space_mark_length(t, i);
}

result<decimal> with_input(result<decimal> r, std::string_view whole) {
  if (r) return r;
  parse_error e = r.error();
  e.input = whole;
  return unexpected{e};
}

struct magnitude_word {
  std::string_view word;
  int exponent;
};
constexpr std::array<magnitude_word, 9> magnitude_words{{
    {"nghìn", 3},
    {"ngàn", 3},
    {"triệu", 6},
    {"tỷ", 9},
    {"tỉ", 9},
    {"thousand", 3},
    {"million", 6},
    {"billion", 9},
    {"trillion", 12},
}};

// The exponent of a magnitude word, or -1. ASCII letters compare case-insensitively.
int magnitude_of(std::string_view w) noexcept {
  for (const magnitude_word& m : magnitude_words) {
    if (m.word.size() != w.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < w.size() && same; ++i) {
      char c = w[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == m.word[i];
    }
    if (same) return m.exponent;
  }
  return -1;
}

}  // namespace

int magnitude_exponent(std::string_view word) noexcept { return magnitude_of(word); }

std::string format(const decimal& x, const number_format& f) { return apply_format(x, f); }

std::string format(const decimal& x, const number_format& f, int decimals, rounding mode) {
  return apply_format(round(x, decimals, mode), f);
}

std::string format_percent(const decimal& ratio, const number_format& f, int decimals, rounding mode) {
  std::string out = apply_format(round(times_100(ratio), decimals, mode), f);
  if (f.percent_space) out += "\u202F";  // French: "55,4 %"
  out += '%';
  return out;
}

result<decimal> try_parse_percent(std::string_view text, const number_format& f) noexcept {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end == 0) return unexpected{parse_error{errc::empty_input, 0, text}};
  if (text[end - 1] != '%') return unexpected{parse_error{errc::missing_percent_sign, end, text}};
  std::size_t num_end = end - 1;
  // One space-like character may stand between the number and the sign: "55,4 %".
  for (std::size_t len : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
    if (num_end >= len && any_space_length(text, num_end - len) == len) {
      num_end -= len;
      break;
    }
  }
  result<decimal> r = with_input(decimal::try_parse(text.substr(0, num_end), f), text);
  if (!r) return r;
  const decimal v = *r;
  if (v.scale() + 2 > decimal::max_scale) return unexpected{parse_error{errc::scale_out_of_range, 0, text}};
  return decimal::from_parts(v.coefficient(), v.scale() + 2);
}

decimal parse_percent(std::string_view text, const number_format& f) { return try_parse_percent(text, f).value(); }

result<quantity> try_parse_quantity(std::string_view text, const number_format& f) {
  // The number is the longest prefix of number characters; a space-like group mark belongs
  // to it only when a digit follows.
  std::size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  while (i < text.size()) {
    const char c = text[i];
    if (detail::is_digit(c) || c == '+' || c == '-' || c == f.decimal_mark || (f.group_mark != '\0' && c == f.group_mark)) {
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) == 0xE2 && text.substr(i, 3) == "\u2212") {
      i += 3;
      continue;
    }
    if (f.allow_exponent && (c == 'e' || c == 'E') && i + 1 < text.size() &&
        (detail::is_digit(text[i + 1]) || text[i + 1] == '-' || text[i + 1] == '+')) {
      i += 2;
      continue;
    }
    const std::size_t sp = f.space_groups ? detail::space_mark_length(text, i) : 0;
    if (sp != 0 && i + sp < text.size() && detail::is_digit(text[i + sp])) {
      i += sp;
      continue;
    }
    break;
  }
  // No number at all before the words: name the first character, not an "empty input".
  std::size_t start = 0;
  while (start < i && is_space(text[start])) ++start;
  if (start == i && i < text.size()) return unexpected{parse_error{errc::unexpected_character, i, text}};
  const result<decimal> number = with_input(decimal::try_parse(text.substr(0, i), f), text);
  if (!number) return unexpected{number.error()};

  // Magnitude words, then the unit.
  decimal magnitude{1};
  int total_exponent = 0;
  std::size_t pos = i;
  for (;;) {
    std::size_t w = pos;
    while (w < text.size()) {
      const std::size_t sp = any_space_length(text, w);
      if (sp == 0) break;
      w += sp;
    }
    std::size_t e = w;
    while (e < text.size() && any_space_length(text, e) == 0) ++e;
    if (e == w) break;
    const int exponent = magnitude_of(text.substr(w, e - w));
    if (exponent < 0) break;
    total_exponent += exponent;
    if (total_exponent > decimal::digits) return unexpected{parse_error{errc::too_many_digits, w, text}};
    magnitude = decimal::from_parts(static_cast<int128>(detail::pow10.value[total_exponent]), 0);
    pos = e;
  }
  // The value in base units: number × 10^exponent, exact (the scale absorbs what it can).
  const decimal v = *number;
  int128 coef = v.coefficient();
  int scale = v.scale() - total_exponent;
  if (scale < 0) {
    if (!detail::mul_pow10(coef, -scale, coef)) return unexpected{parse_error{errc::too_many_digits, 0, text}};
    scale = 0;
  }
  std::size_t u = pos;
  while (u < text.size()) {
    const std::size_t sp = any_space_length(text, u);
    if (sp == 0) break;
    u += sp;
  }
  std::size_t ue = text.size();
  while (ue > u && is_space(text[ue - 1])) --ue;
  return quantity{decimal::from_parts(coef, scale), magnitude, std::string(text.substr(u, ue - u))};
}

quantity parse_quantity(std::string_view text, const number_format& f) { return try_parse_quantity(text, f).value(); }

}  // namespace attain
