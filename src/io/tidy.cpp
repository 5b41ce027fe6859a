// Tidy CSV readers and writers (see attain/io/tidy.hpp).
#include "attain/io/tidy.hpp"

#include <algorithm>
#include <bit>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>

#include "fast_fields.hpp"
#include "rows.hpp"

namespace attain::io {

using detail::quote_text;
using detail::trim;

// WORDS -------------------------------------------------------------------------------------

std::optional<value_status> parse_status(std::string_view t) noexcept {
  t = trim(t);
  if (t.size() == 1) {
    char c = t[0];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return value_status_from_sdmx(c);
  }
  using detail::iequals_ascii;
  if (iequals_ascii(t, "normal") || iequals_ascii(t, "actual") || t == "thực hiện" || t == "Thực hiện")
    return value_status::normal;
  if (iequals_ascii(t, "provisional") || t == "sơ bộ" || t == "Sơ bộ") return value_status::provisional;
  if (iequals_ascii(t, "estimate") || iequals_ascii(t, "estimated") || t == "ước đạt" || t == "Ước đạt" ||
      t == "ước tính" || t == "Ước tính")
    return value_status::estimate;
  if (iequals_ascii(t, "forecast") || t == "dự báo" || t == "Dự báo") return value_status::forecast;
  if (iequals_ascii(t, "break") || iequals_ascii(t, "break_in_series")) return value_status::break_in_series;
  if (iequals_ascii(t, "missing")) return value_status::missing;
  return std::nullopt;
}

std::optional<polarity> parse_polarity(std::string_view t) noexcept {
  t = trim(t);
  for (const polarity p : {polarity::higher_is_better, polarity::lower_is_better, polarity::target_band})
    if (detail::iequals_ascii(t, to_string(p))) return p;
  return std::nullopt;
}

std::optional<measure_kind> parse_measure_kind(std::string_view t) noexcept {
  t = trim(t);
  for (const measure_kind k : {measure_kind::level, measure_kind::flow, measure_kind::rate, measure_kind::count})
    if (detail::iequals_ascii(t, to_string(k))) return k;
  return std::nullopt;
}

std::optional<target_kind> parse_target_kind(std::string_view t) noexcept {
  t = trim(t);
  for (const target_kind k : {target_kind::level, target_kind::cumulative, target_kind::average_growth,
                              target_kind::units_meeting_standard, target_kind::criteria_met, target_kind::band,
                              target_kind::maintain})
    if (detail::iequals_ascii(t, to_string(k))) return k;
  return std::nullopt;
}

namespace {
constexpr dhis2_aggregation all_aggregations[] = {
    dhis2_aggregation::sum,
    dhis2_aggregation::average,
    dhis2_aggregation::average_sum_org_unit,
    dhis2_aggregation::last,
    dhis2_aggregation::last_average_org_unit,
    dhis2_aggregation::last_last_org_unit,
    dhis2_aggregation::last_in_period,
    dhis2_aggregation::first,
    dhis2_aggregation::first_average_org_unit,
    dhis2_aggregation::first_first_org_unit,
    dhis2_aggregation::min,
    dhis2_aggregation::max,
    dhis2_aggregation::min_sum_org_unit,
    dhis2_aggregation::max_sum_org_unit,
    dhis2_aggregation::count,
    dhis2_aggregation::stddev,
    dhis2_aggregation::variance,
};
}  // namespace

std::string_view to_string(dhis2_aggregation a) noexcept {
  switch (a) {
    case dhis2_aggregation::sum: return "sum";
    case dhis2_aggregation::average: return "average";
    case dhis2_aggregation::average_sum_org_unit: return "average_sum_org_unit";
    case dhis2_aggregation::last: return "last";
    case dhis2_aggregation::last_average_org_unit: return "last_average_org_unit";
    case dhis2_aggregation::last_last_org_unit: return "last_last_org_unit";
    case dhis2_aggregation::last_in_period: return "last_in_period";
    case dhis2_aggregation::first: return "first";
    case dhis2_aggregation::first_average_org_unit: return "first_average_org_unit";
    case dhis2_aggregation::first_first_org_unit: return "first_first_org_unit";
    case dhis2_aggregation::min: return "min";
    case dhis2_aggregation::max: return "max";
    case dhis2_aggregation::min_sum_org_unit: return "min_sum_org_unit";
    case dhis2_aggregation::max_sum_org_unit: return "max_sum_org_unit";
    case dhis2_aggregation::count: return "count";
    case dhis2_aggregation::stddev: return "stddev";
    case dhis2_aggregation::variance: return "variance";
  }
  return "?";
}

std::optional<dhis2_aggregation> parse_aggregation(std::string_view t) noexcept {
  t = trim(t);
  for (const dhis2_aggregation a : all_aggregations)
    if (detail::iequals_ascii(t, to_string(a))) return a;
  return std::nullopt;
}

// OBSERVATIONS ------------------------------------------------------------------------------

struct observation_reader::state {
  state(csv_reader& in, const read_options& o)
      : scan(in, o.mode), options(o), numbers(o.numbers.with_exponent()), periods(o.periods) {
    indicator = scan.required({"indicator"});
    unit = scan.required({"unit"});
    when = scan.required({"period"});
    value = scan.required({"value"});
    const int s = scan.optional({"status"});
    has_status = s >= 0;
    status = has_status ? static_cast<std::size_t>(s) : 0;
    // Every other column is a declared dimension or attribute, or the file is refused: a
    // column dropped silently would merge the rows it tells apart (docs/formats.md).
    std::vector<std::string> dims, attrs;
    detail::declared_columns(in, o, dims, attrs);
    for (std::size_t c = 0; c < scan.width(); ++c) {
      if (scan.used(c)) continue;
      const std::string& n = scan.normalised_name(c);
      if (std::find(dims.begin(), dims.end(), n) != dims.end()) {
        dimensions.push_back({c, scan.header_name(c)});
      } else if (std::find(attrs.begin(), attrs.end(), n) != attrs.end()) {
        attributes.push_back({c, scan.header_name(c)});
      } else {
        const position& p = scan.header_position(c);
        const std::string quoted = quote_text(scan.header_name(c));
        detail::raise(problem{in.name(), p.line, p.column, p.offset, problem_kind::unknown_column, errc::ok,
                              scan.header_name(c),
                              "column " + quoted + " is neither a column of an observations file nor a declared "
                              "dimension or attribute (declare it: \"# dimensions: " + scan.header_name(c) + "\")"});
      }
      scan.use(c);
    }
    std::stable_sort(dimensions.begin(), dimensions.end(),
                     [](const detail::dimension_column& a, const detail::dimension_column& b) { return a.name < b.name; });
    members.reserve(dimensions.size());
    attribute_values.reserve(attributes.size());
  }
  detail::row_scan scan;
  read_options options;
  number_format numbers;  // the options' format, with exponents (1e+05, as R writes)
  detail::period_cache periods;
  detail::short_period_cache short_periods;  // in front of `periods`: texts of up to 8 bytes
  // Whether values in the plain shape may skip decimal::try_parse (detail::parse_plain_decimal):
  // the formats whose marks detail::parse_decimal_fast reads, which that shape is a part of,
  // on a little-endian machine (the word-at-a-time digits assume that byte order).
  bool plain_numbers = std::endian::native == std::endian::little &&
                       (numbers.decimal_mark == '.' || numbers.decimal_mark == ',') &&
                       numbers.group_mark != numbers.decimal_mark &&
                       !(numbers.group_mark >= '0' && numbers.group_mark <= '9');
  std::size_t indicator = 0, unit = 0, when = 0, value = 0, status = 0;
  bool has_status = false;
  std::vector<std::string> ignored;  // always empty: an observations file has no unknown columns
  std::vector<detail::dimension_column> dimensions;  // sorted by name
  std::vector<detail::attribute_column> attributes;  // in file order
  std::vector<member_view> members;                  // the current row's
  std::vector<attribute_view> attribute_values;      // the current row's
  observation_record out;
};

observation_reader::observation_reader(csv_reader& in, const read_options& options)
    : s_(std::make_unique<state>(in, options)) {}
observation_reader::~observation_reader() = default;

const read_counts& observation_reader::counts() const noexcept { return s_->scan.counts(); }
const std::vector<rejected_row>& observation_reader::rejected() const noexcept { return s_->scan.rejected(); }
std::vector<rejected_row> observation_reader::take_rejected() noexcept { return std::move(s_->scan.rejected()); }
const std::vector<std::string>& observation_reader::ignored_columns() const noexcept { return s_->ignored; }

namespace {

// The observation reader's problems, out of its row loop (which they would otherwise crowd
// with string building), each with the message the reader has always given.
ATTAIN_COLD void fail_empty(detail::row_scan& scan, std::size_t column) {
  scan.fail(column, problem_kind::empty_value, "empty value in column " + quote_text(scan.header_name(column)));
}
ATTAIN_COLD void fail_period(detail::row_scan& scan, std::size_t column, const parse_error& e) {
  scan.fail(column, e, problem_kind::bad_period);
}
ATTAIN_COLD void fail_status(detail::row_scan& scan, std::size_t column, std::string_view text) {
  scan.fail(column, problem_kind::bad_status,
            "unknown status " + quote_text(text) + "; expected A, P, E, F, B, M or a status word");
}
ATTAIN_COLD void fail_missing_with_status(detail::row_scan& scan, std::size_t column, std::string_view status) {
  scan.fail(column, problem_kind::conflict, "missing value with status " + quote_text(status));
}
ATTAIN_COLD void fail_value_with_m(detail::row_scan& scan, std::size_t column, std::string_view value) {
  scan.fail(column, problem_kind::conflict, "status M with a value " + quote_text(value));
}
// SDMX's one-letter statuses by letter, A…Z (value_status_from_sdmx as a table: a switch on a
// mostly-'A' column compiles to an indirect jump per row). 0xFF: not a status.
struct sdmx_letters {
  std::uint8_t status[26]{};
  constexpr sdmx_letters() {
    for (int c = 0; c < 26; ++c) {
      const std::optional<value_status> v = value_status_from_sdmx(static_cast<char>('A' + c));
      status[c] = v ? static_cast<std::uint8_t>(*v) : std::uint8_t{0xFF};
    }
  }
};
constexpr sdmx_letters sdmx_statuses{};

ATTAIN_COLD void fail_number(detail::row_scan& scan, std::size_t column, const parse_error& e) {
  scan.fail(column, e, problem_kind::bad_number);
}

}  // namespace

const observation_record* observation_reader::next() {
  state& s = *s_;
  detail::row_scan& scan = s.scan;
  observation_record& out = s.out;  // written in place: the row's value never round-trips memory
  while (const csv_record* r = scan.next()) {
    const csv_record& rec = *r;
    const std::string_view ind = trim(rec[s.indicator]);
    const std::string_view unit = trim(rec[s.unit]);
    if (ATTAIN_UNLIKELY(ind.empty())) fail_empty(scan, s.indicator);
    if (ATTAIN_UNLIKELY(unit.empty())) fail_empty(scan, s.unit);
    const std::string_view ptext = trim(rec[s.when]);
    out.when = period{};
    if (ATTAIN_UNLIKELY(ptext.empty())) {
      fail_empty(scan, s.when);
    } else {
      // Short texts ("2024", "2024-Q3") by one word compare; the rest, and the first sight of
      // each, through the general cache (which parses each distinct text once).
      const detail::short_period_cache::key k = detail::short_period_cache::key_of(rec.text(), ptext);
      if (const period* known = s.short_periods.find(k, ptext.size())) {
        out.when = *known;
      } else {
        const result<period> p = s.periods.get(ptext);
        if (p) {
          out.when = *p;
          s.short_periods.add(k, ptext.size(), *p);
        } else {
          fail_period(scan, s.when, p.error());
        }
      }
    }
    value_status status = value_status::normal;
    bool status_given = false;
    if (s.has_status) {
      const std::string_view st = trim(rec[s.status]);
      if (!st.empty()) {
        const std::uint8_t letter = st.size() == 1 && st[0] >= 'A' && st[0] <= 'Z'
                                        ? sdmx_statuses.status[st[0] - 'A']
                                        : std::uint8_t{0xFF};
        if (ATTAIN_LIKELY(letter != 0xFF)) {
          status = static_cast<value_status>(letter);
          status_given = true;
        } else if (const std::optional<value_status> v = parse_status(st)) {
          status = *v;
          status_given = true;
        } else {
          fail_status(scan, s.status, st);
        }
      }
    }
    const std::string_view vtext = rec[s.value];
    const detail::plain_number plain =
        s.plain_numbers ? detail::parse_plain_decimal(rec.text(), vtext, s.numbers.decimal_mark) : detail::plain_number{};
    if (ATTAIN_LIKELY(plain.ok)) {
      // A number in the plain shape: what decimal::try_parse gives, without its general path.
      out.value = decimal::from_parts(plain.coefficient, plain.scale);
      if (ATTAIN_UNLIKELY(status == value_status::missing)) fail_value_with_m(scan, s.status, vtext);
    } else if (const std::string_view vtrim = trim(vtext); detail::is_missing_value(vtrim)) {
      out.value = decimal{};
      if (status_given && status != value_status::missing) fail_missing_with_status(scan, s.value, trim(rec[s.status]));
      status = value_status::missing;
    } else {
      const result<decimal> v = decimal::try_parse(vtext, s.numbers);
      if (v) out.value = *v;
      else fail_number(scan, s.value, v.error());
      if (status == value_status::missing) fail_value_with_m(scan, s.status, vtrim);
    }
    if (ATTAIN_UNLIKELY(!scan.finish_row())) continue;
    if (!s.dimensions.empty()) {
      s.members.clear();
      for (const detail::dimension_column& d : s.dimensions) {
        const std::string_view code = trim(rec[d.column]);
        if (!is_total_code(code)) s.members.push_back(member_view{d.name, code});
      }
    }
    if (!s.attributes.empty()) {
      s.attribute_values.clear();
      for (const detail::attribute_column& a : s.attributes) {
        const std::string_view v = trim(rec[a.column]);
        if (!v.empty()) s.attribute_values.push_back(attribute_view{a.name, v});
      }
    }
    out.indicator = ind;
    out.unit = unit;
    out.status = status;
    out.line = rec.line();
    out.members = s.members;
    out.attributes = s.attribute_values;
    return &out;
  }
  return nullptr;
}

read_result<observation_row> read_observations(csv_reader& in, const read_options& options) {
  observation_reader reader(in, options);
  read_result<observation_row> out;
  while (const observation_record* r = reader.next()) {
    observation_row& row = out.rows.emplace_back(observation_row{std::string(r->indicator), std::string(r->unit), r->when,
                                                                 r->value, r->status, r->line});
    if (!r->members.empty()) {
      row.members.reserve(r->members.size());
      for (const member_view& m : r->members) row.members.push_back(member{std::string(m.dimension), std::string(m.code)});
    }
    if (!r->attributes.empty()) {
      row.attributes.reserve(r->attributes.size());
      for (const attribute_view& a : r->attributes) row.attributes.push_back(attribute{std::string(a.name), std::string(a.value)});
    }
  }
  out.counts = reader.counts();
  out.rejected = reader.take_rejected();
  out.ignored_columns = reader.ignored_columns();
  out.delimiter = in.delimiter();
  return out;
}

// INDICATORS --------------------------------------------------------------------------------

namespace {

template <class Row>
read_result<Row> finish(detail::row_scan& scan, std::vector<Row> rows) {
  read_result<Row> out;
  out.rows = std::move(rows);
  out.counts = scan.counts();
  out.rejected = std::move(scan.rejected());
  out.ignored_columns = scan.ignored();
  out.delimiter = scan.delimiter();
  return out;
}

std::optional<int> small_integer(detail::row_scan& scan, std::size_t c, int lo, int hi) {
  const std::string_view t = trim(scan.field(c));
  int v = 0;
  bool ok = !t.empty() && t.size() <= 4;
  for (const char ch : t) {
    if (ch < '0' || ch > '9') ok = false;
    else if (ok) v = v * 10 + (ch - '0');  // at most 4 digits: a long field must not overflow
  }
  if (!ok || v < lo || v > hi) {
    scan.fail(c, problem_kind::bad_number,
              "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", found " +
                  quote_text(t));
    return std::nullopt;
  }
  return v;
}

// A whole calendar year, as a period in any syntax ("2020", "năm 2020").
std::optional<int> year_of(detail::row_scan& scan, detail::period_cache& periods, std::size_t c) {
  const std::string_view t = trim(scan.field(c));
  if (t.empty()) {
    scan.fail(c, problem_kind::empty_value, "empty value in column " + quote_text(scan.header_name(c)));
    return std::nullopt;
  }
  const result<period> p = periods.get(t);
  if (!p) {
    scan.fail(c, p.error(), problem_kind::bad_period);
    return std::nullopt;
  }
  if (p->kind() != period_kind::year || p->is_reporting()) {
    scan.fail(c, problem_kind::bad_period, "expected a calendar year, found " + quote_text(t));
    return std::nullopt;
  }
  return p->label_year();
}

}  // namespace

read_result<indicator_row> read_indicators(csv_reader& in, const read_options& options) {
  detail::row_scan scan(in, options.mode);
  const std::size_t c_code = scan.required({"code", "indicator"});
  const std::size_t c_name = scan.required({"name"});
  const std::size_t c_unit = scan.required({"unit"});
  const int c_mag = scan.optional({"magnitude"});
  const int c_pol = scan.optional({"polarity"});
  const int c_kind = scan.optional({"kind", "measure_kind"});
  const int c_dec = scan.optional({"decimals"});
  const int c_agg = scan.optional({"aggregation", "aggregation_rule", "aggregation_type"});
  const int c_en = scan.optional({"name_en"});
  const int c_fr = scan.optional({"name_fr"});
  std::vector<indicator_row> rows;
  std::unordered_map<std::string, std::size_t> seen;  // code → line
  while (scan.next()) {
    indicator_row row;
    row.line = scan.record().line();
    if (auto code = scan.text(c_code)) {
      row.indicator.code = std::string(*code);
      const auto [it, fresh] = seen.emplace(row.indicator.code, row.line);
      if (!fresh)
        scan.fail(c_code, problem_kind::duplicate_key,
                  "duplicate indicator " + quote_text(*code) + " (first on line " + std::to_string(it->second) + ")");
    }
    row.indicator.name = std::string(trim(scan.field(c_name)));
    const std::string_view unit_text = trim(scan.field(c_unit));
    row.indicator.unit = unit_of_measure::parse(unit_text);
    if (c_mag >= 0) {
      const auto c = static_cast<std::size_t>(c_mag);
      const std::string_view m = trim(scan.field(c));
      if (!m.empty()) {
        int e = magnitude_exponent(m);
        if (e < 0) {
          bool digits = m.size() <= 2;
          int v = 0;
          for (const char ch : m) {
            if (ch < '0' || ch > '9') digits = false;
            else if (digits) v = v * 10 + (ch - '0');  // at most 2 digits: no overflow
          }
          if (digits) e = v;
        }
        if (e < 0) scan.fail(c, problem_kind::bad_code, "unknown magnitude " + quote_text(m) + "; expected a magnitude word or a power of ten");
        else row.indicator.unit.magnitude += e;
      }
    }
    if (c_pol >= 0) {
      const auto c = static_cast<std::size_t>(c_pol);
      if (!trim(scan.field(c)).empty())
        if (auto p = scan.word<polarity>(c, parse_polarity, "polarity", "higher_is_better, lower_is_better or target_band"))
          row.indicator.polarity = *p;
    }
    if (c_kind >= 0) {
      const auto c = static_cast<std::size_t>(c_kind);
      if (!trim(scan.field(c)).empty())
        if (auto k = scan.word<measure_kind>(c, parse_measure_kind, "measure kind", "level, flow, rate or count"))
          row.indicator.kind = *k;
    }
    if (c_dec >= 0) {
      const auto c = static_cast<std::size_t>(c_dec);
      if (!trim(scan.field(c)).empty())
        if (auto d = small_integer(scan, c, 0, decimal::max_scale)) row.indicator.decimals = *d;
    }
    if (c_agg >= 0) {
      const auto c = static_cast<std::size_t>(c_agg);
      if (!trim(scan.field(c)).empty())
        row.aggregation = scan.word<dhis2_aggregation>(c, parse_aggregation, "aggregation rule",
                                                       "a DHIS2 aggregation type (sum, average, last, …)");
    }
    if (c_en >= 0) row.name_en = std::string(trim(scan.field(static_cast<std::size_t>(c_en))));
    if (c_fr >= 0) row.name_fr = std::string(trim(scan.field(static_cast<std::size_t>(c_fr))));
    if (scan.finish_row()) rows.push_back(std::move(row));
  }
  return finish(scan, std::move(rows));
}

// TARGETS -----------------------------------------------------------------------------------

read_result<target_row> read_targets(csv_reader& in, const read_options& options) {
  const number_format numbers = options.numbers.with_exponent();  // 1e+05, as R writes
  detail::row_scan scan(in, options.mode);
  const std::size_t c_ind = scan.required({"indicator"});
  const int c_unit = scan.optional({"unit"});
  const std::size_t c_kind = scan.required({"kind", "target_kind"});
  const int c_term = scan.optional({"term"});
  const int c_base = scan.optional({"baseline", "baseline_year", "baseline_period"});
  const int c_last = scan.optional({"last", "last_year", "target_year", "target_period"});
  const std::size_t c_value = scan.required({"value", "target", "target_value"});
  const int c_upper = scan.optional({"upper", "band_upper"});
  const int c_bval = scan.optional({"baseline_value"});
  const int c_pol = scan.optional({"polarity"});
  const int c_src = scan.optional({"source"});
  if (c_term < 0) {
    if (c_base < 0) scan.required({"baseline"});
    if (c_last < 0) scan.required({"last"});
  }
  // Declared dimension columns: the target's slice (attributes mean nothing here).
  std::vector<detail::dimension_column> dims;
  {
    std::vector<std::string> d, a;
    detail::declared_columns(in, options, d, a);
    for (std::size_t c = 0; c < scan.width(); ++c) {
      if (scan.used(c) || std::find(d.begin(), d.end(), scan.normalised_name(c)) == d.end()) continue;
      dims.push_back({c, scan.header_name(c)});
      scan.use(c);
    }
    std::stable_sort(dims.begin(), dims.end(),
                     [](const detail::dimension_column& x, const detail::dimension_column& y) { return x.name < y.name; });
  }
  detail::period_cache periods(options.periods);
  std::vector<target_row> rows;
  while (scan.next()) {
    target_row row;
    attain::target& t = row.target;
    row.line = scan.record().line();
    for (const detail::dimension_column& d : dims) {
      const std::string_view code = trim(scan.field(d.column));
      if (!is_total_code(code)) row.members.push_back(member{d.name, std::string(code)});
    }
    if (auto ind = scan.text(c_ind)) t.indicator = std::string(*ind);
    if (c_unit >= 0) t.unit = std::string(trim(scan.field(static_cast<std::size_t>(c_unit))));
    const std::optional<target_kind> kind =
        scan.word<target_kind>(c_kind, parse_target_kind, "target kind",
                               "level, cumulative, average_growth, units_meeting_standard, criteria_met, band or maintain");
    if (kind) t.kind = *kind;
    // The term: a `term` column, or baseline and last years.
    const bool use_term = c_term >= 0 && !trim(scan.field(static_cast<std::size_t>(c_term))).empty();
    if (use_term) {
      const auto c = static_cast<std::size_t>(c_term);
      const std::string_view text = trim(scan.field(c));
      const result<period> p = periods.get(text);
      if (!p) scan.fail(c, p.error(), problem_kind::bad_period);
      else if (p->kind() != period_kind::term)
        scan.fail(c, problem_kind::bad_period, "expected a plan term (\"2021/2025\"), found " + quote_text(text));
      // A bare "2020–2025" reads as six pooled years, but in "nhiệm kỳ 2020–2025" 2020 is the
      // baseline (attain/term.hpp): a term column must say which.
      else if (text.find('/') == std::string_view::npos && text.front() >= '0' && text.front() <= '9')
        scan.fail(c, problem_kind::bad_period,
                  "a bare year span is not a plan term: write \"nhiệm kỳ " + std::string(text) +
                      "\" (baseline first) or \"2021/2025\" (plan years), found " + quote_text(text));
      else if (p->label_year() - 1 < min_period_year)  // a term's baseline is a year too
        scan.fail(c, problem_kind::bad_period,
                  "baseline year " + std::to_string(p->label_year() - 1) + " of the term " + quote_text(text) +
                      " is out of range (expected " + std::to_string(min_period_year) + " to " +
                      std::to_string(max_period_year) + ")",
                  errc::year_out_of_range);
      else t.term = term::from_period(*p);
    } else if (c_base < 0 || c_last < 0) {
      scan.fail(c_term >= 0 ? static_cast<std::size_t>(c_term) : c_ind, problem_kind::empty_value,
                "empty value in column \"term\"");
    } else {
      const auto cb = static_cast<std::size_t>(c_base), cl = static_cast<std::size_t>(c_last);
      const std::optional<int> b = year_of(scan, periods, cb);
      const std::optional<int> l = year_of(scan, periods, cl);
      if (b && l) {
        if (*l <= *b) scan.fail(cl, problem_kind::conflict, "last year " + std::to_string(*l) + " is not after the baseline year " + std::to_string(*b));
        else t.term = term::from_baseline(*b, *l);
      }
    }
    // The value: a percent for average_growth (→ a ratio), a number in the format otherwise.
    const std::string_view vtext = scan.field(c_value);
    const bool percent = vtext.find('%') != std::string_view::npos;
    if (trim(vtext).empty()) {
      scan.fail(c_value, problem_kind::empty_value, "empty value in column " + quote_text(scan.header_name(c_value)));
    } else if (kind == target_kind::average_growth) {
      if (!percent) {
        scan.fail(c_value, problem_kind::bad_number,
                  "an average_growth target is a percent (\"7,5%\"), found " + quote_text(trim(vtext)));
      } else {
        const result<decimal> v = try_parse_percent(vtext, numbers);
        if (v) t.value = *v;
        else scan.fail(c_value, v.error(), problem_kind::bad_number);
      }
    } else if (percent) {
      scan.fail(c_value, problem_kind::bad_number,
                "a percent is only read for an average_growth target, found " + quote_text(trim(vtext)));
    } else if (auto v = scan.number(c_value, numbers)) {
      t.value = *v;
    }
    if (c_upper >= 0) {
      const auto c = static_cast<std::size_t>(c_upper);
      if (!trim(scan.field(c)).empty()) {
        if (auto u = scan.number(c, numbers)) {
          if (kind && *kind != target_kind::band)
            scan.fail(c, problem_kind::conflict, "an upper bound is only read for a band target");
          else if (*u < t.value)
            scan.fail(c, problem_kind::conflict, "upper bound " + to_string(*u) + " is below the value " + to_string(t.value));
          else t.upper = *u;
        }
      }
    }
    if (kind == target_kind::band && !t.upper && !scan.failed())
      scan.fail(c_upper >= 0 ? static_cast<std::size_t>(c_upper) : c_value, problem_kind::empty_value,
                "a band target needs an upper bound");
    if (c_bval >= 0) {
      const auto c = static_cast<std::size_t>(c_bval);
      if (!trim(scan.field(c)).empty())
        if (auto b = scan.number(c, numbers)) t.baseline = *b;
    }
    if (c_pol >= 0) {
      const auto c = static_cast<std::size_t>(c_pol);
      if (!trim(scan.field(c)).empty()) {
        if (auto p = scan.word<polarity>(c, parse_polarity, "polarity", "higher_is_better, lower_is_better or target_band")) {
          t.polarity = *p;
          row.polarity_given = true;
        }
      }
    }
    if (c_src >= 0) t.source = std::string(trim(scan.field(static_cast<std::size_t>(c_src))));
    if (scan.finish_row()) rows.push_back(std::move(row));
  }
  return finish(scan, std::move(rows));
}

// UNITS -------------------------------------------------------------------------------------

read_result<unit_row> read_units(csv_reader& in, const read_options& options) {
  detail::row_scan scan(in, options.mode);
  const std::size_t c_code = scan.required({"code", "unit"});
  const int c_name = scan.optional({"name"});
  const int c_parent = scan.optional({"parent", "parent_code"});
  const int c_level = scan.optional({"level"});
  std::vector<unit_row> rows;
  std::unordered_map<std::string, std::size_t> seen;
  const auto opt = [&](int c) { return c < 0 ? std::string() : std::string(trim(scan.field(static_cast<std::size_t>(c)))); };
  while (scan.next()) {
    unit_row row;
    row.line = scan.record().line();
    if (auto code = scan.text(c_code)) {
      row.code = std::string(*code);
      const auto [it, fresh] = seen.emplace(row.code, row.line);
      if (!fresh)
        scan.fail(c_code, problem_kind::duplicate_key,
                  "duplicate unit " + quote_text(*code) + " (first on line " + std::to_string(it->second) + ")");
    }
    row.name = opt(c_name);
    row.parent = opt(c_parent);
    row.level = opt(c_level);
    if (!row.code.empty() && row.parent == row.code)
      scan.fail(static_cast<std::size_t>(c_parent), problem_kind::conflict, "unit " + quote_text(row.code) + " is its own parent");
    if (scan.finish_row()) rows.push_back(std::move(row));
  }
  return finish(scan, std::move(rows));
}

// WRITING -----------------------------------------------------------------------------------

namespace {
std::string number_text(const decimal& x, const number_format& f) { return format(x, f); }

// A rate as the percent the target reader reads back to the same value and, from two
// decimals on, the same scale: 0.075 → "7.5%" (not "7.500%", which reads back as 0.07500,
// and at 37 decimals would not read back at all). A rate with fewer decimals is written
// whole (0.5 → "50%") and reads back with two (0.50).
std::string percent_text(const decimal& rate, const number_format& f) {
  if (rate.scale() >= 2) return number_text(decimal::from_parts(rate.coefficient(), rate.scale() - 2), f) + "%";
  return number_text(decimal::from_parts(rate.coefficient(), 0) * decimal{rate.scale() == 0 ? 100 : 10}, f) + "%";
}
}  // namespace

namespace {

// "# dimensions: SEX, AGE" and its line end.
void write_declaration(std::ostream& out, std::string_view what, const std::vector<std::string>& names, bool crlf) {
  if (names.empty()) return;
  out << "# " << what << ": ";
  for (std::size_t i = 0; i < names.size(); ++i) out << (i == 0 ? "" : ", ") << names[i];
  out << (crlf ? "\r\n" : "\n");
}

}  // namespace

void write_observations(std::ostream& out, std::span<const observation_row> rows, const write_options& o) {
  const std::vector<std::string> dims = detail::dimension_union(rows);
  const std::vector<std::string> attrs = detail::attribute_union(rows);  // first-seen order
  write_declaration(out, "dimensions", dims, o.crlf);
  write_declaration(out, "attributes", attrs, o.crlf);
  csv_writer w(out, o.delimiter, o.crlf);
  w.field("indicator").field("unit").field("period").field("value").field("status");
  for (const std::string& d : dims) w.field(d);
  for (const std::string& a : attrs) w.field(a);
  w.end_row();
  for (const observation_row& r : rows) {
    const std::string p = to_string(r.when);
    const std::string v = r.status == value_status::missing ? std::string() : number_text(r.value, o.numbers);
    const char code = sdmx_code(r.status);
    w.field(r.indicator).field(r.unit).field(p).field(v).field(std::string_view(&code, 1));
    for (const std::string& d : dims) w.field(detail::member_code(r.members, d));
    for (const std::string& a : attrs) w.field(detail::attribute_value(r.attributes, a));
    w.end_row();
  }
}

void write_indicators(std::ostream& out, std::span<const indicator_row> rows, const write_options& o) {
  csv_writer w(out, o.delimiter, o.crlf);
  // name_fr only when a row has one: files without French names read back unchanged.
  const bool french = std::any_of(rows.begin(), rows.end(), [](const indicator_row& r) { return !r.name_fr.empty(); });
  for (const char* column : {"code", "name", "unit", "magnitude", "polarity", "kind", "decimals", "aggregation", "name_en"})
    w.field(column);
  if (french) w.field("name_fr");
  w.end_row();
  for (const indicator_row& r : rows) {
    const attain::indicator& i = r.indicator;
    // The unit is written as its text; the magnitude column carries what the text does not say.
    const int extra = i.unit.magnitude - unit_of_measure::parse(i.unit.text).magnitude;
    w.field(i.code).field(i.name).field(i.unit.text).field(extra == 0 ? std::string() : std::to_string(extra));
    w.field(to_string(i.polarity)).field(to_string(i.kind)).field(std::to_string(i.decimals));
    w.field(r.aggregation ? to_string(*r.aggregation) : std::string_view()).field(r.name_en);
    if (french) w.field(r.name_fr);
    w.end_row();
  }
}

void write_targets(std::ostream& out, std::span<const target_row> rows, const write_options& o) {
  const std::vector<std::string> dims = detail::dimension_union(rows);
  write_declaration(out, "dimensions", dims, o.crlf);
  csv_writer w(out, o.delimiter, o.crlf);
  for (const std::string_view h : {"indicator", "unit", "kind", "baseline", "last", "value", "upper", "baseline_value",
                                   "polarity", "source"})
    w.field(h);
  for (const std::string& d : dims) w.field(d);
  w.end_row();
  for (const target_row& r : rows) {
    const attain::target& t = r.target;
    std::string value;
    if (t.kind == target_kind::average_growth) value = percent_text(t.value, o.numbers);
    else value = number_text(t.value, o.numbers);
    w.field(t.indicator).field(t.unit).field(to_string(t.kind));
    w.field(std::to_string(t.term.baseline_year())).field(std::to_string(t.term.last_year())).field(value);
    w.field(t.upper ? number_text(*t.upper, o.numbers) : std::string());
    w.field(t.baseline ? number_text(*t.baseline, o.numbers) : std::string());
    w.field(r.polarity_given ? to_string(t.polarity) : std::string_view()).field(t.source);
    for (const std::string& d : dims) w.field(detail::member_code(r.members, d));
    w.end_row();
  }
}

void write_units(std::ostream& out, std::span<const unit_row> rows, const write_options& o) {
  csv_writer w(out, o.delimiter, o.crlf);
  w.row({"code", "name", "parent", "level"});
  for (const unit_row& r : rows) w.row({r.code, r.name, r.parent, r.level});
}

// LOADING -----------------------------------------------------------------------------------

namespace {

bool is_unit_mult(std::string_view name) noexcept { return detail::iequals_ascii(name, "UNIT_MULT"); }

// A row's UNIT_MULT: 0 when it has none. Not a whole number from -38 to 38: domain_error.
int unit_mult_of(const observation_row& r) {
  for (const attribute& a : r.attributes) {
    if (!is_unit_mult(a.name)) continue;
    std::string_view t = trim(a.value);
    const bool negative = !t.empty() && t.front() == '-';
    if (!t.empty() && (t.front() == '-' || t.front() == '+')) t.remove_prefix(1);
    int k = 0;
    bool ok = !t.empty() && t.size() <= 2;
    for (const char c : t) {
      if (c < '0' || c > '9') ok = false;
      else if (ok) k = k * 10 + (c - '0');
    }
    if (!ok || k > decimal::max_scale)
      attain::detail::raise_domain(errc::invalid_argument,
                                   "UNIT_MULT " + quote_text(a.value) + " of line " + std::to_string(r.line) +
                                       " is not a whole number from -38 to 38");
    return negative ? -k : k;
  }
  return 0;
}

bool has_unit_mult(const observation_row& r) noexcept {
  return std::any_of(r.attributes.begin(), r.attributes.end(), [](const attribute& a) { return is_unit_mult(a.name); });
}

}  // namespace

load_report load_observations(observation_table& table, std::span<const observation_row> rows) {
  // UNIT_MULT: one multiplier per indicator, or nothing is appended (tidy.hpp).
  if (std::any_of(rows.begin(), rows.end(), has_unit_mult)) {
    std::unordered_map<std::string_view, std::pair<int, std::size_t>> first;  // indicator → (multiplier, line)
    for (const observation_row& r : rows) {
      if (r.status == value_status::missing) continue;  // no value to scale
      const int k = unit_mult_of(r);
      const auto [it, fresh] = first.emplace(r.indicator, std::pair{k, r.line});
      if (!fresh && it->second.first != k)
        attain::detail::raise_domain(errc::invalid_argument,
                                     "indicator " + quote_text(r.indicator) + " mixes UNIT_MULT " +
                                         std::to_string(it->second.first) + " (line " + std::to_string(it->second.second) +
                                         ") and UNIT_MULT " + std::to_string(k) + " (line " + std::to_string(r.line) +
                                         "): apply the multipliers first (io::apply_unit_multipliers)");
    }
  }
  // Scales of the indicators the table does not know yet: the largest among their values
  // (0 for an indicator whose every row is missing).
  std::unordered_map<std::string_view, int> scales;
  for (const observation_row& r : rows) {
    if (table.find_indicator(r.indicator) != dictionary::npos) continue;
    int& s = scales[r.indicator];
    if (r.status != value_status::missing) s = std::max(s, r.value.scale());
  }
  for (const auto& [code, scale] : scales) table.add_indicator(code, scale);
  load_report report;
  table.reserve(table.size() + rows.size());
  std::vector<dimension_member> members;
  for (const observation_row& r : rows) {
    if (r.members.empty()) {
      table.append(r.indicator, r.unit, r.when, r.value, r.status);
    } else {
      members.clear();
      for (const member& m : r.members) members.push_back(dimension_member{m.dimension, m.code});
      table.append(r.indicator, r.unit, to_span(r.when), r.value, r.status, members);
    }
    ++report.appended;
    report.missing += r.status == value_status::missing;
  }
  return report;
}

void apply_unit_multipliers(std::span<observation_row> rows) {
  for (observation_row& r : rows) {
    if (!has_unit_mult(r)) continue;
    const int k = unit_mult_of(r);
    if (k != 0 && r.status != value_status::missing) {
      const int128 c = r.value.coefficient();
      const int s = r.value.scale();
      if (k <= s) {
        // 1.25 × 10^1 = 12.5 and 25 × 10^-1 = 2.5: only the scale moves (at most 38 decimals).
        if (s - k > decimal::max_scale)
          attain::detail::raise_domain(errc::scale_out_of_range,
                                       "UNIT_MULT " + std::to_string(k) + " of line " + std::to_string(r.line) + ": " +
                                           to_string(r.value) + " would need more than 38 decimals");
        r.value = decimal::from_parts(c, s - k);
      } else {
        int128 x = 0;
        if (!attain::detail::mul_pow10(c, k - s, x))
          attain::detail::raise_overflow(("UNIT_MULT " + std::to_string(k) + " of line " + std::to_string(r.line) +
                                          ": " + to_string(r.value) + " × 10^" + std::to_string(k) +
                                          " is beyond decimal's range")
                                             .c_str());
        r.value = decimal::from_parts(x, 0);
      }
    }
    for (attribute& a : r.attributes)
      if (is_unit_mult(a.name)) a.value = "0";
  }
}

void load_units(unit_hierarchy& h, std::span<const unit_row> rows) {
  for (const unit_row& r : rows) h.add(r.code, r.parent);
}

attain::series series_of(std::span<const observation_row> rows, std::string_view indicator, std::string_view unit) {
  std::vector<attain::observation> obs;
  for (const observation_row& r : rows)
    if (r.indicator == indicator && r.unit == unit && r.members.empty()) obs.push_back(r.to_observation());
  return attain::series(std::move(obs));
}

attain::series series_of(std::span<const observation_row> rows, std::string_view indicator, std::string_view unit,
                         std::span<const member> members) {
  std::vector<attain::observation> obs;
  for (const observation_row& r : rows)
    if (r.indicator == indicator && r.unit == unit && std::equal(r.members.begin(), r.members.end(), members.begin(), members.end()))
      obs.push_back(r.to_observation());
  return attain::series(std::move(obs));
}

std::string key_text(const observation_row& row) {
  std::string out = row.indicator;
  if (!row.unit.empty()) out += " · " + row.unit;
  for (const member& m : row.members) out += " · " + m.dimension + "=" + m.code;
  return out;
}

}  // namespace attain::io
