// ISO 8601 periods (attain/period_format.hpp, SYNTAXES): 2023 · 2023-06 · 2023-06-29 ·
// 20230629 · 2023-W05 · 2023-W05-4 · 2023-180 · the ISO 8601-2 sub-year groupings 2023-33 …
// 2023-41 · intervals start/end, start/duration, duration/end (which SDMX shares: read_endpoint
// and interval_after_start) · 2021/2025 (whole years: a plan term). Parser and formatter.
#include "attain/period_format.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common.hpp"

namespace attain::detail::period_text {

namespace {

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

outcome make_interval(std::int64_t f, std::int64_t l, std::size_t at) {
  if (f < detail::min_day_number || f > detail::max_day_number || l < detail::min_day_number ||
      l > detail::max_day_number)
    return fail{errc::year_out_of_range, at};
  if (l < f) return fail{errc::bad_range, at};
  return detail::make_range(f, l);
}

outcome ordinal_day(int y, long long n, std::size_t at) {
  if (n < 1 || n > detail::days_in_year(y)) return fail{errc::day_out_of_range, at};
  return detail::make_day(days_from_civil(y, 1, 1) + n - 1);
}

bool done(const cursor& c) { return c.at_end(); }

}  // namespace

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

outcome parse_iso(std::string_view text, bool week_dates) {
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

}  // namespace attain::detail::period_text
