// The plan review model and its text, Markdown, JSON and CSV renderers (attain/report.hpp).
// The HTML renderer is in report_html.cpp; the words they share in report_words.hpp.
#include "attain/report.hpp"

#include <algorithm>
#include <map>
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
  const bool vi = l == language::vi;
  switch (v) {
    case review_verdict::exceeded: return vi ? "vượt mục tiêu" : "exceeded";
    case review_verdict::achieved: return vi ? "đạt mục tiêu" : "achieved";
    case review_verdict::ahead: return vi ? "vượt tiến độ" : "ahead of schedule";
    case review_verdict::on_schedule: return vi ? "đúng tiến độ" : "on schedule";
    case review_verdict::behind: return vi ? "chưa đạt (chậm tiến độ)" : "not met (behind schedule)";
    case review_verdict::not_met: return vi ? "chưa đạt" : "not met";
    case review_verdict::no_value: return vi ? "không đánh giá được" : "not assessable";
  }
  return "?";
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
period_key key_of(const period& p) { return {p.first_day_number(), p.last_day_number()}; }

bool adds_up(measure_kind k) { return k == measure_kind::flow || k == measure_kind::count; }

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

// The sum over units per period (status: the least final), for a roll-up.
std::vector<observation> sum_by_period(const std::vector<const io::observation_row*>& rows) {
  std::map<period_key, std::pair<period, status_total>> sums;
  for (const io::observation_row* row : rows) {
    // A missing value is not a 0 that counts, but the sum says one was missing: its status
    // becomes missing (and a period of missing values only has no value).
    const bool missing = row->status == value_status::missing;
    auto [it, fresh] = sums.try_emplace(key_of(row->when), row->when,
                                        status_total{missing ? decimal{0} : row->value, row->status, missing ? 0u : 1u});
    if (!fresh) {
      status_total& s = it->second.second;
      if (!missing) s.value = s.value + row->value;
      s.status = combine(s.status, row->status);
      s.count += missing ? 0 : 1;
    }
  }
  std::vector<observation> out;
  for (const auto& [key, v] : sums) out.push_back({v.first, v.second.value, v.second.status});
  return out;
}

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
  out.as_of = options.as_of;
  out.method = options.method;

  std::map<std::string, const io::indicator_row*, std::less<>> by_code;
  for (const io::indicator_row& i : indicators) by_code.emplace(i.indicator.code, &i);
  // One series per series key: indicator, unit and the row's non-total members (a target
  // without members is for the headline series).
  using series_key = std::tuple<std::string, std::string, std::vector<io::member>>;
  std::map<series_key, std::vector<const io::observation_row*>> by_series;
  for (const io::observation_row& o : observations) by_series[{o.indicator, o.unit, o.members}].push_back(&o);
  std::map<std::string, std::vector<std::string>> children;
  for (const io::unit_row& u : units)
    if (!u.parent.empty()) children[u.parent].push_back(u.code);

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
    if (!row.polarity_given) r.target.polarity = r.indicator.polarity;

    std::vector<observation> obs;
    if (const auto it = by_series.find({r.target.indicator, r.target.unit, row.members}); it != by_series.end()) {
      for (const io::observation_row* o : it->second) obs.push_back(o->to_observation());
    } else if (adds_up(r.indicator.kind)) {
      // A roll-up: the units below the target's unit, or every other unit in the data.
      std::vector<const io::observation_row*> rows;
      std::vector<std::string> summed;
      const auto kids = children.find(r.target.unit);
      for (const auto& [key, list] : by_series) {
        const auto& [indicator_code, unit_code, members] = key;
        if (indicator_code != r.target.indicator || unit_code == r.target.unit || members != row.members) continue;
        const bool below = kids != children.end()
                               ? std::find(kids->second.begin(), kids->second.end(), unit_code) != kids->second.end()
                               : units.empty();
        if (!below) continue;
        summed.push_back(unit_code);
        rows.insert(rows.end(), list.begin(), list.end());
      }
      obs = sum_by_period(rows);
      r.rolled_up_from = obs.empty() ? 0 : summed.size();
    }
    try {
      r.observations = series(std::move(obs));
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
  if (!out.targets.empty()) {
    out.term = out.targets.front().target.term;
    out.elapsed = elapsed_fraction(*out.term, options.as_of);
  }
  out.summary = summarize(out.targets);
  return out;
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

std::string value_text(const decimal& v, const indicator& ind, const words& w) {
  return with_unit(format(round(v, ind.decimals, rounding::half_up), w.nf()), ind);
}

std::string percent(const decimal& ratio, const words& w) {
  return format_percent(ratio, w.nf(), w.percent_decimals, rounding::half_up);
}

std::string years_text(int first, int last) { return std::to_string(first) + "\u2013" + std::to_string(last); }

std::string date_text(const boost::gregorian::date& d, const words& w) {
  return format_human(period::of_day(d), w.lang);
}

std::string kind_text(target_kind k, const words& w) {
  switch (k) {
    case target_kind::level: return w.pick("mức cần đạt", "level");
    case target_kind::cumulative: return w.pick("cộng dồn cả giai đoạn", "cumulative over the term");
    case target_kind::average_growth: return w.pick("tốc độ tăng bình quân", "average annual growth");
    case target_kind::units_meeting_standard: return w.pick("số đạt chuẩn", "units meeting a standard");
    case target_kind::criteria_met: return w.pick("số tiêu chí đạt", "criteria met");
    case target_kind::band: return w.pick("trong khoảng", "band");
    case target_kind::maintain: return w.pick("duy trì", "maintain");
  }
  return "?";
}

std::string method_text(assessment_method m, const words& w) {
  switch (m) {
    case assessment_method::growth_ratio:
      return w.pick("tỷ số tăng trưởng (Eurostat, Open SDG)", "growth ratio (Eurostat, Open SDG)");
    case assessment_method::projection: return w.pick("dự phóng xu hướng (UNSD)", "trend projection (UNSD)");
    case assessment_method::weather: return w.pick("biểu tượng thời tiết (Destatis)", "weather symbols (Destatis)");
  }
  return "?";
}

namespace {
std::string signed_text(const decimal& x, const std::string& shown) { return signum(x) > 0 ? "+" + shown : shown; }
std::string per_year(const words& w) { return w.pick("/năm", " a year"); }
}  // namespace

std::string actual_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  if (!a.actual) return explain(a.actual.error(), w.explain());
  const int y = a.latest ? year_of(*a.latest) : 0;
  const bool span = r.target.kind == target_kind::cumulative || r.target.kind == target_kind::average_growth;
  std::string when = span ? years_text(r.target.term.first_year(), y) : std::to_string(y);
  if (a.status != value_status::normal) when += ", " + std::string(describe(a.status, w.lang));
  if (r.target.kind == target_kind::average_growth) return percent(*a.actual, w) + per_year(w) + " (" + when + ")";
  return value_text(*a.actual, r.indicator, w) + " (" + when + ")";
}

std::string target_text(const target_review& r, const words& w) {
  const target& g = r.target;
  const std::string sign = g.polarity == polarity::lower_is_better ? "≤ " : "≥ ";
  if (g.kind == target_kind::average_growth)
    return sign + percent(g.value, w) + per_year(w) + " (" + plan_years_text(g.term) + ")";
  const std::string v = with_unit(format(trim(g.value), w.nf()), r.indicator);
  if (g.kind == target_kind::cumulative) return v + " (" + plan_years_text(g.term) + ")";
  if (g.kind == target_kind::band && g.upper)
    return with_unit(format(trim(g.value), w.nf()) + "\u2013" + format(trim(*g.upper), w.nf()), r.indicator) + " (" +
           std::to_string(g.term.last_year()) + ")";
  return sign + v + " (" + std::to_string(g.term.last_year()) + ")";
}

std::string completion_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  return a.completion ? percent(*a.completion, w) : explain(a.completion.error(), w.explain());
}

std::string time_adjusted_text(const target_review& r, const words& w) {
  const attainment& a = r.attainment;
  if (!a.time_adjusted) return "—";
  return format(round(*a.time_adjusted, 2, rounding::half_up), w.nf()) + " (" +
         std::string(describe(a.schedule, w.lang)) + ")";
}

std::string growth_text(const target_review& r, const words& w) {
  const review_growth& g = r.growth;
  if (!g.value) return g.how == review_growth::kind::none ? "—" : explain(g.value.error(), w.explain());
  switch (g.how) {
    case review_growth::kind::none: return "—";
    case review_growth::kind::cagr:
      return signed_text(*g.value, percent(*g.value, w)) + per_year(w) + " (" + years_text(g.from_year, g.to_year) + ")";
    case review_growth::kind::flows_cagr:
      return signed_text(*g.value, percent(*g.value, w)) + per_year(w) + w.pick(" (theo năm, ", " (yearly flows, ") +
             years_text(g.from_year, g.to_year) + ")";
    case review_growth::kind::percentage_points:
      return signed_text(*g.value, format(round(*g.value, r.indicator.decimals, rounding::half_up), w.nf())) +
             w.pick(" điểm % (", " pp (") + years_text(g.from_year, g.to_year) + ")";
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

std::string verdict_text(const target_review& r, const words& w) { return std::string(describe(r.verdict, w.lang)); }

explanation explain_target(const target_review& r, const words& w) {
  const explain_options eo = w.explain();
  explanation e;
  e.attainment = explain(r.attainment, r.target, r.indicator, eo);
  e.forecast = explain(r.forecast, r.target, r.indicator, eo);
  e.progress = w.pick("đánh giá tiến độ: ", "progress: ") + explain(r.progress, eo);
  const review_growth& g = r.growth;
  if (!g.value) {
    e.growth = w.pick("tăng trưởng: ", "growth: ") + explain(g.value.error(), eo);
  } else {
    const std::string n = std::to_string(g.to_year - g.from_year);
    const std::string from = format(trim(g.from_value), w.nf()), to = format(trim(g.to_value), w.nf());
    switch (g.how) {
      case review_growth::kind::none: e.growth = ""; break;
      case review_growth::kind::cagr:
      case review_growth::kind::flows_cagr:
        e.growth = (g.how == review_growth::kind::cagr
                        ? w.pick("tốc độ tăng bình quân (CAGR) ", "average annual growth (CAGR) ")
                        : w.pick("tốc độ tăng bình quân của giá trị từng năm (CAGR) ",
                                 "average annual growth of the yearly values (CAGR) ")) +
                   years_text(g.from_year, g.to_year) + ": (" + to + " / " + from + ")^(1/" + n + ") − 1 = " +
                   percent(*g.value, w) + per_year(w);
        break;
      case review_growth::kind::percentage_points:
        e.growth = w.pick("thay đổi so với năm gốc, tính bằng điểm phần trăm: ",
                          "change on the baseline, in percentage points: ") +
                   to + " − " + from + " = " + format(round(*g.value, r.indicator.decimals, rounding::half_up), w.nf()) +
                   w.pick(" điểm % (", " pp (") + years_text(g.from_year, g.to_year) + ")";
        break;
    }
  }
  if (r.rolled_up_from != 0)
    e.attainment += w.pick(" (tổng của ", " (summed over ") + std::to_string(r.rolled_up_from) +
                    w.pick(" đơn vị)", " units)");
  return e;
}

std::string report_title(const review& r, const words& w) {
  const std::string& t = r.title_in(w.lang);
  return w.pick("ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH", "PLAN REVIEW") + (t.empty() ? "" : " \u2014 " + t);
}

std::string term_line(const review& r, const words& w) {
  std::string n = std::to_string(r.targets.size());
  if (!r.term) return n + w.pick(" chỉ tiêu", " targets");
  const term& t = *r.term;
  return n + (w.vi() ? " chỉ tiêu, nhiệm kỳ " + years_text(t.baseline_year(), t.last_year()) + " (năm gốc " +
                           std::to_string(t.baseline_year()) + ", các năm kế hoạch " + plan_years_text(t) + ")"
                     : " targets, " + years_text(t.baseline_year(), t.last_year()) + " term (baseline " +
                           std::to_string(t.baseline_year()) + ", plan years " + plan_years_text(t) + ")");
}

std::string date_line(const review& r, const words& w) {
  std::string out = w.pick("Thời điểm đánh giá: ", "Review date: ") + date_text(r.as_of, w);
  if (r.term)
    out += w.pick("; đã qua ", "; ") + format(decimal{r.elapsed.numerator}, w.nf()) + "/" +
           format(decimal{r.elapsed.denominator}, w.nf()) + w.pick(" ngày của nhiệm kỳ (", " days of the term elapsed (") +
           percent(r.elapsed.to_decimal(6, rounding::half_up), w) + ")";
  return out;
}

std::string method_line(const review& r, const words& w) {
  return w.pick("Phương pháp đánh giá tiến độ: ", "Progress assessment method: ") + method_text(r.method, w);
}

std::vector<std::string> definitions(const review& r, const words& w) {
  std::vector<std::string> out;
  out.push_back(w.pick(
      "Đạt giữa kỳ: đã đạt mục tiêu, hoặc đúng/vượt tiến độ (tỷ lệ hoàn thành — với chỉ tiêu cộng dồn — hoặc chặng "
      "đường đã đi từ năm gốc không thấp hơn tỷ lệ thời gian đã qua); chỉ tiêu tốc độ tăng bình quân: đạt khi tốc độ "
      "đến nay đạt mục tiêu.",
      "Met at the review date: achieved, or on or ahead of a straight-line schedule (completion — for a cumulative "
      "target — or progress from the baseline at least the share of time elapsed); an average-growth target: met when "
      "the growth so far reaches the target rate."));
  const int last = r.term ? r.term->last_year() : 0;
  out.push_back(w.pick("Dự báo năm ", "Forecast for ") + std::to_string(last) +
                w.pick(": tiếp tục tốc độ tăng bình quân (CAGR) từ năm gốc đến số liệu mới nhất; vượt kế hoạch khi "
                       "đạt ≥ 105% mục tiêu, hoàn thành ≥ 100%, thấp hơn: phải nỗ lực.",
                       ": the average annual growth (CAGR) from the baseline to the latest value, continued; exceed at "
                       "≥ 105% of the target, meet at ≥ 100%, below: needs extra effort."));
  out.push_back(w.pick("Số liệu ước đạt, sơ bộ được ghi rõ bên cạnh từng con số.",
                       "Estimated and provisional values are labelled next to each figure."));
  return out;
}

std::vector<std::string> summary_lines(const review& r, const words& w) {
  const review_summary& s = r.summary;
  std::vector<std::string> out;
  const std::string n = std::to_string(s.targets);
  out.push_back(w.pick("Giữa kỳ: ", "At the review date: ") + std::to_string(s.met) + "/" + n +
                w.pick(" chỉ tiêu đạt và vượt kế hoạch (", " targets met or exceeded (") +
                std::to_string(s.attainment.achieved) + w.pick(" đã đạt mục tiêu, trong đó ", " already achieved, ") +
                std::to_string(s.attainment.exceeded) + w.pick(" vượt; ", " of them exceeded; ") +
                std::to_string(s.on_schedule) + w.pick(" đúng hoặc vượt tiến độ); ", " on or ahead of schedule); ") +
                std::to_string(s.behind) + w.pick(" chưa đạt", " not met") +
                (s.no_value ? "; " + std::to_string(s.no_value) + " " + std::string(describe(review_verdict::no_value, w.lang))
                            : ""));
  std::string p = w.pick("Đánh giá tiến độ (", "Progress (") + std::string(to_string(r.method)) + "): ";
  bool first = true;
  for (std::size_t i = 0; i < s.progress.size(); ++i) {
    if (s.progress[i] == 0) continue;
    p += (first ? "" : ", ") + std::to_string(s.progress[i]) + " " +
         std::string(describe(static_cast<progress_status>(i), w.lang));
    first = false;
  }
  out.push_back(p);
  const int last = r.term ? r.term->last_year() : 0;
  std::string f = w.pick("Dự báo năm ", "Forecast for ") + std::to_string(last) + ": " + std::to_string(s.forecast.exceed) +
                  " " + std::string(describe(forecast_class::exceed, w.lang)) + ", " + std::to_string(s.forecast.meet) +
                  " " + std::string(describe(forecast_class::meet, w.lang)) + ", " +
                  std::to_string(s.forecast.needs_effort) + " " +
                  std::string(describe(forecast_class::needs_effort, w.lang));
  if (s.forecast.not_forecast != 0)
    f += ", " + std::to_string(s.forecast.not_forecast) + " " + std::string(describe(forecast_class::not_forecast, w.lang));
  out.push_back(f);
  return out;
}

}  // namespace detail::report

// RENDERERS -------------------------------------------------------------------------------------
namespace {
using namespace detail::report;

words words_of(const render_options& o) { return {o.language, o.percent_decimals}; }

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
  os << report_title(r, w) << "\n" << term_line(r, w) << "\n" << date_line(r, w) << "\n" << method_line(r, w) << "\n\n";
  for (const std::string& d : definitions(r, w)) os << d << "\n";
  os << "\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    os << (i < 9 ? " " : "") << i + 1 << ". " << t.name(w.lang) << "\n";
    os << "    [" << series_text(t) << " · " << kind_text(t.target.kind, w);
    if (t.rolled_up_from != 0)
      os << w.pick(" · tổng của ", " · summed over ") << t.rolled_up_from << w.pick(" đơn vị", " units");
    if (!t.target.source.empty()) os << " · " << t.target.source;
    os << "]\n";
    os << "    " << w.pick("Thực hiện: ", "Value: ") << actual_text(t, w) << " · " << w.pick("Mục tiêu: ", "Target: ")
       << target_text(t, w) << " · " << w.pick("Hoàn thành: ", "Completion: ") << completion_text(t, w) << "\n";
    os << "    " << w.pick("So với tiến độ thời gian: ", "Time-adjusted: ") << time_adjusted_text(t, w) << " · "
       << w.pick("Tăng trưởng: ", "Growth: ") << growth_text(t, w) << "\n";
    os << "    " << w.pick("Giữa kỳ: ", "Mid-term: ") << verdict_text(t, w) << " · " << w.pick("Tiến độ: ", "Progress: ")
       << progress_text(t, w) << " · " << w.pick("Dự báo năm ", "Forecast for ") << t.target.term.last_year() << ": "
       << forecast_text(t, w) << "\n";
    if (options.explanations) {
      const explanation e = explain_target(t, w);
      for (const std::string* s : {&e.attainment, &e.growth, &e.progress, &e.forecast})
        if (!s->empty()) os << "    \u2013 " << *s << "\n";
    }
    os << "\n";
  }
  os << w.pick("TỔNG HỢP\n", "SUMMARY\n");
  for (const std::string& line : summary_lines(r, w)) os << "  " << line << "\n";
}

void render_markdown(std::ostream& os, const review& r, const render_options& options) {
  const words w = words_of(options);
  const std::string& title = r.title_in(w.lang);
  os << "# " << w.pick("Đánh giá thực hiện kế hoạch", "Plan review") << (title.empty() ? "" : " \u2014 " + title) << "\n\n";
  os << term_line(r, w) << ".  \n" << date_line(r, w) << ".  \n" << method_line(r, w) << ".\n\n";
  os << "## " << w.pick("Tổng hợp", "Summary") << "\n\n";
  for (const std::string& line : summary_lines(r, w)) os << "- " << line << "\n";
  os << "\n## " << w.pick("Các chỉ tiêu", "Targets") << "\n\n";
  const int last = r.term ? r.term->last_year() : 0;
  os << "| # | " << w.pick("Chỉ tiêu", "Indicator") << " | " << w.pick("Thực hiện", "Value") << " | "
     << w.pick("Mục tiêu", "Target") << " | " << w.pick("Hoàn thành", "Completion") << " | "
     << w.pick("So với tiến độ", "Time-adjusted") << " | " << w.pick("Tăng trưởng", "Growth") << " | "
     << w.pick("Tiến độ", "Progress") << " | " << w.pick("Giữa kỳ", "Mid-term") << " | "
     << w.pick("Dự báo ", "Forecast ") << last << " |\n";
  os << "|---:|---|---:|---:|---:|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    os << "| " << i + 1 << " | " << cell(t.name(w.lang)) << " | " << cell(actual_text(t, w)) << " | "
       << cell(target_text(t, w)) << " | " << cell(completion_text(t, w)) << " | " << cell(time_adjusted_text(t, w))
       << " | " << cell(growth_text(t, w)) << " | " << cell(progress_text(t, w)) << " | " << cell(verdict_text(t, w))
       << " | " << cell(forecast_text(t, w)) << " |\n";
  }
  if (options.explanations) {
    os << "\n## " << w.pick("Cách tính từng con số", "How each figure was obtained") << "\n\n";
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
      const target_review& t = r.targets[i];
      const explanation e = explain_target(t, w);
      os << i + 1 << ". **" << t.name(w.lang) << "** (" << series_text(t) << ")\n";
      for (const std::string* s : {&e.attainment, &e.growth, &e.progress, &e.forecast})
        if (!s->empty()) os << "   - " << *s << "\n";
    }
  }
  os << "\n## " << w.pick("Định nghĩa", "Definitions") << "\n\n";
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
    io::write_json(j, t.attainment);
    j.key("growth").begin_object().key("method").value(to_string(t.growth.how));
    io::write_member(j, "value", t.growth.value);
    j.key("from_year").value(t.growth.from_year).key("to_year").value(t.growth.to_year).end_object();
    j.key("progress");
    io::write_json(j, t.progress);
    j.key("forecast");
    io::write_json(j, t.forecast);
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
        num(a.completion),
        num(a.progress),
        num(a.time_adjusted),
        std::string(to_string(a.schedule)),
        std::string(to_string(t.growth.how)),
        num(t.growth.value),
        std::string(t.progress.method),
        std::string(to_string(t.progress.status)),
        num(t.progress.progress_value),
        num(t.forecast.projected),
        num(t.forecast.projected_completion),
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
