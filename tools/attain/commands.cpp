// The attain command's subcommands (commands.hpp).
#include "commands.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "attain/aggregate.hpp"
#include "attain/growth.hpp"
#include "attain/hierarchy.hpp"
#include "attain/io/json.hpp"
#include "attain/period_format.hpp"
#include "attain/ranking.hpp"
#include "attain/report.hpp"
#include "attain/rollup.hpp"
#include "attain/table.hpp"

namespace attain_cli {

namespace io = attain::io;
using attain::decimal;
using attain::language;
using attain::rounding;

namespace {

// OUTPUT ----------------------------------------------------------------------------------------

// The output stream: a file (written whole, or not at all, when the command succeeds) or
// standard output.
class sink {
 public:
  explicit sink(const std::string& path) : path_(path == "-" ? std::string() : path) {}
  std::ostream& stream() { return path_.empty() ? std::cout : buffer_; }
  void close() {
    if (path_.empty()) {
      std::cout.flush();
      return;
    }
    std::ofstream f(path_, std::ios::binary);
    f << buffer_.str();
    if (!f) throw usage_error(path_ + ": cannot write file");
  }

 private:
  std::string path_;
  std::ostringstream buffer_;
};

language language_of(const std::string& lang) {
  if (lang == "vi") return language::vi;
  if (lang == "en") return language::en;
  throw usage_error("--lang: expected vi or en, found \"" + lang + "\"");
}

// --format, else the output file's extension, else `fallback`.
std::string format_of(const output_options& o, const std::string& fallback = "text") {
  if (!o.format.empty()) return o.format;
  const std::string ext = std::filesystem::path(o.output).extension().string();
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".md") return "markdown";
  if (ext == ".json") return "json";
  if (ext == ".csv") return "csv";
  return fallback;
}

boost::gregorian::date parse_date(const std::string& text) {
  const auto p = attain::try_parse_period(text);
  if (!p) throw usage_error("--as-of: " + attain::to_string(p.error()));
  if (p->kind() != attain::period_kind::day) throw usage_error("--as-of: expected a day (2023-06-29), found \"" + text + "\"");
  return p->first();
}

boost::gregorian::date today() {
  const auto now = std::chrono::system_clock::now();
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return {static_cast<unsigned short>(static_cast<int>(ymd.year())), static_cast<unsigned short>(static_cast<unsigned>(ymd.month())),
          static_cast<unsigned short>(static_cast<unsigned>(ymd.day()))};
}

attain::review make(const input_files& files, const std::string& as_of, const std::string& method,
                    const std::string& title) {
  input_files in = files;
  in.resolve();
  if (in.indicators.empty() || in.targets.empty() || in.observations.empty())
    throw usage_error("a review needs --indicators, --targets and --observations (or a directory holding them)");
  const review_meta meta = read_review_meta(in.directory);
  const std::optional<attain::assessment_method> m = attain::parse_assessment_method(method);
  if (!m) throw usage_error("--method: expected growth_ratio, projection or weather, found \"" + method + "\"");
  attain::review_options o;
  o.as_of = !as_of.empty() ? parse_date(as_of) : meta.date ? *meta.date : today();
  o.method = *m;
  o.title = title.empty() ? meta.name : title;
  o.title_en = title.empty() ? meta.name_en : title;
  const loaded data = load(in);
  return attain::make_review(data.indicators, data.targets, data.observations, o, data.units);
}

void check_fail_on(const std::vector<std::string>& fail_on, std::initializer_list<std::string_view> allowed) {
  for (const std::string& f : fail_on)
    if (std::find(allowed.begin(), allowed.end(), f) == allowed.end()) {
      std::string list;
      for (const std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw usage_error("--fail-on: expected " + list + ", found \"" + f + "\"");
    }
}

bool asked(const std::vector<std::string>& fail_on, std::string_view what) {
  return std::find(fail_on.begin(), fail_on.end(), what) != fail_on.end();
}

std::string percent(const attain::computed<decimal>& x, const attain::number_format& nf, int decimals) {
  return x ? attain::format_percent(*x, nf, decimals, rounding::half_up) : "—";
}

std::vector<io::observation_row> read_all(const std::vector<std::string>& files, const std::string& numbers) {
  if (files.empty()) throw usage_error("no observations file given");
  std::vector<io::observation_row> rows;
  std::size_t rejected = 0;
  for (const std::string& f : files) {
    std::vector<io::observation_row> r = load_observations(f, numbers, false, rejected);
    rows.insert(rows.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
  }
  return rows;
}

}  // namespace

// REVIEW ----------------------------------------------------------------------------------------

int run_review(const review_command& c) {
  check_fail_on(c.fail_on, {"behind", "needs-effort", "not-assessable"});
  const language lang = language_of(c.out.lang);
  const std::string fmt = format_of(c.out);
  const std::optional<attain::report_format> f = attain::parse_report_format(fmt);
  if (!f) throw usage_error("--format: expected text, markdown, html, json or csv, found \"" + fmt + "\"");
  const attain::review r = make(c.in, c.as_of, c.method, c.title);
  sink out(c.out.output);
  attain::render_options ro;
  ro.format = *f;
  ro.language = lang;
  attain::render(out.stream(), r, ro);
  out.close();
  bool found = false;
  for (const attain::target_review& t : r.targets) {
    if (asked(c.fail_on, "behind") && (t.verdict == attain::review_verdict::behind || t.verdict == attain::review_verdict::not_met))
      found = true;
    if (asked(c.fail_on, "needs-effort") && t.forecast.outcome == attain::forecast_class::needs_effort) found = true;
    if (asked(c.fail_on, "not-assessable") && t.verdict == attain::review_verdict::no_value) found = true;
  }
  return found ? exit_findings : exit_ok;
}

// ASSESS ----------------------------------------------------------------------------------------

int run_assess(const assess_command& c) {
  check_fail_on(c.fail_on, {"deterioration", "limited", "moderate", "not-assessable"});
  const language lang = language_of(c.out.lang);
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  const attain::review r = make(c.in, c.as_of, c.method, "");
  const attain::explain_options eo{lang, 1, rounding::half_up};
  sink out(c.out.output);
  std::ostream& os = out.stream();
  if (fmt == "json") {
    io::json_writer w;
    w.begin_object().key("method").value(attain::to_string(r.method)).key("as_of");
    io::write_json(w, attain::period::of_day(r.as_of));
    w.key("assessments").begin_array();
    for (const attain::target_review& t : r.targets) {
      w.begin_object().key("indicator").value(t.indicator.code).key("name").value(t.name(lang)).key("assessment");
      io::write_json(w, t.progress);
      w.key("explanation").value(attain::explain(t.progress, eo)).end_object();
    }
    w.end_array().key("summary").begin_object();
    for (std::size_t i = 0; i < r.summary.progress.size(); ++i)
      w.key(attain::to_string(static_cast<attain::progress_status>(i))).value(r.summary.progress[i]);
    w.end_object().end_object();
    os << w.str() << "\n";
  } else if (fmt == "csv") {
    io::csv_writer cw(os);
    cw.row({"indicator", "name", "method", "status", "label", "progress_value", "score", "actual_growth", "required_growth", "reason"});
    const auto num = [](const attain::computed<decimal>& x) { return x ? attain::to_string(*x) : std::string(); };
    for (const attain::target_review& t : r.targets) {
      const attain::progress_assessment& p = t.progress;
      const std::string fields[] = {t.indicator.code, t.name(lang), std::string(p.method), std::string(attain::to_string(p.status)),
                                    std::string(p.label), num(p.progress_value), num(p.score), num(p.actual_growth),
                                    num(p.required_growth), p.reason ? std::string(io::name_of(*p.reason)) : std::string()};
      for (const std::string& s : fields) cw.field(s);
      cw.end_row();
    }
  } else {
    os << (lang == language::vi ? "Đánh giá tiến độ, phương pháp " : "Progress assessment, method ")
       << attain::to_string(r.method) << (lang == language::vi ? ", đến " : ", as of ")
       << attain::format_human(attain::period::of_day(r.as_of), lang) << "\n\n";
    std::size_t i = 0;
    for (const attain::target_review& t : r.targets) {
      ++i;
      os << (i < 10 ? " " : "") << i << ". " << t.indicator.code << "  " << t.name(lang) << "\n    "
         << attain::explain(t.progress, eo) << "\n";
    }
    os << "\n";
    for (std::size_t s = 0; s < r.summary.progress.size(); ++s)
      if (r.summary.progress[s] != 0)
        os << "  " << r.summary.progress[s] << " " << attain::describe(static_cast<attain::progress_status>(s), lang) << "\n";
  }
  out.close();
  bool found = false;
  for (const attain::target_review& t : r.targets) {
    const attain::progress_status s = t.progress.status;
    if (asked(c.fail_on, "deterioration") && s == attain::progress_status::deterioration) found = true;
    if (asked(c.fail_on, "limited") && (s == attain::progress_status::limited_progress || s == attain::progress_status::deterioration))
      found = true;
    if (asked(c.fail_on, "moderate") &&
        (s == attain::progress_status::moderate_progress || s == attain::progress_status::limited_progress ||
         s == attain::progress_status::deterioration))
      found = true;
    if (asked(c.fail_on, "not-assessable") && s == attain::progress_status::not_assessable) found = true;
  }
  return found ? exit_findings : exit_ok;
}

// GROWTH ----------------------------------------------------------------------------------------

int run_growth(const growth_command& c) {
  const language lang = language_of(c.out.lang);
  const attain::number_format nf = attain::format_of(lang);
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  const std::vector<io::observation_row> rows = read_all(c.observations, c.numbers);
  // One series per (indicator, unit), yearly values only.
  std::map<std::pair<std::string, std::string>, std::map<int, const io::observation_row*>> series;
  for (const io::observation_row& r : rows) {
    if (r.status == attain::value_status::missing || r.when.kind() != attain::period_kind::year) continue;
    if (!c.indicator.empty() && r.indicator != c.indicator) continue;
    if (!c.unit.empty() && r.unit != c.unit) continue;
    const int y = r.when.label_year();
    if ((c.from != 0 && y < c.from) || (c.to != 0 && y > c.to)) continue;
    series[{r.indicator, r.unit}][y] = &r;
  }
  if (series.empty()) throw usage_error("no yearly observations match");
  sink out(c.out.output);
  std::ostream& os = out.stream();
  io::json_writer w;
  std::unique_ptr<io::csv_writer> cw;
  if (fmt == "csv") {
    cw = std::make_unique<io::csv_writer>(os);
    cw->row({"indicator", "unit", "from", "to", "first", "last", "status", "change", "average_annual_growth", "yearly_growth"});
  }
  if (fmt == "json") w.begin_array();
  for (const auto& [key, years] : series) {
    const io::observation_row& first = *years.begin()->second;
    const io::observation_row& last = *years.rbegin()->second;
    const int y0 = years.begin()->first, y1 = years.rbegin()->first;
    const attain::computed<decimal> cagr = attain::average_annual_growth(first.value, last.value, y1 - y0, 6, rounding::half_up);
    std::vector<std::pair<int, attain::computed<decimal>>> yoy;
    for (auto it = years.begin(); std::next(it) != years.end(); ++it) {
      const auto nx = std::next(it);
      if (nx->first != it->first + 1) continue;
      yoy.emplace_back(nx->first, attain::growth_rate(it->second->value, nx->second->value, 6, rounding::half_up));
    }
    attain::value_status status = attain::value_status::normal;
    for (const auto& [y, r] : years) status = attain::combine(status, r->status);
    const decimal change = attain::absolute_change(first.value, last.value);
    if (fmt == "json") {
      w.begin_object().key("indicator").value(key.first).key("unit").value(key.second).key("from").value(y0).key("to").value(y1);
      w.key("first").value(first.value).key("last").value(last.value).key("status").value(attain::to_string(status));
      w.key("change").value(change);
      io::write_member(w, "average_annual_growth", cagr);
      w.key("yearly").begin_array();
      for (const auto& [y, g] : yoy) {
        w.begin_object().key("year").value(y);
        io::write_member(w, "growth", g);
        w.end_object();
      }
      w.end_array().end_object();
    } else if (fmt == "csv") {
      std::string yearly;
      // Appended piece by piece: `"" + std::to_string(...) + ...` trips g++ 12's -Wrestrict
      // false alarm inside std::string's operator+ at -O3.
      for (const auto& [y, g] : yoy) {
        if (!yearly.empty()) yearly += ' ';
        yearly += std::to_string(y);
        yearly += ':';
        if (g) yearly += attain::to_string(*g);
      }
      const std::string fields[] = {key.first, key.second, std::to_string(y0), std::to_string(y1),
                                    attain::to_string(first.value), attain::to_string(last.value),
                                    std::string(attain::to_string(status)), attain::to_string(change),
                                    cagr ? attain::to_string(*cagr) : std::string(), yearly};
      for (const std::string& s : fields) cw->field(s);
      cw->end_row();
    } else {
      os << key.first << " · " << key.second << "  " << y0 << "\u2013" << y1 << ": " << attain::format(first.value, nf)
         << " \u2192 " << attain::format(last.value, nf);
      if (status != attain::value_status::normal) os << " (" << attain::describe(status, lang) << ")";
      os << "\n    " << (lang == language::vi ? "tốc độ tăng bình quân (CAGR): " : "average annual growth (CAGR): ")
         << (cagr ? attain::format_percent(*cagr, nf, c.decimals, rounding::half_up) : attain::explain(cagr.error(), {lang}))
         << (lang == language::vi ? "/năm" : " a year");
      if (!yoy.empty()) {
        os << "\n    " << (lang == language::vi ? "từng năm: " : "year on year: ");
        bool sep = false;
        for (const auto& [y, g] : yoy) {
          os << (sep ? ", " : "") << y << " " << percent(g, nf, c.decimals);
          sep = true;
        }
      }
      os << "\n";
    }
  }
  if (fmt == "json") {
    w.end_array();
    os << w.str() << "\n";
  }
  out.close();
  return exit_ok;
}

// RANK ------------------------------------------------------------------------------------------

int run_rank(const rank_command& c) {
  const language lang = language_of(c.out.lang);
  const attain::number_format nf = attain::format_of(lang);
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  if (c.indicator.empty()) throw usage_error("--indicator is required");
  attain::rank_order order = attain::rank_order::higher_is_better;
  if (c.order == "lower") order = attain::rank_order::lower_is_better;
  else if (c.order != "higher") throw usage_error("--order: expected higher or lower, found \"" + c.order + "\"");
  static const std::map<std::string, attain::rank_method, std::less<>> methods{
      {"standard", attain::rank_method::standard}, {"modified", attain::rank_method::modified},
      {"dense", attain::rank_method::dense}, {"ordinal", attain::rank_method::ordinal},
      {"fractional", attain::rank_method::fractional}};
  const auto m = methods.find(c.ties);
  if (m == methods.end()) throw usage_error("--ties: expected standard, modified, dense, ordinal or fractional, found \"" + c.ties + "\"");
  const std::vector<io::observation_row> rows = read_all(c.observations, c.numbers);
  // Periods of the indicator, in time order (by first and last day).
  std::map<std::pair<std::int32_t, std::int32_t>, attain::period> periods;
  for (const io::observation_row& r : rows)
    if (r.indicator == c.indicator && r.status != attain::value_status::missing)
      periods.emplace(std::pair{r.when.first_day_number(), r.when.last_day_number()}, r.when);
  if (periods.empty()) throw usage_error("no observations of indicator \"" + c.indicator + "\"");
  const auto find_period = [&](const std::string& text) {
    const auto p = attain::try_parse_period(text);
    if (!p) throw usage_error("--period: " + attain::to_string(p.error()));
    const auto it = periods.find({p->first_day_number(), p->last_day_number()});
    if (it == periods.end()) throw usage_error("no observations of " + c.indicator + " for " + text);
    return it;
  };
  auto current = c.period.empty() ? std::prev(periods.end()) : find_period(c.period);
  std::optional<attain::period> previous;
  if (!c.previous.empty()) previous = find_period(c.previous)->second;
  else if (current != periods.begin()) previous = std::prev(current)->second;
  const auto ranking_of = [&](const attain::period& p) {
    std::vector<std::pair<std::string, decimal>> scores;
    for (const io::observation_row& r : rows)
      if (r.indicator == c.indicator && r.status != attain::value_status::missing && r.when == p)
        scores.emplace_back(r.unit, r.value);
    std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> units;
    std::vector<decimal> values;
    for (auto& [u, v] : scores) {
      units.push_back(u);
      values.push_back(v);
    }
    return attain::ranking(std::move(units), std::move(values), order, m->second);
  };
  const attain::ranking now = ranking_of(current->second);
  std::optional<attain::ranking> before;
  if (previous) before = ranking_of(*previous);
  // Units in rank order (ties in unit order).
  std::vector<std::size_t> idx(now.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return now.ranks()[a] < now.ranks()[b]; });
  sink out(c.out.output);
  std::ostream& os = out.stream();
  const auto gained = [&](const std::string& unit) -> attain::computed<decimal> {
    if (!before) return attain::none(attain::why::not_ranked);
    return attain::places_gained(*before, now, unit);
  };
  if (fmt == "json") {
    io::json_writer w;
    w.begin_object().key("indicator").value(c.indicator).key("period");
    io::write_json(w, current->second);
    w.key("previous");
    if (previous) io::write_json(w, *previous);
    else w.null();
    w.key("method").value(attain::to_string(now.method())).key("ranks").begin_array();
    for (const std::size_t i : idx) {
      w.begin_object().key("unit").value(now.units()[i]).key("score").value(now.scores()[i]).key("rank").value(now.ranks()[i]);
      if (before) io::write_member(w, "places_gained", gained(now.units()[i]));
      w.end_object();
    }
    w.end_array().end_object();
    os << w.str() << "\n";
  } else if (fmt == "csv") {
    io::csv_writer cw(os);
    cw.row({"unit", "score", "rank", "population", "places_gained"});
    for (const std::size_t i : idx) {
      const auto g = gained(now.units()[i]);
      const std::string fields[] = {now.units()[i], attain::to_string(now.scores()[i]), attain::to_string(now.ranks()[i]),
                                    std::to_string(now.size()), g ? attain::to_string(*g) : std::string()};
      for (const std::string& s : fields) cw.field(s);
      cw.end_row();
    }
  } else {
    os << c.indicator << " " << attain::format_human(current->second, lang) << " ("
       << attain::to_string(now.method()) << ")\n";
    for (const std::size_t i : idx) {
      const std::string& u = now.units()[i];
      os << (u == c.unit ? "> " : "  ") << attain::format(now.ranks()[i], nf) << "/" << now.size() << "  " << u << "  "
         << attain::format(now.scores()[i], nf);
      const auto g = gained(u);
      if (before && g) {
        const int s = attain::signum(*g);
        os << "  " << (s > 0 ? "+" : "") << attain::format(*g, nf);
      }
      os << "\n";
    }
    if (!c.unit.empty()) {
      const auto p = now.rank_of(c.unit);
      os << "\n" << c.unit << ": " << (p ? attain::to_string(*p) : attain::explain(p.error(), {lang}));
      if (before) {
        const auto g = gained(c.unit);
        if (g) {
          const int s = attain::signum(*g);
          const std::string n = attain::format(attain::abs(*g), nf);
          os << (lang == language::vi ? (s == 0 ? ", giữ nguyên hạng" : s > 0 ? ", tăng " + n + " hạng" : ", giảm " + n + " hạng")
                                      : (s == 0 ? ", unchanged" : s > 0 ? ", up " + n + " places" : ", down " + n + " places"))
             << (lang == language::vi ? " so với " : " on ") << attain::format_human(*previous, lang);
        } else {
          os << ", " << attain::explain(g.error(), {lang});
        }
      }
      os << "\n";
    }
  }
  out.close();
  return exit_ok;
}

// AGGREGATE -------------------------------------------------------------------------------------

namespace {

struct aggregate_row {
  std::string indicator, unit, period;
  attain::aggregate_value value;
};

// A period key as text: "2023" for a calendar year, else first/last day.
std::string span_text(const attain::period_span& s) {
  const boost::gregorian::date epoch(1970, 1, 1);
  const boost::gregorian::date first = epoch + boost::gregorian::days(s.first_day);
  const boost::gregorian::date last = epoch + boost::gregorian::days(s.last_day);
  if (first.month() == 1 && first.day() == 1 && last.month() == 12 && last.day() == 31 && first.year() == last.year())
    return std::to_string(static_cast<int>(first.year()));
  return attain::to_string(attain::period::of_day(first)) + "/" + attain::to_string(attain::period::of_day(last));
}

template <class Rule>
std::vector<aggregate_row> group_by(const attain::observation_table& t, const aggregate_command& c, const Rule& rule) {
  attain::grouping g(t);
  if (!c.indicator.empty()) g.indicator(c.indicator);
  for (const std::string& b : c.by) {
    if (b == "indicator") g.by_indicator();
    else if (b == "unit") g.by_unit();
    else if (b == "period") g.by_period();
    else if (b == "year") g.by_period(attain::period_kind::year);
    else throw usage_error("--by: expected indicator, unit, period or year, found \"" + b + "\"");
  }
  const bool by_period = std::find(c.by.begin(), c.by.end(), "period") != c.by.end() ||
                         std::find(c.by.begin(), c.by.end(), "year") != c.by.end();
  const auto states = attain::aggregate(t, g, rule);
  std::vector<aggregate_row> out;
  for (std::size_t i = 0; i < std::max<std::size_t>(1, g.indicator_keys()); ++i)
    for (std::size_t u = 0; u < std::max<std::size_t>(1, g.unit_keys()); ++u)
      for (std::size_t p = 0; p < std::max<std::size_t>(1, g.period_keys()); ++p) {
        aggregate_row r;
        const std::uint32_t ind = g.indicator_of_key(i), unit = g.unit_of_key(u);
        r.indicator = ind == attain::grouping::npos ? (c.indicator.empty() ? "*" : c.indicator) : std::string(t.indicator_code(ind));
        r.unit = unit == attain::grouping::npos ? "*" : std::string(t.unit_code(unit));
        r.period = by_period ? span_text(g.period_of_key(p)) : "*";
        r.value = states.value(g.group_of(i, u, p));
        out.push_back(std::move(r));
      }
  return out;
}

template <class Rule>
std::vector<aggregate_row> roll_up(const attain::observation_table& t, const attain::unit_hierarchy& h,
                                   const aggregate_command& c, const Rule& rule) {
  attain::grouping g(t);
  if (!c.indicator.empty()) g.indicator(c.indicator);
  else g.by_indicator();
  g.by_period();
  const auto r = attain::rollup(t, h, g, rule);
  std::vector<aggregate_row> out;
  for (std::uint32_t u = 0; u < h.size(); ++u)
    for (std::size_t i = 0; i < std::max<std::size_t>(1, g.indicator_keys()); ++i)
      for (std::size_t p = 0; p < g.period_keys(); ++p) {
        aggregate_row row;
        const std::uint32_t ind = g.indicator_of_key(i);
        row.indicator = ind == attain::grouping::npos ? c.indicator : std::string(t.indicator_code(ind));
        row.unit = std::string(h.code(u));
        row.period = span_text(g.period_of_key(p));
        row.value = r.value(u, i, p);
        out.push_back(std::move(row));
      }
  return out;
}

template <class Rule>
std::vector<aggregate_row> run_rule(const attain::observation_table& t, const attain::unit_hierarchy* h,
                                    const aggregate_command& c, const Rule& rule) {
  return h != nullptr ? roll_up(t, *h, c, rule) : group_by(t, c, rule);
}

}  // namespace

int run_aggregate(const aggregate_command& c) {
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  const std::vector<io::observation_row> rows = read_all(c.observations, c.numbers);
  std::unique_ptr<attain::unit_hierarchy> h;
  if (!c.units.empty()) {
    io::csv_reader in{std::filesystem::path(c.units)};
    io::read_options o;
    o.numbers = numbers_for(c.units, c.numbers);
    const auto units = io::read_units(in, o);
    h = std::make_unique<attain::unit_hierarchy>();
    io::load_units(*h, units.rows);
    h->seal();
  }
  attain::observation_table t = h ? attain::observation_table(*h) : attain::observation_table();
  io::load_observations(t, rows);
  t.seal();
  std::vector<aggregate_row> out;
  if (c.rule == "sum") out = run_rule(t, h.get(), c, attain::sum_rule{});
  else if (c.rule == "count") out = run_rule(t, h.get(), c, attain::count_rule{});
  else if (c.rule == "mean") out = run_rule(t, h.get(), c, attain::mean_rule{});
  else if (c.rule == "min") out = run_rule(t, h.get(), c, attain::min_rule{});
  else if (c.rule == "max") out = run_rule(t, h.get(), c, attain::max_rule{});
  else if (c.rule == "median") out = run_rule(t, h.get(), c, attain::median_rule{});
  else throw usage_error("--rule: expected sum, count, mean, min, max or median, found \"" + c.rule + "\"");
  const language lang = language_of(c.out.lang);
  sink s(c.out.output);
  std::ostream& os = s.stream();
  const auto shown = [&](const attain::aggregate_value& v, const attain::number_format& nf) {
    if (!v) return attain::explain(v.error(), {lang});
    return attain::format(v.is_quotient() ? v.value(c.decimals, rounding::half_up) : v.value(), nf);
  };
  if (fmt == "json") {
    io::json_writer w;
    w.begin_object().key("rule").value(c.rule).key("groups").begin_array();
    for (const aggregate_row& r : out) {
      w.begin_object().key("indicator").value(r.indicator).key("unit").value(r.unit).key("period").value(r.period).key("value");
      io::write_json(w, r.value);
      w.end_object();
    }
    w.end_array().end_object();
    os << w.str() << "\n";
  } else if (fmt == "csv") {
    io::csv_writer cw(os);
    cw.row({"indicator", "unit", "period", "value", "status"});
    for (const aggregate_row& r : out) {
      const std::string fields[] = {r.indicator, r.unit, r.period, r.value ? shown(r.value, attain::number_format::plain()) : "",
                                    r.value ? std::string(attain::to_string(r.value.status())) : "missing"};
      for (const std::string& f : fields) cw.field(f);
      cw.end_row();
    }
  } else {
    for (const aggregate_row& r : out) {
      os << r.indicator << "  " << r.unit << "  " << r.period << "  " << c.rule << " = " << shown(r.value, attain::format_of(lang));
      if (r.value && r.value.status() != attain::value_status::normal) os << " (" << attain::describe(r.value.status(), lang) << ")";
      os << "\n";
    }
  }
  s.close();
  return exit_ok;
}

// CONVERT ---------------------------------------------------------------------------------------

int run_convert(const convert_command& c) {
  const bool from_sdmx = is_sdmx(c.input);
  const std::string to = c.to.empty() ? (from_sdmx ? "tidy" : "sdmx") : c.to;
  if (to != "tidy" && to != "sdmx") throw usage_error("--to: expected tidy or sdmx, found \"" + to + "\"");
  if (c.delimiter != "," && c.delimiter != ";") throw usage_error("--delimiter: expected , or ;");
  if (c.sdmx_version != 1 && c.sdmx_version != 2) throw usage_error("--sdmx-version: expected 1 or 2");
  std::size_t rejected = 0;
  const std::vector<io::observation_row> rows = load_observations(c.input, c.numbers, c.lenient, rejected);
  sink out(c.output);
  if (to == "sdmx") {
    io::sdmx_write_options o;
    o.version = c.sdmx_version;
    o.structure = c.structure;
    o.delimiter = c.delimiter[0];
    io::write_sdmx_csv(out.stream(), rows, o);
  } else {
    io::write_options o;
    o.delimiter = c.delimiter[0];
    o.numbers = c.delimiter == ";" ? attain::number_format::vi() : attain::number_format::plain();
    io::write_observations(out.stream(), rows, o);
  }
  out.close();
  return exit_ok;
}

// CHECK -----------------------------------------------------------------------------------------

int run_check(const check_command& c) {
  std::optional<file_kind> kind;
  if (c.kind != "auto") {
    kind = parse_file_kind(c.kind);
    if (!kind) throw usage_error("--kind: expected auto, observations, indicators, targets, units or sdmx, found \"" + c.kind + "\"");
  }
  if (c.format != "text" && c.format != "json") throw usage_error("--format: expected text or json, found \"" + c.format + "\"");
  std::size_t problems = 0;
  io::json_writer w;
  if (c.format == "json") w.begin_array();
  for (const std::string& f : c.files) {
    const check_result r = check_file(f, kind, c.numbers);
    problems += r.problems.size();
    if (c.format == "json") {
      w.begin_object().key("file").value(r.file).key("kind").value(to_string(r.kind)).key("counts");
      io::write_json(w, r.counts);
      w.key("problems");
      io::write_json(w, r.problems);
      w.end_object();
      continue;
    }
    for (const io::problem& p : r.problems) std::cout << io::to_string(p) << "\n";
    std::cout << r.file << ": " << to_string(r.kind) << ", " << r.counts.rows_read << " rows, " << r.counts.accepted
              << " accepted, " << r.counts.rejected << " rejected, " << r.problems.size()
              << (r.problems.size() == 1 ? " problem\n" : " problems\n");
  }
  if (c.format == "json") std::cout << w.end_array().str() << "\n";
  return problems == 0 ? exit_ok : exit_findings;
}

}  // namespace attain_cli
