// attain/io/json.hpp — every result as JSON, exactly, with no JSON library.
//
// Dashboards and scripts read a review as JSON. `json_writer` is a small streaming writer
// (objects, arrays, escaped strings, integers, booleans, null) and `write_json` overloads
// turn each of attain's result types into it. A decimal is never passed through a double:
// it is written as its canonical text, as a JSON string by default ("1621.41", so that no
// reader can round it) or, on request, as a JSON number with exactly that text.
//
// GLOSSARY (users' words → ours)
//   kết quả = result; không tính được = no value (with a reason); ước đạt = estimate.
//
// WRITING (results in comments)
//   io::json_writer w;                       // indent 2; {.indent = 0}: one line
//   w.begin_object().key("value").value(1621.41_d).key("ok").value(true).end_object();
//   w.str()                                  // {\n  "value": "1621.41",\n  "ok": true\n}
//   io::to_json(assess_attainment(t, s, d), {.indent = 0})
//   // {"actual":"5540","status":"estimate","latest":"2023",…,"completion":"0.554000",…}
//
// CONVENTIONS (decided; docs/formats.md shows whole documents)
//   decimal              "1621.41" (canonical text, its own scale), or 1621.41 with
//                        decimals_as_numbers
//   period               its canonical text: "2023", "2023-Q1", "2021/2025"
//   value_status, enums  their to_string names: "estimate", "target_achieved", "ahead"
//   computed<decimal>    the decimal, or null plus a sibling "<key>_no_value" naming the
//                        reason: "completion": null, "completion_no_value": "zero_target"
//   exact_fraction       {"numerator": 910, "denominator": 1826} (a non-integer part as a string)
//   an exact ratio       "completion": "0.554500" (rounded once, 6 digits, half up), and
//                        "completion_exact": {"numerator": "5544.996", "denominator": 10000}
//   aggregate_value      {"value": "3.75", "status": "normal"}; an exact quotient adds
//                        "numerator" and "denominator" and gives "value" rounded at
//                        json_options::quotient_scale (quotient_mode, half up); no value:
//                        {"value": null, "no_value": "empty_group"}
//   strings              UTF-8 as is; ", \ and control characters escaped; a byte that is
//                        not valid UTF-8 becomes U+FFFD, so the output is always valid JSON
//
// CASE STUDY: 0.1 + 0.2 in a dashboard
//   A JSON library that stores numbers as doubles turns 5540.00 / 10000 = 0.554 into
//   0.55400000000000004884981308350688777863979339599609375 at best and 55.4 % into a value
//   that rounds the wrong way at worst. Strings keep the exact decimal and its scale (the
//   trailing zeros of "0.554000" say how precise the figure is); a consumer that wants a
//   number converts once, knowingly.
#ifndef ATTAIN_IO_JSON_HPP
#define ATTAIN_IO_JSON_HPP

#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/aggregate/value.hpp"
#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/indicator.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/no_value.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"
#include "attain/progress.hpp"
#include "attain/ranking.hpp"
#include "attain/target.hpp"

namespace attain::io {

struct json_options {
  int indent = 2;                    // spaces per level; 0 writes one line
  bool decimals_as_numbers = false;  // true: 1621.41 instead of "1621.41"
  int quotient_scale = 6;            // decimals of an exact quotient's "value"
  rounding quotient_mode = default_rounding;  // its one rounding (rounding.hpp: the policy)
};

// Appends `text` as a JSON string literal, quotes included.
ATTAIN_API void append_json_string(std::string& out, std::string_view text);

class ATTAIN_API json_writer {
 public:
  explicit json_writer(const json_options& options = {}) : options_(options) {}

  json_writer& begin_object();
  json_writer& end_object();
  json_writer& begin_array();
  json_writer& end_array();
  // The key of the next member (inside an object).
  json_writer& key(std::string_view name);

  json_writer& value(std::string_view text);
  json_writer& value(const char* text) { return value(std::string_view(text)); }
  json_writer& value(const std::string& text) { return value(std::string_view(text)); }
  json_writer& value(bool b);
  json_writer& value(std::int64_t n);
  json_writer& value(std::uint64_t n);
  template <std::integral I>
    requires(!std::same_as<I, bool> && !std::same_as<I, char>)
  json_writer& value(I n) {
    if constexpr (std::is_signed_v<I>) return value(static_cast<std::int64_t>(n));
    else return value(static_cast<std::uint64_t>(n));
  }
  json_writer& value(const decimal& x);
  json_writer& null();
  // Text already in JSON form (a number token, a nested document).
  json_writer& raw(std::string_view json);

  const json_options& options() const noexcept { return options_; }
  const std::string& str() const noexcept { return out_; }
  std::string take() noexcept { return std::move(out_); }

 private:
  void before_value();
  void newline();
  json_options options_;
  std::string out_;
  struct level {
    bool object;
    bool empty;
  };
  std::vector<level> stack_;
  bool after_key_ = false;
};

// VALUES ------------------------------------------------------------------------------------
ATTAIN_API void write_json(json_writer& w, const decimal& x);
ATTAIN_API void write_json(json_writer& w, const period& p);
ATTAIN_API void write_json(json_writer& w, value_status s);
ATTAIN_API void write_json(json_writer& w, const exact_fraction& f);
ATTAIN_API void write_json(json_writer& w, const no_value& n);
// A member whose figure may have no value: "key": value, or "key": null and "key_no_value".
ATTAIN_API void write_member(json_writer& w, std::string_view key, const computed<decimal>& x);
// An exact ratio as a decimal rounded once at `scale` in `mode` (a reader wants a number);
// no value as null + reason, as above.
ATTAIN_API void write_member(json_writer& w, std::string_view key, const computed<exact_fraction>& x, int scale = 6,
                             rounding mode = default_rounding);
// The identifier of a reason: "zero_target", "empty_group", …
ATTAIN_API std::string_view name_of(why reason) noexcept;

// DOMAIN ------------------------------------------------------------------------------------
ATTAIN_API void write_json(json_writer& w, const observation& o);
ATTAIN_API void write_json(json_writer& w, const indicator& i);
ATTAIN_API void write_json(json_writer& w, const target& t);
// Ratios rounded once at `ratio_scale` in `mode`, each with its exact fraction beside.
ATTAIN_API void write_json(json_writer& w, const attainment& a, int ratio_scale = 6, rounding mode = default_rounding);
ATTAIN_API void write_json(json_writer& w, const target_forecast& f, int ratio_scale = 6,
                           rounding mode = default_rounding);
ATTAIN_API void write_json(json_writer& w, const progress_assessment& a);
ATTAIN_API void write_json(json_writer& w, const attainment_tally& t);
ATTAIN_API void write_json(json_writer& w, const forecast_tally& t);
ATTAIN_API void write_json(json_writer& w, const rank_position& p);
ATTAIN_API void write_json(json_writer& w, const ranking& r);

// ENGINE ------------------------------------------------------------------------------------
ATTAIN_API void write_json(json_writer& w, const status_tally& t);
ATTAIN_API void write_json(json_writer& w, const aggregate_value& v);
ATTAIN_API void write_json(json_writer& w, const summary_value& v);

// IO ----------------------------------------------------------------------------------------
ATTAIN_API void write_json(json_writer& w, const problem& p);
ATTAIN_API void write_json(json_writer& w, const rejected_row& r);
ATTAIN_API void write_json(json_writer& w, const read_counts& c);
ATTAIN_API void write_json(json_writer& w, const observation_row& r);
ATTAIN_API void write_json(json_writer& w, const indicator_row& r);
ATTAIN_API void write_json(json_writer& w, const target_row& r);
ATTAIN_API void write_json(json_writer& w, const unit_row& r);
ATTAIN_API void write_json(json_writer& w, const load_report& r);

// An array of anything write_json accepts.
template <class T>
void write_json(json_writer& w, std::span<const T> items) {
  w.begin_array();
  for (const T& x : items) write_json(w, x);
  w.end_array();
}
template <class T>
void write_json(json_writer& w, const std::vector<T>& items) {
  write_json(w, std::span<const T>(items));
}

// A whole document.
template <class T>
std::string to_json(const T& x, const json_options& options = {}) {
  json_writer w(options);
  write_json(w, x);
  return w.take();
}

}  // namespace attain::io

#endif  // ATTAIN_IO_JSON_HPP
