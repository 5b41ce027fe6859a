// What the two reader fuzz targets (csv_read, sdmx_csv_read) check alike on a lenient read.
#ifndef ATTAIN_TESTS_FUZZ_READER_CHECKS_HPP
#define ATTAIN_TESTS_FUZZ_READER_CHECKS_HPP

#include <span>
#include <string>

#include "attain/io/tidy.hpp"
#include "fuzz_support.hpp"

namespace attain::fuzz {

// Every rejected row names at least one problem, each located in "fuzz.csv" at or after the
// row's first line, in a column >= 1, with a message.
inline void check_rejected_rows(std::span<const io::rejected_row> rejected, const std::string& where) {
  for (const io::rejected_row& r : rejected) {
    ATTAIN_FUZZ_CHECK(!r.problems.empty() && r.line >= 1, where + ": a rejected row without a problem");
    for (const io::problem& p : r.problems)
      ATTAIN_FUZZ_CHECK(p.file == "fuzz.csv" && p.line >= r.line && p.column >= 1 && !io::to_string(p).empty(),
                        where + ": problem " + io::to_string(p) + " of the row on line " + std::to_string(r.line));
  }
}

// Lenient reading throws only for the file as a whole (no header, a missing or duplicate
// column, a malformed header): never for a kind of problem that belongs to one row.
inline bool file_level(io::problem_kind k) {
  switch (k) {
    case io::problem_kind::field_count:
    case io::problem_kind::empty_value:
    case io::problem_kind::bad_number:
    case io::problem_kind::bad_period:
    case io::problem_kind::bad_status:
    case io::problem_kind::bad_code:
    case io::problem_kind::conflict:
    case io::problem_kind::duplicate_key:
    case io::problem_kind::unsupported: return false;
    default: return true;
  }
}

}  // namespace attain::fuzz

#endif  // ATTAIN_TESTS_FUZZ_READER_CHECKS_HPP
