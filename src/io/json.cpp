// The JSON writer and the result types in JSON (see attain/io/json.hpp).
#include "attain/io/json.hpp"

#include <cstdint>
#include <cstdio>

#include "attain/period_format.hpp"

namespace attain::io {

// STRINGS -----------------------------------------------------------------------------------

namespace {
// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n;
  std::uint32_t cp;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    cp = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07u;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not valid UTF-8.
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}
}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x80 && c != '"' && c != '\\') {
      out += c;
      ++i;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; ++i; continue;
      case '\\': out += "\\\\"; ++i; continue;
      case '\n': out += "\\n"; ++i; continue;
      case '\r': out += "\\r"; ++i; continue;
      case '\t': out += "\\t"; ++i; continue;
      case '\b': out += "\\b"; ++i; continue;
      case '\f': out += "\\f"; ++i; continue;
      default: break;
    }
    if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(u));
      out += buf;
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  out += '"';
}

// WRITER ------------------------------------------------------------------------------------

void json_writer::newline() {
  if (options_.indent <= 0) return;
  out_ += '\n';
  out_.append(stack_.size() * static_cast<std::size_t>(options_.indent), ' ');
}

void json_writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  ATTAIN_EXPECTS(!stack_.back().object);  // a member needs its key first
  if (!stack_.back().empty) out_ += ',';
  stack_.back().empty = false;
  newline();
}

json_writer& json_writer::key(std::string_view name) {
  ATTAIN_EXPECTS(!stack_.empty() && stack_.back().object && !after_key_);
  if (!stack_.back().empty) out_ += ',';
  stack_.back().empty = false;
  newline();
  append_json_string(out_, name);
  out_ += options_.indent > 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

json_writer& json_writer::begin_object() {
  before_value();
  out_ += '{';
  stack_.push_back({true, true});
  return *this;
}

json_writer& json_writer::end_object() {
  ATTAIN_EXPECTS(!stack_.empty() && stack_.back().object && !after_key_);
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ += '}';
  return *this;
}

json_writer& json_writer::begin_array() {
  before_value();
  out_ += '[';
  stack_.push_back({false, true});
  return *this;
}

json_writer& json_writer::end_array() {
  ATTAIN_EXPECTS(!stack_.empty() && !stack_.back().object);
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ += ']';
  return *this;
}

json_writer& json_writer::value(std::string_view text) {
  before_value();
  append_json_string(out_, text);
  return *this;
}

json_writer& json_writer::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

json_writer& json_writer::value(std::int64_t n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

json_writer& json_writer::value(std::uint64_t n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

json_writer& json_writer::value(const decimal& x) {
  before_value();
  char buf[max_chars];
  char* end = to_chars(buf, buf + sizeof buf, x);
  const std::string_view text(buf, static_cast<std::size_t>(end - buf));
  if (options_.decimals_as_numbers) {
    out_.append(text);
  } else {
    out_ += '"';
    out_.append(text);
    out_ += '"';
  }
  return *this;
}

json_writer& json_writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

json_writer& json_writer::raw(std::string_view json) {
  before_value();
  out_.append(json);
  return *this;
}

// VALUES ------------------------------------------------------------------------------------

std::string_view name_of(why reason) noexcept {
  switch (reason) {
    case why::zero_base: return "zero_base";
    case why::negative_base: return "negative_base";
    case why::sign_change: return "sign_change";
    case why::zero_target: return "zero_target";
    case why::zero_denominator: return "zero_denominator";
    case why::empty_group: return "empty_group";
    case why::too_few_points: return "too_few_points";
    case why::no_periods: return "no_periods";
    case why::missing_value: return "missing_value";
    case why::not_applicable: return "not_applicable";
    case why::population_mismatch: return "population_mismatch";
    case why::not_ranked: return "not_ranked";
  }
  return "?";
}

void write_json(json_writer& w, const decimal& x) { w.value(x); }
void write_json(json_writer& w, const period& p) { w.value(to_string(p)); }
void write_json(json_writer& w, value_status s) { w.value(to_string(s)); }
namespace {
// A whole number that fits 64 bits as a JSON number (910 days), any other decimal as a string.
void write_count_or_decimal(json_writer& w, const decimal& x) {
  if (x.scale() == 0 && x.coefficient() >= INT64_MIN && x.coefficient() <= INT64_MAX)
    w.value(static_cast<std::int64_t>(x.coefficient()));
  else
    w.value(x);
}
}  // namespace

void write_json(json_writer& w, const exact_fraction& f) {
  w.begin_object().key("numerator");
  write_count_or_decimal(w, f.numerator);
  w.key("denominator");
  write_count_or_decimal(w, f.denominator);
  w.end_object();
}
void write_json(json_writer& w, const no_value& n) {
  w.begin_object().key("no_value").value(name_of(n.reason)).key("reason").value(describe(n.reason)).end_object();
}

void write_member(json_writer& w, std::string_view key, const computed<decimal>& x) {
  w.key(key);
  if (x.has_value()) {
    w.value(*x);
    return;
  }
  w.null();
  w.key(std::string(key) + "_no_value").value(name_of(x.error().reason));
}

void write_member(json_writer& w, std::string_view key, const computed<exact_fraction>& x, int scale, rounding mode) {
  w.key(key);
  if (x.has_value()) {
    w.value(x->to_decimal(scale, mode));
    w.key(std::string(key) + "_exact");
    write_json(w, *x);
    return;
  }
  w.null();
  w.key(std::string(key) + "_no_value").value(name_of(x.error().reason));
}

// DOMAIN ------------------------------------------------------------------------------------

void write_json(json_writer& w, const observation& o) {
  w.begin_object().key("period").value(to_string(o.when));
  w.key("value");
  if (o.status == value_status::missing) w.null();
  else w.value(o.value);
  w.key("status").value(to_string(o.status)).end_object();
}

void write_json(json_writer& w, const indicator& i) {
  w.begin_object().key("code").value(i.code).key("name").value(i.name);
  w.key("unit").begin_object().key("text").value(i.unit.text).key("magnitude").value(i.unit.magnitude);
  w.key("base").value(i.unit.base).key("percent").value(i.unit.percent).end_object();
  w.key("polarity").value(to_string(i.polarity)).key("kind").value(to_string(i.kind));
  w.key("decimals").value(i.decimals).end_object();
}

void write_json(json_writer& w, const target& t) {
  w.begin_object().key("indicator").value(t.indicator).key("unit").value(t.unit);
  w.key("kind").value(to_string(t.kind));
  w.key("baseline_year").value(t.term.baseline_year()).key("first_year").value(t.term.first_year());
  w.key("last_year").value(t.term.last_year());
  w.key("polarity").value(to_string(t.polarity)).key("value").value(t.value);
  w.key("upper");
  if (t.upper) w.value(*t.upper);
  else w.null();
  w.key("baseline");
  if (t.baseline) w.value(*t.baseline);
  else w.null();
  w.key("source").value(t.source).end_object();
}

void write_json(json_writer& w, const attainment& a, int ratio_scale, rounding mode) {
  w.begin_object();
  write_member(w, "actual", a.actual);
  w.key("status").value(to_string(a.status));
  w.key("latest");
  if (a.latest) w.value(to_string(*a.latest));
  else w.null();
  w.key("observations").value(a.observations);
  write_member(w, "baseline", a.baseline);
  write_member(w, "completion", a.completion, ratio_scale, mode);
  write_member(w, "progress", a.progress, ratio_scale, mode);
  write_member(w, "gap", a.gap);
  w.key("achieved").value(a.achieved).key("exceeded").value(a.exceeded);
  w.key("elapsed");
  write_json(w, a.elapsed);
  w.key("elapsed_years");
  write_json(w, a.elapsed_years);
  write_member(w, "time_adjusted", a.time_adjusted, ratio_scale, mode);
  w.key("schedule").value(to_string(a.schedule)).end_object();
}

void write_json(json_writer& w, const target_forecast& f, int ratio_scale, rounding mode) {
  w.begin_object().key("outcome").value(to_string(f.outcome)).key("method").value(to_string(f.method));
  write_member(w, "projected", f.projected);
  write_member(w, "projected_completion", f.projected_completion, ratio_scale, mode);
  w.key("status").value(to_string(f.status)).end_object();
}

void write_json(json_writer& w, const progress_assessment& a) {
  w.begin_object().key("method").value(a.method).key("label").value(a.label);
  w.key("status").value(to_string(a.status));
  write_member(w, "progress_value", a.progress_value);
  write_member(w, "score", a.score);
  w.key("sign").value(a.sign);
  write_member(w, "actual_growth", a.actual_growth);
  write_member(w, "required_growth", a.required_growth);
  write_member(w, "limit_coefficient", a.limit_coefficient);
  w.key("reason");
  if (a.reason) w.value(name_of(*a.reason));
  else w.null();
  w.end_object();
}

void write_json(json_writer& w, const attainment_tally& t) {
  w.begin_object().key("targets").value(t.targets).key("achieved").value(t.achieved);
  w.key("exceeded").value(t.exceeded).key("not_achieved").value(t.not_achieved);
  w.key("no_value").value(t.no_value).end_object();
}

void write_json(json_writer& w, const forecast_tally& t) {
  w.begin_object().key("targets").value(t.targets).key("exceed").value(t.exceed).key("meet").value(t.meet);
  w.key("needs_effort").value(t.needs_effort).key("not_forecast").value(t.not_forecast).end_object();
}

void write_json(json_writer& w, const rank_position& p) {
  w.begin_object().key("rank").value(p.rank).key("population").value(p.population).end_object();
}

namespace {
std::string_view method_name(rank_method m) noexcept {
  switch (m) {
    case rank_method::standard: return "standard";
    case rank_method::modified: return "modified";
    case rank_method::dense: return "dense";
    case rank_method::ordinal: return "ordinal";
    case rank_method::fractional: return "fractional";
  }
  return "?";
}
}  // namespace

void write_json(json_writer& w, const ranking& r) {
  w.begin_object().key("method").value(method_name(r.method()));
  w.key("order").value(r.order() == rank_order::higher_is_better ? "higher_is_better" : "lower_is_better");
  w.key("population").value(r.size());
  w.key("units").begin_array();
  for (std::size_t i = 0; i < r.size(); ++i) {
    w.begin_object().key("unit").value(r.units()[i]).key("score").value(r.scores()[i]);
    w.key("rank").value(r.ranks()[i]).end_object();
  }
  w.end_array().end_object();
}

// ENGINE ------------------------------------------------------------------------------------

void write_json(json_writer& w, const status_tally& t) {
  w.begin_object();
  for (std::size_t i = 0; i < value_status_count; ++i) {
    const auto s = static_cast<value_status>(i);
    w.key(to_string(s)).value(t.of(s));
  }
  w.end_object();
}

void write_json(json_writer& w, const aggregate_value& v) {
  w.begin_object();
  if (!v.has_value()) {
    w.key("value").null().key("no_value").value(name_of(v.reason()));
  } else if (v.is_quotient()) {
    w.key("value").value(v.value(w.options().quotient_scale, w.options().quotient_mode));
    w.key("numerator").value(v.numerator()).key("denominator").value(v.denominator());
  } else {
    w.key("value").value(v.value());
    if (!v.is_exact()) w.key("rounded").value(true);
  }
  w.key("status").value(to_string(v.status())).end_object();
}

void write_json(json_writer& w, const summary_value& v) {
  w.begin_object();
  w.key("count");
  write_json(w, v.count);
  w.key("sum");
  write_json(w, v.sum);
  w.key("min");
  write_json(w, v.min);
  w.key("max");
  write_json(w, v.max);
  w.key("mean");
  write_json(w, v.mean);
  w.end_object();
}

// IO ----------------------------------------------------------------------------------------

void write_json(json_writer& w, const problem& p) {
  w.begin_object().key("file").value(p.file).key("line").value(p.line).key("column").value(p.column);
  w.key("offset").value(p.offset).key("kind").value(to_string(p.kind));
  w.key("column_name").value(p.column_name).key("reason").value(p.reason);
  w.key("message").value(to_string(p)).end_object();
}

void write_json(json_writer& w, const rejected_row& r) {
  w.begin_object().key("line").value(r.line).key("offset").value(r.offset).key("text").value(r.text);
  w.key("problems");
  write_json(w, r.problems);
  w.end_object();
}

void write_json(json_writer& w, const read_counts& c) {
  w.begin_object().key("rows_read").value(c.rows_read).key("accepted").value(c.accepted);
  w.key("rejected").value(c.rejected).key("comment_lines").value(c.comment_lines);
  w.key("blank_lines").value(c.blank_lines).end_object();
}

void write_json(json_writer& w, const observation_row& r) {
  w.begin_object().key("indicator").value(r.indicator).key("unit").value(r.unit);
  // The series key's members and the attributes, when the row has any (a headline row
  // without attributes is written as before).
  if (!r.members.empty()) {
    w.key("members").begin_object();
    for (const member& m : r.members) w.key(m.dimension).value(m.code);
    w.end_object();
  }
  if (!r.attributes.empty()) {
    w.key("attributes").begin_object();
    for (const attribute& a : r.attributes) w.key(a.name).value(a.value);
    w.end_object();
  }
  w.key("period").value(to_string(r.when)).key("value");
  if (r.status == value_status::missing) w.null();
  else w.value(r.value);
  w.key("status").value(to_string(r.status)).end_object();
}

void write_json(json_writer& w, const indicator_row& r) {
  w.begin_object().key("indicator");
  write_json(w, r.indicator);
  w.key("aggregation");
  if (r.aggregation) w.value(to_string(*r.aggregation));
  else w.null();
  w.key("name_en").value(r.name_en).end_object();
}

void write_json(json_writer& w, const target_row& r) { write_json(w, r.target); }

void write_json(json_writer& w, const unit_row& r) {
  w.begin_object().key("code").value(r.code).key("name").value(r.name).key("parent").value(r.parent);
  w.key("level").value(r.level).end_object();
}

void write_json(json_writer& w, const load_report& r) {
  w.begin_object().key("appended").value(r.appended).key("missing").value(r.missing).end_object();
}

}  // namespace attain::io
