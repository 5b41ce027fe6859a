// try_parse_period (autodetected and in each period_syntax) and try_parse_sdmx_period with
// a REPORTING_YEAR_START_DAY picked by the first two bytes (an invalid one now and then).
// Invariants: the try_ functions never throw; errors point into the input; the throwing
// twins agree and throw only attain::invalid_input; a period read in one syntax and
// autodetected is the same period; every period read round-trips through its canonical
// text, each syntax that can express it, and its report label where the label determines
// it; next/prev/difference agree where the period has neighbours.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "attain/error.hpp"
#include "attain/language.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"

#include "fuzz_support.hpp"

namespace {

using attain::period;
using attain::period_kind;
using attain::period_syntax;
using attain::result;
using attain::year_start;
using attain::fuzz::quoted;

constexpr const char* syntax_name(std::optional<period_syntax> s) {
  if (!s) return "auto";
  switch (*s) {
    case period_syntax::sdmx: return "sdmx";
    case period_syntax::dhis2: return "dhis2";
    case period_syntax::iso: return "iso";
    case period_syntax::human: return "human";
  }
  return "?";
}

std::string show(const period& p) {
  return attain::to_string(p) + " (" + std::string(attain::to_string(p.kind())) + ", days " +
         std::to_string(p.first_day_number()) + "…" + std::to_string(p.last_day_number()) + ")";
}

void check_round_trips(const period& p, const std::string& where) {
  const std::string got = where + " → " + show(p);
  ATTAIN_FUZZ_CHECK(p.first_day_number() <= p.last_day_number(), got);
  try {
    static_cast<void>(p.first());
    static_cast<void>(p.last());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "a parsed period has dates", got + ": " + e.what());
  }

  const std::string canonical = attain::to_string(p);
  const result<period> back = attain::try_parse_period(canonical);
  ATTAIN_FUZZ_CHECK(back.has_value(), got + ": canonical " + quoted(canonical) +
                                          " does not parse: " + attain::to_string(back.error()));
  ATTAIN_FUZZ_CHECK(*back == p,
                    got + ": canonical " + quoted(canonical) + " parses to " + show(*back));

  for (const period_syntax s : {period_syntax::sdmx, period_syntax::dhis2, period_syntax::iso}) {
    if (!attain::can_format(p, s)) continue;
    const std::string text = attain::format_period(p, s);
    const std::string in = got + ": " + syntax_name(s) + " " + quoted(text);
    if (s == period_syntax::sdmx) {
      // SDMX passes the reporting-year start separately, and writes a term as a range.
      const result<period> r = attain::try_parse_sdmx_period(text, p.start());
      ATTAIN_FUZZ_CHECK(r.has_value(), in + " does not parse: " + attain::to_string(r.error()));
      ATTAIN_FUZZ_CHECK(p.kind() == period_kind::term ? attain::same_days(*r, p) : *r == p,
                        in + " parses to " + show(*r));
      continue;
    }
    const result<period> r = attain::try_parse_period(text, s);
    ATTAIN_FUZZ_CHECK(r.has_value(), in + " does not parse: " + attain::to_string(r.error()));
    ATTAIN_FUZZ_CHECK(*r == p, in + " parses to " + show(*r));
  }

  // Report labels: always written; read back where the label determines the period.
  const bool labelled =
      !p.is_reporting() && p.kind() != period_kind::range && p.kind() != period_kind::biweek &&
      (p.kind() != period_kind::week || p.week_start() == attain::weekday::monday);
  for (const auto lang : {attain::language::en, attain::language::vi}) {
    for (const auto label : {attain::term_label::plan_years, attain::term_label::baseline}) {
      const std::string text = attain::format_human(p, lang, label);
      if (!labelled || (label == attain::term_label::baseline && lang == attain::language::en))
        continue;
      const result<period> r = attain::try_parse_period(text, period_syntax::human);
      ATTAIN_FUZZ_CHECK(r.has_value(), got + ": label " + quoted(text) +
                                           " does not parse: " + attain::to_string(r.error()));
      ATTAIN_FUZZ_CHECK(*r == p, got + ": label " + quoted(text) + " parses to " + show(*r));
    }
  }

  // Neighbours, where they exist (the supported years end somewhere).
  try {
    const period n = attain::next(p);
    ATTAIN_FUZZ_CHECK(n.first_day_number() == p.last_day_number() + 1,
                      got + ": next is " + show(n));
    ATTAIN_FUZZ_CHECK(attain::prev(n) == p, got + ": prev(next) is " + show(attain::prev(n)));
    ATTAIN_FUZZ_CHECK(attain::difference(n, p) == 1, got + ": difference(next, p) != 1");
  } catch (const attain::domain_error&) {
  }
}

// One parse: the try_ result, checked, and the throwing twin compared with it.
template <class Try, class Throw>
std::optional<period> parse_one(std::string_view text, const std::string& where, Try try_parse,
                                Throw parse) {
  const result<period> r = try_parse();
  if (r) {
    check_round_trips(*r, where);
  } else {
    ATTAIN_FUZZ_CHECK(attain::fuzz::well_formed(r.error(), text),
                      where + ": malformed error " + attain::to_string(r.error()));
  }
  try {
    const period p = parse();
    ATTAIN_FUZZ_CHECK(r.has_value() && p == *r,
                      where + ": the throwing parser accepted what try_ rejected");
  } catch (const attain::invalid_input& e) {
    ATTAIN_FUZZ_CHECK(
        !r.has_value() && e.code() == r.error().code && e.offset() == r.error().offset,
        where + ": the throwing parser threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "period parsers throw only attain::invalid_input",
                       where + ": " + e.what());
  }
  if (r) return *r;
  return std::nullopt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader in(data, size);
  const std::uint8_t m = in.option();
  const std::uint8_t d = in.option();
  // Mostly valid starts (months 1…12, days 1…28); one pick in 16 is out of range.
  const bool invalid = (m & 0x0F) == 0x0F;
  const year_start start{static_cast<std::uint8_t>(invalid ? (m >> 4) % 2 * 13 : 1 + m % 12),
                         static_cast<std::uint8_t>(invalid ? 29 + d % 8 : 1 + d % 28)};
  const std::string_view text = in.rest();
  const std::string where = quoted(text);

  const std::optional<period> found = parse_one(
      text, where + " (auto)", [&] { return attain::try_parse_period(text); },
      [&] { return attain::parse_period(text); });
  for (const period_syntax s :
       {period_syntax::sdmx, period_syntax::dhis2, period_syntax::iso, period_syntax::human}) {
    const std::string w = where + " (" + syntax_name(s) + ")";
    const std::optional<period> p = parse_one(
        text, w, [&] { return attain::try_parse_period(text, s); },
        [&] { return attain::parse_period(text, s); });
    // Autodetection tries every syntax (ISO without week dates) and refuses disagreement.
    if (p && found && s != period_syntax::iso)
      ATTAIN_FUZZ_CHECK(*p == *found, w + " → " + show(*p) + ", autodetected " + show(*found));
  }

  const std::string w = where + " (sdmx, year start --" + std::to_string(start.month) + "-" +
                        std::to_string(start.day) + ")";
  const result<period> r = attain::try_parse_sdmx_period(text, start);
  if (invalid) {
    ATTAIN_FUZZ_CHECK(!r.has_value() && r.error().code == attain::errc::invalid_argument,
                      w + ": an invalid start was accepted");
  }
  parse_one(
      text, w, [&] { return attain::try_parse_sdmx_period(text, start); },
      [&] { return attain::parse_sdmx_period(text, start); });
  return 0;
}
