// SDMX-CSV v1 and v2 (see attain/io/sdmx_csv.hpp).
#include "attain/io/sdmx_csv.hpp"

#include <algorithm>
#include <ostream>
#include <unordered_set>

#include "rows.hpp"

namespace attain::io {

using detail::quote_text;
using detail::trim;

sdmx_read_result read_sdmx_csv(csv_reader& in, const sdmx_options& options) {
  detail::row_scan scan(in, options.mode, /*sdmx_labels=*/true);
  sdmx_read_result out;
  int c_action = -1;
  std::size_t c_structure = 0;
  int c_type = -1;
  if (scan.width() > 0 && scan.normalised_name(0) == "dataflow") {
    out.version = 1;
    c_structure = scan.required({"dataflow"});
  } else if (scan.width() > 1 && scan.normalised_name(0) == "structure" && scan.normalised_name(1) == "structure_id") {
    out.version = 2;
    c_type = static_cast<int>(scan.required({"structure"}));
    c_structure = scan.required({"structure_id"});
    c_action = scan.optional({"action"});
  } else {
    detail::raise(problem{in.name(), 0, 0, 0, problem_kind::missing_column, errc::ok, "DATAFLOW",
                          "not SDMX-CSV: the first column is neither DATAFLOW (v1) nor STRUCTURE, STRUCTURE_ID (v2)"});
  }
  const std::size_t c_time = scan.required({"time_period"});
  const std::size_t c_value = scan.required({"obs_value"});
  const int c_status = scan.optional({"obs_status"});
  const std::string ind_name = detail::normalise_column(options.indicator_dimension);
  const std::string unit_name = detail::normalise_column(options.unit_dimension);
  const std::size_t c_ind = scan.required({ind_name});
  const int c_unit = unit_name.empty() ? -1 : static_cast<int>(scan.required({unit_name}));
  if (c_value < c_time || (c_unit >= 0 && static_cast<std::size_t>(c_unit) > c_value) || c_ind > c_value)
    detail::raise(problem{in.name(), 0, 0, 0, problem_kind::missing_column, errc::ok, "OBS_VALUE",
                          "not SDMX-CSV: dimensions and TIME_PERIOD must come before OBS_VALUE"});
  // Every other column is kept: before OBS_VALUE a dimension (a member of the row unless
  // at its total "_T"), after it an attribute. Nothing is ignored (docs/formats.md).
  std::vector<detail::dimension_column> dims;
  std::vector<detail::attribute_column> attrs;
  for (std::size_t c = 0; c < scan.width(); ++c) {
    if (scan.used(c)) continue;
    if (c < c_value) dims.push_back({c, scan.header_name(c)});
    else attrs.push_back({c, scan.header_name(c)});
    scan.use(c);
  }
  std::stable_sort(dims.begin(), dims.end(),
                   [](const detail::dimension_column& a, const detail::dimension_column& b) { return a.name < b.name; });

  detail::period_cache periods(period_syntax::sdmx);
  const number_format numbers = number_format::plain().with_exponent();
  std::unordered_set<std::string> structures;
  while (scan.next()) {
    observation_row row;
    row.line = scan.record().line();
    if (c_type >= 0) {
      const auto c = static_cast<std::size_t>(c_type);
      const std::string_view t = trim(scan.field(c));
      if (!detail::iequals_ascii(t, "dataflow") && !detail::iequals_ascii(t, "datastructure") &&
          !detail::iequals_ascii(t, "dataprovision"))
        scan.fail(c, problem_kind::bad_code,
                  "unknown structure type " + quote_text(t) + "; expected dataflow, datastructure or dataprovision");
    }
    const std::optional<std::string_view> structure = scan.text(c_structure);
    if (c_action >= 0) {
      const auto c = static_cast<std::size_t>(c_action);
      const std::string_view a = trim(scan.field(c));
      if (a == "D" || a == "d")
        scan.fail(c, problem_kind::unsupported, "action D (delete) is not read as an observation");
      else if (!(a.empty() || a == "I" || a == "A" || a == "R" || a == "i" || a == "a" || a == "r"))
        scan.fail(c, problem_kind::bad_code, "unknown action " + quote_text(a) + "; expected I, A, R or D");
    }
    if (auto ind = scan.text(c_ind)) row.indicator = std::string(*ind);
    if (c_unit >= 0)
      if (auto u = scan.text(static_cast<std::size_t>(c_unit))) row.unit = std::string(*u);
    detail::read_period(scan, c_time, periods, row);
    bool status_given = false;
    std::string_view status_text;
    if (c_status >= 0) {
      const auto c = static_cast<std::size_t>(c_status);
      status_text = trim(scan.field(c));
      if (!status_text.empty()) {
        if (const auto s = parse_status(status_text)) {
          row.status = *s;
          status_given = true;
        } else {
          scan.fail(c, problem_kind::bad_status,
                    "unknown status " + quote_text(status_text) + "; expected A, P, E, F, B, M or a status word");
        }
      }
    }
    const std::string_view v = scan.field(c_value);
    detail::read_value(scan, row, c_value, c_status, v, detail::is_missing_value(trim(v)), status_given, status_text, numbers);
    for (const detail::dimension_column& d : dims) {
      const std::string_view code = trim(scan.field(d.column));
      if (!is_total_code(code)) row.members.push_back(member{d.name, std::string(code)});
    }
    for (const detail::attribute_column& a : attrs) {
      const std::string_view t = trim(scan.field(a.column));
      if (!t.empty()) row.attributes.push_back(attribute{a.name, std::string(t)});
    }
    if (!scan.finish_row()) continue;
    if (structure && structures.insert(std::string(*structure)).second) out.structures.emplace_back(*structure);
    out.rows.push_back(std::move(row));
  }
  out.counts = scan.counts();
  out.rejected = std::move(scan.rejected());
  out.delimiter = scan.delimiter();
  return out;
}

void write_sdmx_csv(std::ostream& out, std::span<const observation_row> rows, const sdmx_write_options& o) {
  if (o.version != 1 && o.version != 2)
    attain::detail::raise_domain(errc::invalid_argument, "SDMX-CSV version must be 1 or 2, not " + std::to_string(o.version));
  csv_writer w(out, o.delimiter, o.crlf);
  if (o.version == 1) {
    w.field("DATAFLOW");
  } else {
    w.field("STRUCTURE").field("STRUCTURE_ID").field("ACTION");
  }
  // Dimensions sorted by name (as each row keeps its members), "_T" for a total; attributes
  // in an order that keeps every row's own (detail::attribute_union): written, read and
  // written again, the text is the same byte for byte.
  const std::vector<std::string> dims = detail::dimension_union(rows);
  const std::vector<std::string> attrs = detail::attribute_union(rows);
  w.field(o.indicator_dimension);
  if (!o.unit_dimension.empty()) w.field(o.unit_dimension);
  for (const std::string& d : dims) w.field(d);
  w.field("TIME_PERIOD").field("OBS_VALUE").field("OBS_STATUS");
  for (const std::string& a : attrs) w.field(a);
  w.end_row();
  const char action[1] = {o.action};
  for (const observation_row& r : rows) {
    if (r.when.is_reporting() || !can_format(r.when, period_syntax::sdmx))
      attain::detail::raise_domain(errc::invalid_argument,
                                   "SDMX-CSV cannot express the period " + to_string(r.when) + " of line " +
                                       std::to_string(r.line) + " (indicator " + quote_text(r.indicator) + ")");
    if (o.version == 1) w.field(o.structure);
    else w.field(o.structure_type).field(o.structure).field(std::string_view(action, 1));
    w.field(r.indicator);
    if (!o.unit_dimension.empty()) w.field(r.unit);
    for (const std::string& d : dims) w.field(detail::member_code(r.members, d));
    const char code = sdmx_code(r.status);
    w.field(format_period(r.when, period_syntax::sdmx));
    w.field(r.status == value_status::missing ? std::string("NaN") : to_string(r.value));
    w.field(std::string_view(&code, 1));
    for (const std::string& a : attrs) w.field(detail::attribute_value(r.attributes, a));
    w.end_row();
  }
}

}  // namespace attain::io
