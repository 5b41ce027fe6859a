// The attain command reads observations through the engine: every file (tidy CSV, SDMX-CSV,
// an Open SDG data file or a folder of them) goes into one attain::observation_table, whose
// series keys are indicator × unit × period × the members of every dimension. The table
// rejects a duplicate series key (both file:line named) unless --duplicates says otherwise;
// a table over a units file rejects an unknown unit with its file:line; a units file's
// duplicates, orphans and cycles are named with their lines before any figure is computed.
// Every command (growth, rank, aggregate, check, review, assess) starts here, so each runs
// the same validations.
#ifndef ATTAIN_TOOLS_DATASET_HPP
#define ATTAIN_TOOLS_DATASET_HPP

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attain/hierarchy.hpp"
#include "attain/io/tidy.hpp"
#include "attain/language.hpp"
#include "attain/period.hpp"
#include "attain/table.hpp"

namespace attain_cli {

// How observations are read: shared by every command that reads them.
struct observation_options {
  std::string numbers = "auto";        // auto | plain | vi | en (tidy files)
  bool lenient = false;                // rejected rows are reported on stderr and left out
  std::string duplicates = "reject";   // reject | keep-last | sum
  std::string unit_column;             // Open SDG: the column holding the unit (e.g. Geography)
  std::string headline_unit = "_T";    // Open SDG: the unit of a blank cell of unit_column
  bool apply_unit_multipliers = false; // SDMX UNIT_MULT: values × 10^UNIT_MULT (else a mix is refused)
};

// A units file read into a sealed hierarchy, with the line of every unit.
struct units_file {
  std::string file;
  attain::unit_hierarchy hierarchy;
  std::vector<attain::io::unit_row> rows;
};
// Reads and seals; a duplicate unit (both lines), an orphan or a cycle is a usage_error with
// file:line.
std::unique_ptr<units_file> read_units_file(const std::string& file, const std::string& numbers);

// Where an observation came from.
struct origin {
  std::uint32_t file = 0;  // index into dataset::files
  std::size_t line = 0;
};

// Observations as the engine holds them, sealed.
struct dataset {
  std::vector<std::string> files;
  std::unique_ptr<attain::observation_table> table;
  std::vector<attain::period> periods;  // by the table's period id: the period as read
  std::size_t rejected = 0;             // lenient: rows left out
  std::size_t missing = 0;              // observations without a value (status M)

  // "GDP · VN · SEX=F" (the dimensions at their total left out).
  std::string key_text(std::size_t row) const;
  // The row's non-total members, "SEX=F, AGE=Y15-24", or "" for a headline row.
  std::string members_text(std::size_t row) const;
};

// Reads every path (files, or folders of Open SDG data files) into one table. `units`, when
// given, is the hierarchy the table is built over.
dataset load_dataset(const std::vector<std::string>& paths, const observation_options& options,
                     const units_file* units = nullptr);

// The rows of the input as read (for convert, which writes them back), with their origins.
struct read_rows {
  std::vector<std::string> files;
  std::vector<attain::io::observation_row> rows;
  std::vector<origin> origins;
  std::size_t rejected = 0;
};
read_rows read_observation_rows(const std::vector<std::string>& paths, const observation_options& options);
// The table of rows already read (load_dataset = read_observation_rows + build_dataset).
dataset build_dataset(const read_rows& in, const observation_options& options, const units_file* units = nullptr);

// A member filter from the command line: "SEX=F" (repeatable; "SEX=_T" selects the total).
struct member_filter {
  std::string dimension, member;
};
std::vector<member_filter> parse_filters(const std::vector<std::string>& where);

// The headline of the rows of `indicator` (dictionary::npos: every indicator): `given`, and
// every dimension not named there (nor in `named`, the dimensions split or summed over) at
// its total — except a dimension that has no total among those rows and one member only (an
// Open SDG file's single "Units", an SDMX file's FREQ = A), which stands at that member (a
// note on standard error says so, in `lang`). A dimension without a total and with several
// members has no headline: a usage_error lists its members, to be chosen with --where.
std::vector<member_filter> headline_filters(const attain::observation_table& t, std::uint32_t indicator,
                                            const std::vector<member_filter>& given,
                                            const std::vector<std::string>& named = {},
                                            attain::language lang = attain::language::en);

// SERIES ------------------------------------------------------------------------------------------

// A series key by the table's ids: indicator, unit and one member per dimension.
struct series_id {
  std::uint32_t indicator = 0, unit = 0;
  std::vector<std::uint32_t> members;
  friend auto operator<=>(const series_id&, const series_id&) = default;
};

// The rows of every series key of the table (row numbers of the sealed table, in period
// order), keyed in code order: indicator code, unit code, then members.
struct series_rows {
  series_id key;
  std::vector<std::size_t> rows;
};
std::vector<series_rows> series_of(const dataset& d);

// Whether a series key lies in the slice chosen by `filters`: named dimensions at the named
// member, every other dimension at its total. An unknown dimension or member is a usage_error.
class slice {
 public:
  slice(const attain::observation_table& t, const std::vector<member_filter>& filters);
  bool contains(const series_id& k) const;
  bool contains_row(const attain::observation_table& t, std::size_t row) const;
  std::string text() const;  // "SEX=F" or "headline"

 private:
  std::vector<std::uint32_t> members_;  // per dimension
  std::string text_;
};

// "GDP · VN · SEX=F" (an empty unit code left out, as io::key_text does).
std::string key_text(const attain::observation_table& t, const series_id& k);

}  // namespace attain_cli

#endif  // ATTAIN_TOOLS_DATASET_HPP
