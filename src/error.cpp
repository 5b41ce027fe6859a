// The error funnel and messages (see attain/error.hpp).
#include "attain/error.hpp"

#include <cstdio>
#include <cstdlib>

namespace attain {

std::string_view describe(errc code) noexcept {
  switch (code) {
    case errc::ok: return "no error";
    case errc::empty_input: return "empty input";
    case errc::unexpected_character: return "unexpected character";
    case errc::missing_digits: return "missing digits";
    case errc::bad_grouping: return "bad digit grouping";
    case errc::too_many_digits: return "too many digits";
    case errc::scale_out_of_range: return "too many fractional digits";
    case errc::exponent_out_of_range: return "exponent out of range";
    case errc::unknown_unit: return "unknown magnitude or unit";
    case errc::missing_percent_sign: return "missing percent sign";
    case errc::year_out_of_range: return "year out of range";
    case errc::month_out_of_range: return "month out of range";
    case errc::day_out_of_range: return "day out of range";
    case errc::week_out_of_range: return "week out of range";
    case errc::quarter_out_of_range: return "quarter out of range";
    case errc::half_out_of_range: return "half-year out of range";
    case errc::trimester_out_of_range: return "trimester out of range";
    case errc::bimonth_out_of_range: return "bi-month out of range";
    case errc::period_out_of_range: return "period out of range";
    case errc::bad_range: return "range ends before it starts";
    case errc::ambiguous_period: return "ambiguous period";
    case errc::unknown_period_syntax: return "unrecognised period";
    case errc::kind_mismatch: return "periods of different kinds";
    case errc::not_aligned: return "period boundaries do not align";
    case errc::overflow: return "overflow";
    case errc::division_by_zero: return "division by zero";
    case errc::invalid_argument: return "invalid argument";
    case errc::inexact: return "inexact";
    case errc::no_value: return "no value";
  }
  return "unknown error";
}

namespace {
// Length of the UTF-8 sequence that starts with byte b (1 for a stray continuation byte).
std::size_t utf8_length(unsigned char b) noexcept {
  if (b >= 0xF0 && b < 0xF8) return 4;
  if (b >= 0xE0) return b < 0xF0 ? 3 : 1;
  if (b >= 0xC0) return 2;
  return 1;
}

void append_quoted_char(std::string& out, std::string_view input, std::size_t offset) {
  const auto b = static_cast<unsigned char>(input[offset]);
  std::size_t n = utf8_length(b);
  if (offset + n > input.size()) n = 1;
  bool valid = n > 1 || b < 0x80;
  for (std::size_t i = 1; i < n && valid; ++i)
    valid = (static_cast<unsigned char>(input[offset + i]) & 0xC0) == 0x80;
  if (valid && b >= 0x20 && b != 0x7F) {
    out += '\'';
    out.append(input.substr(offset, n));
    out += '\'';
  } else {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
    out += buf;
  }
}
}  // namespace

std::string to_string(const parse_error& e) {
  std::string out(describe(e.code));
  if (e.code == errc::unexpected_character && e.offset < e.input.size()) {
    out += ' ';
    append_quoted_char(out, e.input, e.offset);
  }
  out += " at ";
  out += std::to_string(e.offset);
  out += " in ";
  out += detail::quote_excerpt(e.input);
  return out;
}

invalid_input::invalid_input(const parse_error& e)
    : std::invalid_argument(attain::to_string(e)), code_(e.code), offset_(e.offset), input_(e.input) {}

namespace detail {
std::string quote_excerpt(std::string_view text) {
  constexpr std::size_t whole = 100;  // quoted whole up to this many bytes
  constexpr std::size_t shown = 80;   // bytes shown of a longer text
  std::size_t n = text.size();
  if (n > whole) {
    n = shown;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // whole characters
  }
  std::string out = "\"";
  out.reserve(n + 24);
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    // A message is one line and one C string: control characters other than a tab are
    // written as escapes (a NUL would end what(), a line end would split the message).
    if (b >= 0x20 || b == '\t') {
      out += text[i];
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(b));
      out += buf;
    }
  }
  out += '"';
  if (n < text.size()) {
    out.insert(out.size() - 1, "…");
    out += " (";
    out += std::to_string(text.size());
    out += " bytes)";
  }
  return out;
}

}  // namespace detail

namespace out_of_line {
void raise(const parse_error& e) { throw invalid_input(e); }
void raise_overflow(const char* what) { throw attain::overflow_error(what); }
void raise_domain(errc code, const std::string& what) { throw attain::domain_error(code, what); }

void contract_violation(const char* condition, const char* file, int line) noexcept {
  std::fprintf(stderr, "attain: contract violated: %s (%s:%d)\n", condition, file, line);
  std::abort();
}
}  // namespace out_of_line
}  // namespace attain
