// csv_reader over the bytes in a dialect picked by the first byte, then the four typed
// readers of attain/io/tidy.hpp (read options picked by the second byte).
// Invariants: the reader never throws on a string; records lie inside the input, in order,
// with located fields and defects; a stream gives the same records as the string; every
// typed reader accounts for every row (rows_read == accepted + rejected, one rejected_row
// each, rows_read == records after the header), throws only read_error for a file-level
// problem, and in strict mode stops at exactly the first problem lenient mode reports;
// the accepted rows, written back by the matching writer, read back equal.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/number_format.hpp"

#include "fuzz_support.hpp"
#include "reader_checks.hpp"

namespace {

namespace io = attain::io;

struct record_copy {
  std::vector<std::string> fields;
  std::string text;
  std::size_t line = 0;
  std::uint64_t offset = 0;
  bool has_defect = false;
  io::problem_kind defect = io::problem_kind::unterminated_quote;
  std::size_t defect_at = 0;
  friend bool operator==(const record_copy&, const record_copy&) = default;
};

struct csv_pass {
  std::vector<record_copy> records;
  std::size_t comment_lines = 0;
  std::size_t blank_lines = 0;
};

csv_pass read_all(io::csv_reader& in, std::string_view input, bool views_into_input) {
  csv_pass out;
  std::size_t last_line = 0;
  std::uint64_t last_offset = 0;
  while (const io::csv_record* r = in.next()) {
    const auto where = [&] {
      return "record " + std::to_string(out.records.size() + 1) + " of " +
             attain::fuzz::quoted(input);
    };
    ATTAIN_FUZZ_CHECK(r->size() >= 1, where());
    ATTAIN_FUZZ_CHECK(out.records.empty() || (r->line() > last_line && r->offset() > last_offset),
                      where() + ": records out of order");
    ATTAIN_FUZZ_CHECK(r->offset() + r->text().size() <= input.size(),
                      where() + ": record beyond the input");
    ATTAIN_FUZZ_CHECK(
        input.substr(static_cast<std::size_t>(r->offset()), r->text().size()) == r->text(),
        where() + ": text() is not the input at offset()");
    if (views_into_input)
      ATTAIN_FUZZ_CHECK(r->text().data() == input.data() + r->offset(),
                        where() + ": text() is not a view of the input");
    for (std::size_t i = 0; i <= r->size(); ++i) {
      const io::position p = r->position_of(i);
      ATTAIN_FUZZ_CHECK(p.line >= r->line() && p.column >= 1 && p.offset >= r->offset() &&
                            p.offset <= r->offset() + r->text().size(),
                        where() + ": field " + std::to_string(i) + " located outside its record");
    }
    record_copy c{{}, std::string(r->text()), r->line(), r->offset(), r->has_defect(), {}, 0};
    for (const std::string_view f : r->fields()) c.fields.emplace_back(f);
    if (r->has_defect()) {
      c.defect = r->defect().kind;
      c.defect_at = r->defect().at;
      ATTAIN_FUZZ_CHECK(c.defect_at <= r->text().size(), where() + ": defect beyond the record");
      const io::problem p = r->defect_problem();
      ATTAIN_FUZZ_CHECK(p.kind == c.defect && p.line >= r->line() && !io::to_string(p).empty(),
                        where());
    }
    last_line = r->line();
    last_offset = r->offset();
    out.records.push_back(std::move(c));
  }
  ATTAIN_FUZZ_CHECK(in.records() == out.records.size(),
                    "records() miscounts " + attain::fuzz::quoted(input));
  ATTAIN_FUZZ_CHECK(in.next() == nullptr,
                    "the reader restarts after its end: " + attain::fuzz::quoted(input));
  out.comment_lines = in.comment_lines();
  out.blank_lines = in.blank_lines();
  return out;
}

// One typed reader: lenient accounting, then strict mode against it, then a write–read
// round trip of the accepted rows.
template <class Row, class Read, class Write>
void check_reader(const char* name, std::string_view input, const io::csv_dialect& dialect,
                  const csv_pass& raw, io::read_options options, Read read, Write write) {
  const auto where = [&] { return std::string(name) + " of " + attain::fuzz::quoted(input); };
  options.mode = io::read_mode::lenient;
  io::read_result<Row> lenient;
  try {
    io::csv_reader in(input, "fuzz.csv", dialect);
    lenient = read(in, options);
  } catch (const io::read_error& e) {
    ATTAIN_FUZZ_CHECK(attain::fuzz::file_level(e.where().kind), where() + ": lenient reading threw " + e.what());
    options.mode = io::read_mode::strict;
    try {
      io::csv_reader in(input, "fuzz.csv", dialect);
      read(in, options);
      attain::fuzz::fail(__FILE__, __LINE__, "strict reading throws what lenient reading throws",
                         where());
    } catch (const io::read_error& s) {
      ATTAIN_FUZZ_CHECK(s.where() == e.where(),
                        where() + ": strict threw " + s.what() + ", lenient " + e.what());
    }
    return;
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "lenient reading throws only read_error",
                       where() + ": " + e.what());
  }

  const io::read_counts& c = lenient.counts;
  const auto counts = [&] {
    return where() + ": rows_read " + std::to_string(c.rows_read) + ", accepted " +
           std::to_string(c.accepted) + ", rejected " + std::to_string(c.rejected) + ", rows " +
           std::to_string(lenient.rows.size()) + ", rejected rows " +
           std::to_string(lenient.rejected.size()) + ", records " +
           std::to_string(raw.records.size());
  };
  ATTAIN_FUZZ_CHECK(c.rows_read == c.accepted + c.rejected, counts());
  ATTAIN_FUZZ_CHECK(lenient.rows.size() == c.accepted && lenient.rejected.size() == c.rejected,
                    counts());
  ATTAIN_FUZZ_CHECK(!raw.records.empty() && c.rows_read == raw.records.size() - 1, counts());
  ATTAIN_FUZZ_CHECK(c.comment_lines == raw.comment_lines && c.blank_lines == raw.blank_lines,
                    counts() + ": comment or blank lines");
  attain::fuzz::check_rejected_rows(lenient.rejected, where());

  options.mode = io::read_mode::strict;
  try {
    io::csv_reader in(input, "fuzz.csv", dialect);
    const io::read_result<Row> strict = read(in, options);
    ATTAIN_FUZZ_CHECK(lenient.rejected.empty(),
                      where() + ": strict reading accepted a row lenient reading rejected");
    ATTAIN_FUZZ_CHECK(strict.rows == lenient.rows && strict.counts == lenient.counts,
                      where() + ": strict and lenient rows differ");
  } catch (const io::read_error& e) {
    ATTAIN_FUZZ_CHECK(
        !lenient.rejected.empty() && e.where() == lenient.rejected.front().problems.front(),
        where() + ": strict reading threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "strict reading throws only read_error",
                       where() + ": " + e.what());
  }

  // What was accepted, written back, reads back equal (canonical periods, any syntax).
  const io::write_options w{dialect.delimiter == '\0' ? ',' : dialect.delimiter, options.numbers,
                            false};
  std::ostringstream out;
  try {
    write(out, lenient.rows, w);
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "accepted rows can be written",
                       where() + ": " + e.what());
  }
  const std::string written = out.str();
  try {
    io::csv_reader in(std::string_view(written), "written.csv", io::csv_dialect{w.delimiter});
    const io::read_result<Row> again =
        read(in, io::read_options{io::read_mode::strict, options.numbers, std::nullopt});
    ATTAIN_FUZZ_CHECK(
        again.rows == lenient.rows,
        where() + ": written as " + attain::fuzz::quoted(written) + ", reads back different");
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "written rows read back",
                       where() + ": written as " + attain::fuzz::quoted(written) + ": " + e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader bytes(data, size);
  const std::uint8_t d = bytes.option();
  const std::uint8_t o = bytes.option();
  constexpr char delimiters[] = {'\0', ',', ';', '\t', '|'};
  io::csv_dialect dialect;
  dialect.delimiter = delimiters[d % 5];
  dialect.quote = (d / 5) % 2 != 0 ? '\'' : '"';
  dialect.comment = (d / 10) % 2 != 0 ? '\0' : '#';
  dialect.skip_blank_lines = (d / 20) % 2 == 0;
  dialect.strict_quotes = (d / 40) % 2 != 0;
  constexpr attain::number_format formats[] = {
      attain::number_format::plain(), attain::number_format::vi(), attain::number_format::en()};
  io::read_options options;
  options.numbers = formats[o % 3].with_exponent((o / 3) % 2 != 0);
  if (const int s = (o / 6) % 5; s != 0)
    options.periods = static_cast<attain::period_syntax>(s - 1);
  const std::string_view input = bytes.rest();

  csv_pass raw;
  try {
    io::csv_reader in(input, "fuzz.csv", dialect);
    raw = read_all(in, input, true);
    std::istringstream stream{std::string(input)};
    io::csv_reader streamed(stream, "fuzz.csv", dialect);
    const csv_pass again = read_all(streamed, input, false);
    ATTAIN_FUZZ_CHECK(again.records == raw.records && again.comment_lines == raw.comment_lines &&
                          again.blank_lines == raw.blank_lines,
                      "a stream reads differently from a string: " + attain::fuzz::quoted(input));
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "csv_reader never throws on text",
                       attain::fuzz::quoted(input) + ": " + e.what());
  }

  check_reader<io::observation_row>(
      "read_observations", input, dialect, raw, options,
      [](io::csv_reader& in, const io::read_options& ro) { return io::read_observations(in, ro); },
      [](std::ostream& out, const std::vector<io::observation_row>& rows,
         const io::write_options& wo) { io::write_observations(out, rows, wo); });
  check_reader<io::indicator_row>(
      "read_indicators", input, dialect, raw, options,
      [](io::csv_reader& in, const io::read_options& ro) { return io::read_indicators(in, ro); },
      [](std::ostream& out, const std::vector<io::indicator_row>& rows,
         const io::write_options& wo) { io::write_indicators(out, rows, wo); });
  check_reader<io::target_row>(
      "read_targets", input, dialect, raw, options,
      [](io::csv_reader& in, const io::read_options& ro) { return io::read_targets(in, ro); },
      [](std::ostream& out, const std::vector<io::target_row>& rows, const io::write_options& wo) {
        io::write_targets(out, rows, wo);
      });
  check_reader<io::unit_row>(
      "read_units", input, dialect, raw, options,
      [](io::csv_reader& in, const io::read_options& ro) { return io::read_units(in, ro); },
      [](std::ostream& out, const std::vector<io::unit_row>& rows, const io::write_options& wo) {
        io::write_units(out, rows, wo);
      });
  return 0;
}
