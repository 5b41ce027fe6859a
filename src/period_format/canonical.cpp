// attain's canonical period form and the syntax-free entry points of
// attain/period_format.hpp: autodetection (parse_period(text) tries every syntax and refuses
// text two of them read differently), the canonical to_string that it reads back, and the
// dispatch by period_syntax (parse_period(text, syntax), can_format, format_period). Each
// syntax's parser and formatter is in its own file beside this one.
#include "attain/period_format.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common.hpp"

namespace attain {

namespace detail::period_text {

namespace {

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

}  // namespace

}  // namespace detail::period_text

using namespace detail::period_text;

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

period parse_period(std::string_view text) { return try_parse_period(text).value(); }
period parse_period(std::string_view text, period_syntax syntax) { return try_parse_period(text, syntax).value(); }

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

}  // namespace attain
