// Open SDG data files (see attain/io/open_sdg.hpp; docs/formats.md, "Open SDG data files").
#include "attain/io/open_sdg.hpp"

#include <algorithm>
#include <system_error>
#include <utility>

#include "rows.hpp"

namespace attain::io {

using detail::quote_text;
using detail::trim;

namespace {

// "data.Geography" → "Geography" (some platforms prefix the columns of their data files).
std::string_view strip_data_prefix(std::string_view name) noexcept {
  name = trim(name);
  if (name.size() > 5 && detail::iequals_ascii(name.substr(0, 5), "data.")) name.remove_prefix(5);
  return name;
}

std::string column_key(std::string_view name) { return detail::normalise_column(strip_data_prefix(name)); }

// Observation status words (the SDMX OBS_STATUS code list's names as Open SDG writes them).
std::optional<value_status> open_sdg_status(std::string_view t) noexcept {
  using detail::iequals_ascii;
  if (iequals_ascii(t, "Normal value") || iequals_ascii(t, "Undefined")) return value_status::normal;
  if (iequals_ascii(t, "Estimated value")) return value_status::estimate;
  if (iequals_ascii(t, "Provisional value")) return value_status::provisional;
  if (iequals_ascii(t, "Forecast value")) return value_status::forecast;
  if (iequals_ascii(t, "Break in series")) return value_status::break_in_series;
  if (iequals_ascii(t, "Missing value")) return value_status::missing;
  return parse_status(t);
}

// Unit multiplier words → the UNIT_MULT exponent.
std::optional<std::string_view> open_sdg_unit_mult(std::string_view t) noexcept {
  using detail::iequals_ascii;
  if (iequals_ascii(t, "Units")) return "0";
  if (iequals_ascii(t, "Thousands")) return "3";
  if (iequals_ascii(t, "Millions")) return "6";
  if (iequals_ascii(t, "Billions")) return "9";
  return std::nullopt;
}

bool open_sdg_missing(std::string_view t) noexcept { return detail::is_missing_value(t) || t == "NA"; }

enum class role : std::uint8_t { year, value, status, unit_mult, geocode, unit, dimension };

struct column {
  std::size_t index = 0;
  role what = role::dimension;
  std::string name;  // the header's spelling, `data.` dropped
};

}  // namespace

read_result<observation_row> read_open_sdg(csv_reader& in, std::string_view indicator, const open_sdg_options& options) {
  detail::row_scan scan(in, options.mode);
  const std::string unit_key = options.unit_column.empty() ? std::string() : column_key(options.unit_column);
  std::vector<column> columns;
  std::vector<std::string> keys;
  int c_year = -1, c_value = -1, c_status = -1, c_unit = -1;
  for (std::size_t c = 0; c < scan.width(); ++c) {
    const position& p = scan.header_position(c);
    const std::string name(strip_data_prefix(scan.header_name(c)));
    if (name.empty())
      detail::raise(problem{in.name(), p.line, p.column, p.offset, problem_kind::empty_value, errc::ok, {},
                            "empty column name in the header"});
    const std::string key = detail::normalise_column(name);
    if (const auto it = std::find(keys.begin(), keys.end(), key); it != keys.end())
      detail::raise(problem{in.name(), p.line, p.column, p.offset, problem_kind::duplicate_column, errc::ok,
                            scan.header_name(c), "duplicate column " + quote_text(scan.header_name(c))});
    keys.push_back(key);
    column col{c, role::dimension, name};
    const int ci = static_cast<int>(c);
    if (key == "year") {
      col.what = role::year;
      c_year = ci;
    } else if (key == "value") {
      col.what = role::value;
      c_value = ci;
    } else if (key == "observation_status") {
      col.what = role::status;
      c_status = ci;
    } else if (key == "unit_multiplier") {
      col.what = role::unit_mult;
    } else if (key == "geocode") {
      col.what = role::geocode;
    } else if (!unit_key.empty() && key == unit_key) {
      col.what = role::unit;
      c_unit = ci;
    }
    scan.use(c);
    columns.push_back(std::move(col));
  }
  if (c_year < 0) scan.required({"year"});
  if (c_value < 0) scan.required({"value"});
  const auto year = static_cast<std::size_t>(c_year), value = static_cast<std::size_t>(c_value);
  // Dimensions sorted by name, so that each row's members come out sorted; attributes
  // (GeoCode, the unit multiplier) in file order.
  std::vector<column> dims, attrs;
  for (const column& c : columns) {
    if (c.what == role::dimension) dims.push_back(c);
    else if (c.what == role::geocode || c.what == role::unit_mult) attrs.push_back(c);
  }
  std::stable_sort(dims.begin(), dims.end(), [](const column& a, const column& b) { return a.name < b.name; });

  detail::period_cache periods(std::nullopt);
  const number_format numbers = number_format::plain().with_exponent();
  std::vector<observation_row> rows;
  while (scan.next()) {
    observation_row row;
    row.indicator = std::string(indicator);
    row.line = scan.record().line();
    if (c_unit >= 0) {
      const std::string_view u = trim(scan.field(static_cast<std::size_t>(c_unit)));
      row.unit = u.empty() ? options.headline_unit : std::string(u);
    } else {
      // No unit_column: options.unit; a file without the unit_column (an indicator not
      // disaggregated by geography) is all headline: options.headline_unit.
      row.unit = unit_key.empty() ? options.unit : options.headline_unit;
    }
    detail::read_period(scan, year, periods, row);
    bool status_given = false;
    std::string_view status_text;
    if (c_status >= 0) {
      const auto c = static_cast<std::size_t>(c_status);
      status_text = trim(scan.field(c));
      if (!status_text.empty()) {
        if (const auto s = open_sdg_status(status_text)) {
          row.status = *s;
          status_given = !detail::iequals_ascii(status_text, "Undefined");
        } else {
          scan.fail(c, problem_kind::bad_status,
                    "unknown observation status " + quote_text(status_text) +
                        "; expected Normal value, Estimated value, Provisional value, Forecast value, Break in series, "
                        "Missing value, Undefined or a status code");
        }
      }
    }
    const std::string_view v = trim(scan.field(value));
    detail::read_value(scan, row, value, c_status, v, open_sdg_missing(v), status_given, status_text, numbers);
    for (const column& d : dims) {
      const std::string_view code = trim(scan.field(d.index));
      if (!is_total_code(code)) row.members.push_back(member{d.name, std::string(code)});
    }
    for (const column& a : attrs) {
      const std::string_view t = trim(scan.field(a.index));
      if (t.empty()) continue;
      if (a.what == role::geocode) {
        row.attributes.push_back(attribute{a.name, std::string(t)});
      } else if (const auto k = open_sdg_unit_mult(t)) {
        row.attributes.push_back(attribute{"UNIT_MULT", std::string(*k)});
      } else {
        scan.fail(a.index, problem_kind::bad_code,
                  "unknown unit multiplier " + quote_text(t) + "; expected Units, Thousands, Millions or Billions");
      }
    }
    if (scan.finish_row()) rows.push_back(std::move(row));
  }
  read_result<observation_row> out;
  out.rows = std::move(rows);
  out.counts = scan.counts();
  out.rejected = std::move(scan.rejected());
  out.delimiter = scan.delimiter();
  return out;
}

std::optional<std::string> open_sdg_indicator_of(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  constexpr std::string_view prefix = "indicator_", suffix = ".csv";
  if (name.size() <= prefix.size() + suffix.size() || name.compare(0, prefix.size(), prefix) != 0 ||
      !detail::iequals_ascii(std::string_view(name).substr(name.size() - suffix.size()), suffix))
    return std::nullopt;
  std::string id = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  if (id.front() < '0' || id.front() > '9') return std::nullopt;
  for (const char c : id)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return std::nullopt;
  return id;
}

namespace {
// The indicator files of `dir`, by file name.
std::vector<std::filesystem::path> indicator_files(const std::filesystem::path& dir, bool throw_errors) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code fe;
    if (it->is_regular_file(fe) && open_sdg_indicator_of(it->path())) out.push_back(it->path());
  }
  if (ec && throw_errors)
    detail::raise(problem{dir.string(), 0, 0, 0, problem_kind::cannot_read, errc::ok, {},
                          "cannot list the folder: " + ec.message()});
  std::sort(out.begin(), out.end(),
            [](const std::filesystem::path& a, const std::filesystem::path& b) { return a.filename() < b.filename(); });
  return out;
}
}  // namespace

bool is_open_sdg_folder(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return false;
  return !indicator_files(dir, false).empty();
}

bool looks_like_open_sdg(std::span<const std::string_view> header) noexcept {
  if (header.size() < 2) return false;
  const auto is = [](std::string_view name, std::string_view key) {
    name = strip_data_prefix(name);
    if (name.size() != key.size()) return false;
    return detail::iequals_ascii(name, key);
  };
  return is(header.front(), "year") && is(header.back(), "value");
}

open_sdg_folder_result read_open_sdg_folder(const std::filesystem::path& dir, const open_sdg_options& options) {
  open_sdg_folder_result out;
  for (const std::filesystem::path& file : indicator_files(dir, true)) {
    csv_reader in(file);
    const std::string indicator = *open_sdg_indicator_of(file);
    read_result<observation_row> r = read_open_sdg(in, indicator, options);
    out.rows.insert(out.rows.end(), std::make_move_iterator(r.rows.begin()), std::make_move_iterator(r.rows.end()));
    out.files.push_back(open_sdg_file{file, indicator, r.counts, std::move(r.rejected)});
  }
  return out;
}

}  // namespace attain::io
