// DHIS2 periods (attain/period_format.hpp, SYNTAXES): 2004 · 200403 · 2004-03 · 200401B ·
// 2004Q1 · 2004S1 · 2004AprilS1 · 2015NovS1 · 2004W10 · 2015BiW1 · 2015WedW5 … · 20040315 ·
// the financial years 2004April … 2010Nov, and attain's extension of DHIS2's week pattern to
// the week starts it lacks (2015TueW5, 2015FriW5). Parser and formatter.
#include "attain/period_format.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common.hpp"

namespace attain::detail::period_text {

namespace {

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

}  // namespace

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

}  // namespace attain::detail::period_text
