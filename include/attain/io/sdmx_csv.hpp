// attain/io/sdmx_csv.hpp — observations in SDMX-CSV, versions 1 and 2.
//
// SDMX-CSV is how statistical offices exchange data tables: one observation per row, the
// structure (data flow) it belongs to, one column per dimension, the value and its
// attributes. attain reads both versions into the same tidy observation rows as
// attain/io/tidy.hpp, and writes them back:
//   v1   DATAFLOW,<dimensions…>,TIME_PERIOD,OBS_VALUE,<attributes…>
//        ESTAT:NA_MAIN(1.0),GDP,VN,2023,430.0,E
//   v2   STRUCTURE,STRUCTURE_ID[,ACTION],<dimensions…>,TIME_PERIOD,OBS_VALUE,<attributes…>
//        dataflow,ESTAT:NA_MAIN(1.0),I,GDP,VN,2023,430.0,E
// The version is told by the first column. One dimension names the indicator and one the
// unit (`sdmx_options`: INDICATOR and REF_AREA by default). Nothing else is dropped: every
// other column before OBS_VALUE (but the structure columns and TIME_PERIOD) is a dimension,
// kept as a member of the row unless at its total `_T`; every column after OBS_VALUE but
// OBS_STATUS is an attribute (UNIT_MULT, DECIMALS, COMMENT, OBS_CONF…), kept in
// `attributes` (`ignored_columns` stays empty). A header cell with a label
// ("REF_AREA: Reference area") is read by its id.
//   DATAFLOW,INDICATOR,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
//   ESTAT:POP(1.0),POP,VN,F,2023,51.2,A,6
//   → {"POP", "VN", 2023, 51.2, A, members {SEX=F}, attributes {UNIT_MULT=6}}
// UNIT_MULT is kept as written; load_observations refuses an indicator whose rows mix
// multipliers, and io::apply_unit_multipliers converts them (attain/io/tidy.hpp).
//
// GLOSSARY (users' words → ours)
//   luồng dữ liệu = data flow (DATAFLOW / STRUCTURE_ID); chiều = dimension; thuộc tính =
//   attribute; kỳ = TIME_PERIOD; giá trị = OBS_VALUE; trạng thái = OBS_STATUS.
//
// VALUES (FORMULAS.md §7; results in comments)
//   OBS_VALUE   plain numbers, exponent allowed (1.5E3 → 1500 exactly); `NaN`, `#N/A` or
//               an empty cell: no value → status M (missing), value 0
//   OBS_STATUS  A P E F B M (status words as in tidy.hpp); empty → A
//   TIME_PERIOD SDMX syntax only: 2023, 2023-Q1, 2023-M06, 2023-06, 2023-06-29, 2023-W05,
//               2021-01-01/P5Y (a range)
//   ACTION (v2) I, A, R: observations; D (delete): rejected as unsupported, never applied
//               silently; empty → I
//
// WRITING
//   write_sdmx_csv(out, rows, {.version = 2, .structure = "VN_DISTRICT:PLAN(1.0)"});
//   // STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS
//   // dataflow,VN_DISTRICT:PLAN(1.0),I,GTSX,cam_thuy,2023,13290,E
//   Other dimensions (sorted by name, `_T` for a total) follow the unit's column; other
//   attributes follow OBS_STATUS. Read back and written again, the text is byte-for-byte
//   the same. Values are written in canonical text, a missing one as NaN with status M. A period SDMX
//   cannot express (a DHIS2 week, a bi-month) or a reporting period (whose start day SDMX
//   keeps in REPORTING_YEAR_START_DAY, not written here) throws attain::domain_error.
//   A plan term is written as start/duration (2021-01-01/P5Y) and reads back as a range.
//
// CASE STUDY: NaN is not zero
//   An SDMX export marks a value that was not collected as NaN. Read as 0, it would pull a
//   district's mean down and make its growth from a zero base "not computable" for the
//   wrong reason. attain reads it as a missing observation: status M, counted, never
//   summed (load_observations appends it with status M and says how many).
#ifndef ATTAIN_IO_SDMX_CSV_HPP
#define ATTAIN_IO_SDMX_CSV_HPP

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"

namespace attain::io {

struct sdmx_options {
  read_mode mode = read_mode::strict;
  std::string indicator_dimension = "INDICATOR";
  std::string unit_dimension = "REF_AREA";  // empty: the file has no unit dimension (unit "")
};

struct sdmx_read_result : read_result<observation_row> {
  int version = 1;                      // 1 or 2
  std::vector<std::string> structures;  // distinct DATAFLOW / STRUCTURE_ID values, in order
};

// Reads an SDMX-CSV file (v1 or v2). File-level problems (not SDMX-CSV, no TIME_PERIOD or
// OBS_VALUE, no indicator dimension) throw read_error in both modes.
ATTAIN_API sdmx_read_result read_sdmx_csv(csv_reader& in, const sdmx_options& options = {});

struct sdmx_write_options {
  int version = 2;                                   // 1 or 2
  std::string structure = "ATTAIN:PLAN_REVIEW(1.0)"; // DATAFLOW (v1) / STRUCTURE_ID (v2)
  std::string structure_type = "dataflow";           // STRUCTURE (v2)
  char action = 'I';                                 // ACTION (v2)
  std::string indicator_dimension = "INDICATOR";
  std::string unit_dimension = "REF_AREA";
  char delimiter = ',';
  bool crlf = false;
};

ATTAIN_API void write_sdmx_csv(std::ostream& out, std::span<const observation_row> rows, const sdmx_write_options& options = {});

}  // namespace attain::io

#endif  // ATTAIN_IO_SDMX_CSV_HPP
