// Internal: the machinery every typed CSV reader shares — header lookup, the row loop that
// accounts for every record, period caching and field parsing with located problems.
#ifndef ATTAIN_SRC_IO_ROWS_HPP
#define ATTAIN_SRC_IO_ROWS_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/period_format.hpp"
#include "attain/table.hpp"

namespace attain::io::detail {

[[gnu::always_inline]] inline std::string_view trim(std::string_view s) noexcept {
  if (s.empty() || (s.front() != ' ' && s.front() != '\t' && s.back() != ' ' && s.back() != '\t')) return s;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "Baseline Year" → "baseline_year".
inline std::string normalise_column(std::string_view s) {
  s = trim(s);
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

inline bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// "text" for a message: control characters escaped, a text longer than 100 bytes cut to its
// start and its length (attain::detail::quote_excerpt).
inline std::string quote_text(std::string_view s) { return attain::detail::quote_excerpt(s); }

// The first fault of a field's encoding: an ill-formed UTF-8 sequence (Unicode 15, table
// 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or U+FEFF, a byte order
// mark that the file's start alone may hold (the reader skips that one). `at` is the offset
// of the fault's first byte; npos when the text is clean.
struct encoding_fault {
  std::size_t at = std::string_view::npos;
  bool byte_order_mark = false;
};

// For each lead byte: the sequence's length (0: never a lead byte) and the range of the byte
// after it (table 3-7 narrows it after E0, ED, F0 and F4).
struct utf8_lead {
  std::uint8_t length = 0, low = 0x80, high = 0xBF;
};
struct utf8_lead_table {
  utf8_lead lead[256]{};
  constexpr utf8_lead_table() {
    for (int b = 0xC2; b <= 0xDF; ++b) lead[b] = {2, 0x80, 0xBF};
    for (int b = 0xE0; b <= 0xEF; ++b) lead[b] = {3, 0x80, 0xBF};
    for (int b = 0xF0; b <= 0xF4; ++b) lead[b] = {4, 0x80, 0xBF};
    lead[0xE0].low = 0xA0;
    lead[0xED].high = 0x9F;
    lead[0xF0].low = 0x90;
    lead[0xF4].high = 0x8F;
  }
};
inline constexpr utf8_lead_table utf8_leads{};

inline encoding_fault find_encoding_fault(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  // ASCII eight bytes at a time: codes, periods and numbers are ASCII. Past the first other
  // byte, byte by byte, with a table for lead bytes (fewer branches on Vietnamese text).
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & 0x8080808080808080ULL) != 0) break;
  }
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    const utf8_lead& l = utf8_leads.lead[b];
    const std::size_t len = l.length;
    if (len == 0 || n - i < len || p[i + 1] < l.low || p[i + 1] > l.high) return {i, false};
    unsigned bad = 0;
    for (std::size_t k = 2; k < len; ++k) bad |= (p[i + k] & 0xC0U) ^ 0x80U;
    if (bad != 0) return {i, false};
    if (b == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF) return {i, true};
    i += len;
  }
  return {};
}

// The reason for a fault in `text`: "invalid UTF-8 byte 0xFF at 3" or "byte order mark
// (U+FEFF) inside the file at 0", followed by `where`.
inline std::string encoding_reason(std::string_view text, const encoding_fault& f, std::string_view where) {
  std::string out;
  if (f.byte_order_mark) {
    out = "byte order mark (U+FEFF) inside the file";
  } else {
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(text[f.at]);
    out = "invalid UTF-8 byte 0x";
    out += hex[b >> 4];
    out += hex[b & 0xF];
  }
  out += " at ";
  out += std::to_string(f.at);
  out += ' ';
  out.append(where);
  return out;
}

inline bool is_missing_value(std::string_view t) noexcept { return t.empty() || t == "NaN" || t == "#N/A"; }

// The header and the row loop: every record after the header is counted once, as accepted
// (finish_row() returns true) or rejected (its problems kept, or thrown in strict mode).
class row_scan {
 public:
  // `sdmx_labels`: a header "TIME_PERIOD: Time period" names the column TIME_PERIOD.
  row_scan(csv_reader& in, read_mode mode, bool sdmx_labels = false) : in_(&in), mode_(mode) {
    const csv_record* h = in.next();
    if (h == nullptr)
      raise(problem{in.name(), 0, 0, 0, problem_kind::no_header, errc::empty_input, {}, "no header row"});
    if (h->has_defect()) raise(h->defect_problem());
    header_line_ = h->line();
    header_offset_ = h->offset();
    for (std::size_t i = 0; i < h->size(); ++i) {
      if (const encoding_fault f = find_encoding_fault((*h)[i]); f.at != std::string_view::npos) {
        const position p = h->position_of(i);
        raise(problem{in.name(), p.line, p.column, p.offset, problem_kind::bad_encoding, errc::unexpected_character, {},
                      encoding_reason((*h)[i], f, "in the header")});
      }
      if (const std::size_t cr = (*h)[i].find('\r'); cr != std::string_view::npos) {
        // A CR inside the header: lines that end in CR alone (classic Mac OS) run together
        // into one record. Said plainly, rather than as a column the header seems to lack.
        const position p = h->position_of(i);
        const std::string_view before = (*h)[i].substr(0, cr);
        const auto chars = static_cast<std::size_t>(
            std::count_if(before.begin(), before.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        raise(problem{in.name(), p.line, p.column + chars, p.offset + cr, problem_kind::bad_encoding,
                      errc::unexpected_character, {},
                      "carriage return (CR) in the header: lines that end in CR alone are not read; save the file "
                      "with LF or CR LF line ends"});
      }
      std::string_view name = trim((*h)[i]);
      if (sdmx_labels) {
        const std::size_t colon = name.find(':');
        if (colon != std::string_view::npos) name = trim(name.substr(0, colon));
      }
      raw_.emplace_back(name);
      names_.push_back(normalise_column(name));
      positions_.push_back(h->position_of(i));
    }
    used_.assign(names_.size(), false);
  }

  // The column called by any of `names` (normalised), or -1. A used column named twice is a
  // file-level problem.
  int optional(std::initializer_list<std::string_view> names) {
    int found = -1;
    for (std::size_t i = 0; i < names_.size(); ++i) {
      for (const std::string_view n : names) {
        if (names_[i] != n) continue;
        if (found >= 0) {
          const position& p = positions_[i];
          raise(problem{in_->name(), p.line, p.column, p.offset, problem_kind::duplicate_column, errc::ok,
                        raw_[i], "duplicate column " + quote_text(raw_[i])});
        }
        found = static_cast<int>(i);
      }
    }
    if (found >= 0) used_[static_cast<std::size_t>(found)] = true;
    return found;
  }
  std::size_t required(std::initializer_list<std::string_view> names) {
    const int c = optional(names);
    if (c < 0)
      raise(problem{in_->name(), header_line_, 1, header_offset_, problem_kind::missing_column, errc::ok,
                    std::string(*names.begin()), "missing column " + quote_text(*names.begin())});
    return static_cast<std::size_t>(c);
  }
  // The raw header names of columns no lookup asked for.
  std::vector<std::string> ignored() const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < raw_.size(); ++i)
      if (!used_[i]) out.push_back(raw_[i]);
    return out;
  }
  std::size_t width() const noexcept { return names_.size(); }
  bool used(std::size_t c) const noexcept { return used_[c]; }
  const position& header_position(std::size_t c) const noexcept { return positions_[c]; }
  const std::string& header_name(std::size_t c) const noexcept { return raw_[c]; }
  const std::string& normalised_name(std::size_t c) const noexcept { return names_[c]; }
  void use(std::size_t c) noexcept { used_[c] = true; }

  // The next record of the right shape, or nullptr at the end. Records with a structural
  // defect or the wrong number of fields are rejected here.
  const csv_record* next() {
    for (;;) {
      const csv_record* r = in_->next();
      counts_.comment_lines = in_->comment_lines();
      counts_.blank_lines = in_->blank_lines();
      if (r == nullptr) return nullptr;
      ++counts_.rows_read;
      rec_ = r;
      problems_.clear();
      if (r->has_defect()) {
        problems_.push_back(r->defect_problem());
        finish_row();
        continue;
      }
      if (r->size() != names_.size()) {
        problems_.push_back(r->problem_at(r->size(), problem_kind::field_count,
                                          "expected " + std::to_string(names_.size()) + " fields, found " +
                                              std::to_string(r->size())));
        finish_row();
        continue;
      }
      // Every field the reader reads must be well-formed UTF-8 (columns it ignores are not
      // looked at). A bad field rejects the row before any value is parsed. One pass over the
      // record's raw text clears almost every record: its fields are that text less some
      // quotes, so a clean text has clean fields.
      if (ATTAIN_UNLIKELY(find_encoding_fault(r->text()).at != std::string_view::npos)) {
        check_encoding(*r);
        if (!problems_.empty()) {
          finish_row();
          continue;
        }
      }
      return r;
    }
  }

  const csv_record& record() const noexcept { return *rec_; }

  // One bad_encoding problem per field the reader uses that is not clean UTF-8.
  ATTAIN_COLD void check_encoding(const csv_record& r) {
    for (std::size_t c = 0; c < used_.size(); ++c) {
      if (!used_[c]) continue;
      const encoding_fault f = find_encoding_fault(r[c]);
      if (f.at != std::string_view::npos)
        problems_.push_back(r.problem_at(c, problem_kind::bad_encoding,
                                         encoding_reason(r[c], f, "in column " + quote_text(raw_[c])), raw_[c],
                                         errc::unexpected_character));
    }
  }
  std::string_view field(std::size_t c) const noexcept { return (*rec_)[c]; }

  void fail(std::size_t c, problem_kind kind, std::string reason, errc code = errc::ok) {
    problems_.push_back(rec_->problem_at(c, kind, std::move(reason), raw_[c], code));
  }
  void fail(std::size_t c, const parse_error& e, problem_kind kind) { fail(c, kind, to_string(e), e.code); }
  bool failed() const noexcept { return !problems_.empty(); }

  // Accepts the row when it has no problem; otherwise rejects it (strict: throws the first).
  bool finish_row() {
    if (problems_.empty()) {
      ++counts_.accepted;
      return true;
    }
    if (mode_ == read_mode::strict) raise(problems_.front());
    ++counts_.rejected;
    rejected_.push_back(rejected_row{rec_->line(), rec_->offset(), std::string(rec_->text()), problems_});
    return false;
  }

  // FIELD PARSERS (each records its problem and returns nullopt)
  std::optional<std::string_view> text(std::size_t c) {
    const std::string_view t = trim(field(c));
    if (t.empty()) {
      fail(c, problem_kind::empty_value, "empty value in column " + quote_text(raw_[c]));
      return std::nullopt;
    }
    return t;
  }
  std::optional<decimal> number(std::size_t c, const number_format& f) {
    const std::string_view t = field(c);
    if (trim(t).empty()) {
      fail(c, problem_kind::empty_value, "empty value in column " + quote_text(raw_[c]));
      return std::nullopt;
    }
    const result<decimal> v = decimal::try_parse(t, f);
    if (!v) {
      fail(c, v.error(), problem_kind::bad_number);
      return std::nullopt;
    }
    return *v;
  }
  template <class Word, class Parse>
  std::optional<Word> word(std::size_t c, Parse parse, std::string_view what, std::string_view expected) {
    const std::string_view t = trim(field(c));
    if (t.empty()) {
      fail(c, problem_kind::empty_value, "empty value in column " + quote_text(raw_[c]));
      return std::nullopt;
    }
    const std::optional<Word> w = parse(t);
    if (!w) {
      fail(c, problem_kind::bad_code,
           "unknown " + std::string(what) + " " + quote_text(t) + "; expected " + std::string(expected));
    }
    return w;
  }

  read_counts& counts() noexcept { return counts_; }
  std::vector<rejected_row>& rejected() noexcept { return rejected_; }
  read_mode mode() const noexcept { return mode_; }
  const std::string& file() const noexcept { return in_->name(); }
  char delimiter() const noexcept { return in_->delimiter(); }

 private:
  csv_reader* in_;
  read_mode mode_;
  std::vector<std::string> raw_, names_;
  std::vector<position> positions_;
  std::vector<bool> used_;
  std::size_t header_line_ = 0;
  std::uint64_t header_offset_ = 0;
  const csv_record* rec_ = nullptr;
  std::vector<problem> problems_;
  read_counts counts_;
  std::vector<rejected_row> rejected_;
};

// DECLARED COLUMNS ---------------------------------------------------------------------------

// "# dimensions: SEX, AGE" / "# attributes: UNIT_MULT" (docs/formats.md, "observations"):
// adds the names to `dimensions` or `attributes`; any other comment is left alone.
inline void add_declaration(std::string_view comment, std::vector<std::string>& dimensions,
                            std::vector<std::string>& attributes) {
  while (!comment.empty() && comment.front() == '#') comment.remove_prefix(1);
  const std::size_t colon = comment.find(':');
  if (colon == std::string_view::npos) return;
  const std::string key = normalise_column(comment.substr(0, colon));
  std::vector<std::string>* into = nullptr;
  if (key == "dimensions" || key == "dimension") into = &dimensions;
  else if (key == "attributes" || key == "attribute") into = &attributes;
  else return;
  std::string_view rest = comment.substr(colon + 1);
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view name = trim(rest.substr(0, comma));
    if (!name.empty()) into->emplace_back(name);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
}

// The comment lines before the header, when the CSV layer hands them over
// (csv_reader::leading_comments()); none otherwise.
template <class Reader>
const std::vector<std::string>& leading_comments(const Reader& in) {
  return in.leading_comments();
}

// The normalised names of declared columns: from the options and the leading comments.
template <class Reader>
void declared_columns(const Reader& in, const read_options& o, std::vector<std::string>& dimensions,
                      std::vector<std::string>& attributes) {
  std::vector<std::string> d = o.dimensions, a = o.attributes;
  for (const std::string& c : leading_comments(in)) add_declaration(c, d, a);
  for (const std::string& n : d) dimensions.push_back(normalise_column(n));
  for (const std::string& n : a) attributes.push_back(normalise_column(n));
}

// Dimension columns, sorted by their names (the header's spelling), so that the members a
// row collects in this order come out sorted.
struct dimension_column {
  std::size_t column = 0;
  std::string name;
};
struct attribute_column {
  std::size_t column = 0;
  std::string name;
};

// The attribute names of `rows` in one order that keeps every row's own order (the order
// of the file it came from): each name first seen is placed after the row's previous name.
// Written in this order and read back, every row's attributes come back in the same order.
template <class Rows>
std::vector<std::string> attribute_union(const Rows& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    std::size_t at = 0;
    for (const auto& a : r.attributes) {
      const auto it = std::find(out.begin(), out.end(), a.name);
      if (it != out.end()) {
        at = std::max(at, static_cast<std::size_t>(it - out.begin()) + 1);
      } else {
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), a.name);
        ++at;
      }
    }
  }
  return out;
}

// The dimension names of `rows`, sorted (each row's members are sorted by dimension).
template <class Rows>
std::vector<std::string> dimension_union(const Rows& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows)
    for (const auto& m : r.members)
      if (std::find(out.begin(), out.end(), m.dimension) == out.end()) out.push_back(m.dimension);
  std::sort(out.begin(), out.end());
  return out;
}

// A row's code for dimension `d`, "_T" when the row stands at its total.
template <class Members>
std::string_view member_code(const Members& members, std::string_view d) {
  for (const auto& m : members)
    if (m.dimension == d) return m.code;
  return "_T";
}

// A row's value of attribute `name`, "" when it has none.
template <class Attributes>
std::string_view attribute_value(const Attributes& attributes, std::string_view name) {
  for (const auto& a : attributes)
    if (a.name == name) return a.value;
  return {};
}

// Periods parsed once per distinct text: an open-addressing table keyed by the text
// (attain::detail::hash_bytes), the keys kept in one string.
class period_cache {
 public:
  explicit period_cache(std::optional<period_syntax> syntax) : syntax_(syntax), slots_(64) {}

  // The period, or the parse error (whose input views `text`).
  result<period> get(std::string_view text) {
    const std::uint64_t h = attain::detail::hash_bytes(text.data(), text.size());
    std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(h) & mask;
    for (;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.length == 0) break;
      if (s.hash == h && s.length - 1 == text.size() &&
          std::memcmp(keys_.data() + s.offset, text.data(), text.size()) == 0)
        return s.value;
    }
    result<period> p = syntax_ ? try_parse_period(text, *syntax_) : try_parse_period(text);
    // Keys are kept at 32-bit offsets: a text that would pass 4 GiB of keys is not cached.
    if (p && size_ < max_entries && text.size() < 0xFFFFFFFFu - keys_.size()) {
      if ((size_ + 1) * 2 > slots_.size()) {
        grow();
        mask = slots_.size() - 1;
        for (i = static_cast<std::size_t>(h) & mask; slots_[i].length != 0; i = (i + 1) & mask) {
        }
      }
      slots_[i] = slot{h, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(text.size() + 1), *p};
      keys_.append(text);
      ++size_;
    }
    return p;
  }

 private:
  struct slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // text size + 1; 0: empty
    period value{};
  };
  void grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const slot& s : old) {
      if (s.length == 0) continue;
      std::size_t i = static_cast<std::size_t>(s.hash) & mask;
      while (slots_[i].length != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  static constexpr std::size_t max_entries = 1 << 16;
  std::optional<period_syntax> syntax_;
  std::vector<slot> slots_;
  std::string keys_;
  std::size_t size_ = 0;
};

// The period cell of an observation row into row.when (a bad_period problem otherwise).
inline void read_period(row_scan& scan, std::size_t column, period_cache& periods, observation_row& row) {
  if (auto t = scan.text(column)) {
    const result<period> p = periods.get(*t);
    if (p) row.when = *p;
    else scan.fail(column, p.error(), problem_kind::bad_period);
  }
}

// The value cell of an observation row, read after its status. A missing value (`missing`,
// by the format's own rule) makes the status M, a conflict when another status was given;
// a value under status M is a conflict; a value is otherwise parsed exactly.
inline void read_value(row_scan& scan, observation_row& row, std::size_t value_column, int status_column,
                       std::string_view cell, bool missing, bool status_given, std::string_view status_text,
                       const number_format& numbers) {
  if (missing) {
    if (status_given && row.status != value_status::missing)
      scan.fail(value_column, problem_kind::conflict, "missing value with status " + quote_text(status_text));
    row.status = value_status::missing;
    return;
  }
  const result<decimal> x = decimal::try_parse(cell, numbers);
  if (x) row.value = *x;
  else scan.fail(value_column, x.error(), problem_kind::bad_number);
  if (row.status == value_status::missing)
    scan.fail(static_cast<std::size_t>(status_column), problem_kind::conflict, "status M with a value " + quote_text(trim(cell)));
}

}  // namespace attain::io::detail

#endif  // ATTAIN_SRC_IO_ROWS_HPP
