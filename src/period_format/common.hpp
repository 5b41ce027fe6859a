// Internal to the period parsers and formatters (src/period_format/*.cpp, one file per
// syntax of attain/period_format.hpp): the cursor they read text with, the outcome of a parse
// (a period or a failure with its code and byte offset), the checks that turn an index into
// a period or a failure, the digit writers, and each syntax's parser and formatter.
#ifndef ATTAIN_SRC_PERIOD_FORMAT_COMMON_HPP
#define ATTAIN_SRC_PERIOD_FORMAT_COMMON_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/detail/civil.hpp"
#include "attain/error.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"

namespace attain::detail::period_text {

inline constexpr std::string_view en_dash = "\xE2\x80\x93";  // –
inline constexpr std::string_view em_dash = "\xE2\x80\x94";  // —

// ---------------------------------------------------------------------------------------
// Parsing helpers
// ---------------------------------------------------------------------------------------

struct fail {
  errc code;
  std::size_t offset;
};

// A parse outcome inside the parsers: a period or a failure (code, offset).
struct outcome {
  std::optional<period> value;
  fail error{errc::ok, 0};

  outcome(const period& p) : value(p) {}  // NOLINT
  outcome(fail f) : error(f) {}           // NOLINT
  bool ok() const noexcept { return value.has_value(); }
};

struct cursor {
  std::string_view s;
  std::size_t pos = 0;

  bool at_end() const noexcept { return pos >= s.size(); }
  char peek() const noexcept { return at_end() ? '\0' : s[pos]; }
  bool eat(char c) noexcept {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  bool eat(std::string_view w) noexcept {
    if (s.substr(pos, w.size()) != w) return false;
    pos += w.size();
    return true;
  }
  // A keyword whose first letter may be upper or lower case (ASCII), the rest exact.
  bool eat_word(std::string_view w) noexcept {
    if (s.size() - pos < w.size() || w.empty()) return false;
    const char c = s[pos];
    const char lw = w[0];
    const char up = static_cast<char>(lw >= 'a' && lw <= 'z' ? lw - 'a' + 'A' : lw);
    if (c != lw && c != up) return false;
    if (s.substr(pos + 1, w.size() - 1) != w.substr(1)) return false;
    pos += w.size();
    return true;
  }
  std::size_t digit_run() const noexcept {
    std::size_t n = 0;
    while (pos + n < s.size() && is_digit(s[pos + n])) ++n;
    return n;
  }
  // Reads n digits (caller checked they are there).
  int number(std::size_t n) noexcept {
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[pos + i] - '0');
    pos += n;
    return v;
  }
  // Reads a run of 1…9 digits; std::nullopt when there is none.
  std::optional<long long> run() noexcept {
    const std::size_t n = digit_run();
    if (n == 0) return std::nullopt;
    long long v = 0;
    for (std::size_t i = 0; i < n; ++i) v = n > 9 ? 999999999 : v * 10 + (s[pos + i] - '0');
    pos += n;
    return v;
  }
  std::size_t skip_spaces() noexcept {
    const std::size_t before = pos;
    while (peek() == ' ') ++pos;
    return pos - before;
  }
  // A dash between two years: en dash, em dash or hyphen, with optional spaces around.
  bool eat_dash() noexcept {
    const std::size_t save = pos;
    skip_spaces();
    if (eat(en_dash) || eat(em_dash) || eat('-')) {
      skip_spaces();
      return true;
    }
    pos = save;
    return false;
  }
};

// Four-digit year at the cursor.
inline std::optional<fail> read_year(cursor& c, int& y) {
  const std::size_t start = c.pos;
  if (c.digit_run() < 4) return fail{errc::unknown_period_syntax, start + c.digit_run()};
  y = c.number(4);
  if (!detail::year_ok(y)) return fail{errc::year_out_of_range, start};
  return std::nullopt;
}

// Builders that turn an index check into a failure at `at`.
inline outcome monthly(period_kind k, int y, long long index, year_start st, std::size_t at) {
  const int per = 12 / detail::months_per(k);
  if (index < 1 || index > per) return fail{detail::index_error(k), at};
  return detail::make_monthly(k, static_cast<std::int64_t>(y) * per + index - 1, st);
}

inline outcome week_of(int y, long long n, int ws, std::size_t at) {
  if (n < 1 || n > detail::weeks_in_week_year(y, ws)) return fail{errc::week_out_of_range, at};
  return detail::make_week(detail::week_one_start(y, ws) + 7 * (n - 1), static_cast<std::uint8_t>(ws));
}

inline outcome day_of(int y, int m, int d, std::size_t month_at, std::size_t day_at) {
  if (m < 1 || m > 12) return fail{errc::month_out_of_range, month_at};
  if (d < 1 || d > detail::days_in_month(y, m)) return fail{errc::day_out_of_range, day_at};
  return detail::make_day(days_from_civil(y, m, d));
}

inline fail trailing(const cursor& c) { return fail{errc::unknown_period_syntax, c.pos}; }

inline result<period> to_result(const outcome& o, std::string_view text) noexcept {
  if (o.ok()) return *o.value;
  return unexpected{parse_error{o.error.code, o.error.offset, text}};
}

// The parser of each syntax (sdmx.cpp, dhis2.cpp, iso.cpp, human.cpp).
outcome parse_sdmx(std::string_view text, year_start st);
outcome parse_dhis2(std::string_view text);
// `week_dates`: accept the basic week date YYYYWwwD. Autodetection leaves it out, because
// it collides with DHIS2's weeks: 2011W234 is ISO's 2011-W23-4 but DHIS2's (invalid) week 234.
outcome parse_iso(std::string_view text, bool week_dates = true);
outcome parse_human(std::string_view text);

// --- intervals (SDMX and ISO; iso.cpp) -------------------------------------------------

struct endpoint {
  std::int32_t first;
  std::int32_t last;
  bool year_only;
};

// An ISO calendar endpoint: YYYY, YYYY-MM, YYYY-MM-DD (extended) or YYYYMMDD (basic; ISO only).
std::optional<fail> read_endpoint(cursor& c, endpoint& e, bool allow_reduced);
// After "start/": a duration or an end point. `start` is the already-read first endpoint.
outcome interval_after_start(cursor& c, const endpoint& start, bool iso);

// ---------------------------------------------------------------------------------------
// Formatting helpers
// ---------------------------------------------------------------------------------------

inline void put2(std::string& out, int v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}
inline void put3(std::string& out, int v) {
  out += static_cast<char>('0' + v / 100);
  put2(out, v % 100);
}
inline void put_year(std::string& out, int y) {
  out += static_cast<char>('0' + y / 1000);
  put3(out, y % 1000);
}
inline void put_date(std::string& out, std::int32_t z) {
  const civil_date c = civil_from_days(z);
  put_year(out, c.year);
  out += '-';
  put2(out, c.month);
  out += '-';
  put2(out, c.day);
}
inline void put_int(std::string& out, long long v) { out += std::to_string(v); }

// Whether each syntax can express p, and p in it (sdmx.cpp, dhis2.cpp, iso.cpp, human.cpp).
bool can_sdmx(const period& p);
bool can_dhis2(const period& p);
bool can_iso(const period& p);
std::string format_sdmx(const period& p);
std::string format_dhis2(const period& p);
std::string format_iso(const period& p);
std::string format_human_en(const period& p, term_label label);
// SDMX's reporting form of a month-based period: 2023-Q1, 2023-M06, 2023-A1 … (sdmx.cpp)
void put_sdmx_reporting(std::string& out, const period& p);

}  // namespace attain::detail::period_text

#endif  // ATTAIN_SRC_PERIOD_FORMAT_COMMON_HPP
