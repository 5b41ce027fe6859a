// attain/io/tidy.hpp — the four tidy CSV files of a plan review: observations, indicators,
// targets, units. Read with every bad row accounted for; written so that they read back.
//
// A plan review needs four tables, each one row per thing (docs/formats.md has them in
// full, with examples):
//   observations  indicator, unit, period, value[, status]        → observation_row
//   indicators    code, name, unit[, magnitude, polarity, kind, decimals, aggregation,
//                 name_en, name_fr]                               → indicator_row
//   targets       indicator[, unit], kind, baseline, last, value[, upper, baseline_value,
//                 polarity, source]   (or term instead of baseline and last) → target_row
//   units         code[, name, parent, level]                     → unit_row
// Columns are found by name in the header row, in any order; names are compared without
// case, and a space or '-' counts as '_' ("baseline year" = "baseline_year"). Columns the
// indicators, targets and units readers do not use are listed in `ignored_columns`, never
// silently dropped; an observations file has no unknown columns (DIMENSIONS). Values are
// exact decimals in the declared number format (plain, vi, en), periods in any syntax of
// attain/period_format.hpp, statuses as SDMX codes or words. The header and every field a
// reader uses must be well-formed UTF-8 with no byte order mark past the file's start; a
// field that is not is a `bad_encoding` problem that rejects its row (attain/io/csv.hpp).
//
// GLOSSARY (users' words → ours)
//   số liệu = observation; chỉ tiêu = indicator (or target, by context); đơn vị = unit;
//   kỳ = period; trạng thái = status; thực hiện = normal (A); sơ bộ = provisional (P);
//   ước đạt / ước tính = estimate (E); dự báo = forecast (F); kế hoạch = target.
//
// STRICT AND LENIENT (results in comments)
//   io::csv_reader in(std::filesystem::path{"observations.csv"});
//   auto r = io::read_observations(in, {.mode = io::read_mode::strict,
//                                       .numbers = number_format::vi()});
//   // strict: the first problem throws io::read_error:
//   //   observations.csv:12:19: bad digit grouping at 1 in "5.54"
//   // lenient: r.rows holds the accepted rows, r.rejected one entry per rejected row with
//   //   every problem of that row; r.counts.rows_read == accepted + rejected, always.
//   A problem with the file as a whole (no header, a required column missing) throws in
//   both modes: no row could be read.
//
// STATUSES (decided)
//   The SDMX OBS_STATUS codes A P E F B M (either case), the English words of
//   to_string(value_status) and "actual", and the Vietnamese words thực hiện (A), sơ bộ (P),
//   ước đạt / ước tính (E), dự báo (F) — with or without a capital first letter. An empty
//   status is A. A missing value is written as an empty field, NaN or #N/A: the row is an
//   observation with status M and value 0 (attain/series.hpp: never a 0 that counts). A
//   missing value with another status, or status M with a value, is a conflict.
//
// DIMENSIONS AND ATTRIBUTES (docs/formats.md, "observations")
//   Real indicator data is disaggregated: an observation is indicator × unit × period × one
//   member of each dimension (sex, age group…). An observations file declares its dimension
//   and attribute columns, in a comment before the header or in read_options:
//     # dimensions: SEX, AGE
//     # attributes: UNIT_MULT, COMMENT
//     indicator,unit,period,value,status,SEX,AGE,UNIT_MULT,COMMENT
//     POP,VN,2023,100.5,A,_T,,6,
//     POP,VN,2023,51.2,A,F,Y15T64,6,census
//   → row 1: members {} (a blank cell or _T is the total, never stored),
//     attributes {UNIT_MULT=6}; row 2: members {AGE=Y15T64, SEX=F} (sorted by dimension),
//     attributes {UNIT_MULT=6, COMMENT=census} (file order; empty values left out).
//   Any other column is a file-level read_error in both modes:
//     observations.csv:1:31: column "sex" is neither a column of an observations file nor a
//     declared dimension or attribute (declare it: "# dimensions: sex")
//   A row's series key is indicator × unit × members: key_text(row) == "POP · VN · SEX=F".
//   Targets may declare dimensions the same way (target_row::members).
//   The comment form needs the CSV layer to hand over the comment lines before the header
//   (csv_reader::leading_comments()); until it does, declare them in read_options.
//
// EXPONENTS: a value may be written the way R prints it (1e+05, 1.5E-3) in every number
//   format; it is read exactly (1e+05 → 100000, 1.5E-3 → 0.0015), never through a double.
//
// STREAMING
//   observation_reader reads one accepted observation at a time, as views, without
//   allocating per row: the fast path for large files (≥ 200 MB/s, bench/csv_bench.cpp).
//   Periods are parsed once per distinct text (a file has few distinct periods).
//
// CASE STUDY: "7,5" is not a growth target
//   A growth target written 7,5 could mean 7.5 (750 %) or 7.5 %. The target reader asks an
//   average_growth target for its percent sign ("7,5%" → 0.075) and rejects the bare
//   number, and rejects a percent on any other kind, where the value is in the indicator's
//   own unit ("56" for a forest cover of 56 %).
#ifndef ATTAIN_IO_TIDY_HPP
#define ATTAIN_IO_TIDY_HPP

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/hierarchy.hpp"
#include "attain/indicator.hpp"
#include "attain/io/csv.hpp"
#include "attain/number_format.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"
#include "attain/series.hpp"
#include "attain/table.hpp"
#include "attain/target.hpp"

namespace attain::io {

// OPTIONS AND RESULTS -----------------------------------------------------------------------

enum class read_mode : std::uint8_t {
  strict,   // the first problem throws read_error
  lenient,  // bad rows are returned in `rejected`, with their problems
};

struct read_options {
  read_mode mode = read_mode::strict;
  number_format numbers = number_format::plain();
  std::optional<period_syntax> periods = std::nullopt;  // none: any syntax (attain::try_parse_period)
  // Column names declared as dimensions and attributes of an observations file (and
  // dimensions of a targets file), as "# dimensions: …" / "# attributes: …" would. Names
  // are compared like other column names; a declared name the header lacks is ignored.
  std::vector<std::string> dimensions = {};
  std::vector<std::string> attributes = {};
};

// A row the reader did not accept, with every problem found in it (at least one).
struct rejected_row {
  std::size_t line = 0;
  std::uint64_t offset = 0;
  std::string text;               // the record as it stands in the file
  std::vector<problem> problems;
  friend bool operator==(const rejected_row&, const rejected_row&) = default;
};

struct read_counts {
  std::size_t rows_read = 0;      // data rows: header, comments and blank lines excluded
  std::size_t accepted = 0;
  std::size_t rejected = 0;       // rows_read == accepted + rejected
  std::size_t comment_lines = 0;
  std::size_t blank_lines = 0;
  friend bool operator==(const read_counts&, const read_counts&) = default;
};

template <class Row>
struct read_result {
  std::vector<Row> rows;                     // accepted, in file order
  std::vector<rejected_row> rejected;        // in file order
  read_counts counts;
  std::vector<std::string> ignored_columns;  // header columns this reader does not use
  char delimiter = ',';
};

// ROW TYPES ---------------------------------------------------------------------------------

// One member of a dimension other than its total: SEX=F. A row keeps its members sorted by
// dimension name; the total ("_T" or a blank cell) is never stored.
struct member {
  std::string dimension;
  std::string code;
  friend auto operator<=>(const member&, const member&) = default;
};

// An attribute of an observation other than its status: UNIT_MULT=6, COMMENT=census.
struct attribute {
  std::string name;
  std::string value;
  friend auto operator<=>(const attribute&, const attribute&) = default;
};

// The same, as views (observation_record).
struct member_view {
  std::string_view dimension;
  std::string_view code;
  friend bool operator==(const member_view&, const member_view&) = default;
};
struct attribute_view {
  std::string_view name;
  std::string_view value;
  friend bool operator==(const attribute_view&, const attribute_view&) = default;
};

// Whether a member's code is its dimension's total: "_T" (SDMX) or blank (Open SDG).
constexpr bool is_total_code(std::string_view code) noexcept {
  while (!code.empty() && (code.front() == ' ' || code.front() == '\t')) code.remove_prefix(1);
  while (!code.empty() && (code.back() == ' ' || code.back() == '\t')) code.remove_suffix(1);
  return code.empty() || code == "_T";
}

// One observation of an indicator for a unit (and a slice of its dimensions: `members`,
// empty for the headline). A missing value has status missing, value 0.
struct observation_row {
  std::string indicator;
  std::string unit;
  period when;
  decimal value;
  value_status status = value_status::normal;
  std::size_t line = 0;               // where it was read (0 when made in code)
  std::vector<member> members = {};   // non-total members, sorted by dimension name
  std::vector<attribute> attributes = {};  // other than the status, in the file's order

  attain::observation to_observation() const { return {when, value, status}; }
  // Equal content; `line` is not compared.
  friend bool operator==(const observation_row& a, const observation_row& b) {
    return a.indicator == b.indicator && a.unit == b.unit && a.when == b.when && a.value == b.value &&
           a.value.scale() == b.value.scale() && a.status == b.status && a.members == b.members &&
           a.attributes == b.attributes;
  }
};

// The same, as views into the reader's current record (observation_reader). The spans view
// the reader's own buffers and are valid until the following next().
struct observation_record {
  std::string_view indicator;
  std::string_view unit;
  period when;
  decimal value;
  value_status status = value_status::normal;
  std::size_t line = 0;
  std::span<const member_view> members = {};        // sorted by dimension name
  std::span<const attribute_view> attributes = {};  // in the file's order
};

// A series key for messages: indicator, unit (when not empty), then members as
// DIMENSION=code, joined by " · ".   key_text(row) == "GDP · VN · SEX=F"
ATTAIN_API std::string key_text(const observation_row& row);

struct indicator_row {
  attain::indicator indicator;
  std::optional<dhis2_aggregation> aggregation;  // none: the caller's default for its kind
  std::string name_en;                           // an English name, when the file has one
  std::size_t line = 0;
  std::string name_fr = {};                      // a French name, when the file has one (last:
                                                 // braced initializers of older code still fit)
  friend bool operator==(const indicator_row& a, const indicator_row& b) {
    return a.indicator == b.indicator && a.aggregation == b.aggregation && a.name_en == b.name_en &&
           a.name_fr == b.name_fr;
  }
};

struct target_row {
  attain::target target;
  bool polarity_given = false;  // false: set target.polarity from the indicator
  std::size_t line = 0;
  std::vector<member> members = {};  // the slice the target is for (declared dimensions); {}: headline
  friend bool operator==(const target_row& a, const target_row& b) {
    return a.target == b.target && a.polarity_given == b.polarity_given && a.members == b.members;
  }
};

// A unit of the hierarchy as the file gives it. `level` is the administrative level as
// written (a number, or a word such as "huyện"); unit_hierarchy computes depths itself.
struct unit_row {
  std::string code;
  std::string name;
  std::string parent;  // empty: a root
  std::string level;
  std::size_t line = 0;
  friend bool operator==(const unit_row& a, const unit_row& b) {
    return a.code == b.code && a.name == b.name && a.parent == b.parent && a.level == b.level;
  }
};

// READING -----------------------------------------------------------------------------------

// Streams the accepted observations of a tidy observations file. The constructor reads the
// header (throws read_error for a file-level problem); next() returns the next accepted
// row, valid until the following call, or nullptr at the end. Rejected rows collect in
// rejected() (lenient) or throw (strict).
class ATTAIN_API observation_reader {
 public:
  explicit observation_reader(csv_reader& in, const read_options& options = {});
  ~observation_reader();
  observation_reader(const observation_reader&) = delete;
  observation_reader& operator=(const observation_reader&) = delete;

  const observation_record* next();

  const read_counts& counts() const noexcept;
  const std::vector<rejected_row>& rejected() const noexcept;
  std::vector<rejected_row> take_rejected() noexcept;
  const std::vector<std::string>& ignored_columns() const noexcept;

 private:
  struct state;
  std::unique_ptr<state> s_;
};

ATTAIN_API read_result<observation_row> read_observations(csv_reader& in, const read_options& options = {});
ATTAIN_API read_result<indicator_row> read_indicators(csv_reader& in, const read_options& options = {});
ATTAIN_API read_result<target_row> read_targets(csv_reader& in, const read_options& options = {});
ATTAIN_API read_result<unit_row> read_units(csv_reader& in, const read_options& options = {});

// WORDS -------------------------------------------------------------------------------------
// The words the readers accept (ASCII case ignored), also for command-line flags.
//   parse_status("E"), parse_status("ước đạt"), parse_status("estimate") → estimate
//   parse_polarity("lower_is_better"), parse_measure_kind("flow"), parse_target_kind("band")
//   parse_aggregation("AVERAGE_SUM_ORG_UNIT") → dhis2_aggregation::average_sum_org_unit
ATTAIN_API std::optional<value_status> parse_status(std::string_view text) noexcept;
ATTAIN_API std::optional<polarity> parse_polarity(std::string_view text) noexcept;
ATTAIN_API std::optional<measure_kind> parse_measure_kind(std::string_view text) noexcept;
ATTAIN_API std::optional<target_kind> parse_target_kind(std::string_view text) noexcept;
ATTAIN_API std::optional<dhis2_aggregation> parse_aggregation(std::string_view text) noexcept;
// "sum", "average_sum_org_unit", … (lower case, as written by the writers).
ATTAIN_API std::string_view to_string(dhis2_aggregation a) noexcept;

// WRITING -----------------------------------------------------------------------------------
// Writes a header and one row per element, in a form the readers read back to equal rows
// (periods canonical, values in `numbers` with their own scale, statuses as SDMX codes).
// When a row has members or attributes, write_observations (and write_targets, members)
// first writes "# dimensions: A, B" (every dimension of any row, sorted by name) and
// "# attributes: X" (first-seen order), then adds those columns after the known ones, "_T"
// for a total cell; with none, the output is the plain five columns as ever. A
// growth target's rate is written as a percent that reads back with the same scale
// (0.075 → "7.5%"); a rate of fewer than two decimals reads back with two (0.5 → "50%" → 0.50).

struct write_options {
  char delimiter = ',';
  number_format numbers = number_format::plain();
  bool crlf = false;
};

ATTAIN_API void write_observations(std::ostream& out, std::span<const observation_row> rows, const write_options& options = {});
ATTAIN_API void write_indicators(std::ostream& out, std::span<const indicator_row> rows, const write_options& options = {});
ATTAIN_API void write_targets(std::ostream& out, std::span<const target_row> rows, const write_options& options = {});
ATTAIN_API void write_units(std::ostream& out, std::span<const unit_row> rows, const write_options& options = {});

// LOADING INTO THE ENGINE ---------------------------------------------------------------------

struct load_report {
  std::size_t appended = 0;  // rows appended to the table, missing ones included
  std::size_t missing = 0;   // of which with status missing (value 0, never summed)
  friend bool operator==(const load_report&, const load_report&) = default;
};

// Appends the rows to `table` (not sealed), each with its members (a dimension is declared
// on the table when a row first names it) — missing rows too, with status M and value 0:
// the engine tallies them without counting their value. An indicator the table does not
// know is declared at the largest scale of its values. Errors are the table's (unknown unit
// of a hierarchy, a value finer than a declared scale): domain_error.
//
// UNIT_MULT (SDMX; Open SDG "Unit multiplier"): a value is value × 10^UNIT_MULT. Rows of one
// indicator with different multipliers (a missing attribute counts as 0) are never added
// as written — 13 at UNIT_MULT 9 plus 500 at UNIT_MULT 6 is 13,500,000,000, not 513 — so
// load_observations refuses the mix before appending anything, with domain_error
// (invalid_argument) naming both lines:
//   indicator "GDP" mixes UNIT_MULT 9 (line 2) and UNIT_MULT 6 (line 5): apply the
//   multipliers first (io::apply_unit_multipliers)
// One multiplier throughout is kept as the indicator's magnitude: values load as written.
ATTAIN_API load_report load_observations(observation_table& table, std::span<const observation_row> rows);

// Multiplies each row's value by 10^UNIT_MULT exactly and sets its UNIT_MULT to 0:
// {13, UNIT_MULT=9} → {13000000000, UNIT_MULT=0}; {25, UNIT_MULT=-1} → {2.5, UNIT_MULT=0}.
// Rows without the attribute are left as they are. A UNIT_MULT that is not a whole number
// from -38 to 38 throws domain_error (invalid_argument); a value beyond decimal's range
// throws overflow_error — the rows before it are already converted, none is half-done.
ATTAIN_API void apply_unit_multipliers(std::span<observation_row> rows);

// Adds the units to `h` (parents may come in any order); the caller seals it, which
// reports orphans and cycles.
ATTAIN_API void load_units(unit_hierarchy& h, std::span<const unit_row> rows);

// The observations of one indicator for one unit, as a series (missing values included,
// with status missing): the headline slice — rows without members. The overload takes the
// slice's members (sorted by dimension, totals left out, as in observation_row). Throws
// domain_error for mixed period kinds or a period twice.
//   series_of(rows, "POP", "VN")                      // the total over every dimension
//   const io::member f[] = {{"SEX", "F"}};
//   series_of(rows, "POP", "VN", f)                   // women
ATTAIN_API attain::series series_of(std::span<const observation_row> rows, std::string_view indicator, std::string_view unit);
ATTAIN_API attain::series series_of(std::span<const observation_row> rows, std::string_view indicator, std::string_view unit,
                                    std::span<const member> members);

}  // namespace attain::io

#endif  // ATTAIN_IO_TIDY_HPP
