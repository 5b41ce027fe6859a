// read_sdmx_csv over the bytes, in a CSV dialect picked by the first byte and with the
// indicator and unit dimensions picked by the second.
// Invariants: lenient reading accounts for every row (rows_read == accepted + rejected, one
// rejected_row each, rows_read == records after the header) and throws only read_error for
// a file-level problem; strict reading stops at exactly the first problem lenient reading
// reports; the version is 1 or 2 and the structures are distinct; the accepted rows, written
// back with write_sdmx_csv in the same version, read back equal.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>

#include "attain/io/csv.hpp"
#include "attain/io/sdmx_csv.hpp"
#include "attain/period_format.hpp"

#include "fuzz_support.hpp"
#include "reader_checks.hpp"

namespace {

namespace io = attain::io;

// The records after the header, as the typed reader sees them.
std::size_t data_records(std::string_view input, const io::csv_dialect& dialect) {
  io::csv_reader in(input, "fuzz.csv", dialect);
  std::size_t n = 0;
  while (in.next() != nullptr) ++n;
  return n == 0 ? 0 : n - 1;
}

// Rows equal, except that a term comes back as the range of its days.
bool same_rows(const std::vector<io::observation_row>& a,
               const std::vector<io::observation_row>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const io::observation_row& x = a[i];
    const io::observation_row& y = b[i];
    const bool when = x.when.kind() == attain::period_kind::term ? attain::same_days(x.when, y.when)
                                                                 : x.when == y.when;
    if (!when || x.indicator != y.indicator || x.unit != y.unit || x.status != y.status ||
        x.value != y.value || x.value.scale() != y.value.scale())
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader bytes(data, size);
  const std::uint8_t d = bytes.option();
  const std::uint8_t o = bytes.option();
  constexpr char delimiters[] = {'\0', ',', ';', '\t'};
  io::csv_dialect dialect;
  dialect.delimiter = delimiters[d % 4];
  dialect.comment = (d / 4) % 2 != 0 ? '\0' : '#';
  dialect.skip_blank_lines = (d / 8) % 2 == 0;
  dialect.strict_quotes = (d / 16) % 2 != 0;
  io::sdmx_options options;
  switch (o % 4) {
    case 1: options.unit_dimension.clear(); break;  // no unit dimension
    case 2: options.indicator_dimension = "MEASURE"; break;
    case 3: options.unit_dimension = "GEO"; break;
    default: break;
  }
  const std::string_view input = bytes.rest();
  const auto where = [&] { return "read_sdmx_csv of " + attain::fuzz::quoted(input); };

  options.mode = io::read_mode::lenient;
  io::sdmx_read_result lenient;
  try {
    io::csv_reader in(input, "fuzz.csv", dialect);
    lenient = io::read_sdmx_csv(in, options);
  } catch (const io::read_error& e) {
    ATTAIN_FUZZ_CHECK(attain::fuzz::file_level(e.where().kind), where() + ": lenient reading threw " + e.what());
    options.mode = io::read_mode::strict;
    try {
      io::csv_reader in(input, "fuzz.csv", dialect);
      io::read_sdmx_csv(in, options);
      attain::fuzz::fail(__FILE__, __LINE__, "strict reading throws what lenient reading throws",
                         where());
    } catch (const io::read_error& s) {
      ATTAIN_FUZZ_CHECK(s.where() == e.where(),
                        where() + ": strict threw " + s.what() + ", lenient " + e.what());
    }
    return 0;
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "lenient reading throws only read_error",
                       where() + ": " + e.what());
  }

  const io::read_counts& c = lenient.counts;
  const auto counts = [&] {
    return where() + ": rows_read " + std::to_string(c.rows_read) + ", accepted " +
           std::to_string(c.accepted) + ", rejected " + std::to_string(c.rejected) + ", rows " +
           std::to_string(lenient.rows.size()) + ", rejected rows " +
           std::to_string(lenient.rejected.size());
  };
  ATTAIN_FUZZ_CHECK(c.rows_read == c.accepted + c.rejected, counts());
  ATTAIN_FUZZ_CHECK(lenient.rows.size() == c.accepted && lenient.rejected.size() == c.rejected,
                    counts());
  ATTAIN_FUZZ_CHECK(c.rows_read == data_records(input, dialect),
                    counts() + ": not every record after the header");
  ATTAIN_FUZZ_CHECK(lenient.version == 1 || lenient.version == 2, where());
  ATTAIN_FUZZ_CHECK(lenient.structures.size() <= lenient.rows.size(), where());
  std::unordered_set<std::string> seen(lenient.structures.begin(), lenient.structures.end());
  ATTAIN_FUZZ_CHECK(seen.size() == lenient.structures.size(),
                    where() + ": a structure listed twice");
  attain::fuzz::check_rejected_rows(lenient.rejected, where());

  options.mode = io::read_mode::strict;
  try {
    io::csv_reader in(input, "fuzz.csv", dialect);
    const io::sdmx_read_result strict = io::read_sdmx_csv(in, options);
    ATTAIN_FUZZ_CHECK(lenient.rejected.empty(),
                      where() + ": strict reading accepted a row lenient reading rejected");
    ATTAIN_FUZZ_CHECK(strict.rows == lenient.rows && strict.counts == lenient.counts &&
                          strict.structures == lenient.structures,
                      where() + ": strict and lenient results differ");
  } catch (const io::read_error& e) {
    ATTAIN_FUZZ_CHECK(
        !lenient.rejected.empty() && e.where() == lenient.rejected.front().problems.front(),
        where() + ": strict reading threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "strict reading throws only read_error",
                       where() + ": " + e.what());
  }

  // Written back in the same version, the accepted rows read back equal. SDMX has no form
  // for a reporting period's start day, so those rows are left out.
  std::vector<io::observation_row> rows;
  for (const io::observation_row& r : lenient.rows)
    if (!r.when.is_reporting()) rows.push_back(r);
  io::sdmx_write_options w;
  w.version = lenient.version;
  w.indicator_dimension = options.indicator_dimension;
  w.unit_dimension = options.unit_dimension;
  std::ostringstream out;
  try {
    io::write_sdmx_csv(out, rows, w);
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "accepted rows can be written",
                       where() + ": " + e.what());
  }
  const std::string written = out.str();
  try {
    io::csv_reader in(std::string_view(written), "written.csv");
    io::sdmx_options back = options;
    back.mode = io::read_mode::strict;
    const io::sdmx_read_result again = io::read_sdmx_csv(in, back);
    ATTAIN_FUZZ_CHECK(
        same_rows(again.rows, rows),
        where() + ": written as " + attain::fuzz::quoted(written) + ", reads back different");
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "written rows read back",
                       where() + ": written as " + attain::fuzz::quoted(written) + ": " + e.what());
  }
  return 0;
}
