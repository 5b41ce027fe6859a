// Period text forms (see attain/period_format.hpp) and the period error messages.
#include "attain/period_format.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "attain/term.hpp"

namespace attain {

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------
// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

void raise_period(errc code, const char* what, long long a, long long b) {
  std::string msg(describe(code));
  msg += ": ";
  msg += what;
  msg += ' ';
  msg += std::to_string(a);
  if (code == errc::year_out_of_range) {
    msg += " (expected ";
    msg += std::to_string(min_period_year);
    msg += " to ";
    msg += std::to_string(max_period_year);
    msg += ')';
  } else if (code == errc::bad_range) {
    if (b != 0) {
      msg += " before ";
      msg += std::to_string(b);
    }
  } else if (b != 0) {
    msg += " (expected 1 to ";
    msg += std::to_string(b);
    msg += ')';
  }
  raise_domain(code, msg);
}

void raise_not_aligned(const period& p, period_kind kind, bool enclosing) {
  std::string msg;
  if (kind == period_kind::term || kind == period_kind::range) {
    msg = std::string(describe(errc::kind_mismatch)) + ": ";
    msg += enclosing ? "no enclosing " : "cannot split into ";
    msg += to_string(kind);
    raise_domain(errc::kind_mismatch, msg);
  }
  msg = std::string(describe(errc::not_aligned)) + ": ";
  msg += to_string(p);
  msg += enclosing ? " lies in more than one " : " is not a whole number of ";
  msg += to_string(kind);
  if (!enclosing) msg += 's';
  raise_domain(errc::not_aligned, msg);
}

void raise_kind_mismatch(const period& a, const period& b) {
  std::string msg(describe(errc::kind_mismatch));
  msg += ": ";
  msg += to_string(a);
  msg += " (";
  msg += to_string(a.kind());
  msg += ") and ";
  msg += to_string(b);
  msg += " (";
  msg += to_string(b.kind());
  msg += ')';
  raise_domain(errc::kind_mismatch, msg);
}

}  // namespace out_of_line

namespace {

using detail::civil_date;
using detail::civil_from_days;
using detail::days_from_civil;

constexpr std::string_view en_dash = "\xE2\x80\x93";  // –
constexpr std::string_view em_dash = "\xE2\x80\x94";  // —

// ---------------------------------------------------------------------------------------
// Parsing helpers
// ---------------------------------------------------------------------------------------

struct fail {
  errc code;
  std::size_t offset;
};

// A parse outcome inside this file: a period or a failure (code, offset).
struct outcome {
  std::optional<period> value;
  fail error{errc::ok, 0};

  outcome(const period& p) : value(p) {}  // NOLINT
  outcome(fail f) : error(f) {}           // NOLINT
  bool ok() const noexcept { return value.has_value(); }
};

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

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
std::optional<fail> read_year(cursor& c, int& y) {
  const std::size_t start = c.pos;
  if (c.digit_run() < 4) return fail{errc::unknown_period_syntax, start + c.digit_run()};
  y = c.number(4);
  if (!detail::year_ok(y)) return fail{errc::year_out_of_range, start};
  return std::nullopt;
}

// Builders that turn an index check into a failure at `at`.
outcome monthly(period_kind k, int y, long long index, year_start st, std::size_t at) {
  const int per = 12 / detail::months_per(k);
  if (index < 1 || index > per) return fail{detail::index_error(k), at};
  return detail::make_monthly(k, static_cast<std::int64_t>(y) * per + index - 1, st);
}

outcome week_of(int y, long long n, int ws, std::size_t at) {
  if (n < 1 || n > detail::weeks_in_week_year(y, ws)) return fail{errc::week_out_of_range, at};
  return detail::make_week(detail::week_one_start(y, ws) + 7 * (n - 1), static_cast<std::uint8_t>(ws));
}

outcome day_of(int y, int m, int d, std::size_t month_at, std::size_t day_at) {
  if (m < 1 || m > 12) return fail{errc::month_out_of_range, month_at};
  if (d < 1 || d > detail::days_in_month(y, m)) return fail{errc::day_out_of_range, day_at};
  return detail::make_day(days_from_civil(y, m, d));
}

outcome ordinal_day(int y, long long n, std::size_t at) {
  if (n < 1 || n > detail::days_in_year(y)) return fail{errc::day_out_of_range, at};
  return detail::make_day(days_from_civil(y, 1, 1) + n - 1);
}

bool done(const cursor& c) { return c.at_end(); }
fail trailing(const cursor& c) { return fail{errc::unknown_period_syntax, c.pos}; }

// --- intervals (SDMX and ISO) ---------------------------------------------------------

struct endpoint {
  std::int32_t first;
  std::int32_t last;
  bool year_only;
};

struct duration {
  long long years = 0, months = 0, weeks = 0, days = 0;
};

// P[nY][nM][nW][nD], at least one part, no time part.
std::optional<fail> read_duration(cursor& c, duration& d) {
  const std::size_t start = c.pos;
  if (!c.eat('P')) return fail{errc::unknown_period_syntax, c.pos};
  int order = 0;
  bool any = false;
  while (!c.at_end() && c.peek() != '/') {
    const std::size_t at = c.pos;
    const auto n = c.run();
    if (!n) return fail{errc::unknown_period_syntax, c.pos};
    const char unit = c.peek();
    const int rank = unit == 'Y' ? 1 : unit == 'M' ? 2 : unit == 'W' ? 3 : unit == 'D' ? 4 : 0;
    if (rank == 0 || rank <= order) return fail{errc::unknown_period_syntax, c.pos};
    if (*n > 9'999'999) return fail{errc::year_out_of_range, at};
    order = rank;
    any = true;
    ++c.pos;
    (rank == 1 ? d.years : rank == 2 ? d.months : rank == 3 ? d.weeks : d.days) = *n;
  }
  if (!any) return fail{errc::missing_digits, start + 1};
  return std::nullopt;
}

// Day z moved by a duration (sign +1 or -1), months clamped to the month's length.
std::optional<std::int64_t> apply(std::int32_t z, const duration& d, int sign) {
  const civil_date c = civil_from_days(z);
  const long long total = (c.month - 1) + sign * (d.months + 12 * d.years);
  const long long y = c.year + detail::floor_div(total, 12);
  if (y < min_period_year - 1 || y > max_period_year + 1) return std::nullopt;
  const auto m = static_cast<int>(detail::floor_mod(total, 12) + 1);
  const int dd = std::min(c.day, detail::days_in_month(static_cast<int>(y), m));
  return static_cast<std::int64_t>(days_from_civil(static_cast<int>(y), m, dd)) + sign * (7 * d.weeks + d.days);
}

// An ISO calendar endpoint: YYYY, YYYY-MM, YYYY-MM-DD (extended) or YYYYMMDD (basic; ISO only).
std::optional<fail> read_endpoint(cursor& c, endpoint& e, bool allow_reduced) {
  int y = 0;
  if (auto f = read_year(c, y)) return f;
  if (c.peek() == '-' && c.pos + 1 < c.s.size() && is_digit(c.s[c.pos + 1])) {
    ++c.pos;
    const std::size_t mat = c.pos;
    if (c.digit_run() != 2) return fail{errc::unknown_period_syntax, mat};
    const int m = c.number(2);
    if (m < 1 || m > 12) return fail{errc::month_out_of_range, mat};
    if (c.peek() == '-') {
      ++c.pos;
      const std::size_t dat = c.pos;
      if (c.digit_run() != 2) return fail{errc::unknown_period_syntax, dat};
      const int d = c.number(2);
      if (d < 1 || d > detail::days_in_month(y, m)) return fail{errc::day_out_of_range, dat};
      e = {days_from_civil(y, m, d), days_from_civil(y, m, d), false};
      return std::nullopt;
    }
    if (!allow_reduced) return fail{errc::unknown_period_syntax, c.pos};
    e = {days_from_civil(y, m, 1), days_from_civil(y, m, detail::days_in_month(y, m)), false};
    return std::nullopt;
  }
  if (allow_reduced && c.digit_run() == 4) {
    const std::size_t mat = c.pos;
    const int m = c.number(2);
    const int d = c.number(2);
    if (m < 1 || m > 12) return fail{errc::month_out_of_range, mat};
    if (d < 1 || d > detail::days_in_month(y, m)) return fail{errc::day_out_of_range, mat + 2};
    e = {days_from_civil(y, m, d), days_from_civil(y, m, d), false};
    return std::nullopt;
  }
  if (!allow_reduced) return fail{errc::unknown_period_syntax, c.pos};
  e = {days_from_civil(y, 1, 1), days_from_civil(y, 12, 31), true};
  return std::nullopt;
}

outcome make_interval(std::int64_t f, std::int64_t l, std::size_t at) {
  if (f < detail::min_day_number || f > detail::max_day_number || l < detail::min_day_number ||
      l > detail::max_day_number)
    return fail{errc::year_out_of_range, at};
  if (l < f) return fail{errc::bad_range, at};
  return detail::make_range(f, l);
}

// After "start/": a duration or an end point. `start` is the already-read first endpoint.
outcome interval_after_start(cursor& c, const endpoint& start, bool iso) {
  const std::size_t at = c.pos;
  if (c.peek() == 'P') {
    duration d;
    if (auto f = read_duration(c, d)) return *f;
    if (!done(c)) return trailing(c);
    const auto end = apply(start.first, d, +1);
    if (!end) return fail{errc::year_out_of_range, at};
    if (*end <= start.first) return fail{errc::bad_range, at};
    return make_interval(start.first, *end - 1, at);
  }
  endpoint e{};
  if (auto f = read_endpoint(c, e, iso)) return *f;
  if (!done(c)) return trailing(c);
  if (e.last < start.first) return fail{errc::bad_range, at};
  if (start.year_only && e.year_only) {
    return detail::make_term(civil_from_days(start.first).year, civil_from_days(e.last).year);
  }
  return make_interval(start.first, e.last, at);
}

// --- SDMX -----------------------------------------------------------------------------

// The attain extension "--MM-DD" after a reporting period.
std::optional<fail> read_start_suffix(cursor& c, year_start& st) {
  const std::size_t at = c.pos;
  if (!c.eat("--")) return trailing(c);
  if (c.digit_run() != 2) return fail{errc::unknown_period_syntax, c.pos};
  const int m = c.number(2);
  if (!c.eat('-') || c.digit_run() != 2) return fail{errc::unknown_period_syntax, c.pos};
  const int d = c.number(2);
  if (m < 1 || m > 12) return fail{errc::month_out_of_range, at + 2};
  if (d < 1 || d > 28) return fail{errc::day_out_of_range, at + 5};
  if (!c.at_end()) return trailing(c);
  st = {static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
  return std::nullopt;
}

outcome parse_sdmx(std::string_view text, year_start st) {
  cursor c{text};
  const bool given_start = st != calendar_year_start;
  int y = 0;
  if (auto f = read_year(c, y)) return *f;
  if (c.at_end()) return detail::make_monthly(period_kind::year, y, st);
  if (c.peek() != '-') return trailing(c);
  if (c.pos + 1 < text.size() && is_digit(text[c.pos + 1])) {
    c.pos = 0;
    endpoint e{};
    if (auto f = read_endpoint(c, e, true)) return *f;
    if (e.year_only) return trailing(c);
    if (c.at_end()) {
      if (e.first == e.last) return detail::make_day(e.first);
      return detail::make_monthly(period_kind::month, detail::monthly_ordinal_of(e.first, period_kind::month, calendar_year_start),
                                  calendar_year_start);
    }
    if (e.first != e.last || !c.eat('/')) return trailing(c);
    return interval_after_start(c, e, false);
  }
  ++c.pos;
  const char letter = c.peek();
  period_kind k = period_kind::day;
  std::size_t width = 0;  // required digits, 0 = any
  switch (letter) {
    case 'A': k = period_kind::year; break;
    case 'S': k = period_kind::half_year; break;
    case 'T': k = period_kind::trimester; break;
    case 'Q': k = period_kind::quarter; break;
    case 'B': k = period_kind::bimonth; break;  // attain extension (canonical reporting bi-months)
    case 'M': k = period_kind::month; width = 2; break;
    case 'W': k = period_kind::week; width = 2; break;
    case 'D': k = period_kind::day; width = 3; break;
    default: return trailing(c);
  }
  ++c.pos;
  const std::size_t at = c.pos;
  const std::size_t n = c.digit_run();
  if (n == 0) return fail{errc::missing_digits, at};
  const auto v = c.run();
  // A value of the wrong width: out of range if it could never fit, else unrecognised.
  if (width != 0 && n != width) {
    if (k == period_kind::month && (*v < 1 || *v > 12)) return fail{errc::month_out_of_range, at};
    if (k == period_kind::week && (*v < 1 || *v > 53)) return fail{errc::week_out_of_range, at};
    if (k == period_kind::day && (*v < 1 || *v > 366)) return fail{errc::day_out_of_range, at};
    return fail{errc::unknown_period_syntax, at};
  }
  if (!c.at_end()) {
    if (given_start || k == period_kind::day || k == period_kind::week) return trailing(c);
    if (auto f = read_start_suffix(c, st)) return *f;
  }
  if (k == period_kind::week) {
    if (st != calendar_year_start) return fail{errc::unknown_period_syntax, at - 1};
    return week_of(y, *v, 1, at);
  }
  if (k == period_kind::day) {
    const std::int32_t f = detail::monthly_first(period_kind::year, y, 1, st);
    const std::int32_t len = detail::monthly_first(period_kind::year, y, 2, st) - f;
    if (*v < 1 || *v > len) return fail{errc::day_out_of_range, at};
    return detail::make_day(f + *v - 1);
  }
  return monthly(k, y, *v, st, at);
}

// --- DHIS2 ----------------------------------------------------------------------------

struct financial {
  std::string_view name;
  std::uint8_t month;
};
constexpr std::array<financial, 7> financial_years{{
    {"April", 4}, {"July", 7}, {"Oct", 10}, {"Nov", 11}, {"Feb", 2}, {"Aug", 8}, {"Sep", 9},
}};

// Weeks starting on a day other than Monday. DHIS2 has four of them (WeeklyWednesday
// 2015WedW5, WeeklyThursday, WeeklySaturday, WeeklySunday); for the two it lacks, Tuesday and
// Friday, attain extends the same pattern (2015TueW5, 2015FriW5) so that every week has a
// canonical text. Both are read in the DHIS2 syntax; format_period writes only DHIS2's own.
struct weekly {
  std::string_view prefix;
  int weekday;
  bool dhis2;  // a DHIS2 period type, not attain's extension
};
constexpr std::array<weekly, 6> other_weeks{{{"TueW", 2, false},
                                             {"WedW", 3, true},
                                             {"ThuW", 4, true},
                                             {"FriW", 5, false},
                                             {"SatW", 6, true},
                                             {"SunW", 7, true}}};

outcome parse_dhis2(std::string_view text) {
  cursor c{text};
  int y = 0;
  if (auto f = read_year(c, y)) return *f;
  if (c.at_end()) return detail::make_monthly(period_kind::year, y, calendar_year_start);
  const std::size_t at = c.pos;  // 4
  if (is_digit(c.peek())) {
    const std::size_t n = c.digit_run();
    if (n == 2) {
      const int m = c.number(2);
      if (c.at_end()) return monthly(period_kind::month, y, m, calendar_year_start, at);
      if (c.eat('B') && c.at_end()) return monthly(period_kind::bimonth, y, m, calendar_year_start, at);
      return trailing(c);
    }
    if (n == 4) {
      const int m = c.number(2);
      const int d = c.number(2);
      if (!c.at_end()) return trailing(c);
      return day_of(y, m, d, at, at + 2);
    }
    return fail{errc::unknown_period_syntax, at};
  }
  if (c.eat('-')) {  // 2004-03 (DHIS2 input form)
    if (c.digit_run() != 2) return fail{errc::unknown_period_syntax, c.pos};
    const int m = c.number(2);
    if (!c.at_end()) return trailing(c);
    return monthly(period_kind::month, y, m, calendar_year_start, at + 1);
  }
  // Index after a letter prefix: at least one digit, then the end.
  auto index = [&c](long long& v) -> std::optional<fail> {
    const std::size_t p = c.pos;
    const auto r = c.run();
    if (!r) return fail{errc::missing_digits, p};
    if (!c.at_end()) return trailing(c);
    v = *r;
    return std::nullopt;
  };
  long long v = 0;
  std::size_t vat = 0;
  if (c.eat("BiW")) {
    vat = c.pos;
    if (auto f = index(v)) return *f;
    if (v < 1 || v > 26) return fail{errc::week_out_of_range, vat};
    return detail::make_biweek(static_cast<std::int64_t>(y) * 26 + v - 1);
  }
  for (const auto& w : other_weeks) {
    if (c.eat(w.prefix)) {
      vat = c.pos;
      if (auto f = index(v)) return *f;
      return week_of(y, v, w.weekday, vat);
    }
  }
  if (c.eat("AprilS")) {
    vat = c.pos;
    if (auto f = index(v)) return *f;
    return monthly(period_kind::half_year, y, v, year_start{4, 1}, vat);
  }
  if (c.eat("NovS")) {  // labelled by the year it ends in: 2015NovS1 = 2014-11 … 2015-04
    vat = c.pos;
    if (auto f = index(v)) return *f;
    if (!detail::year_ok(y - 1)) return fail{errc::year_out_of_range, 0};
    return monthly(period_kind::half_year, y - 1, v, year_start{11, 1}, vat);
  }
  for (const auto& fy : financial_years) {
    if (c.eat(fy.name)) {
      if (!c.at_end()) return trailing(c);
      const int start_year = fy.month == 11 ? y - 1 : y;  // 2010Nov = Nov 2009 … Oct 2010
      if (!detail::year_ok(start_year)) return fail{errc::year_out_of_range, 0};
      return detail::make_monthly(period_kind::year, start_year, year_start{fy.month, 1});
    }
  }
  if (c.eat('Q') || c.eat('S') || c.eat('W')) {
    const char letter = text[c.pos - 1];
    vat = c.pos;
    if (auto f = index(v)) return *f;
    if (letter == 'W') return week_of(y, v, 1, vat);
    return monthly(letter == 'Q' ? period_kind::quarter : period_kind::half_year, y, v, calendar_year_start, vat);
  }
  return fail{errc::unknown_period_syntax, at};
}

// --- ISO 8601 -------------------------------------------------------------------------

// `week_dates`: accept the basic week date YYYYWwwD. Autodetection leaves it out, because
// it collides with DHIS2's weeks: 2011W234 is ISO's 2011-W23-4 but DHIS2's (invalid) week 234.
outcome parse_iso(std::string_view text, bool week_dates = true) {
  cursor c{text};
  if (c.peek() == 'P') {  // duration/end
    duration d;
    if (auto f = read_duration(c, d)) return *f;
    if (!c.eat('/')) return trailing(c);
    const std::size_t at = c.pos;
    endpoint e{};
    if (auto f = read_endpoint(c, e, true)) return *f;
    if (!c.at_end()) return trailing(c);
    const auto start = apply(e.last + 1, d, -1);
    if (!start) return fail{errc::year_out_of_range, at};
    if (*start > e.last) return fail{errc::bad_range, at};
    return make_interval(*start, e.last, at);
  }
  int y = 0;
  if (auto f = read_year(c, y)) return *f;
  const std::size_t after_year = c.pos;
  const bool extended = c.eat('-');
  if (c.peek() == 'W') {  // week or week date
    ++c.pos;
    const std::size_t at = c.pos;
    if (c.digit_run() < 2) return fail{errc::unknown_period_syntax, at};
    const int w = c.number(2);
    outcome wk = week_of(y, w, 1, at);
    if (!wk.ok()) return wk;
    if (c.at_end()) return wk;
    if (extended && !c.eat('-')) return trailing(c);
    if (!extended && !week_dates) return trailing(c);
    const std::size_t dat = c.pos;
    if (c.digit_run() != 1) return fail{errc::unknown_period_syntax, dat};
    const int d = c.number(1);
    if (!c.at_end()) return trailing(c);
    if (d < 1 || d > 7) return fail{errc::day_out_of_range, dat};
    return detail::make_day(wk.value->first_day_number() + d - 1);
  }
  if (extended) {
    const std::size_t at = c.pos;
    const std::size_t n = c.digit_run();
    if (n == 3) {  // ordinal date
      const int d = c.number(3);
      if (!c.at_end()) return trailing(c);
      return ordinal_day(y, d, at);
    }
    if (n == 2 && (c.pos + 2 == text.size() || text[c.pos + 2] == '/')) {
      const int g = c.number(2);
      if (g >= 21) {
        if (!c.at_end()) return trailing(c);
        if (g >= 33 && g <= 36) return monthly(period_kind::quarter, y, g - 32, calendar_year_start, at);
        if (g >= 37 && g <= 39) return monthly(period_kind::trimester, y, g - 36, calendar_year_start, at);
        if (g >= 40 && g <= 41) return monthly(period_kind::half_year, y, g - 39, calendar_year_start, at);
        if (g <= 32) return fail{errc::unknown_period_syntax, at};  // seasons: left out
        return fail{errc::month_out_of_range, at};
      }
      c.pos = at;
    }
    c.pos = 0;
  } else {
    c.pos = after_year;
    const std::size_t n = c.digit_run();
    if (n == 3) {  // basic ordinal date
      const std::size_t at = c.pos;
      const int d = c.number(3);
      if (!c.at_end()) return trailing(c);
      return ordinal_day(y, d, at);
    }
    if (n != 0 && n != 4) return fail{errc::unknown_period_syntax, after_year};
    c.pos = 0;
  }
  endpoint e{};
  if (auto f = read_endpoint(c, e, true)) return *f;
  if (c.at_end()) {
    if (e.year_only) return detail::make_monthly(period_kind::year, y, calendar_year_start);
    if (e.first == e.last) return detail::make_day(e.first);
    return detail::make_monthly(period_kind::month, detail::monthly_ordinal_of(e.first, period_kind::month, calendar_year_start),
                                calendar_year_start);
  }
  if (!c.eat('/')) return trailing(c);
  return interval_after_start(c, e, true);
}

// --- human ----------------------------------------------------------------------------

constexpr std::array<std::string_view, 12> en_months{"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// A month name (full or three-letter), 1…12; 0 when none.
int eat_month_name(cursor& c) {
  for (int i = 0; i < 12; ++i) {
    if (c.eat_word(en_months[static_cast<std::size_t>(i)])) return i + 1;
  }
  for (int i = 0; i < 12; ++i) {
    if (c.eat_word(en_months[static_cast<std::size_t>(i)].substr(0, 3))) return i + 1;
  }
  return 0;
}

// Roman I…IV or a digit, for "quý I/2024".
std::optional<long long> read_quarter_number(cursor& c) {
  if (auto v = c.run()) return v;
  long long v = 0;
  if (c.eat("IV")) v = 4;
  else if (c.eat("III")) v = 3;
  else if (c.eat("II")) v = 2;
  else if (c.eat('I')) v = 1;
  else if (c.eat('V')) v = 5;
  else return std::nullopt;
  while (c.peek() == 'I' || c.peek() == 'V' || c.peek() == 'X') {
    ++c.pos;
    v = 9;
  }
  return v;
}

// "YYYY–YYYY" after the cursor; the two years.
std::optional<fail> read_year_span(cursor& c, int& a, int& b) {
  if (auto f = read_year(c, a)) return f;
  if (!c.eat_dash()) return trailing(c);
  const std::size_t at = c.pos;
  if (auto f = read_year(c, b)) return f;
  if (!c.at_end()) return trailing(c);
  if (b < a) return fail{errc::bad_range, at};
  return std::nullopt;
}

outcome parse_human_vi(cursor& c) {
  const std::string_view text = c.s;
  int y = 0;
  if (c.eat_word("năm ")) {
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return detail::make_monthly(period_kind::year, y, calendar_year_start);
  }
  if (c.eat_word("quý ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto q = read_quarter_number(c);
    if (!q) return fail{errc::unknown_period_syntax, at};
    c.skip_spaces();
    if (!c.eat('/') && !c.eat("năm ")) return trailing(c);
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return monthly(period_kind::quarter, y, *q, calendar_year_start, at);
  }
  if (c.eat_word("tháng ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto m = c.run();
    if (!m) return fail{errc::unknown_period_syntax, at};
    std::optional<long long> m2;
    std::size_t at2 = 0;
    if (c.eat_dash()) {
      at2 = c.pos;
      m2 = c.run();
      if (!m2) return fail{errc::unknown_period_syntax, at2};
    }
    if (!c.eat('/')) return trailing(c);
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    if (m2) {  // tháng 1–2/2023: a bi-month
      if (*m < 1 || *m > 11 || *m % 2 == 0) return fail{errc::bimonth_out_of_range, at};
      if (*m2 != *m + 1) return fail{errc::bimonth_out_of_range, at2};
      return monthly(period_kind::bimonth, y, (*m + 1) / 2, calendar_year_start, at);
    }
    return monthly(period_kind::month, y, *m, calendar_year_start, at);
  }
  if (c.eat_word("tuần ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto w = c.run();
    if (!w) return fail{errc::unknown_period_syntax, at};
    if (!c.eat('/')) return trailing(c);
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return week_of(y, *w, 1, at);
  }
  if (c.eat_word("ngày ")) {
    c.skip_spaces();
    const std::size_t dat = c.pos;
    const auto d = c.run();
    if (!d || !c.eat('/')) return fail{errc::unknown_period_syntax, c.pos};
    const std::size_t mat = c.pos;
    const auto m = c.run();
    if (!m || !c.eat('/')) return fail{errc::unknown_period_syntax, c.pos};
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return day_of(y, static_cast<int>(std::min(*m, 99LL)), static_cast<int>(std::min(*d, 99LL)), mat, dat);
  }
  if (c.eat_word("giai đoạn ")) {
    c.skip_spaces();
    int a = 0, b = 0;
    if (auto f = read_year_span(c, a, b)) return *f;
    return detail::make_term(a, b);
  }
  if (c.eat_word("nhiệm kỳ ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    int a = 0, b = 0;
    if (auto f = read_year_span(c, a, b)) return *f;
    if (b == a) return fail{errc::bad_range, at};
    if (!detail::year_ok(a + 1)) return fail{errc::year_out_of_range, at};
    return detail::make_term(a + 1, b);
  }
  // "6 tháng đầu năm 2023", "4 tháng giữa năm 2023"
  const std::size_t at = c.pos;
  if (c.eat("6 tháng ") || c.eat("4 tháng ")) {
    const bool half = text[at] == '6';
    int index = 0;
    if (c.eat("đầu năm ")) index = 1;
    else if (!half && c.eat("giữa năm ")) index = 2;
    else if (c.eat("cuối năm ")) index = half ? 2 : 3;
    else return trailing(c);
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return monthly(half ? period_kind::half_year : period_kind::trimester, y, index, calendar_year_start, at);
  }
  return fail{errc::unknown_period_syntax, at};
}

outcome parse_human(std::string_view text) {
  cursor c{text};
  const char first = c.peek();
  if (first == 'Q' || first == 'H' || first == 'T') {  // Q1 2024, H1 2023, T2 2023
    ++c.pos;
    const std::size_t at = c.pos;
    const auto n = c.run();
    if (n && c.skip_spaces() > 0) {
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      const period_kind k = first == 'Q' ? period_kind::quarter : first == 'H' ? period_kind::half_year : period_kind::trimester;
      return monthly(k, y, *n, calendar_year_start, at);
    }
    c.pos = 0;
  }
  if (c.eat_word("week ")) {  // week 5 of 2023
    const std::size_t at = c.pos;
    const auto w = c.run();
    if (!w) return fail{errc::unknown_period_syntax, at};
    if (!c.eat(" of ")) return trailing(c);
    int y = 0;
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return week_of(y, *w, 1, at);
  }
  if (is_digit(first)) {
    const std::size_t n = c.digit_run();
    if (n == 4) {  // 2023, or 2021–2025 (plan years)
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (c.at_end()) return detail::make_monthly(period_kind::year, y, calendar_year_start);
      c.pos = 0;
      int a = 0, b = 0;
      if (auto f = read_year_span(c, a, b)) return *f;
      return detail::make_term(a, b);
    }
    if (n == 1 || n == 2) {  // 29 June 2023
      const std::size_t dat = c.pos;
      const int d = c.number(n);
      if (c.skip_spaces() == 0) {
        c.pos = 0;
        return parse_human_vi(c);
      }
      const std::size_t mat = c.pos;
      const int m = eat_month_name(c);
      if (m == 0) {
        c.pos = 0;
        return parse_human_vi(c);
      }
      if (c.skip_spaces() == 0) return trailing(c);
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      return day_of(y, m, d, mat, dat);
    }
  }
  {  // June 2023, Jan–Feb 2023
    const std::size_t at = c.pos;
    const int m = eat_month_name(c);
    if (m != 0) {
      int m2 = 0;
      std::size_t at2 = 0;
      if (c.eat(en_dash) || c.eat('-')) {
        at2 = c.pos;
        m2 = eat_month_name(c);
        if (m2 == 0) return trailing(c);
      }
      if (c.skip_spaces() == 0) return trailing(c);
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      if (m2 != 0) {
        if (m % 2 == 0) return fail{errc::bimonth_out_of_range, at};
        if (m2 != m + 1) return fail{errc::bimonth_out_of_range, at2};
        return monthly(period_kind::bimonth, y, (m + 1) / 2, calendar_year_start, at);
      }
      return monthly(period_kind::month, y, m, calendar_year_start, at);
    }
  }
  return parse_human_vi(c);
}

// --- dispatch -------------------------------------------------------------------------

outcome parse_in(std::string_view text, period_syntax syntax) {
  if (text.empty()) return fail{errc::empty_input, 0};
  switch (syntax) {
    case period_syntax::sdmx: return parse_sdmx(text, calendar_year_start);
    case period_syntax::dhis2: return parse_dhis2(text);
    case period_syntax::iso: return parse_iso(text);
    case period_syntax::human: return parse_human(text);
  }
  return fail{errc::unknown_period_syntax, 0};
}

// A bare "YYYY-YYYY" (hyphen, en dash or em dash, spaces allowed around it).
bool is_bare_year_span(std::string_view text) {
  cursor c{text};
  if (c.digit_run() != 4) return false;
  c.pos = 4;
  if (!c.eat_dash()) return false;
  if (c.digit_run() != 4) return false;
  c.pos += 4;
  return c.at_end();
}

// A bare year span names the whole calendar years first…last (docs/formats.md, "Multi-year
// periods"): Open SDG's pooled survey years "2005-2007", the same period as ISO "2005/2007".
// No other syntax reads four digits, a dash and four digits (a year-month has two digits
// after the dash, an ISO 8601-2 sub-year grouping two, an ordinal day three), so nothing
// else competes for the text. The second year must be after the first: "2007-2005" ends
// before it starts (bad_range at the second year); "2005-2005" could be the year 2005 or a
// one-year span, two different periods, and is refused as ambiguous.
outcome bare_year_span(std::string_view text) {
  cursor c{text};
  int a = 0, b = 0;
  if (auto f = read_year(c, a)) return *f;
  c.eat_dash();
  const std::size_t at = c.pos;
  if (auto f = read_year(c, b)) return *f;
  if (b < a) return fail{errc::bad_range, at};
  if (b == a) return fail{errc::ambiguous_period, 0};
  return detail::make_term(a, b);
}

// The more telling of two failures: a value out of range beats "unrecognised"; then the
// one that got further.
fail better(fail a, fail b) {
  const bool au = a.code == errc::unknown_period_syntax;
  const bool bu = b.code == errc::unknown_period_syntax;
  if (au != bu) return au ? b : a;
  return b.offset > a.offset ? b : a;
}

outcome parse_auto(std::string_view text) {
  if (text.empty()) return fail{errc::empty_input, 0};
  if (is_bare_year_span(text)) return bare_year_span(text);
  std::optional<period> found;
  fail best{errc::unknown_period_syntax, 0};
  for (const period_syntax s : {period_syntax::sdmx, period_syntax::dhis2, period_syntax::iso, period_syntax::human}) {
    const outcome o = s == period_syntax::iso ? parse_iso(text, false) : parse_in(text, s);
    if (o.ok()) {
      if (found && !(*found == *o.value)) return fail{errc::ambiguous_period, 0};
      found = o.value;
    } else {
      best = better(best, o.error);
    }
  }
  if (found) return *found;
  return best;
}

result<period> to_result(const outcome& o, std::string_view text) noexcept {
  if (o.ok()) return *o.value;
  return unexpected{parse_error{o.error.code, o.error.offset, text}};
}

// ---------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------

void put2(std::string& out, int v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}
void put3(std::string& out, int v) {
  out += static_cast<char>('0' + v / 100);
  put2(out, v % 100);
}
void put_year(std::string& out, int y) {
  out += static_cast<char>('0' + y / 1000);
  put3(out, y % 1000);
}
void put_date(std::string& out, std::int32_t z) {
  const civil_date c = civil_from_days(z);
  put_year(out, c.year);
  out += '-';
  put2(out, c.month);
  out += '-';
  put2(out, c.day);
}
void put_int(std::string& out, long long v) { out += std::to_string(v); }

// SDMX's reporting form of a month-based period: 2023-Q1, 2023-M06, 2023-A1 …
void put_sdmx_reporting(std::string& out, const period& p) {
  put_year(out, p.label_year());
  out += '-';
  switch (p.kind()) {
    case period_kind::year: out += "A1"; return;
    case period_kind::half_year: out += 'S'; break;
    case period_kind::trimester: out += 'T'; break;
    case period_kind::quarter: out += 'Q'; break;
    case period_kind::bimonth: out += 'B'; break;
    case period_kind::month:
      out += 'M';
      put2(out, p.label_index());
      return;
    default: break;
  }
  put_int(out, p.label_index());
}

// "W" for ISO weeks, "WedW" … for the others (other_weeks above).
std::string_view week_prefix(weekday w) {
  for (const auto& o : other_weeks)
    if (o.weekday == static_cast<int>(w)) return o.prefix;
  return "W";
}

// Whether DHIS2 has a period type for weeks starting on `w`.
bool dhis2_has_week(weekday w) {
  for (const auto& o : other_weeks)
    if (o.weekday == static_cast<int>(w)) return o.dhis2;
  return true;  // Monday: Weekly
}

std::string_view dhis2_financial_name(year_start s) {
  if (s.day != 1) return {};
  for (const auto& f : financial_years)
    if (f.month == s.month) return f.name;
  return {};
}

bool can_sdmx(const period& p) {
  switch (p.kind()) {
    case period_kind::week: return p.week_start() == weekday::monday;
    case period_kind::biweek: return false;
    case period_kind::bimonth: return false;
    default: return true;
  }
}

bool can_dhis2(const period& p) {
  switch (p.kind()) {
    case period_kind::day:
    case period_kind::biweek: return true;
    case period_kind::week: return dhis2_has_week(p.week_start());
    case period_kind::month:
    case period_kind::bimonth:
    case period_kind::quarter: return !p.is_reporting();
    // A November year or half-year is labelled by the year it ends in (2010Nov = Nov 2009 …
    // Oct 2010): one starting in the last period year would need a label past it.
    case period_kind::half_year:
      if (p.start() == year_start{11, 1}) return p.label_year() < max_period_year;
      return !p.is_reporting() || p.start() == year_start{4, 1};
    case period_kind::year:
      if (p.start() == year_start{11, 1}) return p.label_year() < max_period_year;
      return !p.is_reporting() || !dhis2_financial_name(p.start()).empty();
    default: return false;
  }
}

bool can_iso(const period& p) {
  switch (p.kind()) {
    case period_kind::day:
    case period_kind::term:
    case period_kind::range: return true;
    case period_kind::week: return p.week_start() == weekday::monday;
    case period_kind::biweek:
    case period_kind::bimonth: return false;
    default: return !p.is_reporting();
  }
}

std::string format_sdmx(const period& p) {
  std::string out;
  switch (p.kind()) {
    case period_kind::day: put_date(out, p.first_day_number()); break;
    case period_kind::week:
      put_year(out, p.label_year());
      out += "-W";
      put2(out, p.label_index());
      break;
    case period_kind::term:
      put_date(out, p.first_day_number());
      out += "/P";
      put_int(out, p.label_index());
      out += 'Y';
      break;
    case period_kind::range:
      put_date(out, p.first_day_number());
      out += "/P";
      put_int(out, days(p));
      out += 'D';
      break;
    case period_kind::year:
      if (!p.is_reporting()) {
        put_year(out, p.label_year());
        break;
      }
      [[fallthrough]];
    default: put_sdmx_reporting(out, p); break;
  }
  return out;
}

std::string format_dhis2(const period& p) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  switch (p.kind()) {
    case period_kind::day: {
      const civil_date c = civil_from_days(p.first_day_number());
      put_year(out, c.year);
      put2(out, c.month);
      put2(out, c.day);
      break;
    }
    case period_kind::week:
      put_year(out, y);
      out += week_prefix(p.week_start());
      put_int(out, i);
      break;
    case period_kind::biweek:
      put_year(out, y);
      out += "BiW";
      put_int(out, i);
      break;
    case period_kind::month:
      put_year(out, y);
      put2(out, i);
      break;
    case period_kind::bimonth:
      put_year(out, y);
      put2(out, i);
      out += 'B';
      break;
    case period_kind::quarter:
      put_year(out, y);
      out += 'Q';
      put_int(out, i);
      break;
    case period_kind::half_year:
      if (p.start() == year_start{11, 1}) {
        put_year(out, y + 1);
        out += "NovS";
      } else {
        put_year(out, y);
        out += p.is_reporting() ? "AprilS" : "S";
      }
      put_int(out, i);
      break;
    case period_kind::year:
      put_year(out, p.start().month == 11 ? y + 1 : y);
      if (p.is_reporting()) out += dhis2_financial_name(p.start());
      break;
    default: break;
  }
  return out;
}

std::string format_iso(const period& p) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  switch (p.kind()) {
    case period_kind::day: put_date(out, p.first_day_number()); break;
    case period_kind::week:
      put_year(out, y);
      out += "-W";
      put2(out, i);
      break;
    case period_kind::month:
      put_year(out, y);
      out += '-';
      put2(out, i);
      break;
    case period_kind::quarter:
      put_year(out, y);
      out += '-';
      put2(out, 32 + i);
      break;
    case period_kind::trimester:
      put_year(out, y);
      out += '-';
      put2(out, 36 + i);
      break;
    case period_kind::half_year:
      put_year(out, y);
      out += '-';
      put2(out, 39 + i);
      break;
    case period_kind::year: put_year(out, y); break;
    case period_kind::term:
      put_year(out, y);
      out += '/';
      put_year(out, y + i - 1);
      break;
    case period_kind::range:
      put_date(out, p.first_day_number());
      out += '/';
      put_date(out, p.last_day_number());
      break;
    default: break;
  }
  return out;
}

constexpr std::array<std::string_view, 4> roman{"I", "II", "III", "IV"};

std::string format_human_en(const period& p, term_label label) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  if (p.is_reporting()) {
    // Q1 2001/2002 (year from 1 July)
    switch (p.kind()) {
      case period_kind::year: break;
      case period_kind::half_year: out += 'H'; put_int(out, i); out += ' '; break;
      case period_kind::trimester: out += 'T'; put_int(out, i); out += ' '; break;
      case period_kind::quarter: out += 'Q'; put_int(out, i); out += ' '; break;
      case period_kind::bimonth: out += "B"; put_int(out, i); out += ' '; break;
      case period_kind::month: {
        const civil_date c = civil_from_days(p.first_day_number());
        out += en_months[static_cast<std::size_t>(c.month - 1)];
        out += ' ';
        break;
      }
      default: break;
    }
    put_year(out, y);
    out += '/';
    put_year(out, y + 1);
    out += " (year from ";
    put_int(out, p.start().day);
    out += ' ';
    out += en_months[static_cast<std::size_t>(p.start().month - 1)];
    out += ')';
    return out;
  }
  switch (p.kind()) {
    case period_kind::day: {
      const civil_date c = civil_from_days(p.first_day_number());
      put_int(out, c.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(c.month - 1)];
      out += ' ';
      put_year(out, c.year);
      break;
    }
    case period_kind::week:
      if (p.week_start() != weekday::monday) {
        constexpr std::array<std::string_view, 7> names{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};
        out += names[static_cast<std::size_t>(p.week_start()) - 1];
        out += ' ';
      }
      out += "week ";
      put_int(out, i);
      out += " of ";
      put_year(out, y);
      break;
    case period_kind::biweek:
      out += "bi-week ";
      put_int(out, i);
      out += " of ";
      put_year(out, y);
      break;
    case period_kind::month:
      out += en_months[static_cast<std::size_t>(i - 1)];
      out += ' ';
      put_year(out, y);
      break;
    case period_kind::bimonth:
      out += en_months[static_cast<std::size_t>(2 * i - 2)].substr(0, 3);
      out += en_dash;
      out += en_months[static_cast<std::size_t>(2 * i - 1)].substr(0, 3);
      out += ' ';
      put_year(out, y);
      break;
    case period_kind::quarter: out += 'Q'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::trimester: out += 'T'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::half_year: out += 'H'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::year: put_year(out, y); break;
    case period_kind::term:
      put_year(out, y);
      out += en_dash;
      put_year(out, y + i - 1);
      if (label == term_label::baseline) {
        out += " (baseline ";
        put_year(out, y - 1);
        out += ')';
      }
      break;
    case period_kind::range: {
      const civil_date a = civil_from_days(p.first_day_number());
      const civil_date b = civil_from_days(p.last_day_number());
      put_int(out, a.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(a.month - 1)];
      out += ' ';
      put_year(out, a.year);
      out += ' ';
      out += en_dash;
      out += ' ';
      put_int(out, b.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(b.month - 1)];
      out += ' ';
      put_year(out, b.year);
      break;
    }
  }
  return out;
}

void put_vi_day(std::string& out, std::int32_t z) {
  const civil_date c = civil_from_days(z);
  put_int(out, c.day);
  out += '/';
  put_int(out, c.month);
  out += '/';
  put_year(out, c.year);
}

std::string format_human_vi(const period& p, term_label label) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  if (p.is_reporting()) {
    switch (p.kind()) {
      case period_kind::year: break;
      case period_kind::half_year: out += i == 1 ? "6 tháng đầu " : "6 tháng cuối "; break;
      case period_kind::quarter: out += "quý "; out += roman[static_cast<std::size_t>(i - 1)]; out += ' '; break;
      default:
        out += "kỳ ";
        put_int(out, i);
        out += ' ';
        break;
    }
    out += "năm tài chính ";
    put_year(out, y);
    out += en_dash;
    put_year(out, y + 1);
    out += " (từ ";
    put_int(out, p.start().day);
    out += '/';
    put_int(out, p.start().month);
    out += ')';
    return out;
  }
  switch (p.kind()) {
    case period_kind::day: out += "ngày "; put_vi_day(out, p.first_day_number()); break;
    case period_kind::week:
      out += "tuần ";
      put_int(out, i);
      out += '/';
      put_year(out, y);
      if (p.week_start() != weekday::monday) {
        constexpr std::array<std::string_view, 7> names{"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm",
                                                        "thứ Sáu", "thứ Bảy", "Chủ nhật"};
        out += " (từ ";
        out += names[static_cast<std::size_t>(p.week_start()) - 1];
        out += ')';
      }
      break;
    case period_kind::biweek:
      out += "kỳ 2 tuần ";
      put_int(out, i);
      out += '/';
      put_year(out, y);
      break;
    case period_kind::month: out += "tháng "; put_int(out, i); out += '/'; put_year(out, y); break;
    case period_kind::bimonth:
      out += "tháng ";
      put_int(out, 2 * i - 1);
      out += en_dash;
      put_int(out, 2 * i);
      out += '/';
      put_year(out, y);
      break;
    case period_kind::quarter: out += "quý "; out += roman[static_cast<std::size_t>(i - 1)]; out += '/'; put_year(out, y); break;
    case period_kind::trimester:
      out += i == 1 ? "4 tháng đầu năm " : i == 2 ? "4 tháng giữa năm " : "4 tháng cuối năm ";
      put_year(out, y);
      break;
    case period_kind::half_year:
      out += i == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ";
      put_year(out, y);
      break;
    case period_kind::year: out += "năm "; put_year(out, y); break;
    case period_kind::term:
      if (label == term_label::baseline) {
        out += "nhiệm kỳ ";
        put_year(out, y - 1);
      } else {
        out += "giai đoạn ";
        put_year(out, y);
      }
      out += en_dash;
      put_year(out, y + i - 1);
      break;
    case period_kind::range:
      out += "từ ";
      put_vi_day(out, p.first_day_number());
      out += " đến ";
      put_vi_day(out, p.last_day_number());
      break;
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------

result<period> try_parse_period(std::string_view text) noexcept {
  try {
    return to_result(parse_auto(text), text);
  } catch (...) {  // a builder's domain check that the parser did not anticipate
    return unexpected{parse_error{errc::period_out_of_range, 0, text}};
  }
}

result<period> try_parse_period(std::string_view text, period_syntax syntax) noexcept {
  try {
    return to_result(parse_in(text, syntax), text);
  } catch (...) {
    return unexpected{parse_error{errc::period_out_of_range, 0, text}};
  }
}

result<period> try_parse_sdmx_period(std::string_view text, year_start reporting_year_start) noexcept {
  if (reporting_year_start.month < 1 || reporting_year_start.month > 12 || reporting_year_start.day < 1 ||
      reporting_year_start.day > 28)
    return unexpected{parse_error{errc::invalid_argument, 0, text}};
  if (text.empty()) return unexpected{parse_error{errc::empty_input, 0, text}};
  try {
    return to_result(parse_sdmx(text, reporting_year_start), text);
  } catch (...) {
    return unexpected{parse_error{errc::period_out_of_range, 0, text}};
  }
}

period parse_period(std::string_view text) { return try_parse_period(text).value(); }
period parse_period(std::string_view text, period_syntax syntax) { return try_parse_period(text, syntax).value(); }
period parse_sdmx_period(std::string_view text, year_start reporting_year_start) {
  return try_parse_sdmx_period(text, reporting_year_start).value();
}

period period::parse(std::string_view text) { return parse_period(text); }
result<period> period::try_parse(std::string_view text) noexcept { return try_parse_period(text); }

std::string to_string(const period& p) {
  std::string out;
  switch (p.kind()) {
    case period_kind::week:
      if (p.week_start() == weekday::monday) return format_iso(p);
      return format_dhis2(p);  // 2015WedW5; Tuesday and Friday in attain's extension: 2015TueW5
    case period_kind::biweek: return format_dhis2(p);
    case period_kind::day:
    case period_kind::term:
    case period_kind::range: return format_iso(p);
    case period_kind::bimonth:
      if (!p.is_reporting()) return format_dhis2(p);
      break;
    case period_kind::month:
      if (!p.is_reporting()) return format_iso(p);
      break;
    default:
      if (!p.is_reporting()) return format_sdmx(p);
      break;
  }
  put_sdmx_reporting(out, p);
  out += "--";
  put2(out, p.start().month);
  out += '-';
  put2(out, p.start().day);
  return out;
}

bool can_format(const period& p, period_syntax syntax) noexcept {
  switch (syntax) {
    case period_syntax::sdmx: return can_sdmx(p);
    case period_syntax::dhis2: return can_dhis2(p);
    case period_syntax::iso: return can_iso(p);
    case period_syntax::human: return true;
  }
  return false;
}

std::string format_period(const period& p, period_syntax syntax) {
  if (!can_format(p, syntax)) {
    constexpr std::array<std::string_view, 4> names{"SDMX", "DHIS2", "ISO 8601", "human"};
    std::string msg = "invalid argument: ";
    msg += names[static_cast<std::size_t>(syntax)];
    msg += " has no form for ";
    msg += to_string(p);
    msg += " (";
    msg += to_string(p.kind());
    msg += ')';
    detail::raise_domain(errc::invalid_argument, msg);
  }
  switch (syntax) {
    case period_syntax::sdmx: return format_sdmx(p);
    case period_syntax::dhis2: return format_dhis2(p);
    case period_syntax::iso: return format_iso(p);
    case period_syntax::human: return format_human_en(p, term_label::plan_years);
  }
  return {};
}

std::string format_human(const period& p, language lang, term_label label) {
  return lang == language::vi ? format_human_vi(p, label) : format_human_en(p, label);
}

std::string reference_year_note(const period& p) {
  const computed<year_reference> r = reference_year(p);
  std::string out;
  if (!r) {
    out = format_human(p);
    out += " has no reference year (not a whole calendar year)";
    return out;
  }
  switch (r->rule) {
    case reference_rule::calendar_year: return out;
    case reference_rule::reporting_year:
      out = format_human(p);
      out += " counted as ";
      put_year(out, r->year);
      out += " (the year it begins)";
      return out;
    case reference_rule::first_year_of_range:
      put_year(out, r->year);
      out += en_dash;
      put_year(out, civil_from_days(p.last_day_number()).year);
      out += " counted as ";
      put_year(out, r->year);
      out += " (first year of a pooled period)";
      return out;
  }
  return out;
}

}  // namespace attain
