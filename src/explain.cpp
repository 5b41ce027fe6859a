// Explanations (see attain/explain.hpp). Every word comes from the catalogue
// (attain/words.hpp, src/words/explain.cpp); this file only puts figures into its sentences.
#include "attain/explain.hpp"

#include <cstddef>
#include <iterator>

#include "attain/words.hpp"

namespace attain {
namespace {

// The catalogue's entry `w` in the options' language, its placeholders filled.
std::string say(word w, const explain_options& o, std::initializer_list<std::string_view> args) {
  return fill(w, o.language, args);
}

// A value as the report shows it: its own digits, trailing zeros dropped.
std::string number(const decimal& x, const explain_options& o) { return format(trim(x), format_of(o.language)); }

std::string percent(const decimal& ratio, const explain_options& o) {
  return format_percent(ratio, format_of(o.language), o.percent_decimals, o.mode);
}
// An exact ratio, rounded once at the percent decimals (attain/fraction.hpp).
std::string percent(const exact_fraction& ratio, const explain_options& o) {
  return format_percent(ratio, format_of(o.language), o.percent_decimals, o.mode);
}

// " tỷ đồng"; a percent unit joins its number as format_percent does: "57,6%" (French
// "57,6 %", with U+202F).
std::string unit_suffix(const indicator& ind, const explain_options& o) {
  if (ind.unit.text.empty()) return "";
  if (!ind.unit.percent) return " " + ind.unit.text;
  return format_of(o.language).percent_space ? "\u202F" + ind.unit.text : ind.unit.text;
}

// The unit of a change: a change of a percentage is in percentage points (30,5% → 27% is
// "giảm 3,5 điểm phần trăm", not a fall of 3,5%).
std::string change_suffix(const indicator& ind, const explain_options& o) {
  if (!ind.unit.percent) return unit_suffix(ind, o);
  return " " + std::string(text(word::explain_percentage_points, o.language));
}

std::string status_note(value_status s, const explain_options& o) {
  if (s == value_status::normal) return "";
  return " (" + std::string(describe(s, o.language)) + ")";
}

std::string elapsed_text(const attainment& a, const term& t, const explain_options& o) {
  const decimal years = a.elapsed_years.to_decimal(1, rounding::half_up);
  const std::string y = format(years, format_of(o.language));
  const std::string n = std::to_string(t.plan_years());
  if (a.schedule == schedule_status::not_applicable) return say(word::explain_elapsed, o, {y, n});
  return say(word::explain_elapsed_schedule, o, {y, n, describe(a.schedule, o.language)});
}

// The entry of an enumerator from a table in enumerator order; "?" outside it.
template <class E, std::size_t N>
std::string_view entry(E e, const word (&words)[N], language l) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? text(words[i], l) : std::string_view("?");
}

}  // namespace

std::string_view describe(value_status s, language l) noexcept {
  static constexpr word words[] = {word::status_actual,   word::status_provisional,     word::status_estimate,
                                   word::status_forecast, word::status_break_in_series, word::status_missing};
  static_assert(std::size(words) == static_cast<std::size_t>(value_status::missing) + 1);
  return entry(s, words, l);
}

std::string_view describe(why reason, language l) noexcept {
  static constexpr word words[] = {word::why_zero_base,     word::why_negative_base,       word::why_sign_change,
                                   word::why_zero_target,   word::why_zero_denominator,    word::why_empty_group,
                                   word::why_too_few_points, word::why_no_periods,         word::why_missing_value,
                                   word::why_not_applicable, word::why_population_mismatch, word::why_not_ranked};
  static_assert(std::size(words) == static_cast<std::size_t>(why::not_ranked) + 1);
  return entry(reason, words, l);
}

std::string_view describe(progress_status s, language l) noexcept {
  static constexpr word words[] = {word::progress_target_achieved, word::progress_on_track,
                                   word::progress_acceleration_needed, word::progress_limited,
                                   word::progress_deterioration, word::progress_not_assessable};
  static_assert(std::size(words) == static_cast<std::size_t>(progress_status::not_assessable) + 1);
  return entry(s, words, l);
}

std::string_view describe(forecast_class c, language l) noexcept {
  static constexpr word words[] = {word::forecast_exceed, word::forecast_meet, word::forecast_needs_effort,
                                   word::forecast_not_forecast};
  static_assert(std::size(words) == static_cast<std::size_t>(forecast_class::not_forecast) + 1);
  return entry(c, words, l);
}

std::string_view describe(schedule_status s, language l) noexcept {
  static constexpr word words[] = {word::schedule_ahead, word::schedule_on_schedule, word::schedule_behind,
                                   word::schedule_not_applicable};
  static_assert(std::size(words) == static_cast<std::size_t>(schedule_status::not_applicable) + 1);
  return entry(s, words, l);
}

std::string_view describe(projection_method m, language l) noexcept {
  static constexpr word words[] = {word::projection_average_growth, word::projection_linear,
                                   word::projection_least_squares};
  static_assert(std::size(words) == static_cast<std::size_t>(projection_method::least_squares) + 1);
  return entry(m, words, l);
}

std::string plan_years_text(const term& t) {
  return std::to_string(t.first_year()) + "\u2013" + std::to_string(t.last_year());
}

std::string explain(const no_value& n, const explain_options& o) {
  return say(word::explain_no_value, o, {describe(n.reason, o.language)});
}

std::string explain(const attainment& a, const target& t, const indicator& ind, const explain_options& o) {
  if (!a.actual) return explain(a.actual.error(), o);
  const std::string span = plan_years_text(t.term);
  const std::string end = std::to_string(t.term.last_year());
  const std::string base = std::to_string(t.term.baseline_year());
  const std::string u = unit_suffix(ind, o);
  const std::string st = status_note(a.status, o);
  const std::string latest = a.latest ? std::to_string(review_year(*a.latest)) : "";
  const std::string completion = a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o);
  const std::string value = number(*a.actual, o);
  switch (t.kind) {
    case target_kind::cumulative:
      return say(word::explain_cumulative, o, {value, number(t.value, o) + u, completion, span, st, elapsed_text(a, t.term, o)});
    case target_kind::average_growth:
      // A rate compared with the target rate has no completion (not_applicable): the sentence
      // names the two rates; a completion that has a value (or a reason of its own) is shown.
      if (!a.completion && a.completion.error().reason == why::not_applicable)
        return say(word::explain_average_growth_rate, o,
                   {std::to_string(t.term.first_year()), latest, base, percent(*actual_at(a, o.percent_decimals + 2, o.mode), o), st, percent(t.value, o)});
      return say(word::explain_average_growth, o,
                 {std::to_string(t.term.first_year()), latest, base, percent(*actual_at(a, o.percent_decimals + 2, o.mode), o), st, completion, percent(t.value, o)});
    case target_kind::units_meeting_standard:
    case target_kind::criteria_met:
      return say(word::explain_units_of_plan, o, {value, number(t.value, o) + u, st, completion, end});
    case target_kind::band:
      return say(a.achieved ? word::explain_band_within : word::explain_band_outside, o,
                 {value + u + st, number(t.value, o), number(t.upper.value_or(t.value), o) + u});
    case target_kind::maintain:
      return say(a.achieved ? word::explain_maintain_held : word::explain_maintain_fell_short, o,
                 {value + u + st, base, a.baseline ? " (" + number(*a.baseline, o) + u + ")" : std::string()});
    case target_kind::level:
      break;
  }
  // "(2023, estimate)" / "(năm 2023, ước đạt)"
  const std::string when = say(word::explain_in_year, o, {latest}) + (st.empty() ? "" : ", " + st.substr(2, st.size() - 3));
  const std::string_view then = text(word::explain_clause_separator, o.language);
  std::string out = say(word::explain_level, o, {value + u, when, number(t.value, o) + u, end, completion});
  if (a.baseline) {
    const decimal change = *a.actual - *a.baseline;
    out += then;
    out += say(signum(change) >= 0 ? word::explain_change_up : word::explain_change_down, o,
               {number(abs(change), o) + change_suffix(ind, o), base});
  }
  if (a.progress) {
    out += then;
    out += say(word::explain_distance_covered, o, {percent(*a.progress, o)});
  }
  if (a.schedule != schedule_status::not_applicable) {
    out += then;
    out += elapsed_text(a, t.term, o);
  }
  return out;
}

std::string explain(const target_forecast& f, const target& t, const indicator& ind, const explain_options& o) {
  if (!f.projected) return explain(f.projected.error(), o);
  const std::string end = std::to_string(t.term.last_year());
  const bool rate = t.kind == target_kind::average_growth;
  const std::string value = rate ? percent(*f.projected, o) : number(round(*f.projected, ind.decimals, o.mode), o) + unit_suffix(ind, o);
  const std::string completion = f.projected_completion ? percent(*f.projected_completion, o) : explain(f.projected_completion.error(), o);
  return say(word::explain_forecast, o, {end, value, completion, describe(f.method, o.language), describe(f.outcome, o.language)});
}

std::string explain(const progress_assessment& a, const explain_options& o) {
  const std::string_view status = describe(a.status, o.language);
  if (a.status == progress_status::not_assessable && a.reason)
    return say(word::explain_with_reason, o, {status, describe(*a.reason, o.language)});
  std::string figures;
  if (a.progress_value)
    figures += ", " + say(word::explain_progress_value, o, {format(round(*a.progress_value, 3, o.mode), format_of(o.language))});
  if (a.score) figures += ", " + say(word::explain_progress_score, o, {format(round(*a.score, 2, o.mode), format_of(o.language))});
  return say(word::explain_progress_method, o, {status, a.method, figures});
}

}  // namespace attain
