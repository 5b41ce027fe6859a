// attain/io/open_sdg.hpp — Open SDG data files: one CSV per indicator, disaggregated.
//
// Open SDG (the open-source national reporting platform for the Sustainable Development
// Goals) keeps the data of indicator 1.2.1 in `indicator_1-2-1.csv`: a `Year` column, a
// `Value` column, and between them one column per disaggregation — `Geography`, `Sex`, `Age`,
// `Units`, `Series`, `Sources of waste for disposal`… A blank cell means "not disaggregated
// by this dimension": the headline series is the rows whose every disaggregation cell is
// blank. attain reads such a file into the tidy observation rows of attain/io/tidy.hpp, each
// non-blank disaggregation cell a member of its dimension (docs/formats.md, "Open SDG data
// files", has the rules in full).
//
// GLOSSARY (users' words → ours)
//   chỉ tiêu SDG = indicator; phân tổ = disaggregation = dimension; tổng / toàn quốc =
//   headline (every dimension at its total); năm = Year; giá trị = Value.
//
// COLUMNS (names compared without case, a space or '-' as '_', a `data.` prefix dropped)
//   Year                 the period, in any syntax attain reads ("2023", pooled "2005-2007")
//   Value                exact, also as R prints it (1e+05 → 100000); empty, NA, NaN or #N/A:
//                        missing (status M, value 0)
//   Observation status   "Normal value" A, "Estimated value" E, "Provisional value" P,
//                        "Forecast value" F, "Break in series" B, "Missing value" M,
//                        "Undefined" or blank: A; the tidy status codes and words too;
//                        anything else rejects the row (bad_status)
//   Unit multiplier      "Units" 0, "Thousands" 3, "Millions" 6, "Billions" 9 → attribute
//                        UNIT_MULT (load_observations refuses mixed multipliers); else bad_code
//   GeoCode              a map code for the geography: attribute GeoCode, not a dimension
//   every other column   a dimension named as in the header (Units, Series, Geography, Sex…):
//                        values in "Number" and in "Percentage (%)" are different series
//   An empty header cell or two columns of the same name is a file-level read_error.
//
// READING (results in comments)
//   io::csv_reader in(std::filesystem::path{"data/indicator_1-2-1.csv"});
//   auto r = io::read_open_sdg(in, "1-2-1", {.unit = "CA"});
//   // Year,Geography,Sex,Value / 2020,,,12.5 / 2020,Ontario,Female,11.9 →
//   //   {"1-2-1", "CA", 2020, 12.5}  {"1-2-1", "CA", 2020, 11.9, members {Geography=Ontario, Sex=Female}}
//   io::read_open_sdg(in2, "1-2-1", {.unit_column = "Geography"})
//   //   → units "_T" (the blank cells: national) and "Ontario", members {Sex=Female}
//   io::open_sdg_indicator_of("indicator_11-6-1.csv")          // "11-6-1"
//   io::open_sdg_indicator_of("indicator_1-1-1-SERIE-A.csv")   // "1-1-1-SERIE-A"
//   io::open_sdg_indicator_of("README.md")                     // nullopt
//   auto all = io::read_open_sdg_folder("data", {.unit = "CA"});  // every indicator_*.csv
//
// INDICATOR CODES (decided)
//   The indicator is the file name's id as written: dashes kept ("1-2-1", not "1.2.1": the
//   dashed form is the one the platform uses in file names and URLs, and a code that is not
//   a number needs no reinterpretation). A series file keeps its suffix, "1-1-1-SERIE-A":
//   its rows are another set of series, and keeping them apart keeps their keys apart.
//
// CASE STUDY: the blank cell is the total, not "unknown"
//   indicator_1-2-1.csv has 2020,,,12.5 (national, both sexes) and 2020,,Female,13.1 and
//   2020,,Male,11.9. Read with the blank as a member "" of Sex, the three rows would be
//   three sexes and a roll-up over Sex would add 12.5 + 13.1 + 11.9 = 37.5. Read as the
//   total, the first row is the headline (no members) and the other two its Sex slices:
//   nothing is added twice.
#ifndef ATTAIN_IO_OPEN_SDG_HPP
#define ATTAIN_IO_OPEN_SDG_HPP

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/config.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"

namespace attain::io {

struct open_sdg_options {
  read_mode mode = read_mode::strict;
  std::string unit = {};                // every row's unit when unit_column is empty
  std::string unit_column = {};         // a column whose cell is the row's unit ("Geography")
  std::string headline_unit = "_T";     // the unit of a blank cell of unit_column, and of every
                                        // row of a file without that column
};

// Reads one Open SDG data file whose indicator is `indicator`. File-level problems (no
// Year or Value column, an empty header cell, a column twice) throw
// read_error in both modes; bad rows throw (strict) or are returned in `rejected`.
ATTAIN_API read_result<observation_row> read_open_sdg(csv_reader& in, std::string_view indicator,
                                                      const open_sdg_options& options = {});

// The indicator code of a file named indicator_<id>.csv (the id: letters, digits and '-'
// only, starting with a digit); nullopt for any other name.
ATTAIN_API std::optional<std::string> open_sdg_indicator_of(const std::filesystem::path& file);

// Whether `dir` is a directory holding at least one indicator_<id>.csv.
ATTAIN_API bool is_open_sdg_folder(const std::filesystem::path& dir);

// Whether a header looks like an Open SDG data file's: Year first and Value last (names
// compared as the reader does).
ATTAIN_API bool looks_like_open_sdg(std::span<const std::string_view> header) noexcept;

// One file of a folder: what was read from it, every row accounted for
// (counts.rows_read == counts.accepted + counts.rejected).
struct open_sdg_file {
  std::filesystem::path path;
  std::string indicator;
  read_counts counts;
  std::vector<rejected_row> rejected;
};

struct open_sdg_folder_result {
  std::vector<observation_row> rows;  // the accepted rows of every file, files in name order
  std::vector<open_sdg_file> files;   // in name order
};

// Reads every indicator_<id>.csv of `dir`, in file name order. A directory that cannot be
// listed throws read_error (cannot_read).
ATTAIN_API open_sdg_folder_result read_open_sdg_folder(const std::filesystem::path& dir,
                                                       const open_sdg_options& options = {});

}  // namespace attain::io

#endif  // ATTAIN_IO_OPEN_SDG_HPP
