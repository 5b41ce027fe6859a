// The RFC 4180 reader and writer: every quoting case, line ends, BOM, delimiters, defects
// with exact messages, streaming across buffer boundaries.
#include "attain/io/csv.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <istream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace io = attain::io;

namespace {

std::vector<std::vector<std::string>> all_records(io::csv_reader& in) {
  std::vector<std::vector<std::string>> out;
  while (const io::csv_record* r = in.next()) {
    std::vector<std::string> row;
    for (const std::string_view f : r->fields()) row.emplace_back(f);
    out.push_back(row);
  }
  return out;
}

using rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST(csv, splits_plain_records_and_counts_lines) {
  io::csv_reader in(std::string_view{"a,b,c\n1,2,3\n4,,6\n"}, "t.csv");
  EXPECT_EQ(all_records(in), (rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "", "6"}}));
  EXPECT_EQ(in.delimiter(), ',');
  EXPECT_EQ(in.records(), 3u);
}

TEST(csv, last_record_without_line_end) {
  io::csv_reader in(std::string_view{"a,b\n1,2"});
  EXPECT_EQ(all_records(in), (rows{{"a", "b"}, {"1", "2"}}));
}

TEST(csv, detects_semicolon_and_tab) {
  io::csv_reader semi(std::string_view{"code;value\nA;1,5\n"});
  EXPECT_EQ(all_records(semi), (rows{{"code", "value"}, {"A", "1,5"}}));
  EXPECT_EQ(semi.delimiter(), ';');
  io::csv_reader tab(std::string_view{"code\tvalue\nA\t1,5\n"});
  EXPECT_EQ(all_records(tab), (rows{{"code", "value"}, {"A", "1,5"}}));
  EXPECT_EQ(tab.delimiter(), '\t');
  // A declared delimiter is used as is.
  io::csv_reader declared(std::string_view{"a;b,c\n"}, "t", io::csv_dialect{.delimiter = ','});
  EXPECT_EQ(all_records(declared), (rows{{"a;b", "c"}}));
}

TEST(csv, quoted_fields_hold_delimiters_quotes_and_newlines) {
  io::csv_reader in(std::string_view{"a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\nnext,1\n"});
  const io::csv_record* r = in.next();
  r = in.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)[0], "x,y");
  EXPECT_EQ((*r)[1], "say \"hi\"");
  EXPECT_EQ(r->line(), 2u);
  r = in.next();
  EXPECT_EQ((*r)[0], "two\nlines");
  EXPECT_EQ((*r)[1], "");
  EXPECT_EQ(r->line(), 3u);
  EXPECT_EQ(r->text(), "\"two\nlines\",\"\"");
  r = in.next();
  EXPECT_EQ((*r)[0], "next");
  EXPECT_EQ(r->line(), 5u);  // the embedded newline counts
  EXPECT_EQ(in.next(), nullptr);
}

TEST(csv, crlf_line_ends_and_byte_order_mark) {
  io::csv_reader in(std::string_view{"\xEF\xBB\xBF" "a,b\r\n\"q\",2\r\n3,\"\"\r\n"});
  EXPECT_EQ(all_records(in), (rows{{"a", "b"}, {"q", "2"}, {"3", ""}}));
  io::csv_reader again(std::string_view{"\xEF\xBB\xBF" "a,b\r\n1,2\r\n"});
  const io::csv_record* h = again.next();
  EXPECT_EQ(h->offset(), 3u);  // offsets count the byte order mark
  EXPECT_EQ(h->text(), "a,b");
  const io::csv_record* r = again.next();
  EXPECT_EQ(r->offset(), 8u);
  EXPECT_EQ(r->position_of(1), (io::position{2, 3, 10}));
}

TEST(csv, bare_cr_is_data) {
  io::csv_reader in(std::string_view{"a,b\nx\ry,2\n"});
  EXPECT_EQ(all_records(in), (rows{{"a", "b"}, {"x\ry", "2"}}));
}

TEST(csv, comments_and_blank_lines_are_counted_not_records) {
  io::csv_reader in(std::string_view{"# header comment, with \"quotes\n\na,b\n# between\n1,2\n\r\n\"#not a comment\",3\n"});
  EXPECT_EQ(all_records(in), (rows{{"a", "b"}, {"1", "2"}, {"#not a comment", "3"}}));
  EXPECT_EQ(in.comment_lines(), 2u);
  EXPECT_EQ(in.blank_lines(), 2u);
  EXPECT_EQ(in.records(), 3u);
  io::csv_reader no_comments(std::string_view{"#a,b\n"}, "t", io::csv_dialect{.comment = '\0'});
  EXPECT_EQ(all_records(no_comments), (rows{{"#a", "b"}}));
}

TEST(csv, columns_count_characters_not_bytes) {
  io::csv_reader in(std::string_view{"name,value\nCẩm Thủy,5.54\n"}, "obs.csv");
  in.next();
  const io::csv_record* r = in.next();
  // "Cẩm Thủy" is 8 characters in 11 bytes: "5.54" starts at column 10, byte 11 of the line.
  EXPECT_EQ(r->position_of(1), (io::position{2, 10, 11 + 13}));
  EXPECT_EQ(io::to_string(r->problem_at(1, io::problem_kind::bad_number, "bad digit grouping at 1 in \"5.54\"")),
            "obs.csv:2:10: bad digit grouping at 1 in \"5.54\"");
}

TEST(csv, unterminated_quote_runs_to_the_end_and_is_located_at_its_quote) {
  io::csv_reader in(std::string_view{"a,b\n1,\"open\n2,3\n"}, "q.csv");
  in.next();
  const io::csv_record* r = in.next();
  ASSERT_TRUE(r->has_defect());
  EXPECT_EQ(r->defect().kind, io::problem_kind::unterminated_quote);
  EXPECT_EQ(io::to_string(r->defect_problem()), "q.csv:2:3: unterminated quoted field");
  EXPECT_EQ(r->defect_problem().offset, 6u);
  EXPECT_EQ(in.next(), nullptr);
}

TEST(csv, stray_quote_and_text_after_quote_end_at_the_line) {
  io::csv_reader lax(std::string_view{"a,b\nCommunes \"new rural\",1\n"}, "s.csv");
  lax.next();
  EXPECT_EQ((*lax.next())[0], "Communes \"new rural\"");  // data, by default
  io::csv_reader in(std::string_view{"a,b\nab\"c,1\n\"ab\"c,2\n\"ok\" ,3\n4,5\n"}, "s.csv",
                    io::csv_dialect{.strict_quotes = true});
  in.next();
  const io::csv_record* r = in.next();
  EXPECT_EQ(io::to_string(r->defect_problem()), "s.csv:2:3: quote inside an unquoted field");
  EXPECT_EQ(r->size(), 2u);
  r = in.next();
  EXPECT_EQ(io::to_string(r->defect_problem()), "s.csv:3:5: unexpected text after a closing quote");
  r = in.next();
  EXPECT_EQ(io::to_string(r->defect_problem()), "s.csv:4:5: unexpected text after a closing quote");
  r = in.next();
  EXPECT_FALSE(r->has_defect());
  EXPECT_EQ((*r)[0], "4");
}

TEST(csv, streams_across_buffer_boundaries_like_text) {
  // ~1.5 MB of records with quotes, escapes and newlines: the stream reader (256 KiB
  // buffer) splits records across refills; it must give what the text reader gives.
  std::mt19937_64 rng(42);
  std::string text = "k,v,w\r\n";
  for (int i = 0; i < 40000; ++i) {
    text += "k" + std::to_string(i) + ",";
    switch (rng() % 4) {
      case 0: text += "\"a,\"\"b\"\"\nc\""; break;
      case 1: text += "plain"; break;
      case 2: text += "\"\""; break;
      default: text += std::string(rng() % 40, 'x'); break;
    }
    text += ",\"" + std::to_string(rng()) + "\"\r\n";
  }
  io::csv_reader from_text(std::string_view{text});
  std::istringstream stream(text);
  io::csv_reader from_stream(stream, "s");
  const rows a = all_records(from_text);
  const rows b = all_records(from_stream);
  EXPECT_EQ(a.size(), 40001u);
  EXPECT_EQ(a, b);
}

TEST(csv, a_record_longer_than_the_buffer_grows_it) {
  const std::string big(700000, 'z');
  const std::string text = "a,b\n\"" + big + "\",1\n2,3\n";
  std::istringstream stream(text);
  io::csv_reader in(stream, "big");
  EXPECT_EQ(all_records(in), (rows{{"a", "b"}, {big, "1"}, {"2", "3"}}));
}

TEST(csv, file_that_cannot_be_opened) {
  try {
    io::csv_reader in(std::filesystem::path{"no/such/file.csv"});
    FAIL();
  } catch (const io::read_error& e) {
    EXPECT_STREQ(e.what(), "no/such/file.csv: cannot open file");
    EXPECT_EQ(e.where().kind, io::problem_kind::cannot_read);
  }
}

TEST(csv, reads_a_file_from_disk) {
  io::csv_reader in(std::filesystem::path{ATTAIN_TEST_DATA_DIR "/io/observations_vi.csv"});
  const rows r = all_records(in);
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0], (std::vector<std::string>{"indicator", "unit", "period", "value", "status"}));
  EXPECT_EQ(r[3][1], "XA;02");
  EXPECT_EQ(in.delimiter(), ';');
  EXPECT_EQ(in.comment_lines(), 1u);
  EXPECT_EQ(in.blank_lines(), 1u);
}

TEST(csv, writer_quotes_only_where_needed_and_reads_back) {
  std::ostringstream out;
  io::csv_writer w(out, ';');
  w.row({"plain", "x;y", "say \"hi\"", "two\nlines", "#hash", " pad", ""});
  w.row({"1.621,41", "b"});
  EXPECT_EQ(out.str(), "plain;\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\";\"#hash\";\" pad\";\n1.621,41;b\n");
  const std::string text = out.str();
  io::csv_reader in(std::string_view{text}, "w", io::csv_dialect{.delimiter = ';'});
  EXPECT_EQ(all_records(in), (rows{{"plain", "x;y", "say \"hi\"", "two\nlines", "#hash", " pad", ""}, {"1.621,41", "b"}}));
  std::ostringstream crlf;
  io::csv_writer(crlf, ',', true).row({"a", "b"});
  EXPECT_EQ(crlf.str(), "a,b\r\n");
}

TEST(csv, random_fields_round_trip_through_writer_and_reader) {
  std::mt19937_64 rng(7);
  const std::string alphabet = "ab,;\"\n\r #x\xE1\xBA\xA9";
  rows expected;
  std::ostringstream out;
  io::csv_writer w(out, ';', rng() % 2 == 0);
  for (int i = 0; i < 2000; ++i) {
    std::vector<std::string> row;
    for (int f = 0; f < 4; ++f) {
      std::string s;
      const std::size_t len = rng() % 8;
      for (std::size_t k = 0; k < len; ++k) s += alphabet[rng() % alphabet.size()];
      row.push_back(s);
      w.field(s);
    }
    w.end_row();
    // A record of one empty field would be a blank line; ours have four.
    expected.push_back(row);
  }
  const std::string text = out.str();
  io::csv_reader in(std::string_view{text}, "r", io::csv_dialect{.delimiter = ';'});
  EXPECT_EQ(all_records(in), expected);
}

TEST(csv, every_problem_kind_has_a_name) {
  const std::pair<io::problem_kind, std::string_view> names[] = {
      {io::problem_kind::cannot_read, "cannot_read"},
      {io::problem_kind::no_header, "no_header"},
      {io::problem_kind::missing_column, "missing_column"},
      {io::problem_kind::duplicate_column, "duplicate_column"},
      {io::problem_kind::unterminated_quote, "unterminated_quote"},
      {io::problem_kind::stray_quote, "stray_quote"},
      {io::problem_kind::text_after_quote, "text_after_quote"},
      {io::problem_kind::field_count, "field_count"},
      {io::problem_kind::empty_value, "empty_value"},
      {io::problem_kind::bad_number, "bad_number"},
      {io::problem_kind::bad_period, "bad_period"},
      {io::problem_kind::bad_status, "bad_status"},
      {io::problem_kind::bad_code, "bad_code"},
      {io::problem_kind::conflict, "conflict"},
      {io::problem_kind::duplicate_key, "duplicate_key"},
      {io::problem_kind::unsupported, "unsupported"},
      {io::problem_kind::bad_encoding, "bad_encoding"},
      {io::problem_kind::unknown_column, "unknown_column"},
      {io::problem_kind::unknown_reference, "unknown_reference"},
      {io::problem_kind::inconsistent, "inconsistent"}};
  for (const auto& [kind, name] : names) EXPECT_EQ(io::to_string(kind), name);
  EXPECT_EQ(io::to_string(static_cast<io::problem_kind>(20)), "?");
}

TEST(csv, a_field_after_an_embedded_newline_is_located_on_its_own_line) {
  io::csv_reader in(std::string_view{"a,b\n\"two\nlines\",x\n"}, "m.csv");
  in.next();
  const io::csv_record* r = in.next();
  ASSERT_NE(r, nullptr);
  // Field 1 starts after `lines",` on line 3: column 8, byte 16 of the file.
  EXPECT_EQ(r->position_of(1), (io::position{3, 8, 16}));
  EXPECT_EQ(io::to_string(r->problem_at(1, io::problem_kind::bad_code, "unknown code \"x\"", "b")),
            "m.csv:3:8: unknown code \"x\"");
}

TEST(csv, a_moved_reader_goes_on_where_the_first_stopped) {
  const std::string text = "a,b\n1,2\n3,4\n5,6\n";
  io::csv_reader first(std::string_view{text}, "moved.csv");
  ASSERT_NE(first.next(), nullptr);
  ASSERT_NE(first.next(), nullptr);
  io::csv_reader second(std::move(first));
  EXPECT_EQ(second.name(), "moved.csv");
  EXPECT_EQ(second.records(), 2u);
  const io::csv_record* r = second.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)[0], "3");
  EXPECT_EQ(r->line(), 3u);
  EXPECT_EQ(r->file(), "moved.csv");

  // Assignment of a reader that owns its buffer (a stream), and self-assignment.
  std::istringstream stream("x;y\n7;8\n9;10\n");
  io::csv_reader from_stream(stream, "s.csv");
  ASSERT_NE(from_stream.next(), nullptr);
  second = std::move(from_stream);
  io::csv_reader& alias = second;
  second = std::move(alias);
  EXPECT_EQ(second.name(), "s.csv");
  EXPECT_EQ(second.delimiter(), ';');
  EXPECT_EQ(all_records(second), (rows{{"7", "8"}, {"9", "10"}}));
  EXPECT_EQ(second.records(), 3u);
}

TEST(csv, a_stream_that_fails_while_reading_throws_cannot_read) {
  // A stream buffer that delivers a few bytes and then fails: the stream turns bad.
  struct failing : std::streambuf {
    std::string head = "a,b\n1,";
    bool served = false;
    int_type underflow() override {
      if (served) throw std::runtime_error("device error");
      served = true;
      setg(head.data(), head.data(), head.data() + head.size());
      return traits_type::to_int_type(head[0]);
    }
  };
  failing buf;
  std::istream in(&buf);
  io::csv_reader reader(in, "disk.csv");
  try {
    while (reader.next() != nullptr) {
    }
    FAIL() << "no throw";
  } catch (const io::read_error& e) {
    EXPECT_EQ(e.where().kind, io::problem_kind::cannot_read);
    EXPECT_STREQ(e.what(), "disk.csv: read error");
  }
}

TEST(csv, a_leading_blank_line_kept_as_a_record_uses_commas) {
  io::csv_reader in(std::string_view{"\na;b\n"}, "b.csv", io::csv_dialect{.skip_blank_lines = false});
  const io::csv_record* r = in.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0], "");
  EXPECT_EQ(in.delimiter(), ',');
  // The blank line fixed the delimiter: "a;b" is one field.
  EXPECT_EQ(all_records(in), (rows{{"a;b"}}));
  EXPECT_EQ(in.blank_lines(), 0u);
}

TEST(csv, writer_with_crlf_and_whole_rows) {
  std::ostringstream out;
  io::csv_writer w(out, ';', true);
  const std::vector<std::string_view> fields = {"GTSX", "1.621,41", "a;b"};
  w.row(fields).row({"x", "say \"hi\""});
  EXPECT_EQ(out.str(), "GTSX;1.621,41;\"a;b\"\r\nx;\"say \"\"hi\"\"\"\r\n");
}
