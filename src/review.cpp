// The plan review model (attain/review.hpp): every target assessed at a date.
#include "attain/review.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <tuple>
#include <utility>

#include "attain/growth.hpp"
#include "attain/hierarchy.hpp"
#include "attain/rollup.hpp"
#include "attain/table.hpp"
#include "attain/words.hpp"

namespace attain {

// NAMES -----------------------------------------------------------------------------------------

std::string_view to_string(assessment_method m) noexcept {
  switch (m) {
    case assessment_method::growth_ratio: return "growth_ratio";
    case assessment_method::projection: return "projection";
    case assessment_method::weather: return "weather";
  }
  return "?";
}

std::optional<assessment_method> parse_assessment_method(std::string_view text) noexcept {
  if (text == "growth_ratio" || text == "growth-ratio") return assessment_method::growth_ratio;
  if (text == "projection") return assessment_method::projection;
  if (text == "weather") return assessment_method::weather;
  return std::nullopt;
}

std::string_view to_string(review_verdict v) noexcept {
  switch (v) {
    case review_verdict::exceeded: return "exceeded";
    case review_verdict::achieved: return "achieved";
    case review_verdict::ahead: return "ahead";
    case review_verdict::on_schedule: return "on_schedule";
    case review_verdict::behind: return "behind";
    case review_verdict::not_met: return "not_met";
    case review_verdict::no_value: return "no_value";
  }
  return "?";
}

std::string_view describe(review_verdict v, language l) noexcept {
  switch (v) {
    case review_verdict::exceeded: return text(word::review_verdict_exceeded, l);
    case review_verdict::achieved: return text(word::review_verdict_achieved, l);
    case review_verdict::ahead: return text(word::review_verdict_ahead, l);
    case review_verdict::on_schedule: return text(word::review_verdict_on_schedule, l);
    case review_verdict::behind: return text(word::review_verdict_behind, l);
    case review_verdict::not_met: return text(word::review_verdict_not_met, l);
    case review_verdict::no_value: return text(word::review_verdict_no_value, l);
  }
  return "?";
}

computed<decimal> value_at(const review_growth& g, int scale, rounding mode) {
  if (!g.value) return g.value;
  switch (g.how) {
    case review_growth::kind::cagr:
    case review_growth::kind::flows_cagr:
      return average_annual_growth(g.from_value, g.to_value, g.to_year - g.from_year, scale, mode);
    case review_growth::kind::percentage_points:
    case review_growth::kind::none: break;
  }
  return round(*g.value, scale, mode);
}

std::string_view to_string(review_growth::kind k) noexcept {
  switch (k) {
    case review_growth::kind::none: return "none";
    case review_growth::kind::cagr: return "cagr";
    case review_growth::kind::flows_cagr: return "flows_cagr";
    case review_growth::kind::percentage_points: return "percentage_points";
  }
  return "?";
}

// THE MODEL -------------------------------------------------------------------------------------
namespace {

// The year of an observation in a review (attain/period.hpp, review_year).
int year_of(const period& p) { return review_year(p); }

// Periods as map keys: by first and last day (periods have no `<`: granularity never compares).
using period_key = std::pair<std::int32_t, std::int32_t>;
template <day_span P>
period_key key_of(const P& p) {
  return {p.first_day_number(), p.last_day_number()};
}

bool adds_up(measure_kind k) { return k == measure_kind::flow || k == measure_kind::count; }

struct series_of_target {
  std::vector<observation> observations;
  std::size_t rolled_up_from = 0;  // units below whose values were summed; 0: the unit's own
};

review_verdict verdict_of(const attainment& a) {
  if (!a.actual) return review_verdict::no_value;
  if (a.achieved) return a.exceeded ? review_verdict::exceeded : review_verdict::achieved;
  switch (a.schedule) {
    case schedule_status::ahead: return review_verdict::ahead;
    case schedule_status::on_schedule: return review_verdict::on_schedule;
    case schedule_status::behind: return review_verdict::behind;
    case schedule_status::not_applicable: break;
  }
  return review_verdict::not_met;
}

review_growth growth_of(const target_review& r, const boost::gregorian::date& as_of, int scale) {
  review_growth g;
  const target& t = r.target;
  const rounding mode = rounding::half_up;
  if (t.kind == target_kind::cumulative) {
    std::vector<observation> flows;
    for (const observation& o : r.observations.observations())
      if (o.status != value_status::missing && contains(t.term.as_period(), o.when) && o.when.first() <= as_of)
        flows.push_back(o);
    g.how = review_growth::kind::flows_cagr;
    if (flows.size() < 2) {
      g.value = none(why::too_few_points);
      return g;
    }
    g.from_year = year_of(flows.front().when);
    g.to_year = year_of(flows.back().when);
    g.from_value = flows.front().value;
    g.to_value = flows.back().value;
    g.value = average_annual_growth(flows.front().value, flows.back().value, g.to_year - g.from_year, scale, mode);
    return g;
  }
  const attainment& a = r.attainment;
  if (!a.latest || !a.baseline) {
    g.value = none(why::missing_value);
    return g;
  }
  const observation* latest = r.observations.find(*a.latest);
  if (latest == nullptr) {
    g.value = none(why::missing_value);
    return g;
  }
  g.from_year = t.term.baseline_year();
  g.to_year = year_of(latest->when);
  g.from_value = *a.baseline;
  g.to_value = latest->value;
  if (r.indicator.unit.percent) {
    g.how = review_growth::kind::percentage_points;
    g.value = absolute_change(*a.baseline, latest->value);
    return g;
  }
  g.how = review_growth::kind::cagr;
  g.value = average_annual_growth(*a.baseline, latest->value, g.to_year - g.from_year, scale, mode);
  return g;
}

progress_assessment not_assessable(assessment_method m, why reason) {
  progress_assessment p;
  p.method = to_string(m);
  p.label = to_string(progress_status::not_assessable);
  p.status = progress_status::not_assessable;
  p.reason = reason;
  return p;
}

progress_assessment progress_of(const target_review& r, assessment_method m, const boost::gregorian::date& as_of) {
  const target& t = r.target;
  if (t.kind == target_kind::cumulative || t.kind == target_kind::band) return not_assessable(m, why::not_applicable);
  const attainment& a = r.attainment;
  if (!a.latest || !a.baseline) return not_assessable(m, why::missing_value);
  const observation* latest = r.observations.find(*a.latest);
  if (latest == nullptr) return not_assessable(m, why::missing_value);
  // The level to reach. An average-growth target implies baseline × (1 + r)^n, n the plan
  // years: a decimal of scale(baseline) + n × scale(1 + r), past 38 digits for ordinary plans
  // (7.55 % over 10 years: 40), so the methods take it as an implied_level and keep it exact.
  const bool growth = t.kind == target_kind::average_growth;
  // A rate from a zero base has no value (the attainment says why): the level it would imply
  // is 0 whatever the rate, and any value would "reach" it.
  if (growth && is_zero(*a.baseline)) return not_assessable(m, why::zero_base);
  const implied_level implied{*a.baseline, t.value, t.term.plan_years()};
  const decimal goal = t.kind == target_kind::maintain ? *a.baseline : t.value;
  if (m == assessment_method::weather) {
    std::vector<growth_point> points;
    for (const observation& o : r.observations.observations())
      if (o.status != value_status::missing && o.when.first() <= as_of) points.push_back({year_of(o.when), o.value});
    weather_input in{points, goal, t.term.last_year(), t.polarity, t.kind == target_kind::maintain};
    return growth ? assess_weather(in, implied) : assess_weather(in);
  }
  growth_ratio_input in;
  in.base_value = *a.baseline;
  in.base_year = t.term.baseline_year();
  in.current_value = latest->value;
  in.current_year = year_of(latest->when);
  in.target_year = t.term.last_year();
  in.polarity = t.polarity;
  if (growth)
    return m == assessment_method::projection ? assess_projection(in, implied) : assess_growth_ratio(in, implied);
  in.target = goal;
  return m == assessment_method::projection ? assess_projection(in) : assess_growth_ratio(in);
}

// The observations of a review as the engine holds them: one observation_table over a
// unit_hierarchy (the units table's, or — with none — the one the review infers, below), and
// the periods as the rows gave them (a table keys periods by their days).
class review_data {
 public:
  review_data(std::span<const io::observation_row> rows, std::span<const io::target_row> targets,
              std::span<const io::unit_row> units,
              const std::map<std::string, const io::indicator_row*, std::less<>>& indicators) {
    for (const io::observation_row& o : rows) own_[{o.indicator, o.unit, o.members}].push_back(o.to_observation());
    // The indicators some target needs rolled up: they go to the engine's table.
    std::map<std::string, int, std::less<>> rolled;  // indicator → its values' largest scale
    for (const io::target_row& t : targets) {
      const auto i = indicators.find(t.target.indicator);
      if (i != indicators.end() && adds_up(i->second->indicator.kind) && !has_own(t)) rolled[t.target.indicator] = 0;
    }
    build_hierarchy(rows, targets, units, rolled);
    table_.emplace(hierarchy_);
    for (const io::observation_row& o : rows)
      if (const auto r = rolled.find(o.indicator); r != rolled.end()) {
        r->second = std::max(r->second, o.value.scale());
        periods_.try_emplace(key_of(o.when), o.when);
      }
    for (const auto& [code, sc] : rolled) table_->add_indicator(code, sc);
    std::vector<dimension_member> members;
    for (const io::observation_row& o : rows) {
      if (rolled.count(o.indicator) == 0) continue;
      members.clear();
      for (const io::member& m : o.members) members.push_back({m.dimension, m.code});
      table_->append(o.indicator, unit_code(o.unit), o.when, o.value, o.status, members);
    }
    table_->seal();
  }

  // The target's series: its unit's own observations (looked up by series key), or — none of
  // its own, for an indicator that adds up — the engine's roll-up of the units below it (parent_values::fill_missing:
  // a unit below with no rows under it stands in with its own), period by period, with the
  // least final status of what was summed; a period whose rows are all missing is missing.
  series_of_target series_for(const io::target_row& row, bool adds_up) const {
    series_of_target out;
    if (const auto own = own_.find({row.target.indicator, row.target.unit, row.members}); own != own_.end()) {
      out.observations = own->second;
      return out;
    }
    const observation_table& t = *table_;
    if (!adds_up || t.find_indicator(row.target.indicator) == dictionary::npos) return out;
    const std::uint32_t unit = hierarchy_.id(unit_code(row.target.unit));
    grouping g(t);
    g.indicator(row.target.indicator).by_period();
    for (const io::member& m : row.members) {
      const std::uint32_t d = find_dimension(t, m.dimension);
      if (d == dictionary::npos || t.find_member(d, m.code) == dictionary::npos) return out;
      g.members(m.dimension, std::span<const std::string>(&m.code, 1));
    }
    const rollup_result<sum_rule> sums =
        rollup(t, hierarchy_, g, sum_rule{}, rollup_options{.parents = parent_values::fill_missing});
    const auto collect = [&](auto&& figure_of) {
      std::vector<observation> obs;
      for (std::size_t p = 0; p < g.period_keys(); ++p) {
        const aggregate_value v = figure_of(p);
        if (!v.has_value() && v.reason() != why::missing_value) continue;  // no row in this period
        const period& when = periods_.at(key_of(g.period_of_key(p)));
        obs.push_back(v.has_value() ? observation{when, v.value(), v.status()}
                                    : observation{when, decimal{0}, value_status::missing});
      }
      return obs;
    };
    out.observations = collect([&](std::size_t p) { return sums.value(unit, 0, p); });
    for (const std::uint32_t child : hierarchy_.children(unit))
      for (std::size_t p = 0; p < g.period_keys(); ++p)
        if (sums.value(child, 0, p).has_value()) {
          ++out.rolled_up_from;
          break;
        }
    return out;
  }

 private:
  static std::uint32_t find_dimension(const observation_table& t, std::string_view name) {
    for (std::uint32_t d = 0; d < t.dimension_count(); ++d)
      if (t.dimension_name(d) == name) return d;
    return dictionary::npos;
  }

  // The units table's tree; every unit of the rows and targets that it does not name is a
  // root. With no units table, a target's unit that has no rows of its own for an indicator
  // that adds up is taken as the parent of every unit that no target names (the bundled
  // district and its communes) — the report says "summed over 16 units"; two such units
  // would each claim the same units, and that is an error: give a units table.
  void build_hierarchy(std::span<const io::observation_row> rows, std::span<const io::target_row> targets,
                       std::span<const io::unit_row> units, const std::map<std::string, int, std::less<>>& rolled) {
    std::map<std::string, std::string, std::less<>> parent;
    for (const io::unit_row& u : units) parent[std::string(unit_code(u.code))] = u.parent;
    for (const io::observation_row& o : rows) parent.try_emplace(std::string(unit_code(o.unit)));
    for (const io::target_row& t : targets) parent.try_emplace(std::string(unit_code(t.target.unit)));
    if (units.empty()) {
      std::map<std::string, bool, std::less<>> named;
      for (const io::target_row& t : targets) named[std::string(unit_code(t.target.unit))] = true;
      std::string top, top_name;
      for (const io::target_row& t : targets) {
        if (rolled.count(t.target.indicator) == 0 || has_own(t) || unit_code(t.target.unit) == top) continue;
        if (!top.empty())
          detail::raise_domain(errc::invalid_argument, "review: units \"" + top_name + "\" and \"" + t.target.unit +
                                                           "\" have targets but no values of their own, and no units "
                                                           "table says which units lie below each");
        top = unit_code(t.target.unit);
        top_name = t.target.unit;
      }
      if (!top.empty())
        for (auto& [code, p] : parent)
          if (named.count(code) == 0) p = top;
    }
    for (const auto& [code, p] : parent) hierarchy_.add(code, p);
    hierarchy_.seal();
  }

  // The hierarchy's code of a unit: a row or target without a unit (a national headline) is
  // the unit "" in the files; the tree, which refuses an empty code, holds it under a code no
  // file can contain.
  static std::string_view unit_code(std::string_view code) { return code.empty() ? std::string_view("\x1f") : code; }

  bool has_own(const io::target_row& t) const {
    return own_.count({t.target.indicator, t.target.unit, t.members}) != 0;
  }

  using series_key = std::tuple<std::string, std::string, std::vector<io::member>>;
  std::map<series_key, std::vector<observation>> own_;
  unit_hierarchy hierarchy_;
  std::optional<observation_table> table_;
  std::map<period_key, period> periods_;
};

}  // namespace

review_summary summarize(std::span<const target_review> targets) {
  review_summary s;
  s.targets = targets.size();
  std::vector<attainment> attainments;
  std::vector<target_forecast> forecasts;
  for (const target_review& r : targets) {
    attainments.push_back(r.attainment);
    forecasts.push_back(r.forecast);
    if (is_met(r.verdict)) ++s.met;
    if (r.verdict == review_verdict::ahead || r.verdict == review_verdict::on_schedule) ++s.on_schedule;
    if (r.verdict == review_verdict::behind || r.verdict == review_verdict::not_met) ++s.behind;
    if (r.verdict == review_verdict::no_value) ++s.no_value;
    ++s.progress[static_cast<std::size_t>(r.progress.status)];
  }
  s.attainment = tally(std::span<const attainment>(attainments));
  s.forecast = tally(std::span<const target_forecast>(forecasts));
  return s;
}

review make_review(std::span<const io::indicator_row> indicators, std::span<const io::target_row> targets,
                   std::span<const io::observation_row> observations, const review_options& options,
                   std::span<const io::unit_row> units) {
  review out;
  out.title = options.title;
  out.title_en = options.title_en;
  out.metadata = options.metadata;
  out.as_of = options.as_of;
  out.method = options.method;

  std::map<std::string, const io::indicator_row*, std::less<>> by_code;
  for (const io::indicator_row& i : indicators) by_code.emplace(i.indicator.code, &i);
  const review_data data(observations, targets, units, by_code);

  std::size_t number = 0;
  for (const io::target_row& row : targets) {
    ++number;
    const auto found = by_code.find(row.target.indicator);
    if (found == by_code.end())
      detail::raise_domain(errc::invalid_argument, "target " + std::to_string(number) + " (" + row.target.indicator +
                                                       "): unknown indicator");
    target_review r;
    r.target = row.target;
    for (const io::member& m : row.members) r.members.emplace_back(m.dimension, m.code);
    r.indicator = found->second->indicator;
    r.name_en = found->second->name_en;
    r.name_fr = found->second->name_fr;
    if (!row.polarity_given) r.target.polarity = r.indicator.polarity;

    series_of_target s = data.series_for(row, adds_up(r.indicator.kind));
    r.rolled_up_from = s.rolled_up_from;
    try {
      r.observations = series(std::move(s.observations));
    } catch (const domain_error& e) {
      detail::raise_domain(errc::invalid_argument, "observations of " + r.target.indicator + " for unit \"" +
                                                       r.target.unit + "\": " + e.what());
    }
    r.attainment = assess_attainment(r.target, r.observations, options.as_of, options.attainment);
    r.growth = growth_of(r, options.as_of, options.growth_scale);
    r.progress = progress_of(r, options.method, options.as_of);
    r.forecast = forecast_target(r.target, r.observations, options.as_of, options.forecast);
    r.verdict = verdict_of(r.attainment);
    out.targets.push_back(std::move(r));
  }
  // One term for the review only when every target has it; otherwise each target's own term,
  // elapsed share and forecast year are the only ones (target.term, attainment.elapsed).
  if (!out.targets.empty() &&
      std::all_of(out.targets.begin(), out.targets.end(),
                  [&](const target_review& t) { return t.target.term == out.targets.front().target.term; })) {
    out.term = out.targets.front().target.term;
    out.elapsed = elapsed_fraction(*out.term, options.as_of);
  }
  out.summary = summarize(out.targets);
  return out;
}

}  // namespace attain
