// The review's text, Markdown, JSON and CSV renderers (attain/report.hpp); the model is in
// review.cpp, the HTML renderer in report_html.cpp, the words they share in report_words.hpp.
#include "attain/report.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <tuple>
#include <utility>

#include "attain/growth.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/json.hpp"
#include "attain/period_format.hpp"
#include "report_words.hpp"

namespace attain {

// FORMATS -------------------------------------------------------------------------------------

std::string_view to_string(report_format f) noexcept {
  switch (f) {
    case report_format::text: return "text";
    case report_format::markdown: return "markdown";
    case report_format::html: return "html";
    case report_format::json: return "json";
    case report_format::csv: return "csv";
  }
  return "?";
}

std::optional<report_format> parse_report_format(std::string_view text) noexcept {
  if (text == "text" || text == "txt") return report_format::text;
  if (text == "markdown" || text == "md") return report_format::markdown;
  if (text == "html") return report_format::html;
  if (text == "json") return report_format::json;
  if (text == "csv") return report_format::csv;
  return std::nullopt;
}

// WORDS -----------------------------------------------------------------------------------------
namespace detail::report {

std::string series_text(const target_review& t) {
  std::string out = t.indicator.code;
  if (!t.target.unit.empty()) out += " · " + t.target.unit;
  for (const auto& [d, m] : t.members) out += " · " + d + "=" + m;
  return out;
}

std::string members_text(const target_review& t) {
  std::string out;
  for (const auto& [d, m] : t.members) out += (out.empty() ? "" : "; ") + d + "=" + m;
  return out;
}

std::string with_unit(const std::string& number, const indicator& ind) {
  if (ind.unit.text.empty()) return number;
  return ind.unit.percent ? number + ind.unit.text : number + " " + ind.unit.text;
}

std::string with_unit(const std::string& number, const indicator& ind, const words& w) {
  if (ind.unit.percent && w.nf().percent_space) return with_unit(number + "\u202F", ind);
  return with_unit(number, ind);
}

std::string value_text(const decimal& v, const indicator& ind, const words& w) {
  return with_unit(format(round(v, ind.decimals, w.mode), w.nf()), ind, w);
}

std::string percent(const decimal& ratio, const words& w) {
  return format_percent(ratio, w.nf(), w.percent_decimals, w.mode);
}

std::string percent(const exact_fraction& ratio, const words& w) {
  return format_percent(ratio, w.nf(), w.percent_decimals, w.mode);
}

std::string years_text(int first, int last) { return std::to_string(first) + "\u2013" + std::to_string(last); }

std::string date_text(const boost::gregorian::date& d, const words& w) {
  return format_human(period::of_day(d), w.lang);
}


std::string distinct_terms_text(const review& r) {
  std::vector<term> seen;
  std::string out;
  for (const target_review& t : r.targets) {
    if (std::find(seen.begin(), seen.end(), t.target.term) != seen.end()) continue;
    seen.push_back(t.target.term);
    out += (out.empty() ? "" : ", ") + years_text(t.target.term.baseline_year(), t.target.term.last_year());
  }
  return out;
}

std::string summed_over_text(std::size_t units, const words& w) {
  return units == 1 ? w.say(word::review_summed_over_one) : w.fill(word::review_summed_over, {std::to_string(units)});
}

std::string tally_item(std::size_t count, std::string_view status, const words& w) {
  return w.fill(word::review_tally_item, {std::to_string(count), status});
}

std::string forecast_heading(const review& r, const words& w) {
  if (const std::optional<term> t = r.term) return w.fill(word::review_forecast_for, {std::to_string(t->last_year())});
  std::vector<int> seen;
  std::string years;
  for (const target_review& t : r.targets) {
    const int y = t.target.term.last_year();
    if (std::find(seen.begin(), seen.end(), y) != seen.end()) continue;
    seen.push_back(y);
    years += (years.empty() ? "" : ", ") + std::to_string(y);
  }
  return w.say(word::review_forecast_by_term) + (years.empty() ? "" : " (" + years + ")");
}

word verdict_word(review_verdict v) noexcept {
  switch (v) {
    case review_verdict::exceeded: return word::review_verdict_exceeded;
    case review_verdict::achieved: return word::review_verdict_achieved;
    case review_verdict::ahead: return word::review_verdict_ahead;
    case review_verdict::on_schedule: return word::review_verdict_on_schedule;
    case review_verdict::behind: return word::review_verdict_behind;
    case review_verdict::not_met: return word::review_verdict_not_met;
    case review_verdict::no_value: break;
  }
  return word::review_verdict_no_value;
}

std::string kind_text(target_kind k, const words& w) {
  switch (k) {
    case target_kind::level: return w.say(word::review_kind_level);
    case target_kind::cumulative: return w.say(word::review_kind_cumulative);
    case target_kind::average_growth: return w.say(word::review_kind_average_growth);
    case target_kind::units_meeting_standard: return w.say(word::review_kind_units_meeting_standard);
    case target_kind::criteria_met: return w.say(word::review_kind_criteria_met);
    case target_kind::band: return w.say(word::review_kind_band);
    case target_kind::maintain: return w.say(word::review_kind_maintain);
  }
  return "?";
}

std::string method_text(assessment_method m, const words& w) {
  switch (m) {
    case assessment_method::growth_ratio: return w.say(word::review_method_growth_ratio);
    case assessment_method::projection: return w.say(word::review_method_projection);
    case assessment_method::weather: return w.say(word::review_method_weather);
  }
  return "?";
}

namespace {
std::string signed_text(const decimal& x, const std::string& shown) { return signum(x) > 0 ? "+" + shown : shown; }
}  // namespace

std::string actual_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  if (!a.actual) return explain(a.actual.error(), w.explain());
  const int y = a.latest ? review_year(*a.latest) : 0;
  const bool span = r.target.kind == target_kind::cumulative || r.target.kind == target_kind::average_growth;
  std::string when = span ? years_text(r.target.term.first_year(), y) : std::to_string(y);
  if (a.status != value_status::normal) when += ", " + std::string(describe(a.status, w.lang));
  // Enough digits that the figure cannot contradict its verdict (attainment.hpp: deciding_scale).
  if (r.target.kind == target_kind::average_growth) {
    const int d = deciding_scale(a, r.target, w.percent_decimals + 2, w.mode);
    if (d < 0) {  // differs from the target rate only past 12 digits: say which side it is on
      const bool below = (r.target.polarity != polarity::lower_is_better) != a.achieved;
      return w.fill(word::review_rate_a_year, {(below ? "< " : "> ") + percent(r.target.value, w), when});
    }
    return w.fill(word::review_rate_a_year, {format_percent(*actual_at(a, d, w.mode), w.nf(), d - 2, w.mode), when});
  }
  const int d = deciding_scale(a, r.target, r.indicator.decimals, w.mode);
  return with_unit(format(round(*a.actual, d, w.mode), w.nf()), r.indicator, w) + " (" + when + ")";
}

std::string target_text(const target_review& r, const words& w) {
  const target& g = r.target;
  const std::string sign = g.polarity == polarity::lower_is_better ? "≤ " : "≥ ";
  if (g.kind == target_kind::average_growth)
    return w.fill(word::review_rate_a_year, {sign + percent(g.value, w), plan_years_text(g.term)});
  const std::string v = with_unit(format(trim(g.value), w.nf()), r.indicator, w);
  if (g.kind == target_kind::cumulative) return v + " (" + plan_years_text(g.term) + ")";
  if (g.kind == target_kind::band && g.upper)
    return with_unit(format(trim(g.value), w.nf()) + "\u2013" + format(trim(*g.upper), w.nf()), r.indicator, w) + " (" +
           std::to_string(g.term.last_year()) + ")";
  return sign + v + " (" + std::to_string(g.term.last_year()) + ")";
}

std::string completion_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  // A rate has no completion (it is compared with the target rate): a dash, as for a band.
  if (!a.completion)
    return a.completion.error().reason == why::not_applicable ? "\u2014" : explain(a.completion.error(), w.explain());
  // 99.996 % shows as 99.996 %, not 100.0 % beside "not met"; past 12 digits: "< 100.0%".
  const int d = deciding_percent_decimals(*a.completion, w.percent_decimals, w.mode);
  if (d < 0) return (*a.completion < exact_fraction{1} ? "< " : "> ") + percent(exact_fraction{1}, w);
  return format_percent(*a.completion, w.nf(), d, w.mode);
}

std::string time_adjusted_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  if (!a.time_adjusted) return "—";
  return format(a.time_adjusted->to_decimal(2, w.mode), w.nf()) + " (" +
         std::string(describe(a.schedule, w.lang)) + ")";
}

std::string growth_text(const target_review& r, const words& w) {
  const review_growth& g = r.growth;
  if (!g.value) return g.how == review_growth::kind::none ? "—" : explain(g.value.error(), w.explain());
  // Rounded once at the shown digits (a CAGR from its values; points from the exact change).
  const int shown = g.how == review_growth::kind::percentage_points ? r.indicator.decimals : w.percent_decimals + 2;
  const decimal v = *value_at(g, shown, w.mode);
  const std::string years = years_text(g.from_year, g.to_year);
  switch (g.how) {
    case review_growth::kind::none: return "—";
    case review_growth::kind::cagr: return w.fill(word::review_rate_a_year, {signed_text(v, percent(v, w)), years});
    case review_growth::kind::flows_cagr:
      return w.fill(word::review_rate_a_year_flows, {signed_text(v, percent(v, w)), years});
    case review_growth::kind::percentage_points:
      return w.fill(word::review_points, {signed_text(v, format(v, w.nf())), years});
  }
  return "—";
}

std::string progress_text(const target_review& r, const words& w) { return std::string(describe(r.progress.status, w.lang)); }

std::string forecast_text(const target_review& r, const words& w) {
  const target_forecast& f = r.forecast;
  std::string out(describe(f.outcome, w.lang));
  if (f.projected_completion) out += " (" + percent(*f.projected_completion, w) + ")";
  return out;
}

// From the catalogue rather than describe(review_verdict), which says the same in English and
// Vietnamese.
std::string verdict_text(const target_review& r, const words& w) { return w.say(verdict_word(r.verdict)); }

explanation explain_target(const target_review& r, const words& w) {
  const explain_options eo = w.explain();
  explanation e;
  e.attainment = explain(r.attainment, r.target, r.indicator, eo);
  e.forecast = explain(r.forecast, r.target, r.indicator, eo);
  e.progress = w.fill(word::review_progress_explained, {explain(r.progress, eo)});
  const review_growth& g = r.growth;
  if (!g.value) {
    e.growth = w.fill(word::review_growth_explained, {explain(g.value.error(), eo)});
  } else {
    const std::string n = std::to_string(g.to_year - g.from_year);
    const std::string from = format(trim(g.from_value), w.nf()), to = format(trim(g.to_value), w.nf());
    const std::string years = years_text(g.from_year, g.to_year);
    switch (g.how) {
      case review_growth::kind::none: e.growth = ""; break;
      case review_growth::kind::cagr:
      case review_growth::kind::flows_cagr:
        e.growth = w.fill(g.how == review_growth::kind::cagr ? word::review_growth_cagr_explained
                                                             : word::review_growth_flows_explained,
                          {years, to, from, n, percent(*value_at(g, w.percent_decimals + 2, w.mode), w)});
        break;
      case review_growth::kind::percentage_points:
        e.growth = w.fill(word::review_growth_points_explained,
                          {to, from, format(*value_at(g, r.indicator.decimals, w.mode), w.nf()), years});
        break;
    }
  }
  if (r.rolled_up_from != 0)
    e.attainment += " (" + summed_over_text(r.rolled_up_from, w) + ")";
  return e;
}

std::string report_title(const review& r, const words& w) {
  const std::string& t = r.title_in(w.lang);
  return w.say(word::review_title) + (t.empty() ? "" : " \u2014 " + t);
}

std::string term_line(const review& r, const words& w) {
  const std::string n = std::to_string(r.targets.size());
  if (const std::optional<term> t = r.term) {
    const std::string years = years_text(t->baseline_year(), t->last_year());
    if (r.targets.size() == 1)
      return w.fill(word::review_term_one, {years, std::to_string(t->baseline_year()), plan_years_text(*t)});
    return w.fill(word::review_term, {n, years, std::to_string(t->baseline_year()), plan_years_text(*t)});
  }
  if (r.targets.empty()) return w.fill(word::review_targets, {n});
  return w.fill(word::review_terms_differ, {n, distinct_terms_text(r)});
}

std::string date_line(const review& r, const words& w) {
  const std::string date = date_text(r.as_of, w);
  // The elapsed share is the review's term's: said only when it is every target's term.
  if (!r.term) return w.fill(word::review_date, {date});
  return w.fill(word::review_date_elapsed, {date, format(decimal{r.elapsed.numerator}, w.nf()),
                                            format(decimal{r.elapsed.denominator}, w.nf()), percent(r.elapsed, w)});
}

std::string method_line(const review& r, const words& w) {
  return w.fill(word::review_method, {method_text(r.method, w)});
}

std::vector<std::string> definitions(const review& r, const words& w) {
  return {w.say(word::review_definition_met), w.fill(word::review_definition_forecast, {forecast_heading(r, w)}),
          w.say(word::review_definition_status)};
}

std::vector<std::string> summary_lines(const review& r, const words& w) {
  const review_summary& s = r.summary;
  std::vector<std::string> out;
  const auto n = [](std::size_t x) { return std::to_string(x); };
  if (s.no_value == 0)
    out.push_back(w.fill(word::review_summary_met, {n(s.met), n(s.targets), n(s.attainment.achieved),
                                                    n(s.attainment.exceeded), n(s.on_schedule), n(s.behind)}));
  else
    out.push_back(w.fill(word::review_summary_met_no_value,
                         {n(s.met), n(s.targets), n(s.attainment.achieved), n(s.attainment.exceeded), n(s.on_schedule),
                          n(s.behind), n(s.no_value)}));
  std::string statuses;
  for (std::size_t i = 0; i < s.progress.size(); ++i) {
    if (s.progress[i] == 0) continue;
    statuses += (statuses.empty() ? "" : ", ") + tally_item(s.progress[i], describe(static_cast<progress_status>(i), w.lang), w);
  }
  out.push_back(w.fill(word::review_summary_progress, {to_string(r.method), statuses}));
  std::string f = tally_item(s.forecast.exceed, describe(forecast_class::exceed, w.lang), w) + ", " +
                  tally_item(s.forecast.meet, describe(forecast_class::meet, w.lang), w) + ", " +
                  tally_item(s.forecast.needs_effort, describe(forecast_class::needs_effort, w.lang), w);
  if (s.forecast.not_forecast != 0)
    f += ", " + tally_item(s.forecast.not_forecast, describe(forecast_class::not_forecast, w.lang), w);
  out.push_back(w.fill(word::review_line, {forecast_heading(r, w), f}));
  return out;
}

}  // namespace detail::report

// RENDERERS -------------------------------------------------------------------------------------
namespace {
using namespace detail::report;

words words_of(const render_options& o) { return {o.language, o.percent_decimals, o.mode}; }

// A Markdown table cell: | and newlines would break the table.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

void render_text(std::ostream& os, const review& r, const render_options& options) {
  const words w = words_of(options);
  const auto labelled = [&](word label, const std::string& figure) { return w.fill(word::review_line, {w.say(label), figure}); };
  os << report_title(r, w) << "\n" << term_line(r, w) << "\n" << date_line(r, w) << "\n" << method_line(r, w) << "\n\n";
  for (const std::string& d : definitions(r, w)) os << d << "\n";
  os << "\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    os << (i < 9 ? " " : "") << i + 1 << ". " << t.name(w.lang) << "\n";
    os << "    [" << series_text(t) << " · " << kind_text(t.target.kind, w);
    if (t.rolled_up_from != 0) os << " · " << summed_over_text(t.rolled_up_from, w);
    if (!t.target.source.empty()) os << " · " << t.target.source;
    os << "]\n";
    os << "    " << labelled(word::review_value, actual_text(t, w)) << " · " << labelled(word::review_target, target_text(t, w))
       << " · " << labelled(word::review_completion, completion_text(t, w)) << "\n";
    os << "    " << labelled(word::review_time_adjusted, time_adjusted_text(t, w)) << " · "
       << labelled(word::review_growth, growth_text(t, w)) << "\n";
    // Each target's forecast is for the last year of its own term.
    os << "    " << labelled(word::review_mid_term, verdict_text(t, w)) << " · "
       << labelled(word::review_progress, progress_text(t, w)) << " · "
       << w.fill(word::review_line,
                 {w.fill(word::review_forecast_for, {std::to_string(t.target.term.last_year())}), forecast_text(t, w)})
       << "\n";
    if (options.explanations) {
      const explanation e = explain_target(t, w);
      for (const std::string* s : {&e.attainment, &e.growth, &e.progress, &e.forecast})
        if (!s->empty()) os << "    \u2013 " << *s << "\n";
    }
    os << "\n";
  }
  os << w.say(word::review_summary_heading) << "\n";
  for (const std::string& line : summary_lines(r, w)) os << "  " << line << "\n";
}

void render_markdown(std::ostream& os, const review& r, const render_options& options) {
  const words w = words_of(options);
  const std::string& title = r.title_in(w.lang);
  os << "# " << w.say(word::review_heading) << (title.empty() ? "" : " \u2014 " + title) << "\n\n";
  os << term_line(r, w) << ".  \n" << date_line(r, w) << ".  \n" << method_line(r, w) << ".\n\n";
  os << "## " << w.say(word::review_summary) << "\n\n";
  for (const std::string& line : summary_lines(r, w)) os << "- " << line << "\n";
  os << "\n## " << w.say(word::review_targets_heading) << "\n\n";
  // The forecast column names its year only when every target's term ends then; otherwise
  // each cell says its own year.
  const std::optional<term> shared = r.term;
  os << "| # | " << w.say(word::review_indicator) << " | " << w.say(word::review_value) << " | "
     << w.say(word::review_target) << " | " << w.say(word::review_completion) << " | "
     << w.say(word::review_time_adjusted_column) << " | " << w.say(word::review_growth) << " | "
     << w.say(word::review_progress) << " | " << w.say(word::review_mid_term) << " | "
     << (shared ? w.fill(word::review_forecast_in, {std::to_string(shared->last_year())})
                : w.say(word::review_forecast_term_end))
     << " |\n";
  os << "|---:|---|---:|---:|---:|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    const std::string forecast =
        shared ? forecast_text(t, w)
               : w.fill(word::review_line, {std::to_string(t.target.term.last_year()), forecast_text(t, w)});
    os << "| " << i + 1 << " | " << cell(t.name(w.lang)) << " | " << cell(actual_text(t, w)) << " | "
       << cell(target_text(t, w)) << " | " << cell(completion_text(t, w)) << " | " << cell(time_adjusted_text(t, w))
       << " | " << cell(growth_text(t, w)) << " | " << cell(progress_text(t, w)) << " | " << cell(verdict_text(t, w))
       << " | " << cell(forecast) << " |\n";
  }
  if (options.explanations) {
    os << "\n## " << w.say(word::review_how_obtained) << "\n\n";
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
      const target_review& t = r.targets[i];
      const explanation e = explain_target(t, w);
      os << i + 1 << ". **" << t.name(w.lang) << "** (" << series_text(t) << ")\n";
      for (const std::string* s : {&e.attainment, &e.growth, &e.progress, &e.forecast})
        if (!s->empty()) os << "   - " << *s << "\n";
    }
  }
  os << "\n## " << w.say(word::review_definitions) << "\n\n";
  for (const std::string& d : definitions(r, w)) os << "- " << d << "\n";
}

void render_json(std::ostream& os, const review& r, const render_options& options) {
  const words w = words_of(options);
  io::json_writer j;
  j.begin_object();
  j.key("title").value(r.title_in(w.lang));
  j.key("language").value(to_string(w.lang));
  j.key("as_of");
  io::write_json(j, period::of_day(r.as_of));
  j.key("method").value(to_string(r.method));
  j.key("term");
  if (r.term) {
    j.begin_object().key("baseline_year").value(r.term->baseline_year()).key("first_year").value(r.term->first_year());
    j.key("last_year").value(r.term->last_year()).end_object();
  } else {
    j.null();
  }
  j.key("elapsed");
  io::write_json(j, r.elapsed);
  const review_summary& s = r.summary;
  j.key("summary").begin_object();
  j.key("targets").value(s.targets).key("met").value(s.met).key("on_schedule").value(s.on_schedule);
  j.key("behind").value(s.behind).key("no_value").value(s.no_value);
  j.key("attainment");
  io::write_json(j, s.attainment);
  j.key("forecast");
  io::write_json(j, s.forecast);
  j.key("progress").begin_object();
  for (std::size_t i = 0; i < s.progress.size(); ++i)
    j.key(to_string(static_cast<progress_status>(i))).value(s.progress[i]);
  j.end_object().end_object();
  j.key("targets").begin_array();
  for (const target_review& t : r.targets) {
    j.begin_object();
    j.key("indicator").value(t.indicator.code).key("name").value(t.name(w.lang));
    j.key("members").begin_object();
    for (const auto& [d, m] : t.members) j.key(d).value(m);
    j.end_object();
    j.key("unit_of_measure").value(t.indicator.unit.text);
    j.key("target");
    io::write_json(j, t.target);
    j.key("rolled_up_from").value(t.rolled_up_from);
    j.key("observations").begin_array();
    for (const observation& o : t.observations.observations()) io::write_json(j, o);
    j.end_array();
    j.key("attainment");
    io::write_json(j, t.attainment, options.ratio_scale, options.mode);
    j.key("growth").begin_object().key("method").value(to_string(t.growth.how));
    io::write_member(j, "value", t.growth.value);
    j.key("from_year").value(t.growth.from_year).key("to_year").value(t.growth.to_year).end_object();
    j.key("progress");
    io::write_json(j, t.progress);
    j.key("forecast");
    io::write_json(j, t.forecast, options.ratio_scale, options.mode);
    j.key("verdict").value(to_string(t.verdict)).key("met").value(is_met(t.verdict));
    const explanation e = explain_target(t, w);
    j.key("explanation").begin_object().key("attainment").value(e.attainment).key("growth").value(e.growth);
    j.key("progress").value(e.progress).key("forecast").value(e.forecast).end_object();
    j.end_object();
  }
  j.end_array();
  j.end_object();
  os << j.str() << "\n";
}

void render_csv(std::ostream& os, const review& r, const render_options& options) {
  const words w = words_of(options);
  io::csv_writer c(os, ',');
  c.row({"indicator", "name", "unit", "members", "kind", "baseline_year", "last_year", "target", "upper", "latest", "status",
         "value", "completion", "progress_from_baseline", "time_adjusted", "schedule", "growth_method", "growth",
         "progress_method", "progress_status", "progress_value", "forecast", "forecast_completion", "forecast_outcome",
         "verdict", "met", "rolled_up_from"});
  const auto num = [](const computed<decimal>& x) { return x ? to_string(*x) : std::string(); };
  const auto ratio = [&](const computed<exact_fraction>& x) {
    return x ? to_string(x->to_decimal(options.ratio_scale, options.mode)) : std::string();
  };
  for (const target_review& t : r.targets) {
    const attainment& a = t.attainment;
    const std::string fields[] = {
        t.indicator.code,
        t.name(w.lang),
        t.target.unit,
        members_text(t),
        std::string(to_string(t.target.kind)),
        std::to_string(t.target.term.baseline_year()),
        std::to_string(t.target.term.last_year()),
        to_string(t.target.value),
        t.target.upper ? to_string(*t.target.upper) : std::string(),
        a.latest ? to_string(*a.latest) : std::string(),
        std::string(to_string(a.status)),
        num(a.actual),
        ratio(a.completion),
        ratio(a.progress),
        ratio(a.time_adjusted),
        std::string(to_string(a.schedule)),
        std::string(to_string(t.growth.how)),
        num(t.growth.value),
        std::string(t.progress.method),
        std::string(to_string(t.progress.status)),
        num(t.progress.progress_value),
        num(t.forecast.projected),
        ratio(t.forecast.projected_completion),
        std::string(to_string(t.forecast.outcome)),
        std::string(to_string(t.verdict)),
        is_met(t.verdict) ? "1" : "0",
        std::to_string(t.rolled_up_from)};
    for (const std::string& f : fields) c.field(f);
    c.end_row();
  }
}

void render(std::ostream& out, const review& r, const render_options& options) {
  switch (options.format) {
    case report_format::text: render_text(out, r, options); return;
    case report_format::markdown: render_markdown(out, r, options); return;
    case report_format::html: render_html(out, r, options); return;
    case report_format::json: render_json(out, r, options); return;
    case report_format::csv: render_csv(out, r, options); return;
  }
}

std::string render(const review& r, const render_options& options) {
  std::ostringstream out;
  render(out, r, options);
  return out.str();
}

}  // namespace attain
