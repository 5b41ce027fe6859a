// attain/io/csv.hpp — RFC 4180 CSV, streamed, with every problem located.
//
// Plan data lives in spreadsheets exported to CSV. A `csv_reader` splits such a file into
// records and fields: quoted fields with embedded delimiters, doubled quotes and newlines;
// CRLF or LF line ends; a UTF-8 byte order mark; `,` or `;` as the delimiter (Vietnamese
// and European exports use `;` because `,` is their decimal mark) — detected from the
// header line unless the dialect names one; `#` comment lines. It reads a file, a stream
// or a string in chunks, so a file of any size streams through a buffer of a few hundred
// kilobytes, and hands out each record as views that stay valid until the next record.
// Typed readers (attain/io/tidy.hpp, attain/io/sdmx_csv.hpp) sit on top of it.
//
// GLOSSARY (users' words → ours)
//   tệp / file = file; dòng = line; cột = column; bản ghi = record (one row, which may span
//   several lines when a quoted field holds a newline); ô = field; dấu phân cách = delimiter.
//
// READING (results in comments)
//   io::csv_reader in(std::string_view{"code;name\nA;\"x;y\"\n"}, "units.csv");
//   const io::csv_record* r = in.next();   // the header: {"code", "name"}; in.delimiter() == ';'
//   r = in.next();                         // {"A", "x;y"}, r->line() == 2
//   in.next()                              // nullptr: the end
//   io::csv_reader f(std::filesystem::path{"observations.csv"});   // streamed from disk
//
// WHERE: LINE, COLUMN, BYTE OFFSET
//   Every problem names the file, the line (1-based), the column (1-based, counted in
//   characters — UTF-8 code points — so that it matches what an editor shows for
//   Vietnamese text) and the byte offset from the start of the file (0-based, the byte
//   order mark included). A field is located at its first byte: the opening quote when
//   quoted. A problem inside a value adds the parser's own offset into the field's text:
//     observations.csv:12:19: bad digit grouping at 1 in "5.54"
//   i.e. `<file>:<line>:<column>: <reason>`, and `<file>: <reason>` for a whole-file
//   problem (a file that cannot be read, a missing header column).
//
// STRUCTURAL PROBLEMS (a record with one is rejected by the typed readers)
//   unterminated_quote   "abc…   to the end of the file      at the opening quote
//   stray_quote          ab"c    a quote inside an unquoted field   at the quote (only with
//                                 csv_dialect::strict_quotes; by default it is data, as
//                                 spreadsheets read it: Communes certified "new rural")
//   text_after_quote     "ab"c   text between the closing quote and the delimiter
//   field_count          a record with more or fewer fields than the header
//   The reader itself never throws on a malformed record: it ends the record where the
//   line ends (or, for an unterminated quote, at the end of the file), marks it with its
//   first defect and goes on, so that a lenient reader can report every bad row.
//
// DECIDED
//   * A bare CR (no LF after it) is data, not a line end; a CR before LF is dropped.
//   * A line whose first byte is the comment character ('#', or none) is skipped and
//     counted; so is an empty line. Neither is a record. A quoted "#…" field is data.
//   * Nothing is trimmed here: padding spaces are the typed readers' business.
//   * Bytes are not validated as UTF-8 here (columns count lead bytes). The typed readers
//     (attain/io/tidy.hpp, attain/io/sdmx_csv.hpp) validate the header and every field they
//     read: ill-formed UTF-8, or a byte order mark anywhere but at the start of the file
//     (two files concatenated), is a `bad_encoding` problem that names the byte:
//       units.csv:4:6: invalid UTF-8 byte 0xFF at 3 in column "name"
//       obs.csv:9:1: byte order mark (U+FEFF) inside the file at 0 in column "indicator"
//
// WRITING
//   io::csv_writer w(out, ';');  w.field("x;y"); w.field("1.621,41"); w.end_row();
//   // "x;y";"1.621,41"\n  — a field is quoted when it holds the delimiter, a quote, CR, LF,
//   // starts with the comment character '#', or has leading or trailing spaces.
//
// CASE STUDY: 1.621,41 in a comma-separated file
//   A Vietnamese export writes 1.621,41 (one thousand six hundred…). In a file delimited by
//   `,` an unquoted 1.621,41 is two fields, "1.621" and "41", and the row has one field too
//   many — reported as field_count, never read as 1.621. Such files use `;` (detected from
//   the header) or quote the value, and the number format (number_format::vi()) reads it
//   as 1621.41 exactly.
#ifndef ATTAIN_IO_CSV_HPP
#define ATTAIN_IO_CSV_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/config.hpp"
#include "attain/error.hpp"

namespace attain::io {

// PROBLEMS ----------------------------------------------------------------------------------

// What kind of problem a file has. The typed readers add the value kinds.
enum class problem_kind : std::uint8_t {
  cannot_read,         // the file cannot be opened or read
  no_header,           // the file has no header row
  missing_column,      // a required column is not in the header
  duplicate_column,    // a column named twice in the header
  unterminated_quote,  // a quoted field not closed before the end of the file
  stray_quote,         // a quote inside an unquoted field
  text_after_quote,    // characters between a closing quote and the delimiter
  field_count,         // a record with more or fewer fields than the header
  empty_value,         // a required field is empty
  bad_number,          // a value that is not a number in the declared format (`code` says why)
  bad_period,          // a period in no syntax attain reads (`code` says why)
  bad_status,          // an observation status that is not recognised
  bad_code,            // a word outside its list (polarity, kind, action…)
  conflict,            // fields that contradict each other (a value with status M…)
  duplicate_key,       // a code given twice where it must be unique
  unsupported,         // valid in the format, but not something attain reads (SDMX action D)
  bad_encoding,        // a field that is not well-formed UTF-8 or holds a byte order mark; lines ending in CR alone
  unknown_column,      // a header column the reader cannot place (not a column of its kind, nor declared)
  unknown_reference,   // a code another file must define and does not (a target's unit, an observation's unit)
  inconsistent,        // figures that contradict each other (a total that is not the sum of its members)
};

// "unterminated_quote", "bad_number", …
ATTAIN_API std::string_view to_string(problem_kind k) noexcept;

// One problem, located. `reason` is the text after the location in the message.
struct problem {
  std::string file;            // the name the reader was given ("observations.csv")
  std::size_t line = 0;        // 1-based; 0 for a whole-file problem
  std::size_t column = 0;      // 1-based, in characters; 0 for a whole-file problem
  std::uint64_t offset = 0;    // byte offset from the start of the file
  problem_kind kind = problem_kind::cannot_read;
  errc code = errc::ok;        // the parser's code for bad_number and bad_period
  std::string column_name;     // the header name of the field, when there is one
  std::string reason;          // bad digit grouping at 1 in "5.54"

  friend bool operator==(const problem&, const problem&) = default;
};

// "observations.csv:12:19: bad digit grouping at 1 in \"5.54\"", or for a whole-file
// problem "observations.csv: missing column \"value\"".
ATTAIN_API std::string to_string(const problem& p);

// What strict reading throws: a std::invalid_argument (like attain::invalid_input) whose
// what() is to_string(problem()).
class ATTAIN_API read_error : public std::invalid_argument {
 public:
  explicit read_error(problem p);
  const attain::io::problem& where() const noexcept { return problem_; }

 private:
  attain::io::problem problem_;
};

namespace out_of_line {
// The io layer's throw funnel (error.hpp's funnel carries no file location).
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise(const problem& p);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise;
}  // namespace detail

// READING -----------------------------------------------------------------------------------

struct csv_dialect {
  char delimiter = '\0';  // '\0': detect ',' or ';' (or a tab) from the first record
  char quote = '"';
  char comment = '#';     // '\0': no comment lines
  bool skip_blank_lines = true;
  bool strict_quotes = false;  // true: a quote inside an unquoted field is a defect
};

// A place in the file: 1-based line and column (characters), 0-based byte offset.
struct position {
  std::size_t line = 0;
  std::size_t column = 0;
  std::uint64_t offset = 0;
  friend bool operator==(const position&, const position&) = default;
};

// A structural defect of a record: what, and where in the record's raw text.
struct csv_defect {
  problem_kind kind = problem_kind::unterminated_quote;
  std::size_t at = 0;  // byte offset into text()
};

// One record: its fields (unquoted, "" unescaped) and where it came from. Views are valid
// until the reader's next call to next().
class ATTAIN_API csv_record {
 public:
  std::size_t size() const noexcept { return fields_.size(); }
  std::string_view operator[](std::size_t i) const noexcept { return fields_[i]; }
  std::span<const std::string_view> fields() const noexcept { return fields_; }
  // The line of the record's first byte, and its byte offset in the file.
  std::size_t line() const noexcept { return line_; }
  std::uint64_t offset() const noexcept { return offset_; }
  // The record as it stands in the file, quotes included, without its line end.
  std::string_view text() const noexcept { return text_; }
  // The first structural defect, if any.
  bool has_defect() const noexcept { return has_defect_; }
  const csv_defect& defect() const noexcept { return defect_; }
  // Where field i begins (its opening quote when quoted), and where byte `at` of text() is.
  position position_of(std::size_t field) const noexcept;
  position position_at(std::size_t at) const noexcept;
  // The file name the reader was given.
  const std::string& file() const noexcept { return *file_; }

  // A problem located at field i (or at the record's start when i >= size()).
  problem problem_at(std::size_t field, problem_kind kind, std::string reason, std::string column_name = {},
                     errc code = errc::ok) const;
  // The record's structural defect as a problem (has_defect() must be true).
  problem defect_problem() const;

 private:
  friend class csv_reader;
  std::vector<std::string_view> fields_;
  std::vector<std::size_t> starts_;  // raw offset of each field in text_ (a record may pass 4 GiB)
  std::string_view text_;
  std::size_t line_ = 0;
  std::uint64_t offset_ = 0;
  const std::string* file_ = nullptr;
  csv_defect defect_{};
  bool has_defect_ = false;
};

// Streams records out of a string, a std::istream or a file.
class ATTAIN_API csv_reader {
 public:
  // Reads `text`, which must outlive the reader (no copy is made).
  explicit csv_reader(std::string_view text, std::string name = "<text>", csv_dialect dialect = {});
  // Reads `in` in chunks; `in` must outlive the reader.
  csv_reader(std::istream& in, std::string name, csv_dialect dialect = {});
  // Opens and reads a file; the name in messages is the path as given. A file that cannot
  // be opened throws read_error (cannot_read): "missing.csv: cannot open file".
  explicit csv_reader(const std::filesystem::path& file, csv_dialect dialect = {});
  ~csv_reader();
  csv_reader(csv_reader&&) noexcept;
  csv_reader& operator=(csv_reader&&) noexcept;
  csv_reader(const csv_reader&) = delete;
  csv_reader& operator=(const csv_reader&) = delete;

  // The next record (comment and blank lines skipped), or nullptr at the end of the input.
  // A stream that fails while reading throws read_error (cannot_read).
  const csv_record* next();

  const std::string& name() const noexcept { return name_; }
  // The delimiter in use: the dialect's, or the one detected ('\0' until the first record).
  char delimiter() const noexcept { return delimiter_; }
  // Counts so far.
  std::size_t records() const noexcept { return records_; }
  std::size_t comment_lines() const noexcept { return comment_lines_; }
  std::size_t blank_lines() const noexcept { return blank_lines_; }
  // The comment lines before the first record (the header row), each without its comment
  // character and line end: where a file declares things about its columns
  // ("# dimensions: SEX, AGE", attain/io/tidy.hpp).
  const std::vector<std::string>& leading_comments() const noexcept { return leading_comments_; }
  // Bytes consumed so far (for progress bars).
  std::uint64_t bytes_read() const noexcept { return base_ + pos_; }

 private:
  enum class step : std::uint8_t { record, skipped, need_more, end };
  step parse_record();
  bool fill();
  void detect_delimiter(std::size_t from, std::size_t to);
  void set_delimiter(char d);

  std::string name_;
  csv_dialect dialect_;
  std::istream* in_ = nullptr;
  std::unique_ptr<std::istream> owned_;
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::unique_ptr<char[]> scratch_;  // unescaped quoted fields ("" → ")
  std::size_t scratch_capacity_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> scratch_fields_;  // (field, scratch offset)
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t pos_ = 0;        // start of the next record in data_
  std::uint64_t base_ = 0;     // file offset of data_[0]
  std::size_t line_ = 1;       // line of the next record
  bool eof_ = false;
  bool started_ = false;       // byte order mark handled
  char delimiter_ = '\0';
  std::array<bool, 256> special_{};
  std::size_t records_ = 0, comment_lines_ = 0, blank_lines_ = 0;
  std::vector<std::string> leading_comments_;
  csv_record record_;
};

// WRITING -----------------------------------------------------------------------------------

// Writes records with RFC 4180 quoting where needed.
class ATTAIN_API csv_writer {
 public:
  explicit csv_writer(std::ostream& out, char delimiter = ',', bool crlf = false) noexcept
      : out_(&out), delimiter_(delimiter), crlf_(crlf) {}
  csv_writer& field(std::string_view text);
  csv_writer& end_row();
  // A whole record.
  csv_writer& row(std::span<const std::string_view> fields);
  csv_writer& row(std::initializer_list<std::string_view> fields);

 private:
  std::ostream* out_;
  std::string line_;
  char delimiter_;
  bool crlf_;
  bool first_ = true;
};

// Whether a field must be quoted for `delimiter`, and the field as written.
ATTAIN_API bool needs_quotes(std::string_view text, char delimiter) noexcept;
ATTAIN_API void append_field(std::string& out, std::string_view text, char delimiter);

}  // namespace attain::io

#endif  // ATTAIN_IO_CSV_HPP
