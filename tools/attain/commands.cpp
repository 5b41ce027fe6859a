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
#include <tuple>

#include "attain/aggregate.hpp"
#include "attain/growth.hpp"
#include "attain/hierarchy.hpp"
#include "attain/io/json.hpp"
#include "attain/io/open_sdg.hpp"
#include "attain/period_format.hpp"
#include "attain/ranking.hpp"
#include "attain/report.hpp"
#include "attain/rollup.hpp"
#include "attain/table.hpp"
#include "attain/words.hpp"

namespace attain_cli {

namespace io = attain::io;
using attain::decimal;
using attain::language;
using attain::rounding;
using attain::word;

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
  if (const std::optional<language> l = attain::parse_language(lang)) return *l;
  throw usage_error("--lang: expected vi, en or fr, found \"" + lang + "\"");
}

// "attain: note: …" on standard error, in the language of the output.
void note(language lang, std::string_view text) {
  std::cerr << "attain: " << attain::fill(word::cli_note, lang, {text}) << "\n";
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

// Every target names a known indicator and unit, once per indicator, unit, members and term.
// Without an indicators file, each indicator of the observations is its own name, and every
// target must say its polarity (nothing is guessed).
void check_references(const input_files& in, loaded& data) {
  std::set<std::string, std::less<>> indicators, units;
  for (const io::indicator_row& i : data.indicators) indicators.insert(i.indicator.code);
  if (in.indicators.empty()) {
    std::set<std::string, std::less<>> seen;
    for (const io::observation_row& r : data.observations.rows)
      if (seen.insert(r.indicator).second) {
        io::indicator_row row;
        row.indicator.code = r.indicator;
        row.indicator.name = r.indicator;
        data.indicators.push_back(std::move(row));
      }
    indicators = std::move(seen);
  }
  for (const io::unit_row& u : data.units) units.insert(u.code);
  for (const io::observation_row& r : data.observations.rows)
    if (data.units.empty()) units.insert(r.unit);
  std::map<std::string, std::size_t> keys;
  for (const io::target_row& r : data.targets) {
    const attain::target& t = r.target;
    const std::string at = in.targets + ":" + std::to_string(r.line) + ": ";
    if (indicators.count(t.indicator) == 0)
      throw usage_error(at + "target of unknown indicator \"" + t.indicator + "\" (not in " +
                        (in.indicators.empty() ? std::string("the observations") : in.indicators) + ")");
    if (!t.unit.empty() && units.count(t.unit) == 0)
      throw usage_error(at + "target for unknown unit \"" + t.unit + "\" (not in " +
                        (data.units.empty() ? std::string("the observations") : in.units) + ")");
    if (in.indicators.empty() && !r.polarity_given)
      throw usage_error(at + "target of " + t.indicator + " gives no polarity, and there is no indicators file to take it from");
    std::string key = t.indicator + "\x1f" + t.unit + "\x1f" + attain::to_string(t.term);
    for (const io::member& m : r.members) key += "\x1f" + m.dimension + "=" + m.code;
    const auto [it, fresh] = keys.emplace(key, r.line);
    if (!fresh)
      throw usage_error(at + "a second target for " + t.indicator + (t.unit.empty() ? "" : " · " + t.unit) + " over " +
                        attain::to_string(t.term) + " (first at line " + std::to_string(it->second) + ")");
  }
}

attain::review make(const input_files& files, const std::string& as_of, const std::string& method,
                    const std::string& title, language lang) {
  input_files in = files;
  in.resolve();
  if (in.targets.empty() || in.observations.empty())
    throw usage_error("a review needs --targets and --observations (or a directory holding them), and --indicators unless "
                      "every target gives its polarity");
  const review_meta meta = read_review_meta(in.directory);
  const std::optional<attain::assessment_method> m = attain::parse_assessment_method(method);
  if (!m) throw usage_error("--method: expected growth_ratio, projection or weather, found \"" + method + "\"");
  attain::review_options o;
  o.as_of = !as_of.empty() ? parse_date(as_of) : meta.date ? *meta.date : today();
  o.method = *m;
  o.title = title.empty() ? meta.name : title;
  o.title_en = title.empty() ? meta.name_en : title;
  o.metadata.issuer = lang == language::en && !meta.issuer_en.empty() ? meta.issuer_en : meta.issuer;
  o.metadata.sources = meta.sources;
  o.metadata.notes = meta.notes;
  loaded data = load(in);
  // Through the engine first: duplicate series keys and unit multipliers are refused with
  // their file:line before any figure is computed.
  observation_options read;
  read.numbers = in.numbers;
  read.lenient = in.lenient;
  build_dataset(data.observations, read);
  check_references(in, data);
  return attain::make_review(data.indicators, data.targets, data.observations.rows, o, data.units);
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

}  // namespace

// REVIEW ----------------------------------------------------------------------------------------

int run_review(const review_command& c) {
  check_fail_on(c.fail_on, {"behind", "needs-effort", "not-assessable"});
  const language lang = language_of(c.out.lang);
  const std::string fmt = format_of(c.out);
  const std::optional<attain::report_format> f = attain::parse_report_format(fmt);
  if (!f) throw usage_error("--format: expected text, markdown, html, json or csv, found \"" + fmt + "\"");
  const attain::review r = make(c.in, c.as_of, c.method, c.title, lang);
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
  const attain::review r = make(c.in, c.as_of, c.method, "", lang);
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
    os << attain::fill(word::cli_assess_header, lang,
                       {attain::to_string(r.method), attain::format_human(attain::period::of_day(r.as_of), lang)})
       << "\n\n";
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

// SERIES KEYS IN OUTPUTS ----------------------------------------------------------------------------

namespace {

// The year a period stands for in yearly figures (growth): a year itself; a pooled
// multi-year period (2005–2007) its first year, as Statistics Canada's progress measure takes
// it (docs/formats.md, "Multi-year periods"). Other periods have none.
std::optional<int> year_of(const attain::period& p) {
  const attain::computed<attain::year_reference> y = attain::reference_year(p);
  if (!y) return std::nullopt;
  return p.kind() == attain::period_kind::year ? p.label_year() : y->year;
}

// CSV: indicator, unit and one column per dimension of the data (its member, _T for the total).
void key_header(io::csv_writer& w, const attain::observation_table& t) {
  w.field("indicator").field("unit");
  for (std::uint32_t d = 0; d < t.dimension_count(); ++d) w.field(t.dimension_name(d));
}
void key_fields(io::csv_writer& w, const attain::observation_table& t, const series_id& k) {
  w.field(t.indicator_code(k.indicator)).field(t.unit_code(k.unit));
  for (std::uint32_t d = 0; d < k.members.size(); ++d) w.field(t.member_code(d, k.members[d]));
}
// JSON: "indicator", "unit", "members": {"SEX": "F"} (dimensions at their total left out).
void members_json(io::json_writer& w, const attain::observation_table& t, const std::vector<std::uint32_t>& members) {
  w.key("members").begin_object();
  for (std::uint32_t d = 0; d < members.size(); ++d)
    if (members[d] != attain::observation_table::total_member) w.key(t.dimension_name(d)).value(t.member_code(d, members[d]));
  w.end_object();
}
void key_json(io::json_writer& w, const attain::observation_table& t, const series_id& k) {
  w.key("indicator").value(t.indicator_code(k.indicator)).key("unit").value(t.unit_code(k.unit));
  members_json(w, t, k.members);
}

}  // namespace

// GROWTH ----------------------------------------------------------------------------------------

int run_growth(const growth_command& c) {
  const language lang = language_of(c.out.lang);
  const attain::number_format nf = attain::format_of(lang);
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  const dataset d = load_dataset(c.observations, c.read);
  const attain::observation_table& t = *d.table;
  const std::optional<slice> only = c.where.empty() ? std::nullopt : std::optional<slice>(slice(t, parse_filters(c.where)));
  // One series per series key: its yearly values (a pooled period by its first year).
  struct yearly {
    series_id key;
    std::map<int, std::size_t> years;  // year → row of the table
  };
  std::vector<yearly> series;
  for (const series_rows& s : series_of(d)) {
    if (!c.indicator.empty() && t.indicator_code(s.key.indicator) != c.indicator) continue;
    if (!c.unit.empty() && t.unit_code(s.key.unit) != c.unit) continue;
    if (only && !only->contains(s.key)) continue;
    yearly y{s.key, {}};
    std::size_t other = 0;
    for (const std::size_t r : s.rows) {
      const attain::period& p = d.periods[t.period_column()[r]];
      const std::optional<int> year = year_of(p);
      if (!year) {
        ++other;
        continue;
      }
      if ((c.from != 0 && *year < c.from) || (c.to != 0 && *year > c.to)) continue;
      const auto [it, fresh] = y.years.emplace(*year, r);
      if (!fresh)
        throw usage_error(key_text(t, s.key) + ": " + attain::to_string(d.periods[t.period_column()[it->second]]) + " and " +
                          attain::to_string(p) + " both stand for the year " + std::to_string(*year) +
                          " (a pooled period counts as its first year)");
    }
    if (other == 1) note(lang, attain::fill(word::cli_growth_shorter_periods_one, lang, {key_text(t, s.key)}));
    else if (other != 0)
      note(lang, attain::fill(word::cli_growth_shorter_periods, lang, {key_text(t, s.key), std::to_string(other)}));
    if (!y.years.empty()) series.push_back(std::move(y));
  }
  if (series.empty()) throw usage_error("no yearly observations match");
  sink out(c.out.output);
  std::ostream& os = out.stream();
  io::json_writer w;
  std::unique_ptr<io::csv_writer> cw;
  if (fmt == "csv") {
    cw = std::make_unique<io::csv_writer>(os);
    key_header(*cw, t);
    for (const char* h : {"from", "to", "first", "last", "status", "change", "average_annual_growth", "yearly_growth", "note"})
      cw->field(h);
    cw->end_row();
  }
  if (fmt == "json") w.begin_array();
  const auto missing = [&](std::size_t r) { return t.status_column()[r] == attain::value_status::missing; };
  for (const yearly& s : series) {
    // The first and last years with a value; a year without one breaks the year-on-year chain.
    std::vector<std::pair<int, std::size_t>> valued;
    for (const auto& [y, r] : s.years)
      if (!missing(r)) valued.emplace_back(y, r);
    const std::string key = key_text(t, s.key);
    if (valued.empty()) {
      note(lang, attain::fill(word::cli_growth_no_value, lang, {key}));
      continue;
    }
    const int y0 = valued.front().first, y1 = valued.back().first;
    const decimal first = t.value(valued.front().second), last = t.value(valued.back().second);
    const attain::computed<decimal> cagr = attain::average_annual_growth(first, last, y1 - y0, 6, rounding::half_up);
    std::vector<std::pair<int, attain::computed<decimal>>> yoy;
    for (auto it = s.years.begin(); std::next(it) != s.years.end(); ++it) {
      const auto nx = std::next(it);
      if (nx->first != it->first + 1) continue;
      yoy.emplace_back(nx->first, missing(it->second) || missing(nx->second)
                                      ? attain::computed<decimal>(attain::none(attain::why::missing_value))
                                      : attain::growth_rate(t.value(it->second), t.value(nx->second), 6, rounding::half_up));
    }
    attain::value_status status = attain::value_status::normal;
    for (const auto& [y, r] : s.years) status = attain::combine(status, t.status_column()[r]);
    const decimal change = attain::absolute_change(first, last);
    // How a pooled period was counted ("2005–2007 counted as 2005 …"), for each end.
    std::string how;
    for (const std::size_t r : {valued.front().second, valued.back().second}) {
      const std::string n = attain::reference_year_note(d.periods[t.period_column()[r]], lang);
      if (!n.empty() && how.find(n) == std::string::npos) how += (how.empty() ? "" : "; ") + n;
    }
    if (fmt == "json") {
      w.begin_object();
      key_json(w, t, s.key);
      w.key("from").value(y0).key("to").value(y1);
      w.key("first").value(first).key("last").value(last).key("status").value(attain::to_string(status));
      w.key("change").value(change);
      io::write_member(w, "average_annual_growth", cagr);
      w.key("yearly").begin_array();
      for (const auto& [y, g] : yoy) {
        w.begin_object().key("year").value(y);
        io::write_member(w, "growth", g);
        w.end_object();
      }
      w.end_array();
      if (!how.empty()) w.key("note").value(how);
      w.end_object();
    } else if (fmt == "csv") {
      std::string yearly_text;
      // Appended piece by piece: `"" + std::to_string(...) + ...` trips g++ 12's -Wrestrict
      // false alarm inside std::string's operator+ at -O3.
      for (const auto& [y, g] : yoy) {
        if (!yearly_text.empty()) yearly_text += ' ';
        yearly_text += std::to_string(y);
        yearly_text += ':';
        if (g) yearly_text += attain::to_string(*g);
      }
      key_fields(*cw, t, s.key);
      const std::string fields[] = {std::to_string(y0), std::to_string(y1), attain::to_string(first), attain::to_string(last),
                                    std::string(attain::to_string(status)), attain::to_string(change),
                                    cagr ? attain::to_string(*cagr) : std::string(), yearly_text, how};
      for (const std::string& f : fields) cw->field(f);
      cw->end_row();
    } else {
      // "GTSX · cam_thuy  2020–2023: 11.250 → 13.290 (ước đạt)"
      std::string values = attain::format(first, nf) + " \u2192 " + attain::format(last, nf);
      if (status != attain::value_status::normal) values += " (" + std::string(attain::describe(status, lang)) + ")";
      os << attain::fill(word::explain_with_reason, lang, {key + "  " + std::to_string(y0) + "\u2013" + std::to_string(y1), values});
      os << "\n    "
         << attain::fill(word::cli_growth_cagr, lang,
                         {cagr ? attain::fill(word::explain_per_year, lang,
                                              {attain::format_percent(*cagr, nf, c.decimals, rounding::half_up)})
                               : attain::explain(cagr.error(), {lang})});
      if (!how.empty()) os << "\n    (" << how << ")";
      if (!yoy.empty()) {
        std::string yearly;
        for (const auto& [y, g] : yoy) {
          if (!yearly.empty()) yearly += ", ";
          yearly += std::to_string(y);
          yearly += ' ';
          yearly += percent(g, nf, c.decimals);
        }
        os << "\n    " << attain::fill(word::cli_growth_year_on_year, lang, {yearly});
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
  if (c.level >= 0 && c.units.empty()) throw usage_error("--level needs --units (the hierarchy whose level is ranked)");
  attain::rank_order order = attain::rank_order::higher_is_better;
  if (c.order == "lower") order = attain::rank_order::lower_is_better;
  else if (c.order != "higher") throw usage_error("--order: expected higher or lower, found \"" + c.order + "\"");
  static const std::map<std::string, attain::rank_method, std::less<>> methods{
      {"standard", attain::rank_method::standard}, {"modified", attain::rank_method::modified},
      {"dense", attain::rank_method::dense}, {"ordinal", attain::rank_method::ordinal},
      {"fractional", attain::rank_method::fractional}};
  const auto m = methods.find(c.ties);
  if (m == methods.end()) throw usage_error("--ties: expected standard, modified, dense, ordinal or fractional, found \"" + c.ties + "\"");
  const std::unique_ptr<units_file> units = c.units.empty() ? nullptr : read_units_file(c.units, c.read.numbers);
  if (units && c.level >= units->hierarchy.levels())
    throw usage_error("--level " + std::to_string(c.level) + ": " + c.units + " has levels 0 to " +
                      std::to_string(units->hierarchy.levels() - 1));
  const dataset d = load_dataset(c.observations, c.read, units.get());
  const attain::observation_table& t = *d.table;
  const std::uint32_t ind = t.find_indicator(c.indicator);
  if (ind == attain::dictionary::npos) throw usage_error("no observations of indicator \"" + c.indicator + "\"");
  const std::vector<member_filter> filters = headline_filters(t, ind, parse_filters(c.where), {}, lang);
  const slice where(t, filters);
  // The rows ranked: the indicator, in the slice, with a value, at the level asked. A unit
  // coded _T is the total of the others (an Open SDG file's blank Geography): never ranked
  // against its parts.
  const auto ranked = [&](std::size_t r) {
    if (t.indicator_column()[r] != ind || t.status_column()[r] == attain::value_status::missing) return false;
    if (!where.contains_row(t, r) || t.unit_code(t.unit_column()[r]) == attain::observation_table::total_code) return false;
    return c.level < 0 || units->hierarchy.depth(t.unit_column()[r]) == c.level;
  };
  // Periods of those rows, in time order (by first and last day).
  std::map<std::pair<std::int32_t, std::int32_t>, std::uint32_t> periods;
  for (std::size_t r = 0; r < t.size(); ++r)
    if (ranked(r)) {
      const attain::period_span s = t.period(t.period_column()[r]);
      periods.emplace(std::pair{s.first_day, s.last_day}, t.period_column()[r]);
    }
  if (periods.empty()) throw usage_error("no observations of " + c.indicator + " in the slice " + where.text());
  if (const std::uint32_t total = t.find_unit(attain::observation_table::total_code); total != attain::dictionary::npos)
    for (std::size_t r = 0; r < t.size(); ++r)
      if (t.unit_column()[r] == total && t.indicator_column()[r] == ind && where.contains_row(t, r)) {
        note(lang, attain::text(word::cli_total_unit_not_ranked, lang));
        break;
      }
  const auto find_period = [&](const std::string& text) {
    const auto p = attain::try_parse_period(text);
    if (!p) throw usage_error("--period: " + attain::to_string(p.error()));
    const auto it = periods.find({p->first_day_number(), p->last_day_number()});
    if (it == periods.end()) throw usage_error("no observations of " + c.indicator + " for " + text);
    return it;
  };
  auto current = c.period.empty() ? std::prev(periods.end()) : find_period(c.period);
  std::optional<std::uint32_t> previous;
  if (!c.previous.empty()) previous = find_period(c.previous)->second;
  else if (current != periods.begin()) previous = std::prev(current)->second;
  const auto ranking_of = [&](std::uint32_t period) {
    std::vector<std::pair<std::string, decimal>> scores;
    for (std::size_t r = 0; r < t.size(); ++r)
      if (ranked(r) && t.period_column()[r] == period) scores.emplace_back(std::string(t.unit_code(t.unit_column()[r])), t.value(r));
    std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> codes;
    std::vector<decimal> values;
    for (auto& [u, v] : scores) {
      codes.push_back(u);
      values.push_back(v);
    }
    return attain::ranking(std::move(codes), std::move(values), order, m->second);
  };
  const attain::period& now_period = d.periods[current->second];
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
  const std::string level_text = c.level < 0 ? std::string() : std::to_string(c.level);
  if (fmt == "json") {
    io::json_writer w;
    w.begin_object().key("indicator").value(c.indicator);
    std::vector<std::uint32_t> members(t.dimension_count(), 0);
    for (const member_filter& f : filters) {
      const std::uint32_t dim = t.find_dimension(f.dimension);
      members[dim] = t.find_member(dim, f.member);
    }
    members_json(w, t, members);
    if (c.level >= 0) w.key("level").value(c.level);
    w.key("period");
    io::write_json(w, now_period);
    w.key("previous");
    if (previous) io::write_json(w, d.periods[*previous]);
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
    cw.field("indicator").field("slice");
    if (c.level >= 0) cw.field("level");
    for (const char* h : {"unit", "score", "rank", "population", "places_gained"}) cw.field(h);
    cw.end_row();
    for (const std::size_t i : idx) {
      const auto g = gained(now.units()[i]);
      cw.field(c.indicator).field(where.text());
      if (c.level >= 0) cw.field(level_text);
      const std::string fields[] = {now.units()[i], attain::to_string(now.scores()[i]), attain::to_string(now.ranks()[i]),
                                    std::to_string(now.size()), g ? attain::to_string(*g) : std::string()};
      for (const std::string& s : fields) cw.field(s);
      cw.end_row();
    }
  } else {
    const std::string_view then = attain::text(word::explain_clause_separator, lang);
    os << c.indicator << " " << attain::format_human(now_period, lang) << " (" << attain::describe(now.method(), lang);
    if (!filters.empty()) os << then << where.text();
    if (c.level >= 0) os << then << attain::fill(word::rank_level, lang, {level_text});
    os << ")\n";
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
      // "cam_thuy: 7/27, up 5 places on 2021" / "cam_thuy: 7/27, tăng 5 hạng so với năm 2021"
      const auto p = now.rank_of(c.unit);
      std::string about = p ? attain::format(p->rank, nf) + "/" + std::to_string(p->population) : attain::explain(p.error(), {lang});
      if (before) {
        const auto g = gained(c.unit);
        about += ", ";
        about += g ? attain::fill(word::rank_change_since, lang,
                                  {attain::explain_rank_change(*g, lang), attain::format_human(d.periods[*previous], lang)})
                   : attain::explain(g.error(), {lang});
      }
      os << "\n" << attain::fill(word::explain_with_reason, lang, {c.unit, about}) << "\n";
    }
  }
  out.close();
  return exit_ok;
}

// AGGREGATE -------------------------------------------------------------------------------------

namespace {

struct aggregate_row {
  std::string indicator, unit, period;
  std::vector<std::string> members;  // one per split dimension
  attain::aggregate_value value;
  std::string note;                  // roll-ups: "own value (no data below)", in the output's language
};

// A period key as text: "2023" for a calendar year, "2006-2008" for whole calendar years
// (a pooled period, as the files write it), else first/last day.
std::string span_text(const attain::period_span& s) {
  const boost::gregorian::date epoch(1970, 1, 1);
  const boost::gregorian::date first = epoch + boost::gregorian::days(s.first_day);
  const boost::gregorian::date last = epoch + boost::gregorian::days(s.last_day);
  if (first.month() == 1 && first.day() == 1 && last.month() == 12 && last.day() == 31) {
    std::string out = std::to_string(static_cast<int>(first.year()));
    if (last.year() != first.year()) {
      out += '-';
      out += std::to_string(static_cast<int>(last.year()));
    }
    return out;
  }
  return attain::to_string(attain::period::of_day(first)) + "/" + attain::to_string(attain::period::of_day(last));
}

// The query of --by, --where and --over, with the dimensions split (in the table's order).
struct query {
  attain::grouping g;
  std::vector<std::uint32_t> split;  // dimensions split by --by
  bool by_period = false;
};

query make_query(const attain::observation_table& t, const aggregate_command& c, bool rollup) {
  query q{attain::grouping(t), {}, false};
  attain::grouping& g = q.g;
  if (!c.indicator.empty()) g.indicator(c.indicator);
  std::vector<std::string> named = c.over;
  named.insert(named.end(), c.by.begin(), c.by.end());
  const std::uint32_t ind = c.indicator.empty() ? attain::dictionary::npos : t.find_indicator(c.indicator);
  if (!c.indicator.empty() && ind == attain::dictionary::npos) throw usage_error("no observations of indicator \"" + c.indicator + "\"");
  for (const member_filter& f : headline_filters(t, ind, parse_filters(c.where), named, language_of(c.out.lang))) {
    if (t.find_dimension(f.dimension) == attain::dictionary::npos)
      throw usage_error("--where: the data has no dimension \"" + f.dimension + "\"");
    const std::string codes[] = {f.member};
    g.members(f.dimension, std::span<const std::string>(codes));
  }
  for (const std::string& o : c.over) {
    if (t.find_dimension(o) == attain::dictionary::npos) throw usage_error("--over: the data has no dimension \"" + o + "\"");
    g.over_dimension(o);
  }
  for (const std::string& b : c.by) {
    if (b == "indicator") g.by_indicator();
    else if (b == "unit" && !rollup) g.by_unit();
    else if (b == "period") g.by_period(), q.by_period = true;
    else if (b == "year") g.by_period(attain::period_kind::year), q.by_period = true;
    else if (const std::uint32_t d = t.find_dimension(b); d != attain::dictionary::npos) {
      g.by_dimension(b);
      q.split.push_back(d);
    } else {
      std::string dims;
      for (std::uint32_t i = 0; i < t.dimension_count(); ++i) dims += ", " + std::string(t.dimension_name(i));
      throw usage_error("--by: expected indicator, " + std::string(rollup ? "" : "unit, ") + "period, year" + dims +
                        ", found \"" + b + "\"");
    }
  }
  std::sort(q.split.begin(), q.split.end());
  return q;
}

// The members of slice key s, one per split dimension (row-major in dimension order).
std::vector<std::string> slice_members(const attain::observation_table& t, const query& q, std::size_t s) {
  std::vector<std::string> out(q.split.size());
  for (std::size_t k = q.split.size(); k-- > 0;) {
    const std::uint32_t d = q.split[k];
    const std::size_t n = q.g.dimension_keys(d);
    out[k] = std::string(t.member_code(d, q.g.member_of_key(d, s % n)));
    s /= n;
  }
  return out;
}

template <class Rule>
std::vector<aggregate_row> group_by(const attain::observation_table& t, const aggregate_command& c, const Rule& rule) {
  query q = make_query(t, c, false);
  const attain::grouping& g = q.g;
  const auto states = attain::aggregate(t, g, rule);
  const std::size_t ni = std::max<std::size_t>(1, g.indicator_keys()), nu = std::max<std::size_t>(1, g.unit_keys()),
                    np = std::max<std::size_t>(1, g.period_keys());
  // A period key that holds no row of the selection in any group (a period of another
  // indicator of the table) is not shown; an empty group of a period that has rows is.
  std::vector<bool> used(np, !q.by_period);
  for (std::size_t i = 0; i < ni; ++i)
    for (std::size_t u = 0; u < nu; ++u)
      for (std::size_t s = 0; s < g.slice_keys(); ++s)
        for (std::size_t p = 0; p < np; ++p) {
          const attain::aggregate_value v = states.value(g.group_of(i, u, p, s));
          if (v || v.error().reason != attain::why::empty_group) used[p] = true;
        }
  std::vector<aggregate_row> out;
  for (std::size_t i = 0; i < ni; ++i)
    for (std::size_t u = 0; u < nu; ++u)
      for (std::size_t s = 0; s < g.slice_keys(); ++s)
        for (std::size_t p = 0; p < np; ++p) {
          if (!used[p]) continue;
          aggregate_row r;
          const std::uint32_t ind = g.indicator_of_key(i), unit = g.unit_of_key(u);
          r.indicator = ind == attain::grouping::npos ? (c.indicator.empty() ? "*" : c.indicator) : std::string(t.indicator_code(ind));
          r.unit = unit == attain::grouping::npos ? "*" : std::string(t.unit_code(unit));
          r.period = q.by_period ? span_text(g.period_of_key(p)) : "*";
          r.members = slice_members(t, q, s);
          r.value = states.value(g.group_of(i, u, p, s));
          out.push_back(std::move(r));
        }
  return out;
}

attain::parent_values parents_of(const std::string& text) {
  if (text == "separate") return attain::parent_values::separate;
  if (text == "fill-missing") return attain::parent_values::fill_missing;
  if (text == "check") return attain::parent_values::check;
  throw usage_error("--parents: expected separate, fill-missing or check, found \"" + text + "\"");
}

template <class Rule>
std::vector<aggregate_row> roll_up(const attain::observation_table& t, const attain::unit_hierarchy& h,
                                   const aggregate_command& c, const Rule& rule, std::size_t& discrepancies) {
  query q = make_query(t, c, true);
  attain::grouping& g = q.g;
  if (c.indicator.empty() && std::find(c.by.begin(), c.by.end(), "indicator") == c.by.end()) g.by_indicator();
  if (!q.by_period) {
    g.by_period();
    q.by_period = true;
  }
  attain::rollup_options ro;
  ro.parents = parents_of(c.parents);
  const auto tol = attain::decimal::try_parse(c.tolerance);
  if (!tol || attain::signum(*tol) < 0) throw usage_error("--tolerance: expected a number of 0 or more, found \"" + c.tolerance + "\"");
  ro.tolerance = *tol;
  const auto r = attain::rollup(t, h, g, rule, ro);
  const language lang = language_of(c.out.lang);
  const attain::grouping& k = r.keys();
  std::vector<aggregate_row> out;
  for (std::uint32_t u = 0; u < h.size(); ++u)
    for (std::size_t i = 0; i < std::max<std::size_t>(1, k.indicator_keys()); ++i)
      for (std::size_t s = 0; s < k.slice_keys(); ++s)
        for (std::size_t p = 0; p < k.period_keys(); ++p) {
          aggregate_row row;
          const std::uint32_t ind = k.indicator_of_key(i);
          row.indicator = ind == attain::grouping::npos ? c.indicator : std::string(t.indicator_code(ind));
          row.unit = std::string(h.code(u));
          row.period = span_text(k.period_of_key(p));
          row.members = slice_members(t, q, s);
          row.value = r.value(u, i, p, s);
          if (r.filled(u, i, p, s)) row.note = attain::text(word::rollup_own_value, lang);
          out.push_back(std::move(row));
        }
  const auto text = [&](const attain::aggregate_value& v) {
    if (!v) return attain::explain(v.error(), {lang});
    return attain::format(v.is_quotient() ? v.value(c.decimals, rounding::half_up) : v.value(), attain::format_of(lang));
  };
  for (const attain::rollup_discrepancy& x : r.discrepancies()) {
    ++discrepancies;
    const std::uint32_t ind = k.indicator_of_key(x.indicator_key);
    const std::string where = std::string(h.code(x.unit)) + " · " +
                              (ind == attain::grouping::npos ? c.indicator : std::string(t.indicator_code(ind))) + " · " +
                              span_text(k.period_of_key(x.period_key));
    std::cerr << "attain: "
              << attain::fill(word::rollup_discrepancy, lang,
                              {where, text(x.own), text(x.children), text(x.difference), c.tolerance})
              << "\n";
  }
  return out;
}

template <class Rule>
std::vector<aggregate_row> run_rule(const attain::observation_table& t, const attain::unit_hierarchy* h,
                                    const aggregate_command& c, const Rule& rule, std::size_t& discrepancies) {
  return h != nullptr ? roll_up(t, *h, c, rule, discrepancies) : group_by(t, c, rule);
}

}  // namespace

int run_aggregate(const aggregate_command& c) {
  const std::string fmt = format_of(c.out);
  if (fmt != "text" && fmt != "csv" && fmt != "json") throw usage_error("--format: expected text, csv or json, found \"" + fmt + "\"");
  const language lang = language_of(c.out.lang);
  if (c.units.empty() && c.parents != "separate") throw usage_error("--parents needs --units (a hierarchy to roll up)");
  const std::unique_ptr<units_file> units = c.units.empty() ? nullptr : read_units_file(c.units, c.read.numbers);
  const dataset d = load_dataset(c.observations, c.read, units.get());
  const attain::observation_table& t = *d.table;
  const attain::unit_hierarchy* h = units ? &units->hierarchy : nullptr;
  std::size_t discrepancies = 0;
  std::vector<aggregate_row> out;
  if (c.rule == "sum") out = run_rule(t, h, c, attain::sum_rule{}, discrepancies);
  else if (c.rule == "count") out = run_rule(t, h, c, attain::count_rule{}, discrepancies);
  else if (c.rule == "mean") out = run_rule(t, h, c, attain::mean_rule{}, discrepancies);
  else if (c.rule == "min") out = run_rule(t, h, c, attain::min_rule{}, discrepancies);
  else if (c.rule == "max") out = run_rule(t, h, c, attain::max_rule{}, discrepancies);
  else if (c.rule == "median") out = run_rule(t, h, c, attain::median_rule{}, discrepancies);
  else throw usage_error("--rule: expected sum, count, mean, min, max or median, found \"" + c.rule + "\"");
  std::vector<std::string> split;
  for (const std::string& b : c.by)
    if (t.find_dimension(b) != attain::dictionary::npos) split.push_back(b);
  std::sort(split.begin(), split.end(), [&](const std::string& a, const std::string& b) { return t.find_dimension(a) < t.find_dimension(b); });
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
      w.begin_object().key("indicator").value(r.indicator).key("unit").value(r.unit);
      w.key("members").begin_object();
      for (std::size_t k = 0; k < split.size(); ++k) w.key(split[k]).value(r.members[k]);
      w.end_object();
      w.key("period").value(r.period).key("value");
      io::write_json(w, r.value);
      if (!r.note.empty()) w.key("note").value(r.note);
      w.end_object();
    }
    w.end_array().end_object();
    os << w.str() << "\n";
  } else if (fmt == "csv") {
    io::csv_writer cw(os);
    cw.field("indicator").field("unit");
    for (const std::string& n : split) cw.field(n);
    for (const char* h2 : {"period", "value", "status"}) cw.field(h2);
    cw.end_row();
    for (const aggregate_row& r : out) {
      cw.field(r.indicator).field(r.unit);
      for (const std::string& m : r.members) cw.field(m);
      const std::string fields[] = {r.period, r.value ? shown(r.value, attain::number_format::plain()) : "",
                                    r.value ? std::string(attain::to_string(r.value.status())) : "missing"};
      for (const std::string& f : fields) cw.field(f);
      cw.end_row();
    }
  } else {
    for (const aggregate_row& r : out) {
      os << r.indicator << "  " << r.unit;
      for (std::size_t k = 0; k < split.size(); ++k) os << "  " << split[k] << "=" << r.members[k];
      os << "  " << r.period << "  " << c.rule << " = " << shown(r.value, attain::format_of(lang));
      if (r.value && r.value.status() != attain::value_status::normal) os << " (" << attain::describe(r.value.status(), lang) << ")";
      if (!r.note.empty()) os << "  [" << r.note << "]";
      os << "\n";
    }
  }
  s.close();
  return discrepancies == 0 ? exit_ok : exit_findings;
}

// CONVERT ---------------------------------------------------------------------------------------

int run_convert(const convert_command& c) {
  (void)language_of(c.lang);  // accepted by every command; convert writes data, not sentences
  const bool from_sdmx = is_sdmx(c.input);
  const std::string to = c.to.empty() ? (from_sdmx ? "tidy" : "sdmx") : c.to;
  if (to != "tidy" && to != "sdmx") throw usage_error("--to: expected tidy or sdmx, found \"" + to + "\"");
  if (c.delimiter != "," && c.delimiter != ";") throw usage_error("--delimiter: expected , or ;");
  if (c.sdmx_version != 1 && c.sdmx_version != 2) throw usage_error("--sdmx-version: expected 1 or 2");
  // Through the engine first: a duplicate series key is refused (or resolved by --duplicates)
  // before anything is written.
  const read_rows in = read_observation_rows({c.input}, c.read);
  build_dataset(in, c.read);
  sink out(c.output);
  if (to == "sdmx") {
    io::sdmx_write_options o;
    o.version = c.sdmx_version;
    o.structure = c.structure;
    o.delimiter = c.delimiter[0];
    io::write_sdmx_csv(out.stream(), in.rows, o);
  } else {
    io::write_options o;
    o.delimiter = c.delimiter[0];
    o.numbers = c.delimiter == ";" ? attain::number_format::vi() : attain::number_format::plain();
    io::write_observations(out.stream(), in.rows, o);
  }
  out.close();
  return exit_ok;
}

// CHECK -----------------------------------------------------------------------------------------

namespace {

io::problem found(const std::string& file, std::size_t line, io::problem_kind kind, std::string reason) {
  io::problem p;
  p.file = file;
  p.line = line;
  p.column = line == 0 ? 0 : 1;
  p.kind = kind;
  p.reason = std::move(reason);
  return p;
}

std::string members_of(const io::observation_row& r, std::string_view except = {}) {
  std::string out;
  for (const io::member& m : r.members)
    if (m.dimension != except) out += (out.empty() ? "" : ",") + m.dimension + "=" + m.code;
  return out;
}

// The checks that need several files at once, each finding placed in the file it is about:
// duplicate series keys across every observations file, observations of units the units file
// does not have, targets of unknown indicators or units, duplicate targets, totals that are
// not the sum of their members (--consistency), and the units file's own structure.
std::map<std::string, std::vector<io::problem>> cross_check(const check_command& c,
                                                             const std::vector<std::pair<std::string, file_kind>>& files) {
  std::map<std::string, std::vector<io::problem>> out;
  std::vector<std::string> observations;
  std::string units, targets, indicators;
  for (const auto& [f, k] : files) {
    if (k == file_kind::observations || k == file_kind::sdmx || k == file_kind::open_sdg) observations.push_back(f);
    else if (k == file_kind::units) units = f;
    else if (k == file_kind::targets) targets = f;
    else if (k == file_kind::indicators) indicators = f;
  }
  std::unique_ptr<units_file> h;
  if (!units.empty()) {
    try {
      h = read_units_file(units, c.read.numbers);
    } catch (const std::exception& e) {
      out[units].push_back(found(units, 0, io::problem_kind::conflict, e.what()));
    }
  }
  observation_options quiet = c.read;
  quiet.lenient = true;  // rows a reader rejects are already listed by the per-file check
  std::set<std::string> indicator_codes, unit_codes;
  if (!observations.empty()) {
    std::streambuf* const err = std::cerr.rdbuf(nullptr);  // the per-file check has listed rejected rows
    read_rows in;
    try {
      in = read_observation_rows(observations, quiet);
    } catch (...) {
      std::cerr.rdbuf(err);
      return out;  // a file-level problem, listed by the per-file check
    }
    std::cerr.rdbuf(err);
    // Duplicate series keys, every one with both places.
    std::map<std::tuple<std::string, std::string, std::string, std::int32_t, std::int32_t>, std::size_t> keys;
    for (std::size_t i = 0; i < in.rows.size(); ++i) {
      const io::observation_row& r = in.rows[i];
      const std::string& file = in.files[in.origins[i].file];
      indicator_codes.insert(r.indicator);
      unit_codes.insert(r.unit);
      const auto [it, fresh] =
          keys.emplace(std::tuple{r.indicator, r.unit, members_of(r), r.when.first_day_number(), r.when.last_day_number()}, i);
      if (!fresh) {
        const origin& o = in.origins[it->second];
        out[file].push_back(found(file, r.line, io::problem_kind::duplicate_key,
                                  "duplicate observation of " + io::key_text(r) + " for " + attain::to_string(r.when) +
                                      " (first at " + in.files[o.file] + ":" + std::to_string(o.line) + ")"));
      }
      if (h && h->hierarchy.find(r.unit) == attain::unit_hierarchy::npos)
        out[file].push_back(found(file, r.line, io::problem_kind::unknown_reference,
                                  "unknown unit \"" + r.unit + "\" (not in " + units + ")"));
    }
    // The table's own validations (unit multipliers, scales) on the rows a reader accepted.
    try {
      read_rows distinct = in;
      distinct.rows.clear();
      distinct.origins.clear();
      for (std::size_t i = 0; i < in.rows.size(); ++i)
        if (keys.find(std::tuple{in.rows[i].indicator, in.rows[i].unit, members_of(in.rows[i]), in.rows[i].when.first_day_number(),
                                 in.rows[i].when.last_day_number()})->second == i) {
          distinct.rows.push_back(in.rows[i]);
          distinct.origins.push_back(in.origins[i]);
        }
      build_dataset(distinct, quiet, h.get());
    } catch (const std::exception& e) {
      // Already listed: a duplicate key or an unknown unit; anything else is new.
      const std::string what = e.what();
      if (what.find("duplicate observation") == std::string::npos && what.find("unknown unit") == std::string::npos)
        out[observations.front()].push_back(found(observations.front(), 0, io::problem_kind::conflict, what));
    }
    // Totals against the sum of their members.
    const auto tolerance = decimal::try_parse(c.tolerance);
    if (!tolerance || attain::signum(*tolerance) < 0)
      throw usage_error("--tolerance: expected a number of 0 or more, found \"" + c.tolerance + "\"");
    for (const std::string& dim : c.consistency) {
      struct parts {
        std::optional<std::size_t> total;
        std::vector<std::size_t> members;
      };
      std::map<std::tuple<std::string, std::string, std::string, std::int32_t, std::int32_t>, parts> sets;
      bool seen = false;
      for (std::size_t i = 0; i < in.rows.size(); ++i) {
        const io::observation_row& r = in.rows[i];
        if (r.status == attain::value_status::missing) continue;
        if (!c.indicators.empty() && std::find(c.indicators.begin(), c.indicators.end(), r.indicator) == c.indicators.end())
          continue;
        const auto m = std::find_if(r.members.begin(), r.members.end(), [&](const io::member& x) { return x.dimension == dim; });
        parts& p = sets[std::tuple{r.indicator, r.unit, members_of(r, dim), r.when.first_day_number(), r.when.last_day_number()}];
        if (m == r.members.end()) p.total = i;
        else p.members.push_back(i), seen = true;
      }
      if (!seen) throw usage_error("--consistency: no observation has a member of dimension \"" + dim + "\"");
      for (const auto& [key, p] : sets) {
        if (!p.total || p.members.empty()) continue;
        decimal sum{0};
        std::string list;
        for (const std::size_t i : p.members) {
          sum = sum + in.rows[i].value;
          for (const io::member& m : in.rows[i].members)
            if (m.dimension == dim) list += (list.empty() ? "" : ", ") + m.code + " " + attain::to_string(in.rows[i].value);
        }
        const io::observation_row& t = in.rows[*p.total];
        const decimal diff = attain::abs(t.value - sum);
        if (diff > *tolerance) {
          const origin& o = in.origins[*p.total];
          out[in.files[o.file]].push_back(found(
              in.files[o.file], o.line, io::problem_kind::inconsistent,
              io::key_text(t) + " " + attain::to_string(t.when) + ": the total over " + dim + ", " + attain::to_string(t.value) +
                  ", is not the sum of its members, " + attain::to_string(sum) + " (" + list + "): they differ by " +
                  attain::to_string(diff) + ", more than the tolerance " + attain::to_string(*tolerance)));
        }
      }
    }
  }
  // Targets: known indicator and unit, and one target per indicator, unit, members and term.
  if (!targets.empty()) {
    std::set<std::string> declared = indicator_codes;
    if (!indicators.empty()) {
      declared.clear();
      try {
        io::csv_reader in{std::filesystem::path(indicators)};
        io::read_options o;
        o.mode = io::read_mode::lenient;
        o.numbers = numbers_for(indicators, c.read.numbers);
        for (const io::indicator_row& r : io::read_indicators(in, o).rows) declared.insert(r.indicator.code);
      } catch (const std::exception&) {
        return out;  // listed by the per-file check
      }
    }
    try {
      io::csv_reader in{std::filesystem::path(targets)};
      io::read_options o;
      o.mode = io::read_mode::lenient;
      o.numbers = numbers_for(targets, c.read.numbers);
      std::map<std::string, std::size_t> seen;
      for (const io::target_row& r : io::read_targets(in, o).rows) {
        const attain::target& t = r.target;
        if ((!indicators.empty() || !observations.empty()) && declared.count(t.indicator) == 0)
          out[targets].push_back(found(targets, r.line, io::problem_kind::unknown_reference,
                                       "target of unknown indicator \"" + t.indicator + "\" (not in " +
                                           (indicators.empty() ? std::string("the observations") : indicators) + ")"));
        const bool unit_known = h ? h->hierarchy.find(t.unit) != attain::unit_hierarchy::npos : unit_codes.count(t.unit) != 0;
        if (!t.unit.empty() && (h || !observations.empty()) && !unit_known)
          out[targets].push_back(found(targets, r.line, io::problem_kind::unknown_reference,
                                       "target for unknown unit \"" + t.unit + "\" (not in " +
                                           (h ? units : std::string("the observations")) + ")"));
        std::string key = t.indicator + "\x1f" + t.unit + "\x1f" + attain::to_string(t.term);
        for (const io::member& m : r.members) key += "\x1f" + m.dimension + "=" + m.code;
        const auto [it, fresh] = seen.emplace(key, r.line);
        if (!fresh)
          out[targets].push_back(found(targets, r.line, io::problem_kind::duplicate_key,
                                       "a second target for " + t.indicator + (t.unit.empty() ? "" : " · " + t.unit) +
                                           " over " + attain::to_string(t.term) + " (first at line " +
                                           std::to_string(it->second) + ")"));
      }
    } catch (const std::exception&) {
      // a file-level problem: listed by the per-file check
    }
  }
  return out;
}

}  // namespace

int run_check(const check_command& c) {
  std::optional<file_kind> kind;
  if (c.kind != "auto") {
    kind = parse_file_kind(c.kind);
    if (!kind)
      throw usage_error("--kind: expected auto, observations, indicators, targets, units, sdmx or open_sdg, found \"" + c.kind + "\"");
  }
  if (c.format != "text" && c.format != "json") throw usage_error("--format: expected text or json, found \"" + c.format + "\"");
  const language lang = language_of(c.lang);
  // A folder stands for its Open SDG data files.
  std::vector<std::string> files;
  for (const std::string& f : c.files) {
    std::error_code ec;
    if (!std::filesystem::is_directory(f, ec)) {
      files.push_back(f);
      continue;
    }
    std::vector<std::string> in;
    for (const auto& e : std::filesystem::directory_iterator(f))
      if (e.is_regular_file() && io::open_sdg_indicator_of(e.path())) in.push_back(e.path().string());
    if (in.empty()) throw usage_error(f + ": a folder without Open SDG data files (indicator_<id>.csv)");
    std::sort(in.begin(), in.end());
    files.insert(files.end(), in.begin(), in.end());
  }
  std::vector<check_result> results;
  std::vector<std::pair<std::string, file_kind>> kinds;
  for (const std::string& f : files) {
    results.push_back(check_file(f, kind, c.read.numbers));
    kinds.emplace_back(f, results.back().kind);
  }
  std::map<std::string, std::vector<io::problem>> cross = cross_check(c, kinds);
  std::size_t problems = 0;
  io::json_writer w;
  if (c.format == "json") w.begin_array();
  for (check_result& r : results) {
    if (const auto it = cross.find(r.file); it != cross.end()) {
      r.problems.insert(r.problems.end(), it->second.begin(), it->second.end());
      cross.erase(it);
    }
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
    const std::string n = std::to_string(r.problems.size());
    std::cout << attain::fill(word::cli_check_summary, lang,
                              {r.file, to_string(r.kind), std::to_string(r.counts.rows_read), std::to_string(r.counts.accepted),
                               std::to_string(r.counts.rejected),
                               r.problems.size() == 1 ? std::string(attain::text(word::cli_problem_one, lang))
                                                      : attain::fill(word::cli_problems, lang, {n})})
              << "\n";
  }
  if (c.format == "json") std::cout << w.end_array().str() << "\n";
  return problems == 0 ? exit_ok : exit_findings;
}

}  // namespace attain_cli
