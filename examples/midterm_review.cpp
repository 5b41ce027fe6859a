// midterm_review — a district's mid-term plan review: read → review → render → check the
// figures its report published.           midterm_review [--lang vi|en|fr] DATA_DIR
//
// Reads examples/data/cam-thuy with attain's readers, builds the review at review.csv's date
// (make_review sums NTM_XA, which the district does not report, over the communes), prints it
// in the chosen language (render), then recomputes each figure of published.csv from the
// library's results and prints it after the article's text, one line each:
//   ✓ value VON_DT: ước đạt 5.540 tỷ đồng = ước đạt 5.540 tỷ đồng
// The article is Vietnamese: figures are recomputed in Vietnamese whatever --lang says. A
// figure is reproduced when the texts are equal (a mean over the communes may carry the
// article's "/xã", per commune, after the figure: "12,1 tiêu chí/xã").
// Every word printed comes from the library (attain/words.hpp) or the data. Returns 0 when
// every figure is reproduced, 1 when one is not, 2 on a usage or data error (file:line).
#include <algorithm>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/explain.hpp"
#include "attain/io/tidy.hpp"
#include "attain/period_format.hpp"
#include "attain/ranking.hpp"
#include "attain/report.hpp"
#include "attain/review.hpp"
#include "attain/words.hpp"

namespace {

using namespace attain;
using std::string;
using path = std::filesystem::path;
constexpr language vi = language::vi;

// A tidy table of the folder, read strictly: a bad row throws io::read_error (file:line:column).
template <class Read>
auto read(const path& file, Read how) {
  io::csv_reader in(file);
  return how(in, io::read_options{.numbers = number_format::vi()}).rows;
}

// The records of review.csv or published.csv after the header, each with its "file:line".
std::vector<std::pair<std::vector<string>, string>> records(const path& file, std::size_t n) {
  io::csv_reader in(file);
  std::vector<std::pair<std::vector<string>, string>> out;
  for (const io::csv_record* r = in.next(); (r = in.next()) != nullptr;) {
    out.push_back({{r->fields().begin(), r->fields().end()},
                   file.string() + ":" + std::to_string(r->line())});
    if (r->has_defect() || r->size() < n)
      throw std::invalid_argument(out.back().second + ": bad record");
  }
  return out;
}

struct data {
  attain::review review;
  string unit;  // the district's code
  std::map<string, indicator, std::less<>> indicators;
  observation_table communes;
  std::vector<io::observation_row> ranking;
};

string explained(const no_value& n) { return explain(n, {vi}); }
string with_unit(const string& number, const indicator& ind) {
  return ind.unit.percent ? number + "%" : number + " " + ind.unit.text;
}
// "ước đạt " before a figure of that status, as the article writes it; nothing for an actual.
string status_word(value_status s) {
  return s == value_status::normal ? "" : string(describe(s, vi)) + " ";
}

// `code` over the communes by Rule, at the latest period with a value.
template <class Rule>
aggregate_value over_communes(const observation_table& t, std::string_view code) {
  grouping g(t);
  g.indicator(code).by_period();
  const auto all = aggregate(t, g, Rule{});
  aggregate_value out = aggregate_value::none(why::empty_group);
  for (std::size_t p = 0, latest = 0; p < g.period_keys(); ++p)
    if (all.value(g.group_of(0, 0, p)) &&
        (!out || g.period_of_key(p).last_day > g.period_of_key(latest).last_day))
      out = all.value(g.group_of(0, 0, latest = p));
  return out;
}

// One figure of published.csv, recomputed (the data's README says what each one is).
string recompute(const string& figure, const string& code, const data& d) {
  const review_summary& s = d.review.summary;
  if (figure == "targets_met") return std::to_string(s.met) + "/" + std::to_string(s.targets);
  const auto forecast = [](std::size_t n, forecast_class c) {
    return fill(word::review_forecast_count, vi, {std::to_string(n), describe(c, vi)});
  };
  if (figure == "forecast_exceed") return forecast(s.forecast.exceed, forecast_class::exceed);
  if (figure == "forecast_meet") return forecast(s.forecast.meet, forecast_class::meet);
  if (figure == "forecast_needs_effort")
    return forecast(s.forecast.needs_effort, forecast_class::needs_effort);
  const auto found = d.indicators.find(code);
  if (found == d.indicators.end()) throw std::invalid_argument("unknown indicator " + code);
  const indicator& ind = found->second;
  const auto number = [&](const decimal& x) {
    return format(x, format_of(vi), ind.decimals, rounding::half_up);
  };
  if (figure == "commune_sum" || figure == "commune_mean") {
    const aggregate_value v = figure == "commune_sum" ? over_communes<sum_rule>(d.communes, code)
                                                      : over_communes<mean_rule>(d.communes, code);
    if (!v) return explained(v.error());
    return status_word(v.status()) +
           with_unit(number(v.value(ind.decimals, rounding::half_up)), ind);
  }
  if (figure == "rank" || figure == "places_gained") {  // the last two years of ranking.csv
    int year = 0;
    for (const io::observation_row& r : d.ranking)
      if (r.indicator == code) year = std::max(year, r.when.label_year());
    const auto ranking_in = [&](int y) {
      std::vector<string> units;
      std::vector<decimal> scores;
      for (const io::observation_row& r : d.ranking)
        if (r.indicator == code && r.when.label_year() == y) {
          units.push_back(r.unit);
          scores.push_back(r.value);
        }
      return ranking(units, scores,
                     ind.polarity == polarity::lower_is_better ? rank_order::lower_is_better
                                                               : rank_order::higher_is_better,
                     rank_method::standard);
    };
    const ranking now = ranking_in(year), before = ranking_in(year - 1);
    const computed<rank_position> rank = now.rank_of(d.unit);
    const computed<decimal> gained = places_gained(before, now, d.unit);
    if (figure == "rank") return rank ? to_string(*rank) : explained(rank.error());
    if (!gained) return explained(gained.error());
    const string since = fill(word::explain_in_year, vi, {std::to_string(year - 1)});
    return fill(word::rank_change_since, vi, {explain_rank_change(*gained, vi), since});
  }
  const auto t = std::find_if(d.review.targets.begin(), d.review.targets.end(),
                              [&](const target_review& r) { return r.target.indicator == code; });
  if (t == d.review.targets.end()) throw std::invalid_argument("no target of " + code);
  const attainment& a = t->attainment;
  const auto percent = [](const decimal& x) {
    return format_percent(x, format_of(vi), 1, rounding::half_up);
  };
  if (!a.actual) return explained(a.actual.error());
  if (figure == "average_growth")
    return status_word(a.status) + percent(*actual_at(a, 3, rounding::half_up));
  if (figure == "value")
    return status_word(a.status) +
           with_unit(number(*actual_at(a, ind.decimals, rounding::half_up)), ind);
  if (figure == "attained") return number(*a.actual) + "/" + number(t->target.value);
  if (figure == "completion")
    return a.completion ? percent(a.completion->to_decimal(3, rounding::half_up))
                        : explained(a.completion.error());
  if (figure != "change") throw std::invalid_argument("unknown figure " + figure);
  if (!a.baseline) return explained(a.baseline.error());
  const decimal change = *a.actual - *a.baseline;
  return fill(
      change < decimal{0} ? word::explain_change_down : word::explain_change_up, vi,
      {with_unit(number(abs(change)), ind), std::to_string(t->target.term.baseline_year())});
}

// Equal; or, for a mean over the communes, the recomputed figure followed by "/" and the
// article's word for "per commune" ("12,1 tiêu chí/xã").
bool reproduced(const string& figure, std::string_view published, std::string_view computed) {
  if (published == computed) return true;
  return figure == "commune_mean" && published.starts_with(computed) && published.size() > computed.size() &&
         published[computed.size()] == '/';
}

}  // namespace

int main(int argc, char** argv) {
  language lang = vi;
  path dir;
  bool usage = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      const std::optional<language> l = parse_language(argv[++i]);
      usage = usage || !l;
      lang = l.value_or(lang);
    } else if (dir.empty() && !arg.starts_with("-")) {
      dir = arg;
    } else {
      usage = true;
    }
  }
  if (usage || dir.empty()) {
    std::cerr << "usage: midterm_review [--lang vi|en|fr] DATA_DIR\n";
    return 2;
  }
  try {
    data d;
    review_options o;  // review.csv: key;value
    for (const auto& [f, where] : records(dir / "review.csv", 2)) {
      if (f[0] == "unit") d.unit = f[1];
      if (f[0] == "name") o.title = f[1];
      if (f[0] == "name_en") o.title_en = f[1];
      if (f[0] == "date") o.as_of = parse_period(f[1]).first();
    }
    const auto indicators = read(dir / "indicators.csv", io::read_indicators);
    for (const io::indicator_row& r : indicators)
      d.indicators.emplace(r.indicator.code, r.indicator);
    auto observations = read(dir / "observations.csv", io::read_observations);
    const auto communes = read(dir / "communes.csv", io::read_observations);
    observations.insert(observations.end(), communes.begin(), communes.end());
    io::load_observations(d.communes, communes);
    d.communes.seal();
    d.ranking = read(dir / "ranking.csv", io::read_observations);
    d.review =
        make_review(indicators, read(dir / "targets.csv", io::read_targets), observations, o);
    render(std::cout, d.review, {.format = report_format::text, .language = lang});

    std::size_t checked = 0, same = 0;
    std::cout << "\n";
    for (const auto& [f, where] : records(dir / "published.csv", 3)) {  // figure;indicator;text
      string computed;
      try {
        computed = recompute(f[0], f[1], d);
      } catch (const std::exception& e) {
        throw std::invalid_argument(where + ": " + e.what());
      }
      const bool ok = reproduced(f[0], f[2], computed);
      same += ok ? 1 : 0;
      ++checked;
      std::cout << (ok ? "✓ " : "✗ ") << f[0] << (f[1].empty() ? "" : " " + f[1]) << ": " << f[2]
                << (ok ? " = " : " ≠ ") << computed << "\n";
    }
    std::cout << (same == checked ? "✓ " : "✗ ") << same << "/" << checked << "\n";
    return same == checked ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "midterm_review: " << e.what() << "\n";
    return 2;
  }
}
