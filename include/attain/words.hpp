// attain/words.hpp — the one catalogue of every sentence, label and status word attain
// writes for people, in English, Vietnamese and French.
//
// A `word` names one entry; `text` gives it in a language; `fill` substitutes the entry's
// placeholders {0}, {1}, … with figures already formatted by the caller (numbers in the
// language's format, attain/number_format.hpp). The library's explanations (explain.hpp),
// the review renderers (report.hpp), the ranking sentences and the command-line program
// all take their words from here: a sentence exists once, and a translation is a column of
// the table, not a branch in the code. The catalogue is checked by tests: every entry has
// a text in every language, and each language's text has the same placeholders. A word's
// numeric value is not stable from one version to the next (entries are added where they
// belong): name words, never store their numbers.
//
// USE
//   text(word::verdict_exceeded, language::fr)                 "dépassé"
//   fill(word::rank_up, language::en, {"5"})                    "up 5 places"
//   fill(word::rank_up_one, language::vi, {})                   "tăng 1 hạng"
#ifndef ATTAIN_WORDS_HPP
#define ATTAIN_WORDS_HPP

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "attain/config.hpp"
#include "attain/language.hpp"

namespace attain {

// Each area of the library keeps its entries in its own section (and its own table in
// src/words/<area>.cpp); the order of the enumerators means nothing.
enum class word : std::uint16_t {
  // -- review (src/words/review.cpp) ---------------------------------------------------------
  // The words of the review's renderers (attain/report.hpp) and of the lines they share.
  // Mid-term verdicts (review_verdict): "ahead of schedule", "vượt tiến độ", "en avance sur le calendrier".
  review_verdict_exceeded,
  review_verdict_achieved,
  review_verdict_ahead,
  review_verdict_on_schedule,
  review_verdict_behind,
  review_verdict_not_met,
  review_verdict_no_value,
  // Kinds of target (target_kind) and progress-assessment methods (assessment_method).
  review_kind_level,
  review_kind_cumulative,
  review_kind_average_growth,
  review_kind_units_meeting_standard,
  review_kind_criteria_met,
  review_kind_band,
  review_kind_maintain,
  review_method_growth_ratio,
  review_method_projection,
  review_method_weather,
  // Figures.
  review_rate_a_year,        // "{0} a year ({1})"
  review_rate_a_year_flows,  // "{0} a year (yearly flows, {1})"
  review_points,             // "{0} pp ({1})"
  review_summed_over,        // "summed over {0} units"
  review_summed_over_one,    // "summed over 1 unit"
  review_tally_item,         // "{0} {1}": a count and its status ("16 exceed"; fr "{1} : {0}")
  review_forecast_count,     // "{0} targets forecast to {1}": "16 chỉ tiêu dự báo vượt kế hoạch"
  // Headings and labels.
  review_title,                 // "PLAN REVIEW"
  review_heading,               // "Plan review"
  review_summary_heading,       // "SUMMARY"
  review_summary,
  review_targets_heading,
  review_how_obtained,
  review_definitions,
  review_indicator,
  review_value,
  review_target,
  review_completion,
  review_time_adjusted,
  review_time_adjusted_column,  // the shorter Vietnamese of a table's column
  review_growth,
  review_progress,
  review_mid_term,
  review_line,                  // "{0}: {1}": a label and its figure
  review_forecast_for,          // "Forecast for {0}"
  review_forecast_by_term,      // "Forecast for the end of each target's term"
  review_forecast_in,           // "Forecast {0}": a column
  review_forecast_term_end,     // "Forecast (term end)": the column when terms differ
  // The header lines, the definitions and the summary.
  review_targets,               // "{0} targets"
  review_term,                  // "{0} targets, {1} term (baseline {2}, plan years {3})"
  review_term_one,              // "1 target, {0} term (baseline {1}, plan years {2})"
  review_terms_differ,          // "{0} targets with different terms ({1})"
  review_date,                  // "Review date: {0}"
  review_date_elapsed,          // "Review date: {0}; {1}/{2} days of the term elapsed ({3})"
  review_method,                // "Progress assessment method: {0}"
  review_definition_met,
  review_definition_forecast,   // "{0}: the average annual growth (CAGR) … continued; …"
  review_definition_status,
  review_summary_met,           // "At the review date: {0}/{1} targets met or exceeded (…); {5} not met"
  review_summary_met_no_value,  // the same, then "; {6} not assessable"
  review_summary_progress,      // "Progress ({0}): {1}"
  // The sentences under a target's figures.
  review_progress_explained,       // "progress: {0}"
  review_growth_explained,         // "growth: {0}"
  review_growth_cagr_explained,    // "average annual growth (CAGR) {0}: ({1} / {2})^(1/{3}) − 1 = {4} a year"
  review_growth_flows_explained,   // the same, of the yearly values
  review_growth_points_explained,  // "change on the baseline, in percentage points: {0} − {1} = {2} pp ({3})"

  // -- html report (src/words/html.cpp) ------------------------------------------------------
  // The HTML review's headings, labels and chart words (the figures come from the review's
  // words): "Summary", "time elapsed {0}", "Page {0} of {1}".
  html_summary,
  html_all_targets,
  html_target_by_target,
  html_number,
  html_indicator,
  html_value,
  html_target,
  html_completion,
  html_time_adjusted,
  html_time_adjusted_definition,
  html_growth,
  html_progress,
  html_mid_term,
  html_forecast,
  html_forecast_in,
  html_forecast_for,
  html_badge_mid_term,
  html_badge_forecast,
  html_label_value,
  html_tile_met,
  html_tile_on_schedule,
  html_tile_not_met,
  html_tile_forecast_met,
  html_tile_forecast_met_by_term,
  html_tile_needs_effort,
  html_issued_by,
  html_review_date_is,
  html_terms_differ,
  html_sources,
  html_notes,
  html_card_term,
  html_bar_progress,
  html_bars_title,
  html_time_elapsed,
  html_chart_title,
  html_target_path,
  html_target_label,
  html_target_band,
  html_no_value_in,
  html_definitions,
  html_legend,
  html_footer,
  html_page_of,

  // -- explanations, statuses, reasons (src/words/explain.cpp) --------------------------------
  // How a period counts in yearly figures (reference_year_note, attain/period_format.hpp).
  period_no_reference_year,     // "{0} has no reference year (not a whole calendar year)"
  period_counted_as_start_year, // "{0} counted as {1} (the year it begins)"
  period_counted_as_first_year, // "{0} counted as {1} (first year of a pooled period)"
  // The status of a value (value_status): "estimate", "ước đạt", "estimation".
  status_actual,
  status_provisional,
  status_estimate,
  status_forecast,
  status_break_in_series,
  status_missing,
  // Why a figure has no value (why): "growth from a zero base".
  why_zero_base,
  why_negative_base,
  why_sign_change,
  why_zero_target,
  why_zero_denominator,
  why_empty_group,
  why_too_few_points,
  why_no_periods,
  why_missing_value,
  why_not_applicable,
  why_population_mismatch,
  why_not_ranked,
  // Progress statuses (progress_status): "on track", "đúng hướng, đạt tiến độ", "en bonne voie".
  progress_target_achieved,
  progress_on_track,
  progress_acceleration_needed,
  progress_limited,
  progress_deterioration,
  progress_not_assessable,
  // Forecast outcomes (forecast_class).
  forecast_exceed,
  forecast_meet,
  forecast_needs_effort,
  forecast_not_forecast,
  // Against a straight-line schedule (schedule_status).
  schedule_ahead,
  schedule_on_schedule,
  schedule_behind,
  schedule_not_applicable,
  // Projection methods (projection_method).
  projection_average_growth,
  projection_linear,
  projection_least_squares,
  // The sentences of explain(): {0}, {1}… are figures already formatted.
  explain_no_value,             // "no value: {0}"
  explain_with_reason,          // "{0}: {1}": a status and its reason, a label and its figures
  explain_clause_separator,     // "; " between the clauses of one sentence
  explain_per_year,             // "{0} a year"
  explain_percentage_points,    // the unit of a change of a percentage
  explain_elapsed,              // "{0} of {1} years elapsed"
  explain_elapsed_schedule,     // "{0} of {1} years elapsed: {2}"
  explain_cumulative,           // "{0} / {1} = {2} of the {3} target{4}; {5}"
  explain_average_growth,       // "average growth {0}–{1} (from {2}) {3} a year{4} = {5} of the {6} target"
  explain_average_growth_rate,  // "average growth {0}–{1} (from {2}) {3} a year{4} against a target of {5} a year"
  explain_units_of_plan,        // "{0}/{1}{2} = {3} of the {4} plan"
  explain_band_within,          // "{0} within {1}–{2}"
  explain_band_outside,         // "{0} outside {1}–{2}"
  explain_maintain_held,        // "{0}: held at or beyond its {1} level{2}"
  explain_maintain_fell_short,  // "{0}: fell short of its {1} level{2}"
  explain_in_year,              // "{0}" / "năm {0}": the year of a value
  explain_level,                // "{0} ({1}) against a target of {2} for {3} = {4}"
  explain_change_up,            // "up {0} on {1}"
  explain_change_down,          // "down {0} on {1}"
  explain_distance_covered,     // "{0} of the distance covered"
  explain_forecast,             // "forecast for {0}: {1} = {2} of the target (method: {3}) → {4}"
  explain_progress_method,      // "{0} (method {1}{2})"
  explain_progress_value,       // "value {0}"
  explain_progress_score,       // "score {0}"

  // -- ranking and roll-up sentences (src/words/ranking.cpp) ---------------------------------
  // A change of rank (explain_rank_change): singular and plural are separate entries.
  rank_up,                 // "up {0} places"
  rank_up_one,             // "up 1 place"
  rank_down,               // "down {0} places"
  rank_down_one,           // "down 1 place"
  rank_unchanged,          // "unchanged"
  rank_change_since,       // "{0} on {1}": a change and the period it is measured from
  // A rank (explain_rank): "ranked 7 of 27", "đứng thứ 7/27", "classé 7e sur 27".
  rank_position,           // "ranked {0} of {1}"
  rank_position_first,     // "ranked 1 of {0}" (French: "1er")
  rank_level,              // "level {0}" of a hierarchy
  // Tie methods (rank_method).
  rank_method_standard,
  rank_method_modified,
  rank_method_dense,
  rank_method_ordinal,
  rank_method_fractional,
  // Roll-ups along a hierarchy.
  rollup_own_value,        // a parent's own value used where nothing below has data
  rollup_discrepancy,      // "{0}: own value {1} differs from the roll-up of its units below, {2}, by {3} (tolerance {4})"

  // -- command-line program (src/words/cli.cpp) ----------------------------------------------
  cli_note,                        // "note: {0}" (standard error)
  cli_assess_header,               // "Progress assessment, method {0}, as of {1}"
  cli_growth_cagr,                 // "average annual growth (CAGR): {0}"
  cli_growth_year_on_year,         // "year on year: {0}"
  cli_growth_shorter_periods,      // "{0}: {1} observations of a shorter period … left out"
  cli_growth_shorter_periods_one,  // "{0}: 1 observation of a shorter period … left out"
  cli_growth_no_value,             // "{0}: no value in any year (every observation missing)"
  cli_total_unit_not_ranked,       // "unit _T is the total of the units ranked, …"
  cli_only_member_is_total,        // "dimension \"{0}\" has no total; its only member, \"{1}\", stands for it"
  cli_check_summary,               // "{0}: {1}, {2} rows, {3} accepted, {4} rejected, {5}"
  cli_problems,                    // "{0} problems"
  cli_problem_one,                 // "1 problem"

  count_  // not a word: the number of enumerators
};

// The entry in `l`. Never empty for a word of the catalogue.
ATTAIN_API std::string_view text(word w, language l) noexcept;

// The entry in `l` with {0}, {1}, … replaced by `args` (each placeholder may appear more than
// once, or not at all). A placeholder with no argument is an error: attain::domain_error
// (invalid_argument) "word 12 (en): no argument for {1}".
ATTAIN_API std::string fill(word w, language l, std::initializer_list<std::string_view> args);

}  // namespace attain

#endif  // ATTAIN_WORDS_HPP
