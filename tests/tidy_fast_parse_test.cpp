// The observation reader's fast paths (src/io/fast_fields.hpp) against the general parsers
// they stand in front of: a value in the plain shape read word-wise must be exactly what
// decimal::try_parse gives (coefficient and scale), and every other text — signs, leading
// zeros, 17 to 40 digits, exponents, stray characters, thousands separators, spaces — must
// reach the general parser, so that a file reads to the same rows and the same messages.
#include <gtest/gtest.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "../src/io/fast_fields.hpp"
#include "attain/decimal.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/number_format.hpp"
#include "attain/period_format.hpp"

namespace io = attain::io;
using attain::decimal;
using attain::number_format;

namespace {

// `text` as the value field of a record with `before` bytes ahead of it and ",A" after it.
struct record_with {
  std::string record;
  std::string_view field;
  record_with(std::string_view text, std::size_t before) : record(before, 'x') {
    record += text;
    record += ",A";
    field = std::string_view(record).substr(before, text.size());
  }
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The fast path's answer, when it gives one, is try_parse's; returns whether it gave one.
bool agrees(std::string_view text, const number_format& f, std::size_t before = 24) {
  const record_with r(text, before);
  const io::detail::plain_number fast = io::detail::parse_plain_decimal(r.record, r.field, f.decimal_mark);
  if (!fast.ok) return false;
  const attain::result<decimal> general = decimal::try_parse(text, f);
  EXPECT_TRUE(general.has_value()) << '"' << text << "\" read by the fast path only";
  if (!general) return true;
  EXPECT_EQ(general->coefficient(), fast.coefficient) << '"' << text << '"';
  EXPECT_EQ(general->scale(), fast.scale) << '"' << text << '"';
  return true;
}

const std::vector<std::string> edge_values = {
    "0", "00", "007", "-0", "+0", "-0.0", "0.000", "5", "-5", "+5", "1.5", "-1.5", "+1.5", "0.01", "-0.01",
    "123456789.12", "99999999999", "1234567890.1", "1234567890123456", "123456789012345.6", "9999999999999999",
    "-9999999999999999", "12345678901234567", "1234567890123456.7", "123456789012345678",
    "1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "12345678901234567890", "99999999999999999999999999999999999999", "999999999999999999999999999999999999999",
    "0.00000000000000000000000000000000000001", "0.000000000000000000000000000000000000001",
    "1e5", "1E5", "1.5e3", "-1.5E-3", "1e", "1e+", "2e-40", "1.2.3", "1..2", ".5", "5.", "-.5", "+.5", "-", "+",
    "--5", "+-5", "-+5", "1-2", "12a", "a12", "1_000", "1,234", "1,234.5", "1.234,5", "1 234", " 5", "5 ", " 5 ",
    "\t5", "5\t", "", " ", "NaN", "#N/A", "nan", "1/2", "5%", "0x10", "1\xC2\xA0" "234", "\xEF\xBB\xBF" "5",
    "１２", "1.", "0.", ".", ",5", "5,", "1,5", "-1,5",
};

}  // namespace

TEST(tidy_fast_parse, plain_shape_is_read_fast_and_exactly) {
  for (const char* t : {"0", "5", "-5", "+5", "007", "1.5", "-0.01", "123456789.12", "9999999999999999",
                        "12345678901234.6", "-1234567.890123"})
    EXPECT_TRUE(agrees(t, number_format::plain())) << t;
}

TEST(tidy_fast_parse, other_shapes_go_to_the_general_parser) {
  for (const char* t : {"", "-", "+", ".5", "5.", "1.2.3", "1e5", "1,234", " 5", "5 ", "12345678901234567",
                        "1234567890123456.7", "--5", "1_000", "NaN"})
    EXPECT_FALSE(agrees(t, number_format::plain())) << t;
  // Not enough of the record before the field to read a whole window: the general path.
  EXPECT_FALSE(agrees("123.45", number_format::plain(), 0));
  EXPECT_FALSE(agrees("123.45", number_format::plain(), 9));
  EXPECT_TRUE(agrees("123.45", number_format::plain(), 10));
}

TEST(tidy_fast_parse, edge_values_agree_in_every_format) {
  for (const number_format& f : {number_format::plain(), number_format::plain().with_exponent(), number_format::vi(),
                                 number_format::en(), number_format::fr()})
    for (const std::string& t : edge_values)
      for (const std::size_t before : {0U, 3U, 16U, 40U}) agrees(t, f, before);
}

TEST(tidy_fast_parse, random_texts_agree) {
  std::mt19937_64 rng(20240917);
  const std::string strays = " ,.eE+-x_\"\t";
  std::size_t fast = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string t;
    const int sign = static_cast<int>(rng() % 4);
    if (sign == 1) t += '-';
    if (sign == 2) t += '+';
    const auto digits = 1 + static_cast<std::size_t>(rng() % 22);
    const std::size_t mark = rng() % 3 == 0 ? std::string::npos : static_cast<std::size_t>(rng() % (digits + 1));
    for (std::size_t d = 0; d < digits; ++d) {
      if (d == mark) t += rng() % 8 == 0 ? ',' : '.';
      t += static_cast<char>('0' + rng() % (rng() % 4 == 0 ? 2 : 10));
    }
    if (mark == digits) t += '.';
    if (rng() % 10 == 0) t.insert(rng() % (t.size() + 1), 1, strays[rng() % strays.size()]);
    if (agrees(t, number_format::plain())) ++fast;
    agrees(t, number_format::vi(), 17);
  }
  EXPECT_GT(fast, 50000U);  // the fast path is exercised, not only bypassed
}

// A whole file, read by the observation reader (lenient), against the general parsers row by
// row: the same values at the same scales, the same periods, the same problems in order.
TEST(tidy_fast_parse, observation_reader_reads_what_the_general_parsers_read) {
  std::mt19937_64 rng(7);
  std::vector<std::string> values = edge_values;
  for (int i = 0; i < 200; ++i) {
    std::string v = std::to_string(rng() % 100000000000ULL);
    if (rng() % 2 == 0) v.insert(v.size() - rng() % std::min<std::size_t>(v.size(), 3), ".");
    if (v.front() == '.') v.insert(0, "0");
    if (v.back() == '.') v += '0';
    values.push_back(rng() % 5 == 0 ? "-" + v : v);
  }
  const std::vector<std::string> periods = {"2024", "2024-Q3", "2024Q3", "2024-07", "năm 2024", "2024-Q5", "Q3/2024",
                                            "2024-W05", "20240", "x", "2024 ", " 2024", "2023-2024", "2024-S1",
                                            "12345678", "123456789"};
  for (const bool value_first : {false, true}) {
    std::string file = value_first ? "value,indicator,unit,period,status\n" : "indicator,unit,period,value,status\n";
    struct expected_row {
      std::string period_text, value_text;
    };
    std::vector<expected_row> rows;
    for (int i = 0; i < 4000; ++i) {
      const std::string ind = "I" + std::string(rng() % 20, 'N');
      const std::string& p = periods[rng() % periods.size()];
      const std::string& v = values[rng() % values.size()];
      if (trim(v).empty() || v == "NaN" || v == "#N/A") continue;  // a missing value: another rule
      if (v.find("\xEF\xBB\xBF") != std::string::npos) continue;     // a byte order mark: bad_encoding
      std::string line;
      const auto field = [&](std::string_view text) {
        if (!line.empty()) line += ',';
        io::append_field(line, text, ',');
      };
      if (value_first) field(v);
      field(ind);
      field("U");
      field(p);
      if (!value_first) field(v);
      field("A");
      file += line + "\n";
      rows.push_back({p, v});
    }
    io::csv_reader in(std::string_view(file), "fast.csv");
    io::observation_reader reader(in, {.mode = io::read_mode::lenient});
    std::vector<const io::rejected_row*> rejected;
    std::size_t row = 0, accepted = 0;
    const number_format f = number_format::plain().with_exponent();
    // Each row's expected problems: the period's, then the value's.
    const auto problems_of = [&](const expected_row& e) {
      std::vector<std::string> out;
      const std::string_view pt = trim(e.period_text);
      if (const auto p = attain::try_parse_period(pt); !p) out.push_back(attain::to_string(p.error()));
      if (const auto v = decimal::try_parse(e.value_text, f); !v) out.push_back(attain::to_string(v.error()));
      return out;
    };
    std::size_t expected_rejected = 0;
    while (const io::observation_record* r = reader.next()) {
      while (!problems_of(rows[row]).empty()) {  // rejected rows are not handed out
        ++row;
        ++expected_rejected;
      }
      const expected_row& e = rows[row++];
      const auto p = attain::try_parse_period(trim(e.period_text));
      const auto v = decimal::try_parse(e.value_text, f);
      ASSERT_TRUE(p && v);
      EXPECT_EQ(r->when, *p) << e.period_text;
      EXPECT_EQ(r->value.coefficient(), v->coefficient()) << e.value_text;
      EXPECT_EQ(r->value.scale(), v->scale()) << e.value_text;
      ++accepted;
    }
    for (; row < rows.size(); ++row)
      if (!problems_of(rows[row]).empty()) ++expected_rejected;
    ASSERT_EQ(reader.counts().accepted, accepted);
    ASSERT_EQ(reader.rejected().size(), expected_rejected);
    // The rejected rows' messages, in order.
    std::size_t k = 0;
    for (const expected_row& e : rows) {
      const std::vector<std::string> want = problems_of(e);
      if (want.empty()) continue;
      const io::rejected_row& got = reader.rejected()[k++];
      ASSERT_EQ(got.problems.size(), want.size()) << got.text;
      for (std::size_t j = 0; j < want.size(); ++j) EXPECT_EQ(got.problems[j].reason, want[j]) << got.text;
    }
    EXPECT_GT(accepted, 1000U);
    EXPECT_GT(expected_rejected, 100U);
  }
}

// A period text of up to 8 bytes is kept by its bytes and length, read only from its record.
TEST(tidy_fast_parse, short_period_keys_stay_in_the_record_and_tell_texts_apart) {
  io::detail::short_period_cache cache;
  const std::vector<std::string> texts = {"2024", "2024-Q3", "2024Q3", "2024-07", "20240101", "2024-W05", "Q3/2024",
                                          "2023", std::string("2023\0" "1", 6), "x", "123456789"};
  for (std::size_t t = 0; t < texts.size(); ++t) {
    const std::string& text = texts[t];
    for (std::size_t before = 0; before <= 9; ++before) {
      const std::string record = std::string(before, 'x') + text;
      const std::string_view field = std::string_view(record).substr(before);
      const io::detail::short_period_cache::key k = io::detail::short_period_cache::key_of(record, field);
      EXPECT_EQ(k.keyed, text.size() <= 8 && before + text.size() >= 8) << text << " after " << before;
      if (!k.keyed) continue;
      const attain::period p = attain::year{2000 + static_cast<int>(t)};
      if (const attain::period* known = cache.find(k, field.size())) {
        EXPECT_EQ(*known, p) << text;  // the text kept before, from another offset
      } else {
        cache.add(k, field.size(), p);
      }
      ASSERT_NE(cache.find(k, field.size()), nullptr);
      EXPECT_EQ(*cache.find(k, field.size()), p) << text;
    }
  }
}
