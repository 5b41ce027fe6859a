// midterm_review — a district's mid-term plan review, computed exactly and checked against
// the figures its report published.
//
// Reads the bundled data of Cẩm Thủy district (examples/data/cam-thuy/: indicators, the 27
// targets of the 2020–2025 term, yearly observations 2020–2023 with their statuses, commune
// data, a ranking of the province's 27 districts, and the figures the June 2023 news report
// published) and prints the review: for each target its value, target, completion, growth,
// mid-term status, forecast for 2025 and the sentences attain::explain writes; then every
// published figure, recomputed from the data and compared with the report's text. Returns
// 0 when every published figure is reproduced, 1 when one is not, 2 on a usage or data error
// (with file:line), so it runs as a test.
//
//   midterm_review [--lang vi|en] examples/data/cam-thuy
//
// DEFINITIONS (the report does not state them; these are ours, and the data's README repeats
// them)
//   Met or exceeded at mid-term ("đạt và vượt kế hoạch"): at the review date the target is
//     already achieved (assess_attainment: achieved), or it is on or ahead of a straight-
//     line schedule (schedule ahead or on_schedule: completion — for a cumulative target —
//     or progress from the baseline — for the others — at least the share of the term's
//     days elapsed). An average-growth target has no schedule: it is met when the average
//     growth so far reaches the target rate.
//   Forecast for 2025: forecast_target with its defaults — each indicator's average annual
//     growth (CAGR) from the baseline to the latest observation continued to 2025 (yearly
//     flows of a cumulative target continued at their own CAGR); projected completion
//     ≥ 1.05 exceeds the plan, ≥ 1.00 meets it, below needs extra effort.
//
// The CSV reader here is deliberately small (split on ';', '#' comments, a header row);
// attain's own CSV reader is a later issue.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <exception>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/explain.hpp"
#include "attain/growth.hpp"
#include "attain/indicator.hpp"
#include "attain/number_format.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"
#include "attain/progress.hpp"
#include "attain/ranking.hpp"
#include "attain/series.hpp"
#include "attain/table.hpp"
#include "attain/target.hpp"
#include "attain/term.hpp"

namespace {

using attain::decimal;
using attain::language;
using attain::rounding;

// ---------------------------------------------------------------------------------------
// A small, honest CSV reader
// ---------------------------------------------------------------------------------------

// A problem with the data: the message names the file and line. main prints it, returns 2.
struct data_error {
  std::string message;
};

struct csv_row {
  std::string where;  // "indicators.csv:12"
  std::vector<std::string> fields;
};

std::vector<std::string> split(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = line.find(sep, start);
    out.emplace_back(
        line.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) return out;
    start = pos + 1;
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : std::string(sep)) + parts[i];
  return out;
}

// The rows of `name` in `dir`: blank lines and lines starting with '#' are skipped, the first
// other line must be `header` exactly, and every row has as many fields as the header.
std::vector<csv_row> read_csv(const std::string& dir, const std::string& name,
                              const std::vector<std::string>& header) {
  std::ifstream in(dir + "/" + name);
  if (!in) throw data_error{name + ": cannot open the file"};
  std::vector<csv_row> rows;
  std::string line;
  int line_no = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(line_no);
    std::vector<std::string> fields = split(line, ';');
    if (!header_seen) {
      if (fields != header)
        throw data_error{where + ": expected the header \"" + join(header, ";") + "\""};
      header_seen = true;
      continue;
    }
    if (fields.size() != header.size())
      throw data_error{where + ": expected " + std::to_string(header.size()) + " fields, found " +
                       std::to_string(fields.size())};
    rows.push_back({where, std::move(fields)});
  }
  if (!header_seen) throw data_error{name + ": no header row"};
  return rows;
}

decimal parse_number(const csv_row& r, std::size_t i) {
  const auto v = decimal::try_parse(r.fields[i], attain::number_format::vi());
  if (!v) throw data_error{r.where + ": " + attain::to_string(v.error())};
  return *v;
}

int parse_int(const csv_row& r, std::size_t i) {
  const std::string& s = r.fields[i];
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || s.empty())
    throw data_error{r.where + ": not a whole number: \"" + s + "\""};
  return v;
}

attain::period parse_period(const csv_row& r, std::size_t i) {
  const auto p = attain::try_parse_period(r.fields[i]);
  if (!p) throw data_error{r.where + ": " + attain::to_string(p.error())};
  return *p;
}

attain::value_status parse_status(const csv_row& r, std::size_t i) {
  const std::string& s = r.fields[i];
  const auto st = s.size() == 1 ? attain::value_status_from_sdmx(s[0]) : std::nullopt;
  if (!st)
    throw data_error{r.where + ": unknown status \"" + s +
                     "\" (SDMX OBS_STATUS: A, P, E, F, B or M)"};
  return *st;
}

// An enumerator by its attain::to_string name.
template <class Enum, std::size_t N>
Enum parse_name(const csv_row& r, std::size_t i, const Enum (&all)[N], std::string_view what) {
  for (const Enum e : all)
    if (attain::to_string(e) == r.fields[i]) return e;
  throw data_error{r.where + ": unknown " + std::string(what) + " \"" + r.fields[i] + "\""};
}

// ---------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------

struct indicator_info {
  attain::indicator ind;
  std::string name_en;
};

struct review_data {
  std::string unit;              // the district's code in the data
  std::string name_vi, name_en;  // "huyện Cẩm Thủy, tỉnh Thanh Hóa"
  boost::gregorian::date as_of{2000, 1, 1};
  std::map<std::string, indicator_info> indicators;
  std::vector<attain::target> targets;
  std::map<std::string, std::vector<attain::observation>> observations;  // of `unit`, by indicator
  attain::observation_table communes;
  std::map<std::int32_t, attain::period> commune_periods;             // by first day
  std::vector<std::pair<csv_row, attain::observation>> ranking_rows;  // unit in fields[1]
  std::vector<csv_row> published;
};

const indicator_info& indicator_of(const review_data& d, const std::string& code,
                                   const std::string& where) {
  const auto it = d.indicators.find(code);
  if (it == d.indicators.end()) throw data_error{where + ": unknown indicator \"" + code + "\""};
  return it->second;
}

review_data load(const std::string& dir) {
  review_data d;
  for (const csv_row& r : read_csv(dir, "review.csv", {"key", "value"})) {
    const std::string& key = r.fields[0];
    if (key == "unit")
      d.unit = r.fields[1];
    else if (key == "name")
      d.name_vi = r.fields[1];
    else if (key == "name_en")
      d.name_en = r.fields[1];
    else if (key == "date") {
      const attain::period p = parse_period(r, 1);
      if (p.kind() != attain::period_kind::day)
        throw data_error{r.where + ": the review date must be a day"};
      d.as_of = p.first();
    } else {
      throw data_error{r.where + ": unknown key \"" + key + "\""};
    }
  }
  if (d.unit.empty()) throw data_error{"review.csv: no unit"};

  static constexpr attain::polarity polarities[] = {attain::polarity::higher_is_better,
                                                    attain::polarity::lower_is_better,
                                                    attain::polarity::target_band};
  static constexpr attain::measure_kind kinds[] = {
      attain::measure_kind::level, attain::measure_kind::flow, attain::measure_kind::rate,
      attain::measure_kind::count};
  for (const csv_row& r :
       read_csv(dir, "indicators.csv",
                {"code", "name", "unit", "polarity", "kind", "decimals", "name_en"})) {
    indicator_info info;
    info.ind.code = r.fields[0];
    info.ind.name = r.fields[1];
    info.ind.unit = attain::unit_of_measure::parse(r.fields[2]);
    info.ind.polarity = parse_name(r, 3, polarities, "polarity");
    info.ind.kind = parse_name(r, 4, kinds, "measure kind");
    info.ind.decimals = parse_int(r, 5);
    info.name_en = r.fields[6];
    if (!d.indicators.emplace(info.ind.code, info).second)
      throw data_error{r.where + ": indicator given twice"};
  }

  static constexpr attain::target_kind target_kinds[] = {
      attain::target_kind::level,          attain::target_kind::cumulative,
      attain::target_kind::average_growth, attain::target_kind::units_meeting_standard,
      attain::target_kind::criteria_met,   attain::target_kind::band,
      attain::target_kind::maintain};
  for (const csv_row& r : read_csv(dir, "targets.csv",
                                   {"indicator", "unit", "kind", "baseline year", "last year",
                                    "value", "upper", "baseline value", "source"})) {
    attain::target t;
    t.indicator = r.fields[0];
    t.unit = r.fields[1];
    t.kind = parse_name(r, 2, target_kinds, "target kind");
    const int baseline = parse_int(r, 3);
    const int last = parse_int(r, 4);
    if (baseline < attain::min_period_year || last > attain::max_period_year || last <= baseline)
      throw data_error{r.where + ": the term must run from a baseline year to a later last year"};
    t.term = attain::term::from_baseline(baseline, last);
    t.polarity = indicator_of(d, t.indicator, r.where).ind.polarity;
    if (t.kind == attain::target_kind::average_growth) {
      // A rate target is written as a percent: "7,5%" → 0.075.
      const auto v = attain::try_parse_percent(r.fields[5], attain::number_format::vi());
      if (!v) throw data_error{r.where + ": " + attain::to_string(v.error())};
      t.value = *v;
    } else {
      t.value = parse_number(r, 5);
    }
    if (!r.fields[6].empty()) t.upper = parse_number(r, 6);
    if (!r.fields[7].empty()) t.baseline = parse_number(r, 7);
    t.source = r.fields[8];
    if (t.unit != d.unit)
      throw data_error{r.where + ": the target is for unit \"" + t.unit + "\", not " + d.unit};
    d.targets.push_back(std::move(t));
  }

  const std::vector<std::string> obs_header{"indicator", "unit", "period", "value", "status"};
  for (const csv_row& r : read_csv(dir, "observations.csv", obs_header)) {
    indicator_of(d, r.fields[0], r.where);
    if (r.fields[1] != d.unit)
      throw data_error{r.where + ": unit \"" + r.fields[1] + "\" is not " + d.unit};
    d.observations[r.fields[0]].push_back(
        {parse_period(r, 2), parse_number(r, 3), parse_status(r, 4)});
  }

  // Commune rows go into an observation table, each indicator at the largest scale of its values.
  std::vector<std::pair<csv_row, attain::observation>> commune_rows;
  std::map<std::string, int> scales;
  for (const csv_row& r : read_csv(dir, "communes.csv", obs_header)) {
    indicator_of(d, r.fields[0], r.where);
    const attain::observation o{parse_period(r, 2), parse_number(r, 3), parse_status(r, 4)};
    scales[r.fields[0]] = std::max(scales[r.fields[0]], o.value.scale());
    commune_rows.emplace_back(r, o);
  }
  for (const auto& [code, scale] : scales) d.communes.add_indicator(code, scale);
  for (const auto& [r, o] : commune_rows) {
    d.communes.append(r.fields[0], r.fields[1], o.when, o.value, o.status);
    d.commune_periods.emplace(o.when.first_day_number(), o.when);
  }
  try {
    d.communes.seal();
  } catch (const attain::domain_error& e) {
    throw data_error{std::string("communes.csv: ") + e.what()};
  }

  for (const csv_row& r : read_csv(dir, "ranking.csv", obs_header)) {
    indicator_of(d, r.fields[0], r.where);
    d.ranking_rows.emplace_back(
        r, attain::observation{parse_period(r, 2), parse_number(r, 3), parse_status(r, 4)});
  }

  d.published = read_csv(dir, "published.csv", {"figure", "indicator", "published", "article"});
  return d;
}

// ---------------------------------------------------------------------------------------
// The review
// ---------------------------------------------------------------------------------------

enum class verdict : std::uint8_t {
  exceeded,
  achieved,
  ahead,
  on_schedule,
  behind,
  not_met,
  no_value
};

bool is_met(verdict v) {
  return v == verdict::exceeded || v == verdict::achieved || v == verdict::ahead ||
         v == verdict::on_schedule;
}

// Met or exceeded at mid-term (see the DEFINITIONS above).
verdict verdict_of(const attain::attainment& a) {
  if (!a.actual) return verdict::no_value;
  if (a.achieved) return a.exceeded ? verdict::exceeded : verdict::achieved;
  switch (a.schedule) {
    case attain::schedule_status::ahead: return verdict::ahead;
    case attain::schedule_status::on_schedule: return verdict::on_schedule;
    case attain::schedule_status::behind: return verdict::behind;
    case attain::schedule_status::not_applicable: break;
  }
  return verdict::not_met;
}

struct target_review {
  const attain::target* target;
  const indicator_info* info;
  attain::series observations;
  bool rolled_up = false;  // the series was summed from the communes
  attain::attainment attainment;
  attain::target_forecast forecast;
  verdict status = verdict::no_value;
};

// Σ over communes of an indicator, one observation per period (status: the least final).
std::vector<attain::observation> roll_up(const review_data& d, const std::string& code) {
  std::vector<attain::observation> out;
  if (d.communes.find_indicator(code) == attain::dictionary::npos) return out;
  attain::grouping g(d.communes);
  g.indicator(code).by_period();
  const auto sums = attain::aggregate(d.communes, g, attain::sum_rule{});
  for (std::size_t p = 0; p < g.period_keys(); ++p) {
    const attain::aggregate_value v = sums.value(g.group_of(0, 0, p));
    if (!v) continue;
    out.push_back({d.commune_periods.at(g.period_of_key(p).first_day), v.value(), v.status()});
  }
  return out;
}

std::vector<target_review> review_targets(const review_data& d) {
  std::vector<target_review> out;
  for (const attain::target& t : d.targets) {
    target_review r{&t, &d.indicators.at(t.indicator), {}, false, {}, {}, verdict::no_value};
    std::vector<attain::observation> obs;
    if (const auto it = d.observations.find(t.indicator); it != d.observations.end())
      obs = it->second;
    if (obs.empty()) {
      if (r.info->ind.kind != attain::measure_kind::count)
        throw data_error{"observations.csv: no observations of " + t.indicator};
      obs = roll_up(d, t.indicator);  // a count of communes: the sum over the communes
      r.rolled_up = true;
      if (obs.empty())
        throw data_error{"observations.csv, communes.csv: no observations of " + t.indicator};
    }
    r.observations = attain::series(std::move(obs));
    r.attainment = attain::assess_attainment(t, r.observations, d.as_of);
    r.forecast = attain::forecast_target(t, r.observations, d.as_of);
    r.status = verdict_of(r.attainment);
    out.push_back(std::move(r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------

struct text {
  language lang;
  bool vi() const { return lang == language::vi; }
  attain::number_format nf() const { return attain::format_of(lang); }
  const std::string& name(const indicator_info& i) const { return vi() ? i.ind.name : i.name_en; }
  std::string pick(std::string_view v, std::string_view e) const {
    return std::string(vi() ? v : e);
  }
};

// A number with its unit: "5.540 tỷ đồng", "57,6%".
std::string with_unit(const std::string& number, const attain::indicator& ind) {
  if (ind.unit.text.empty()) return number;
  return ind.unit.percent ? number + "%" : number + " " + ind.unit.text;
}

std::string value_text(const decimal& v, const attain::indicator& ind, const text& t) {
  return with_unit(attain::format(round(v, ind.decimals, rounding::half_up), t.nf()), ind);
}

std::string percent(const decimal& ratio, const text& t) {
  return attain::format_percent(ratio, t.nf(), 1, rounding::half_up);
}

std::string signed_text(const decimal& x, const std::string& shown) {
  return attain::signum(x) > 0 ? "+" + shown : shown;
}

std::string years_text(int first, int last) {
  return std::to_string(first) + "\u2013" + std::to_string(last);
}

int latest_year(const attain::attainment& a) {
  return a.latest ? static_cast<int>(a.latest->last().year()) : 0;
}

std::string kind_text(attain::target_kind k, const text& t) {
  switch (k) {
    case attain::target_kind::level: return t.pick("mức cần đạt", "level");
    case attain::target_kind::cumulative:
      return t.pick("cộng dồn cả giai đoạn", "cumulative over the term");
    case attain::target_kind::average_growth:
      return t.pick("tốc độ tăng bình quân", "average annual growth");
    case attain::target_kind::units_meeting_standard:
      return t.pick("số đạt chuẩn", "units meeting a standard");
    case attain::target_kind::criteria_met: return t.pick("số tiêu chí đạt", "criteria met");
    case attain::target_kind::band: return t.pick("trong khoảng", "band");
    case attain::target_kind::maintain: return t.pick("duy trì", "maintain");
  }
  return "?";
}

std::string verdict_text(verdict v, const text& t) {
  switch (v) {
    case verdict::exceeded: return t.pick("vượt mục tiêu", "exceeded");
    case verdict::achieved: return t.pick("đạt mục tiêu", "achieved");
    case verdict::ahead: return std::string(describe(attain::schedule_status::ahead, t.lang));
    case verdict::on_schedule:
      return std::string(describe(attain::schedule_status::on_schedule, t.lang));
    case verdict::behind:
      return t.pick("chưa đạt (", "not met (") +
             std::string(describe(attain::schedule_status::behind, t.lang)) + ")";
    case verdict::not_met: return t.pick("chưa đạt", "not met");
    case verdict::no_value: return t.pick("không đánh giá được", "not assessable");
  }
  return "?";
}

// "(2023, ước đạt)", "(2021–2023, estimate)", "(2022)".
std::string when_text(const target_review& r, const text& t) {
  const attain::attainment& a = r.attainment;
  const int y = latest_year(a);
  std::string when = r.target->kind == attain::target_kind::cumulative ||
                             r.target->kind == attain::target_kind::average_growth
                         ? years_text(r.target->term.first_year(), y)
                         : std::to_string(y);
  if (a.status != attain::value_status::normal)
    when += ", " + std::string(describe(a.status, t.lang));
  return "(" + when + ")";
}

std::string actual_text(const target_review& r, const text& t) {
  const attain::attainment& a = r.attainment;
  if (!a.actual) return explain(a.actual.error(), {t.lang});
  if (r.target->kind == attain::target_kind::average_growth)
    return percent(*a.actual, t) + t.pick("/năm ", " a year ") + when_text(r, t);
  return value_text(*a.actual, r.info->ind, t) + " " + when_text(r, t);
}

std::string target_text(const target_review& r, const text& t) {
  const attain::target& g = *r.target;
  const std::string sign = g.polarity == attain::polarity::lower_is_better ? "≤ " : "≥ ";
  if (g.kind == attain::target_kind::average_growth)
    return sign + percent(g.value, t) + t.pick("/năm ", " a year ") + "(" +
           attain::plan_years_text(g.term) + ")";
  const std::string v = with_unit(attain::format(trim(g.value), t.nf()), r.info->ind);
  if (g.kind == attain::target_kind::cumulative)
    return v + " (" + attain::plan_years_text(g.term) + ")";
  return sign + v + " (" + std::to_string(g.term.last_year()) + ")";
}

// Growth since the baseline: the average annual growth (CAGR) of the level — for a
// cumulative target, of the yearly flows — or the change in percentage points for an
// indicator measured in percent.
std::string growth_text(const target_review& r, const boost::gregorian::date& as_of,
                        const text& t) {
  const attain::target& g = *r.target;
  const attain::indicator& ind = r.info->ind;
  const std::string per_year = t.pick("/năm", " a year");
  const attain::rounding mode = rounding::half_up;
  if (g.kind == attain::target_kind::cumulative) {
    std::vector<attain::observation> flows;
    for (const attain::observation& o : r.observations.observations())
      if (o.status != attain::value_status::missing && contains(g.term.as_period(), o.when) &&
          o.when.first() <= as_of)
        flows.push_back(o);
    if (flows.size() < 2) return "—";
    const int y0 = static_cast<int>(flows.front().when.last().year());
    const int y1 = static_cast<int>(flows.back().when.last().year());
    const auto cagr =
        attain::average_annual_growth(flows.front().value, flows.back().value, y1 - y0, 3, mode);
    if (!cagr) return explain(cagr.error(), {t.lang});
    return signed_text(*cagr, percent(*cagr, t)) + per_year +
           t.pick(" (theo năm, ", " (yearly flows, ") + years_text(y0, y1) + ")";
  }
  const attain::attainment& a = r.attainment;
  if (!a.latest || !a.baseline) return "—";
  const attain::observation* latest = r.observations.find(*a.latest);
  if (latest == nullptr) return "—";
  const int base_year = g.term.baseline_year();
  if (ind.unit.percent) {
    const decimal change = attain::absolute_change(*a.baseline, latest->value);
    return signed_text(change, attain::format(round(change, ind.decimals, mode), t.nf())) +
           t.pick(" điểm phần trăm so với ", " percentage points on ") + std::to_string(base_year);
  }
  const auto cagr = attain::average_annual_growth(*a.baseline, latest->value,
                                                  latest_year(a) - base_year, 3, mode);
  if (!cagr) return explain(cagr.error(), {t.lang});
  return signed_text(*cagr, percent(*cagr, t)) + per_year + t.pick(" so với ", " from ") +
         std::to_string(base_year);
}

void print_target(std::ostream& os, std::size_t i, const target_review& r, const review_data& d,
                  const text& t) {
  const attain::attainment& a = r.attainment;
  const attain::explain_options eo{t.lang};
  os << (i < 9 ? " " : "") << i + 1 << ". " << t.name(*r.info) << "\n";
  os << "    [" << r.info->ind.code << " · " << kind_text(r.target->kind, t)
     << (r.rolled_up ? t.pick(" · tổng hợp từ các xã", " · summed over the communes") : "") << " · "
     << r.target->source << "]\n";
  os << "    " << t.pick("Thực hiện: ", "Value: ") << actual_text(r, t) << " · "
     << t.pick("Mục tiêu: ", "Target: ") << target_text(r, t) << " · "
     << t.pick("Hoàn thành: ", "Completion: ")
     << (a.completion ? percent(*a.completion, t) : explain(a.completion.error(), eo)) << "\n";
  os << "    " << t.pick("Tăng trưởng: ", "Growth: ") << growth_text(r, d.as_of, t) << "\n";
  os << "    " << t.pick("Giữa kỳ: ", "Mid-term: ") << verdict_text(r.status, t) << " · "
     << t.pick("Dự báo năm ", "Forecast for ") << r.target->term.last_year() << ": "
     << describe(r.forecast.outcome, t.lang) << "\n";
  os << "    – " << explain(a, *r.target, r.info->ind, eo) << "\n";
  os << "    – " << explain(r.forecast, *r.target, r.info->ind, eo) << "\n";
}

// ---------------------------------------------------------------------------------------
// The published figures
// ---------------------------------------------------------------------------------------

const target_review& target_for(const std::vector<target_review>& reviews, const csv_row& row) {
  for (const target_review& r : reviews)
    if (r.target->indicator == row.fields[1]) return r;
  throw data_error{row.where + ": no target for indicator \"" + row.fields[1] + "\""};
}

// The rankings of an indicator's scores in ranking.csv, by year.
std::map<int, attain::ranking> rankings_of(const review_data& d, const csv_row& row) {
  const indicator_info& info = indicator_of(d, row.fields[1], row.where);
  std::map<int, std::vector<std::pair<std::string, decimal>>> by_year;
  for (const auto& [r, o] : d.ranking_rows) {
    if (r.fields[0] != info.ind.code) continue;
    if (o.when.kind() != attain::period_kind::year)
      throw data_error{r.where + ": a ranking period must be a year"};
    by_year[o.when.label_year()].emplace_back(r.fields[1], o.value);
  }
  const attain::rank_order order = info.ind.polarity == attain::polarity::lower_is_better
                                       ? attain::rank_order::lower_is_better
                                       : attain::rank_order::higher_is_better;
  std::map<int, attain::ranking> out;
  for (auto& [y, rows] : by_year) {
    std::sort(rows.begin(), rows.end());
    std::vector<std::string> units;
    std::vector<decimal> scores;
    for (auto& [u, s] : rows) {
      units.push_back(u);
      scores.push_back(s);
    }
    out.emplace(y, attain::ranking(std::move(units), std::move(scores), order,
                                   attain::rank_method::standard));
  }
  if (out.size() < 2)
    throw data_error{row.where + ": ranking.csv needs two years of " + info.ind.code};
  return out;
}

std::string rank_text(const attain::ranking& r, const std::string& unit, const text& t) {
  const auto p = r.rank_of(unit);
  return p ? to_string(*p) : explain(p.error(), {t.lang});
}

// A figure of the commune data: Σ (sum), or the mean (mean) of an indicator over the communes.
struct commune_figure {
  attain::aggregate_value value;
  std::size_t communes = 0;
};
template <class Rule>
commune_figure over_communes(const review_data& d, const csv_row& row, const Rule& rule) {
  if (d.communes.find_indicator(row.fields[1]) == attain::dictionary::npos)
    throw data_error{row.where + ": no commune data for \"" + row.fields[1] + "\""};
  attain::grouping all(d.communes);
  all.indicator(row.fields[1]);
  attain::grouping by_unit(d.communes);
  by_unit.indicator(row.fields[1]).by_unit();
  const auto counts = attain::aggregate(d.communes, by_unit, attain::count_rule{});
  commune_figure f{attain::aggregate(d.communes, all, rule).value(0), 0};
  for (std::size_t u = 0; u < by_unit.unit_keys(); ++u)
    if (counts.value(by_unit.group_of(0, u, 0)).value() > decimal{0}) ++f.communes;
  return f;
}

// "ước đạt 5,7%" (vi) or "5.7% (estimate)" (en): a figure with its status, as the report puts it.
std::string with_status(const std::string& shown, attain::value_status s, const text& t) {
  if (s == attain::value_status::normal) return shown;
  const std::string word(describe(s, t.lang));
  return t.vi() ? word + " " + shown : shown + " (" + word + ")";
}

struct figure_text {
  std::string label;
  std::string value;
};

// One published figure, recomputed from the data and written in the language of `t`.
figure_text compute_figure(const csv_row& row, const review_data& d,
                           const std::vector<target_review>& reviews, const text& t) {
  const std::string& figure = row.fields[0];
  const attain::language hl = t.vi() ? attain::language::vi : attain::language::en;
  const attain::term& term = reviews.front().target->term;
  if (figure == "targets_met") {
    const auto met = std::count_if(reviews.begin(), reviews.end(),
                                   [](const target_review& r) { return is_met(r.status); });
    return {t.pick("Chỉ tiêu đạt và vượt kế hoạch, đến ", "Targets met or exceeded, as of ") +
                attain::format_human(attain::period::of_day(d.as_of), hl),
            std::to_string(met) + "/" + std::to_string(reviews.size())};
  }
  if (figure == "forecast_exceed" || figure == "forecast_meet" ||
      figure == "forecast_needs_effort") {
    std::vector<attain::target_forecast> forecasts;
    for (const target_review& r : reviews) forecasts.push_back(r.forecast);
    const attain::forecast_tally n =
        attain::tally(std::span<const attain::target_forecast>(forecasts));
    const attain::forecast_class c = figure == "forecast_exceed" ? attain::forecast_class::exceed
                                     : figure == "forecast_meet"
                                         ? attain::forecast_class::meet
                                         : attain::forecast_class::needs_effort;
    const std::size_t count = c == attain::forecast_class::exceed ? n.exceed
                              : c == attain::forecast_class::meet ? n.meet
                                                                  : n.needs_effort;
    const std::string en =
        c == attain::forecast_class::exceed ? " targets forecast to exceed the plan"
        : c == attain::forecast_class::meet ? " targets forecast to be met"
                                            : " targets forecast to need extra effort";
    return {t.pick("Dự báo đến năm ", "Forecast for ") + std::to_string(term.last_year()),
            std::to_string(count) +
                (t.vi() ? " chỉ tiêu dự báo " + std::string(describe(c, t.lang)) : en)};
  }
  if (figure == "rank" || figure == "places_gained") {
    const std::map<int, attain::ranking> rankings = rankings_of(d, row);
    const auto& [previous_year, previous] = *std::prev(rankings.end(), 2);
    const auto& [current_year, current] = *std::prev(rankings.end());
    const std::string name = t.name(indicator_of(d, row.fields[1], row.where));
    if (figure == "rank")
      return {name + t.pick(" năm ", " ") + std::to_string(current_year) +
                  t.pick(": thứ hạng", ": rank"),
              rank_text(current, d.unit, t)};
    const auto gained = attain::places_gained(previous, current, d.unit);
    if (!gained) return {name, explain(gained.error(), {t.lang})};
    const std::string n = attain::format(attain::abs(*gained), t.nf());
    const int sign = attain::signum(*gained);
    return {name + t.pick(": so với năm ", ": change on ") + std::to_string(previous_year) + " (" +
                rank_text(previous, d.unit, t) + t.pick(" → ", " → ") +
                rank_text(current, d.unit, t) + ")",
            sign == 0 ? t.pick("giữ nguyên hạng", "unchanged")
                      : (sign > 0 ? t.pick("tăng ", "up ") : t.pick("giảm ", "down ")) + n +
                            t.pick(" hạng", " places")};
  }
  if (figure == "commune_sum" || figure == "commune_mean") {
    const indicator_info& info = indicator_of(d, row.fields[1], row.where);
    const int k = info.ind.decimals;
    if (figure == "commune_sum") {
      const commune_figure f = over_communes(d, row, attain::sum_rule{});
      return {t.name(info) + t.pick(": tổng ", ": sum over ") + std::to_string(f.communes) +
                  t.pick(" xã", " communes"),
              with_status(value_text(f.value.value(), info.ind, t), f.value.status(), t)};
    }
    const commune_figure f = over_communes(d, row, attain::mean_rule{});
    const std::string mean = attain::format(f.value.value(k, rounding::half_up), t.nf());
    return {t.name(info) + t.pick(": bình quân ", ": mean over ") + std::to_string(f.communes) +
                t.pick(" xã (", " communes (") + attain::format(f.value.numerator(), t.nf()) + "/" +
                attain::format(f.value.denominator(), t.nf()) + ")",
            with_status(with_unit(mean, info.ind) + t.pick("/xã", " per commune"), f.value.status(),
                        t)};
  }

  const target_review& r = target_for(reviews, row);
  const attain::attainment& a = r.attainment;
  const std::string name = t.name(*r.info);
  if (!a.actual) return {name, explain(a.actual.error(), {t.lang})};
  if (figure == "average_growth") {
    if (r.target->kind != attain::target_kind::average_growth)
      throw data_error{row.where + ": " + r.target->indicator + " has no average-growth target"};
    return {name + t.pick(": tốc độ tăng bình quân giai đoạn ", ": average annual growth ") +
                years_text(term.first_year(), latest_year(a)),
            with_status(percent(*a.actual, t), a.status, t)};
  }
  if (figure == "value") {
    if (r.target->kind == attain::target_kind::average_growth)
      throw data_error{row.where +
                       ": the value of an average-growth target is figure average_growth"};
    const bool total = r.target->kind == attain::target_kind::cumulative;
    return {name + (total ? t.pick(", giai đoạn ", ", ") +
                                years_text(r.target->term.first_year(), latest_year(a))
                          : t.pick(", năm ", ", ") + std::to_string(latest_year(a))),
            with_status(value_text(*a.actual, r.info->ind, t), a.status, t)};
  }
  if (figure == "completion")
    return {name + t.pick(": so với mục tiêu ", ": share of the target ") + target_text(r, t),
            a.completion ? percent(*a.completion, t) : explain(a.completion.error(), {t.lang})};
  if (figure == "change") {
    if (!a.baseline) return {name, explain(a.baseline.error(), {t.lang})};
    const decimal change = attain::absolute_change(*a.baseline, *a.actual);
    const int sign = attain::signum(change);
    return {name + t.pick(": so với năm ", ": change on ") +
                std::to_string(r.target->term.baseline_year()),
            (sign >= 0 ? t.pick("tăng ", "up ") : t.pick("giảm ", "down ")) +
                value_text(attain::abs(change), r.info->ind, t)};
  }
  if (figure == "attained")
    return {name + t.pick(": đã đạt / kế hoạch năm ", ": achieved / planned for ") +
                std::to_string(r.target->term.last_year()),
            attain::format(trim(*a.actual), t.nf()) + "/" +
                attain::format(trim(r.target->value), t.nf())};
  throw data_error{row.where + ": unknown figure \"" + figure + "\""};
}

// ---------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------

void print_header(std::ostream& os, const review_data& d, const std::vector<target_review>& reviews,
                  const text& t) {
  const attain::term& term = reviews.front().target->term;
  const attain::exact_fraction elapsed = attain::elapsed_fraction(term, d.as_of);
  const attain::language hl = t.vi() ? attain::language::vi : attain::language::en;
  const attain::forecast_options fo;
  const auto whole_percent = [&](const decimal& x) {
    return attain::format_percent(x, t.nf(), 0, rounding::half_up);
  };
  os << t.pick("SƠ KẾT GIỮA NHIỆM KỲ — ", "MID-TERM REVIEW — ") << (t.vi() ? d.name_vi : d.name_en)
     << "\n";
  os << reviews.size()
     << (t.vi() ? " chỉ tiêu của Nghị quyết, nhiệm kỳ " +
                      years_text(term.baseline_year(), term.last_year())
                : " targets of the resolution, " +
                      years_text(term.baseline_year(), term.last_year()) + " term")
     << t.pick(" (năm gốc ", " (baseline ") << term.baseline_year()
     << t.pick(", các năm kế hoạch ", ", plan years ") << attain::plan_years_text(term) << ")\n";
  os << t.pick("Thời điểm đánh giá: ", "Review date: ")
     << attain::format_human(attain::period::of_day(d.as_of), hl) << t.pick("; đã qua ", "; ")
     << attain::format(decimal{elapsed.numerator}, t.nf()) << "/"
     << attain::format(decimal{elapsed.denominator}, t.nf())
     << t.pick(" ngày của nhiệm kỳ (", " days of the term elapsed (")
     << percent(elapsed.to_decimal(6, rounding::half_up), t) << ")\n\n";
  os << t.pick(
      "Đạt giữa kỳ: đã đạt mục tiêu, hoặc đúng/vượt tiến độ (tỷ lệ hoàn thành — với chỉ tiêu cộng "
      "dồn — hoặc "
      "chặng đường đã đi từ năm gốc không thấp hơn tỷ lệ thời gian đã qua); chỉ tiêu tốc độ tăng "
      "bình quân: "
      "đạt khi tốc độ đến nay đạt mục tiêu.\n",
      "Met at mid-term: achieved, or on or ahead of a straight-line schedule (completion — for a "
      "cumulative "
      "target — or progress from the baseline at least the share of time elapsed); an "
      "average-growth target: "
      "met when the growth so far reaches the target rate.\n");
  os << t.pick("Dự báo năm ", "Forecast for ") << term.last_year()
     << t.pick(
            ": tiếp tục tốc độ tăng bình quân (CAGR) từ năm gốc đến số liệu mới nhất; vượt kế "
            "hoạch khi đạt ≥ ",
            ": the average annual growth (CAGR) from the baseline to the latest value, continued; "
            "exceed at ≥ ")
     << whole_percent(fo.exceed_from)
     << t.pick(" mục tiêu, hoàn thành ≥ ", " of the target, meet at ≥ ")
     << whole_percent(fo.meet_from)
     << t.pick(", thấp hơn: phải nỗ lực.\n", ", below: needs extra effort.\n");
  os << t.pick(
      "Số liệu ước đạt (phần lớn số liệu năm 2023) được ghi rõ; các giá trị bài báo không công bố "
      "là giá trị "
      "minh họa (xem README của dữ liệu).\n",
      "Estimates (most 2023 values) are labelled; values the report does not publish are "
      "illustrative (see "
      "the data's README).\n");
}

void print_summary(std::ostream& os, const std::vector<target_review>& reviews, const text& t) {
  std::vector<attain::attainment> attainments;
  std::vector<attain::target_forecast> forecasts;
  std::size_t met = 0, on_time = 0;
  for (const target_review& r : reviews) {
    attainments.push_back(r.attainment);
    forecasts.push_back(r.forecast);
    met += is_met(r.status) ? 1U : 0U;
    on_time += r.status == verdict::ahead || r.status == verdict::on_schedule ? 1U : 0U;
  }
  const attain::attainment_tally a =
      attain::tally(std::span<const attain::attainment>(attainments));
  const attain::forecast_tally f =
      attain::tally(std::span<const attain::target_forecast>(forecasts));
  const int last = reviews.front().target->term.last_year();
  os << t.pick("TỔNG HỢP\n", "SUMMARY\n");
  os << t.pick("  Giữa kỳ: ", "  Mid-term: ") << met << "/" << reviews.size()
     << t.pick(" chỉ tiêu đạt và vượt kế hoạch (", " targets met or exceeded (") << a.achieved
     << t.pick(" đã đạt mục tiêu, trong đó ", " already achieved, ") << a.exceeded
     << t.pick(" vượt; ", " of them exceeded; ") << on_time
     << t.pick(" đúng hoặc vượt tiến độ); ", " on or ahead of schedule); ") << reviews.size() - met
     << t.pick(" chưa đạt\n", " not met\n");
  os << t.pick("  Dự báo năm ", "  Forecast for ") << last << ": " << f.exceed << " "
     << describe(attain::forecast_class::exceed, t.lang) << ", " << f.meet << " "
     << describe(attain::forecast_class::meet, t.lang) << ", " << f.needs_effort << " "
     << describe(attain::forecast_class::needs_effort, t.lang);
  if (f.not_forecast != 0)
    os << ", " << f.not_forecast << " " << describe(attain::forecast_class::not_forecast, t.lang);
  os << "\n";
}

// Prints every published figure as recomputed; returns how many differ from the report.
int check_published(std::ostream& os, const review_data& d,
                    const std::vector<target_review>& reviews, const text& t) {
  const text vi{language::vi};
  int wrong = 0;
  os << t.pick("ĐỐI CHIẾU VỚI SỐ LIỆU CÔNG BỐ\n", "THE PUBLISHED FIGURES, RECOMPUTED\n");
  for (const csv_row& row : d.published) {
    const figure_text shown = compute_figure(row, d, reviews, t);
    // The report is in Vietnamese: compare the Vietnamese text with what it printed.
    const std::string computed = t.vi() ? shown.value : compute_figure(row, d, reviews, vi).value;
    const bool same = computed == row.fields[2];
    wrong += same ? 0 : 1;
    os << (same ? "  ✓ " : "  ✗ ") << shown.label << ": " << shown.value;
    if (!same)
      os << t.pick("  ≠ bài báo: «", "  ≠ the report: «") << row.fields[2] << "»";
    else if (!t.vi())
      os << "  (report: «" << row.fields[2] << "»)";
    os << "\n";
  }
  const std::size_t n = d.published.size();
  const std::size_t ok = n - static_cast<std::size_t>(wrong);
  os << "\n"
     << (t.vi()
             ? std::to_string(ok) + "/" + std::to_string(n) + " số liệu công bố được tính lại đúng"
             : std::to_string(ok) + " of " + std::to_string(n) + " published figures reproduced")
     << (wrong == 0 ? ".\n" : t.pick("; CÓ SỐ LIỆU KHÔNG KHỚP.\n", "; SOME DO NOT MATCH.\n"));
  return wrong;
}

int usage() {
  std::cerr << "usage: midterm_review [--lang vi|en] DATA_DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  language lang = language::vi;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      const std::string_view l = argv[++i];
      if (l == "vi")
        lang = language::vi;
      else if (l == "en")
        lang = language::en;
      else
        return usage();
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: midterm_review [--lang vi|en] DATA_DIR\n";
      return 0;
    } else if (dir.empty() && !arg.starts_with("-")) {
      dir = arg;
    } else {
      return usage();
    }
  }
  if (dir.empty()) return usage();
  try {
    const review_data d = load(dir);
    if (d.targets.empty()) throw data_error{"targets.csv: no targets"};
    const std::vector<target_review> reviews = review_targets(d);
    const text t{lang};
    print_header(std::cout, d, reviews, t);
    std::cout << "\n";
    for (std::size_t i = 0; i < reviews.size(); ++i) {
      print_target(std::cout, i, reviews[i], d, t);
      std::cout << "\n";
    }
    print_summary(std::cout, reviews, t);
    std::cout << "\n";
    const int wrong = check_published(std::cout, d, reviews, t);
    return wrong == 0 ? 0 : 1;
  } catch (const data_error& e) {
    std::cerr << "midterm_review: " << e.message << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "midterm_review: " << e.what() << "\n";
    return 2;
  }
}
