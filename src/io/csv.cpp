// The streaming RFC 4180 reader and the quoting writer (see attain/io/csv.hpp).
#include "attain/io/csv.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <istream>
#include <ostream>
#include <utility>

namespace attain::io {

std::string_view to_string(problem_kind k) noexcept {
  switch (k) {
    case problem_kind::cannot_read: return "cannot_read";
    case problem_kind::no_header: return "no_header";
    case problem_kind::missing_column: return "missing_column";
    case problem_kind::duplicate_column: return "duplicate_column";
    case problem_kind::unterminated_quote: return "unterminated_quote";
    case problem_kind::stray_quote: return "stray_quote";
    case problem_kind::text_after_quote: return "text_after_quote";
    case problem_kind::field_count: return "field_count";
    case problem_kind::empty_value: return "empty_value";
    case problem_kind::bad_number: return "bad_number";
    case problem_kind::bad_period: return "bad_period";
    case problem_kind::bad_status: return "bad_status";
    case problem_kind::bad_code: return "bad_code";
    case problem_kind::conflict: return "conflict";
    case problem_kind::duplicate_key: return "duplicate_key";
    case problem_kind::unsupported: return "unsupported";
    case problem_kind::bad_encoding: return "bad_encoding";
    case problem_kind::unknown_column: return "unknown_column";
    case problem_kind::unknown_reference: return "unknown_reference";
    case problem_kind::inconsistent: return "inconsistent";
  }
  return "?";
}

std::string to_string(const problem& p) {
  std::string out = p.file;
  if (p.line != 0) {
    out += ':';
    out += std::to_string(p.line);
    out += ':';
    out += std::to_string(p.column);
  }
  out += ": ";
  out += p.reason;
  return out;
}

read_error::read_error(problem p) : std::invalid_argument(to_string(p)), problem_(std::move(p)) {}

namespace out_of_line {
void raise(const problem& p) { throw read_error(p); }
}  // namespace out_of_line

// RECORDS -----------------------------------------------------------------------------------

position csv_record::position_at(std::size_t at) const noexcept {
  at = std::min(at, text_.size());
  position p{line_, 1, offset_ + at};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (text_[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  for (std::size_t i = line_start; i < at; ++i)
    p.column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  return p;
}

position csv_record::position_of(std::size_t field) const noexcept {
  return position_at(field < starts_.size() ? starts_[field] : 0);
}

problem csv_record::problem_at(std::size_t field, problem_kind kind, std::string reason, std::string column_name,
                               errc code) const {
  const position at = position_of(field);
  return problem{*file_, at.line, at.column, at.offset, kind, code, std::move(column_name), std::move(reason)};
}

problem csv_record::defect_problem() const {
  const position at = position_at(defect_.at);
  std::string reason;
  switch (defect_.kind) {
    case problem_kind::unterminated_quote: reason = "unterminated quoted field"; break;
    case problem_kind::stray_quote: reason = "quote inside an unquoted field"; break;
    case problem_kind::text_after_quote: {
      reason = "unexpected text after a closing quote";
      break;
    }
    default: reason = std::string(to_string(defect_.kind)); break;
  }
  return problem{*file_, at.line, at.column, at.offset, defect_.kind, errc::unexpected_character, {},
                 std::move(reason)};
}

// READER ------------------------------------------------------------------------------------

namespace {
constexpr std::size_t initial_buffer = 256 * 1024;

constexpr std::uint64_t broadcast(char c) noexcept {
  return 0x0101010101010101ULL * static_cast<unsigned char>(c);
}
// The high bit of each zero byte of x (and possibly of bytes above the lowest zero byte).
constexpr std::uint64_t zero_byte(std::uint64_t x) noexcept {
  return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}
}  // namespace

csv_reader::csv_reader(std::string_view text, std::string name, csv_dialect dialect)
    : name_(std::move(name)), dialect_(dialect), data_(text.data()), size_(text.size()), eof_(true) {
  if (dialect_.delimiter != '\0') set_delimiter(dialect_.delimiter);
  record_.file_ = &name_;
}

csv_reader::csv_reader(std::istream& in, std::string name, csv_dialect dialect)
    : name_(std::move(name)), dialect_(dialect), in_(&in) {
  if (dialect_.delimiter != '\0') set_delimiter(dialect_.delimiter);
  record_.file_ = &name_;
}

csv_reader::csv_reader(const std::filesystem::path& file, csv_dialect dialect)
    : name_(file.string()), dialect_(dialect) {
  auto f = std::make_unique<std::ifstream>(file, std::ios::binary);
  if (!f->is_open()) detail::raise(problem{name_, 0, 0, 0, problem_kind::cannot_read, errc::ok, {}, "cannot open file"});
  owned_ = std::move(f);
  in_ = owned_.get();
  if (dialect_.delimiter != '\0') set_delimiter(dialect_.delimiter);
  record_.file_ = &name_;
}

csv_reader::~csv_reader() = default;
csv_reader::csv_reader(csv_reader&& o) noexcept { *this = std::move(o); }
csv_reader& csv_reader::operator=(csv_reader&& o) noexcept {
  if (this == &o) return *this;
  name_ = std::move(o.name_);
  dialect_ = o.dialect_;
  in_ = o.in_;
  owned_ = std::move(o.owned_);
  const bool own_data = o.buffer_ && o.data_ == o.buffer_.get();
  buffer_ = std::move(o.buffer_);
  capacity_ = o.capacity_;
  scratch_ = std::move(o.scratch_);
  scratch_capacity_ = o.scratch_capacity_;
  data_ = own_data ? buffer_.get() : o.data_;
  size_ = o.size_;
  pos_ = o.pos_;
  base_ = o.base_;
  line_ = o.line_;
  eof_ = o.eof_;
  started_ = o.started_;
  delimiter_ = o.delimiter_;
  special_ = o.special_;
  records_ = o.records_;
  comment_lines_ = o.comment_lines_;
  blank_lines_ = o.blank_lines_;
  leading_comments_ = std::move(o.leading_comments_);
  record_ = csv_record{};
  record_.file_ = &name_;
  return *this;
}

void csv_reader::set_delimiter(char d) {
  delimiter_ = d;
  special_.fill(false);
  special_[static_cast<unsigned char>(d)] = true;
  special_[static_cast<unsigned char>('\n')] = true;
  special_[static_cast<unsigned char>(dialect_.quote)] = true;
}

// The delimiter of the first record: the most frequent of ';', ',' and tab outside quotes
// (';' wins a tie with ',': a Vietnamese header has no commas, a value may).
void csv_reader::detect_delimiter(std::size_t from, std::size_t to) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = data_[i];
    if (c == dialect_.quote) quoted = !quoted;
    if (quoted) continue;
    semicolons += c == ';';
    commas += c == ',';
    tabs += c == '\t';
  }
  char d = ',';
  if (semicolons > 0 && semicolons >= commas && semicolons >= tabs) d = ';';
  else if (tabs > commas) d = '\t';
  set_delimiter(d);
}

// Moves the unread bytes to the front (growing the buffer when a record fills it) and
// reads more. False when nothing more can come.
bool csv_reader::fill() {
  if (in_ == nullptr || eof_) return false;
  if (!buffer_) {
    capacity_ = initial_buffer;
    buffer_ = std::make_unique<char[]>(capacity_);
    data_ = buffer_.get();
  }
  const std::size_t keep = size_ - pos_;
  if (pos_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + pos_, keep);
    base_ += pos_;
    pos_ = 0;
    size_ = keep;
  } else if (size_ == capacity_) {
    auto bigger = std::make_unique<char[]>(capacity_ * 2);
    std::memcpy(bigger.get(), buffer_.get(), size_);
    buffer_ = std::move(bigger);
    capacity_ *= 2;
  }
  data_ = buffer_.get();
  in_->read(buffer_.get() + size_, static_cast<std::streamsize>(capacity_ - size_));
  const auto got = static_cast<std::size_t>(in_->gcount());
  size_ += got;
  if (in_->bad()) detail::raise(problem{name_, 0, 0, base_ + size_, problem_kind::cannot_read, errc::ok, {}, "read error"});
  if (got == 0 || in_->eof()) eof_ = true;
  return true;
}

csv_reader::step csv_reader::parse_record() {
  const char* const d = data_;
  const std::size_t n = size_;
  std::size_t p = pos_;
  if (!started_) {
    if (n - p < 3 && !eof_) return step::need_more;
    if (n - p >= 3 && static_cast<unsigned char>(d[p]) == 0xEF && static_cast<unsigned char>(d[p + 1]) == 0xBB &&
        static_cast<unsigned char>(d[p + 2]) == 0xBF)
      pos_ = p = p + 3;
    started_ = true;
  }
  if (p >= n) return eof_ ? step::end : step::need_more;

  const std::size_t start = p;
  // Comment line: skipped to its end, quotes and all.
  if (dialect_.comment != '\0' && d[p] == dialect_.comment) {
    const void* nl = std::memchr(d + p, '\n', n - p);
    if (nl == nullptr && !eof_) return step::need_more;
    pos_ = nl == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(nl) - d) + 1;
    if (records_ == 0) {
      std::size_t end = nl == nullptr ? n : pos_ - 1;
      if (end > p + 1 && d[end - 1] == '\r') --end;
      leading_comments_.emplace_back(d + p + 1, end - p - 1);
    }
    ++comment_lines_;
    ++line_;
    return step::skipped;
  }
  if (delimiter_ == '\0') {
    const void* nl = std::memchr(d + p, '\n', n - p);
    if (nl == nullptr && !eof_) return step::need_more;
    const std::size_t to = nl == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(nl) - d);
    // A blank line says nothing about the delimiter.
    if (to > p && !(to == p + 1 && d[p] == '\r')) {
      detect_delimiter(p, to);
    } else if (dialect_.skip_blank_lines) {
      pos_ = nl == nullptr ? n : to + 1;
      ++blank_lines_;
      ++line_;
      return step::skipped;
    } else {
      set_delimiter(',');
    }
  }

  csv_record& r = record_;
  r.fields_.clear();
  r.starts_.clear();
  r.has_defect_ = false;
  std::size_t scratch_used = 0;
  std::size_t newlines = 0;
  const char delim = delimiter_ == '\0' ? ',' : delimiter_;
  const char quote = dialect_.quote;
  const auto& special = special_;
  const std::uint64_t delim_pattern = broadcast(delim), lf_pattern = broadcast('\n'), quote_pattern = broadcast(quote);
  const auto defect = [&](problem_kind k, std::size_t at) {
    if (!r.has_defect_) {
      r.has_defect_ = true;
      r.defect_ = csv_defect{k, at - start};
    }
  };
  const auto scratch_append = [&](const char* s, std::size_t len) {
    if (scratch_capacity_ < scratch_used + len) {
      // Grow to the buffer's size: a record's unescaped text never exceeds its raw text.
      const std::size_t cap = std::max({n, scratch_used + len, scratch_capacity_ * 2, std::size_t{4096}});
      auto bigger = std::make_unique<char[]>(cap);
      if (scratch_used > 0) std::memcpy(bigger.get(), scratch_.get(), scratch_used);
      // Views already taken into the old scratch are re-pointed below, when the record ends.
      scratch_ = std::move(bigger);
      scratch_capacity_ = cap;
    }
    std::memcpy(scratch_.get() + scratch_used, s, len);
    scratch_used += len;
  };
  // Fields that live in scratch are recorded as (offset, length) and turned into views at
  // the end, because scratch may move while the record is read.
  std::vector<std::pair<std::size_t, std::size_t>>& in_scratch = scratch_fields_;
  in_scratch.clear();

  std::size_t end = n;  // end of the record's text (before CR LF)
  for (;;) {
    const std::size_t field_start = p;
    r.starts_.push_back(field_start - start);
    if (p < n && d[p] == quote) {
      ++p;
      std::size_t seg = p;
      bool escaped = false;
      std::size_t scratch_begin = scratch_used;
      bool closed = false;
      for (;;) {
        const void* qv = p < n ? std::memchr(d + p, quote, n - p) : nullptr;
        if (qv == nullptr) {
          if (!eof_) return step::need_more;
          newlines += static_cast<std::size_t>(std::count(d + p, d + n, '\n'));
          defect(problem_kind::unterminated_quote, field_start);
          p = n;
          break;
        }
        const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(qv) - d);
        newlines += static_cast<std::size_t>(std::count(d + p, d + q, '\n'));
        if (q + 1 >= n && !eof_) return step::need_more;
        if (q + 1 < n && d[q + 1] == quote) {
          if (!escaped) {
            escaped = true;
            scratch_begin = scratch_used;
          }
          scratch_append(d + seg, q + 1 - seg);
          p = seg = q + 2;
          continue;
        }
        closed = true;
        p = q;
        break;
      }
      const std::size_t content_end = p;
      if (escaped) {
        scratch_append(d + seg, content_end - seg);
        in_scratch.emplace_back(r.fields_.size(), scratch_begin);
        r.fields_.emplace_back(nullptr, scratch_used - scratch_begin);
      } else {
        r.fields_.emplace_back(d + seg, content_end - seg);
      }
      if (closed) {
        ++p;  // the closing quote
        // Up to the delimiter or the line end: nothing but a CR before LF may stand here.
        std::size_t t = p;
        while (t < n && d[t] != delim && d[t] != '\n') ++t;
        if (t == n && !eof_) return step::need_more;
        const bool only_cr = t == p + 1 && d[p] == '\r' && (t == n || d[t] == '\n');
        if (t > p && !only_cr) defect(problem_kind::text_after_quote, p);
        if (only_cr) end = p;
        p = t;
      }
    } else {
      std::size_t q = p;
      for (;;) {
        // Eight bytes at a time while they last: the lowest byte equal to the delimiter,
        // LF or the quote (the borrow of the zero-byte test only reaches bytes above it).
        while (q + 8 <= n) {
          std::uint64_t w;
          std::memcpy(&w, d + q, 8);
          const std::uint64_t m = zero_byte(w ^ delim_pattern) | zero_byte(w ^ lf_pattern) | zero_byte(w ^ quote_pattern);
          if (m != 0) {
            q += static_cast<std::size_t>(__builtin_ctzll(m)) >> 3;
            break;
          }
          q += 8;
        }
        while (q < n && !special[static_cast<unsigned char>(d[q])]) ++q;
        if (q < n && d[q] == quote && quote != delim) {
          if (dialect_.strict_quotes) defect(problem_kind::stray_quote, q);
          ++q;
          continue;
        }
        break;
      }
      if (q == n && !eof_) return step::need_more;
      std::size_t len = q - p;
      if ((q == n || d[q] == '\n') && len > 0 && d[q - 1] == '\r') {
        --len;
        end = q - 1;
      }
      r.fields_.emplace_back(d + p, len);
      p = q;
    }
    if (p < n && d[p] == delim) {
      ++p;
      continue;
    }
    // End of the record: a line end or the end of the input.
    if (p < n) {
      if (end == n) end = p;
      ++p;  // the LF
    } else if (end == n) {
      end = p;
    }
    break;
  }
  for (const auto& [field, offset] : in_scratch)
    r.fields_[field] = std::string_view(scratch_.get() + offset, r.fields_[field].size());

  r.text_ = std::string_view(d + start, end - start);
  r.line_ = line_;
  r.offset_ = base_ + start;
  line_ += 1 + newlines;
  pos_ = p;
  if (dialect_.skip_blank_lines && r.text_.empty()) {
    ++blank_lines_;
    return step::skipped;
  }
  ++records_;
  return step::record;
}

const csv_record* csv_reader::next() {
  for (;;) {
    switch (parse_record()) {
      case step::record: return &record_;
      case step::skipped: continue;
      case step::end: return nullptr;
      case step::need_more:
        if (!fill()) eof_ = true;
        continue;
    }
  }
}

// WRITER ------------------------------------------------------------------------------------

bool needs_quotes(std::string_view text, char delimiter) noexcept {
  if (text.empty()) return false;
  if (text.front() == '#' || text.front() == ' ' || text.back() == ' ' || text.front() == '\t' || text.back() == '\t')
    return true;
  for (const char c : text)
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') return true;
  return false;
}

void append_field(std::string& out, std::string_view text, char delimiter) {
  if (!needs_quotes(text, delimiter)) {
    out.append(text);
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

csv_writer& csv_writer::field(std::string_view text) {
  if (!first_) line_ += delimiter_;
  first_ = false;
  append_field(line_, text, delimiter_);
  return *this;
}

csv_writer& csv_writer::end_row() {
  line_ += crlf_ ? "\r\n" : "\n";
  out_->write(line_.data(), static_cast<std::streamsize>(line_.size()));
  line_.clear();
  first_ = true;
  return *this;
}

csv_writer& csv_writer::row(std::span<const std::string_view> fields) {
  for (const std::string_view f : fields) field(f);
  return end_row();
}

csv_writer& csv_writer::row(std::initializer_list<std::string_view> fields) {
  for (const std::string_view f : fields) field(f);
  return end_row();
}

}  // namespace attain::io
