// attain/period_format.hpp — periods as text: SDMX, DHIS2, ISO 8601 and report labels.
//
// Statistical data names its periods in several syntaxes. attain reads and writes each one
// exactly as its owners define it, and keeps one canonical, locale-invariant form of its
// own that round-trips every period: parse_period(to_string(p)) == p.
//
// GLOSSARY (users' words → ours)
//   quý I/2024 = 2024-Q1; 6 tháng đầu năm = first half-year (S1); năm 2023 = the year 2023;
//   tháng 6/2023 = 2023-06; giai đoạn 2021–2023 = plan years 2021…2023 (baseline 2020);
//   nhiệm kỳ 2020–2025 = the term with baseline 2020 and plan years 2021…2025.
//
// SYNTAXES (text → period; results in comments)
//   SDMX    2023 · 2023-A1 · 2023-S1 · 2023-T2 · 2023-Q1 · 2023-M06 · 2023-W05 · 2023-D032
//           (→ 2023-02-01) · 2023-06 · 2023-06-29 · 2021-01-01/P5Y (→ range 2021-01-01 …
//           2025-12-31) · 2021-01-01/2025-12-31. A reporting year starting on another day
//           is passed separately, as SDMX passes REPORTING_YEAR_START_DAY:
//           parse_sdmx_period("2001-Q1", year_start{7, 1})   → 2001-07-01 … 2001-09-30
//   DHIS2   2004 · 200403 · 2004-03 · 200401B (Jan–Feb) · 2004Q1 · 2004S1 · 2004AprilS1
//           (Apr–Sep) · 2015NovS1 (2014-11-01 … 2015-04-30) · 2004W10 · 2015BiW1 ·
//           2015WedW5 / ThuW / SatW / SunW · 20040315 · 2004April (Apr 2004 – Mar 2005) ·
//           2004July · 2004Oct · 2004Feb · 2004Aug · 2004Sep · 2010Nov (Nov 2009 – Oct 2010:
//           DHIS2 labels only the November financial year by its end year). For the week
//           starts DHIS2 has no type for, attain extends its pattern: 2015TueW5 · 2015FriW5
//           (read here and written by to_string; format_period(p, dhis2) refuses them, as
//           DHIS2 would not read them)
//   ISO     2023 · 2023-06 · 2023-06-29 · 20230629 · 2023-W05 · 2023W05 · 2023-W05-4 (a day)
//           · 2023-180 · 2023180 (ordinal days) · 2023-33 … 2023-36 (quarters),
//           2023-37 … 2023-39 (four-month periods), 2023-40 · 2023-41 (halves) — the
//           sub-year groupings of ISO 8601-2 · intervals start/end, start/duration,
//           duration/end at any precision · 2021/2025 (whole years → a plan term)
//   human   en: 2023 · H1 2023 · T2 2023 · Q1 2024 · Jan–Feb 2023 · June 2023 · week 5 of 2023
//           · 29 June 2023 · 2021–2025 and 2021-2025 (the years 2021…2025, a period of kind
//           term; see MULTI-YEAR PERIODS)
//           vi: năm 2023 · 6 tháng đầu năm 2023 · 6 tháng cuối năm 2023 · 4 tháng đầu/giữa/
//           cuối năm 2023 · quý I/2024 · tháng 1–2/2023 · tháng 6/2023 · tuần 5/2023 ·
//           ngày 29/6/2023 · giai đoạn 2021–2023 · nhiệm kỳ 2020–2025
//           Reporting periods, other week starts and ranges have a human form for reports
//           (format only).
//   canonical (to_string): 2023 · 2023-S1 · 2023-T1 · 2023-Q1 · 202301B · 2023-06 · 2023-W05 ·
//           2015WedW5 (2015TueW5 … 2015SunW5: every week start other than Monday) ·
//           2015BiW1 · 2023-06-29 · 2021/2025 (term) · 2021-01-01/2025-12-31 (range)
//           · reporting periods as SDMX followed by the REPORTING_YEAR_START_DAY value:
//           2001-A1--07-01, 2001-Q1--07-01 (an attain extension; SDMX keeps the start day in
//           a separate attribute).
//
// AUTODETECTION
//   parse_period(text) tries every syntax. The forms barely overlap, and where they do
//   (2023, 2023-06, 20230629, 2023W05) they mean the same period. Text that two syntaxes
//   read differently is refused with errc::ambiguous_period.
//
// MULTI-YEAR PERIODS (docs/formats.md, "Multi-year periods")
//   A bare year span YYYY-YYYY — hyphen, en dash or em dash, spaces allowed around it, both
//   years four digits, the second after the first — names the whole calendar years it spans:
//   Open SDG's pooled survey years.
//     parse_period("2005-2007")   // period::plan_term(2005, 2007): 2005-01-01 … 2007-12-31
//     parse_period("2005–2007")   // the same period (en dash); so is ISO "2005/2007"
//     parse_period("2007-2005")   // invalid_input: range ends before it starts at 5 in "2007-2005"
//     parse_period("2005-2005")   // invalid_input: ambiguous period at 0 in "2005-2005"
//                                 //   (the year 2005, or a one-year span?)
//   No other syntax reads this shape (a year-month has two digits after the dash), so the
//   rule is exact. Its trap is term.hpp's CASE STUDY: in "nhiệm kỳ 2020–2025" the first year
//   is the BASELINE, and the bare "2020–2025" reads as six years 2020…2025. Name a plan
//   term by its kind — "nhiệm kỳ 2020–2025", "giai đoạn 2021–2025" — wherever it is one.
//   By syntax: auto and human read it; SDMX and DHIS2 have no multi-year form and refuse it
//   (unknown_period_syntax; SDMX writes such a period as 2005-01-01/P3Y, which it reads back
//   as a range of the same days); ISO reads only "2005/2007". to_string writes "2005/2007",
//   format_human "2005–2007". reference_year (attain/period.hpp) counts it as 2005.
//
// ERRORS (message = what, byte offset, input)
//   parse_period("2023Q5")     // invalid_input: quarter out of range at 5 in "2023Q5"
//   parse_period("2000-M13")   // invalid_input: month out of range at 6 in "2000-M13"
//   parse_period("20111")      // invalid_input: unrecognised period at 4 in "20111"
//   try_parse_period("2011W234").error()   // {week_out_of_range, 5, "2011W234"}
//
// LEFT OUT, deliberately
//   * date-times and time-of-day durations (2000-01-01T00:00:00/P2M, PT1H): attain's periods
//     are whole days.
//   * SDMX reporting weeks of a year that does not start on January 1 (2001-W01 with
//     --07-01): no data set we read uses them; they fail with unknown_period_syntax.
//   * ISO 8601-2 seasons (2023-21 … 2023-32): their dates depend on the hemisphere and the
//     convention; they fail with unknown_period_syntax.
//   * DHIS2 quarterly-November and Bi-weekly-from-other-weekdays types, and non-Gregorian
//     DHIS2 calendars (Ethiopian, Nepali): not in the forms our users exchange.
//   * Unicode normalisation: Vietnamese text must be NFC (the form keyboards produce).
#ifndef ATTAIN_PERIOD_FORMAT_HPP
#define ATTAIN_PERIOD_FORMAT_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "attain/error.hpp"
#include "attain/language.hpp"
#include "attain/period.hpp"

namespace attain {

enum class period_syntax : std::uint8_t { sdmx, dhis2, iso, human };
// How a report labels a term: by its plan years ("giai đoạn 2021–2025", "2021–2025") or by
// baseline and last year ("nhiệm kỳ 2020–2025", "2021–2025 (baseline 2020)").
enum class term_label : std::uint8_t { plan_years, baseline };

// PARSE. try_* return the error (code, byte offset, input); the others throw
// attain::invalid_input with the message of attain::to_string(parse_error).
ATTAIN_API result<period> try_parse_period(std::string_view text) noexcept;
ATTAIN_API result<period> try_parse_period(std::string_view text, period_syntax syntax) noexcept;
// SDMX with a REPORTING_YEAR_START_DAY: "2001-Q1" with {7, 1} is 2001-07-01 … 2001-09-30.
ATTAIN_API result<period> try_parse_sdmx_period(std::string_view text, year_start reporting_year_start) noexcept;
ATTAIN_API period parse_period(std::string_view text);
ATTAIN_API period parse_period(std::string_view text, period_syntax syntax);
ATTAIN_API period parse_sdmx_period(std::string_view text, year_start reporting_year_start);

// FORMAT. The canonical form (see above): parse_period(to_string(p)) == p for every p.
ATTAIN_API std::string to_string(const period& p);

// Whether `syntax` can express p, and p in that syntax. format_period throws
// attain::domain_error (invalid_argument) when it cannot: DHIS2 has no trimester, SDMX no
// bi-month, ISO no DHIS2 weeks. SDMX writes a reporting period without its start day (pass
// it on as REPORTING_YEAR_START_DAY) and a term as start/duration.
//   format_period(period{quarter{2024, 1}}, period_syntax::dhis2)       → "2024Q1"
//   format_period(period::fiscal_year(2009, {11, 1}), period_syntax::dhis2) → "2010Nov"
//   format_period(period::plan_term(2021, 2025), period_syntax::sdmx)   → "2021-01-01/P5Y"
ATTAIN_API bool can_format(const period& p, period_syntax syntax) noexcept;
ATTAIN_API std::string format_period(const period& p, period_syntax syntax);

// A label for reports:
//   format_human(period{quarter{2024, 1}})                          → "Q1 2024"
//   format_human(period{quarter{2024, 1}}, language::vi)      → "quý I/2024"
//   format_human(period{quarter{2024, 1}}, language::fr)      → "T1 2024"
//   format_human(period::of_day(date(2023, 6, 1)), language::fr) → "1er juin 2023"
//   format_human(period::plan_term(2021, 2025), language::vi) → "giai đoạn 2021–2025"
//   format_human(period::plan_term(2021, 2025), language::vi, term_label::baseline)
//                                                                   → "nhiệm kỳ 2020–2025"
ATTAIN_API std::string format_human(const period& p, language lang = language::en,
                         term_label label = term_label::plan_years);

// How p counts in yearly computations (reference_year in attain/period.hpp), as the note a
// growth or progress figure carries; empty for a calendar year, which counts as itself:
//   reference_year_note(period::plan_term(2005, 2007))
//       → "2005–2007 counted as 2005 (first year of a pooled period)"
//   reference_year_note(period::fiscal_year(2004, {4, 1}))
//       → "2004/2005 (year from 1 April) counted as 2004 (the year it begins)"
//   reference_year_note(period{quarter{2023, 1}})
//       → "Q1 2023 has no reference year (not a whole calendar year)"
//   reference_year_note(period::plan_term(2005, 2007), language::fr)
//       → "2005–2007 compté comme 2005 (première année d’une période regroupée)"
ATTAIN_API std::string reference_year_note(const period& p, language lang = language::en);

}  // namespace attain

#endif  // ATTAIN_PERIOD_FORMAT_HPP
