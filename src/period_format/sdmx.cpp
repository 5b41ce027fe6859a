// SDMX periods (attain/period_format.hpp, SYNTAXES): 2023 · 2023-A1 · 2023-S1 · 2023-T2 ·
// 2023-Q1 · 2023-M06 · 2023-W05 · 2023-D032 · 2023-06 · 2023-06-29 · ISO intervals, and a
// REPORTING_YEAR_START_DAY passed separately (or, in attain's canonical form, as the suffix
// --MM-DD). Parser, formatter, and parse_sdmx_period.
#include "attain/period_format.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common.hpp"

namespace attain {

namespace detail::period_text {

namespace {

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

}  // namespace

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

bool can_sdmx(const period& p) {
  switch (p.kind()) {
    case period_kind::week: return p.week_start() == weekday::monday;
    case period_kind::biweek: return false;
    case period_kind::bimonth: return false;
    default: return true;
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

}  // namespace detail::period_text

using namespace detail::period_text;

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

period parse_sdmx_period(std::string_view text, year_start reporting_year_start) {
  return try_parse_sdmx_period(text, reporting_year_start).value();
}

}  // namespace attain
