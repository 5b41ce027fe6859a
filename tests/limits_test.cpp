// The limits of docs/explanation/limits.md, one test per area: the largest value, scale, file
// or count each part accepts works exactly, and one beyond gives the documented error — its
// type, code and message. Where another test already pins a limit at its boundary, the test
// here names it instead of repeating it. Limits whose boundary needs gigabytes (2^32 codes,
// 2^32 rows, a 4 GiB record) are checked by their constants and documented, not built.
#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/growth.hpp"
#include "attain/hierarchy.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/json.hpp"
#include "attain/io/tidy.hpp"
#include "attain/number_format.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"
#include "attain/ranking.hpp"
#include "attain/report.hpp"
#include "attain/table.hpp"
#include "attain/term.hpp"

namespace {

namespace io = attain::io;
using attain::decimal;
using attain::errc;
using attain::int128;
using attain::number_format;
using attain::period;
using attain::rounding;
using boost::gregorian::date;
using namespace attain::literals;

constexpr int128 max_coef = decimal::max_coefficient;  // 2^127 − 1

// The message of the overflow_error f throws ("<no exception>" when it throws none).
template <class F>
std::string overflow_message(F&& f) {
  try {
    f();
  } catch (const attain::overflow_error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
    return e.what();
  } catch (const std::exception& e) {
    return std::string("<another exception: ") + e.what() + ">";
  }
  return "<no exception>";
}

// The message of the domain_error f throws, whose code must be `code`.
template <class F>
std::string domain_message(F&& f, errc code) {
  try {
    f();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    return e.what();
  } catch (const std::exception& e) {
    return std::string("<another exception: ") + e.what() + ">";
  }
  return "<no exception>";
}

// "code at offset: message" of a parse that must fail.
template <class T>
std::string parse_failure(const attain::result<T>& r) {
  if (r) return "<parsed>";
  return attain::to_string(r.error());
}

attain::period_span year_span(int y) { return attain::to_span(attain::year{y}); }

}  // namespace

// ---------------------------------------------------------------------------------------
// decimal
// ---------------------------------------------------------------------------------------
// Pinned elsewhere at the exact boundary, and not repeated here:
//   tests/decimal_test.cpp  construction (2^127 − 1 and −(2^127 − 1); scale 0…38), +, −, ×,
//                           pow (scale n × s), round, rescale, divide: overflow_error with
//                           "<operation>: result does not fit 38 digits" one step beyond;
//                           scale 39 or −1: domain_error "…: scale 39 is outside 0..38".
//   tests/number_format_test.cpp  parse: 2^127 − 1 accepted, 2^127 "too many digits";
//                           38 fractional digits accepted, 39 "too many fractional digits";
//                           exponents 1e-38 accepted, 1e-39 and 2e38 "exponent out of range".

TEST(limits, decimal_extremes_have_a_bounded_text) {
  // The longest canonical text: a sign, 39 digits and a point at scale 38 — 41 characters,
  // within max_chars (42) and to_chars' buffer.
  const decimal most{-max_coef, 38};
  EXPECT_EQ(to_string(most), "-1.70141183460469231731687303715884105727");
  EXPECT_EQ(to_string(most).size(), 41u);
  EXPECT_EQ(to_string(decimal{-1, 38}), "-0.00000000000000000000000000000000000001");
  EXPECT_LE(to_string(decimal{-1, 38}).size(), attain::max_chars);
  EXPECT_EQ(decimal::max_scale, 38);
  EXPECT_EQ(decimal::digits, 38);
}

TEST(limits, decimal_text_has_no_length_limit_only_a_digit_limit) {
  // Leading zeros and padding are not significant: a megabyte of them still reads as 1.
  const std::string zeros = std::string(1 << 20, '0') + "1";
  EXPECT_EQ(decimal::parse(zeros), decimal{1});
  // Trailing fractional zeros are digits of the scale: 38 of them fit, 39 do not.
  EXPECT_EQ(decimal::parse("1." + std::string(38, '0')).scale(), 38);
  const std::string t39 = "1." + std::string(39, '0');
  EXPECT_EQ(parse_failure(decimal::try_parse(t39)), "too many fractional digits at 40 in \"" + t39 + "\"");
  // A long run of digits fails at the digit that overflows, wherever the text ends.
  const std::string many(1 << 20, '9');
  const auto r = decimal::try_parse(many);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, errc::too_many_digits);
  EXPECT_EQ(r.error().offset, 38u);
  // An exponent is read up to 10,009 and then decided: zero times 10^9999 is 0; 99999 is out
  // of range whatever the coefficient.
  const number_format ex = number_format::plain().with_exponent();
  EXPECT_EQ(decimal::parse("0e9999", ex), decimal{});
  EXPECT_EQ(parse_failure(decimal::try_parse("0e99999", ex)), "exponent out of range at 2 in \"0e99999\"");
  EXPECT_EQ(parse_failure(decimal::try_parse("1e1001", ex)), "exponent out of range at 2 in \"1e1001\"");
  EXPECT_EQ(decimal::parse("1e38", ex), decimal::parse("100000000000000000000000000000000000000"));
}

// ---------------------------------------------------------------------------------------
// number formats: percent and magnitude words
// ---------------------------------------------------------------------------------------

TEST(limits, percent_text_holds_36_fractional_digits) {
  // A percent is a ratio two decimals finer: "x%" with 36 fractional digits is a ratio at
  // scale 38; one more does not fit.
  const std::string p36 = "0." + std::string(35, '0') + "1%";
  EXPECT_EQ(attain::parse_percent(p36), decimal(1, 38));
  const std::string p37 = "0." + std::string(36, '0') + "1%";
  EXPECT_EQ(parse_failure(attain::try_parse_percent(p37)), "too many fractional digits at 0 in \"" + p37 + "\"");
  // format_percent multiplies by 100 exactly: a ratio at scale 0 or 1 must fit × 100.
  EXPECT_EQ(overflow_message([] {
              (void)attain::format_percent(decimal{max_coef, 1}, number_format::vi(), 0, rounding::half_up);
            }),
            "decimal multiplication: result does not fit 38 digits");
}

TEST(limits, magnitude_words_reach_10_to_the_36) {
  // Words multiply; every word is 10^3, 10^6, 10^9 or 10^12, so 10^36 is the largest
  // magnitude below the limit of 10^38.
  const attain::quantity q = attain::parse_quantity("1,5 tỷ tỷ tỷ tỷ đồng", number_format::vi());
  EXPECT_EQ(q.magnitude, decimal::parse("1000000000000000000000000000000000000"));
  EXPECT_EQ(q.value, decimal::parse("1500000000000000000000000000000000000"));
  EXPECT_EQ(q.unit, "đồng");
  EXPECT_EQ(parse_failure(attain::try_parse_quantity("1 nghìn tỷ tỷ tỷ tỷ", number_format::vi())),
            "too many digits at 24 in \"1 nghìn tỷ tỷ tỷ tỷ\"");
  EXPECT_EQ(parse_failure(attain::try_parse_quantity("1 trillion trillion trillion thousand")),
            "too many digits at 29 in \"1 trillion trillion trillion thousand\"");
  // The value in base units must fit too: 170 × 10^36 does, 171 × 10^36 does not.
  EXPECT_EQ(attain::parse_quantity("170 trillion trillion trillion").value,
            decimal::parse("170000000000000000000000000000000000000"));
  EXPECT_EQ(parse_failure(attain::try_parse_quantity("171 trillion trillion trillion")),
            "too many digits at 0 in \"171 trillion trillion trillion\"");
}

// ---------------------------------------------------------------------------------------
// periods and terms
// ---------------------------------------------------------------------------------------
// tests/period_test.cpp pins year{1300} and next(year{9998}); tests/term_test.cpp pins
// of_plan_years(1401, …) (its baseline 1400 is out of range).

TEST(limits, years_1401_to_9998) {
  EXPECT_EQ(attain::min_period_year, 1401);
  EXPECT_EQ(attain::max_period_year, 9998);
  EXPECT_EQ(attain::year{1401}.year(), 1401);
  EXPECT_EQ(attain::year{9998}.year(), 9998);
  EXPECT_EQ(domain_message([] { (void)attain::year{1400}; }, errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)attain::quarter{9999, 1}; }, errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  // No overflow on the way to the check: a year near INT_MAX is out of range, not wrapped.
  EXPECT_EQ(domain_message([] { (void)attain::month{INT_MAX, 1}; }, errc::year_out_of_range),
            "year out of range: year 2147483647 (expected 1401 to 9998)");
  // Days: every day of 1401…9998, none outside.
  EXPECT_EQ(period::of_day(date(1401, 1, 1)).first(), date(1401, 1, 1));
  EXPECT_EQ(period::of_day(date(9998, 12, 31)).last(), date(9998, 12, 31));
  EXPECT_EQ(domain_message([] { (void)period::of_day(date(1400, 12, 31)); }, errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)period::of_day(date(9999, 1, 1)); }, errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  // The longest period: every supported day, 3,140,355 of them.
  EXPECT_EQ(attain::days(period::range(date(1401, 1, 1), date(9998, 12, 31))), 3140355);
  // In text, at the year's offset.
  EXPECT_EQ(attain::parse_period("1401"), period{attain::year{1401}});
  EXPECT_EQ(attain::parse_period("9998-Q4"), (period{attain::quarter{9998, 4}}));
  EXPECT_EQ(parse_failure(attain::try_parse_period("1400")), "year out of range at 0 in \"1400\"");
  EXPECT_EQ(parse_failure(attain::try_parse_period("9999-Q1")), "year out of range at 0 in \"9999-Q1\"");
  EXPECT_EQ(parse_failure(attain::try_parse_period("12023")), "year out of range at 0 in \"12023\"");
}

TEST(limits, weeks_at_the_edges_of_the_years) {
  // ISO weeks: 1401-W01 starts in 1400 and 9998-W53 ends in 9999 (Boost's calendar runs to
  // 9999-12-31), so every day of 1401…9998 has its ISO week.
  EXPECT_EQ(attain::iso_week(1401, 1).first(), date(1400, 12, 29));
  EXPECT_EQ(attain::iso_weeks_in_year(9998), 53);
  EXPECT_EQ(attain::iso_week(9998, 53).last(), date(9999, 1, 3));
  EXPECT_EQ(attain::iso_week_of(date(9998, 12, 31)), attain::iso_week(9998, 53));
  // Weeks starting on another day: a day whose week belongs to week-year 1400 or 9999 has
  // no week.
  EXPECT_EQ(to_string(period::containing(date(1401, 1, 1), attain::period_kind::week, attain::calendar_year_start,
                                         attain::weekday::thursday)),
            "1401ThuW1");
  EXPECT_EQ(domain_message(
                [] {
                  (void)period::containing(date(1401, 1, 1), attain::period_kind::week, attain::calendar_year_start,
                                           attain::weekday::sunday);
                },
                errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message(
                [] {
                  (void)period::containing(date(9998, 12, 31), attain::period_kind::week, attain::calendar_year_start,
                                           attain::weekday::wednesday);
                },
                errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  // A fiscal year is labelled by the year it begins: 9998 is the last, and runs into 9999.
  EXPECT_EQ(period::fiscal_year(9998, attain::year_start{7, 1}).last(), date(9999, 6, 30));
  EXPECT_EQ(domain_message([] { (void)period::containing(date(1401, 3, 1), attain::period_kind::year, attain::year_start{7, 1}); },
                           errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
}

TEST(limits, shifts_of_at_most_four_million_periods) {
  // Within ±4,000,000 the result's year decides; beyond, the shift itself is refused before
  // any arithmetic could wrap (7 · n days for a week).
  EXPECT_EQ(attain::year{2000} + attain::years{7998}, attain::year{9998});
  EXPECT_EQ(domain_message([] { (void)(attain::year{2000} + attain::years{4'000'000}); }, errc::year_out_of_range),
            "year out of range: year 4002000 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)(attain::year{2000} + attain::years{4'000'001}); }, errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)(attain::quarter{2000, 1} - attain::quarters{INT64_MIN}); }, errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
  // 7 · n wraps to 1 modulo 2^64 for this n: refused, not a week that starts on a Tuesday.
  const auto inverse_of_7 = static_cast<std::int64_t>(0x6DB6DB6DB6DB6DB7ULL);
  EXPECT_EQ(domain_message([&] { (void)(attain::iso_week{2023, 1} + attain::weeks{inverse_of_7}); }, errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)attain::shift(period{attain::year{2000}}, -4'000'001); }, errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
}

TEST(limits, terms_from_baseline_1401_to_9998) {
  // The longest term: baseline 1401, plan years 1402…9998.
  const attain::term longest = attain::term::from_baseline(1401, 9998);
  EXPECT_EQ(longest.plan_years(), 8597);
  EXPECT_EQ(domain_message([] { (void)attain::term::from_baseline(1400, 2000); }, errc::year_out_of_range),
            "year out of range: year 1400 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)attain::term::from_baseline(2000, 9999); }, errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
  // The baseline year before INT_MIN is computed without overflow.
  EXPECT_EQ(domain_message([] { (void)attain::term::of_plan_years(INT_MIN, 2000); }, errc::year_out_of_range),
            "year out of range: year -2147483649 (expected 1401 to 9998)");
}

// ---------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------

TEST(limits, csv_fields_of_ten_megabytes_stream_through) {
  // No cap on a field, a record or a file: the 256 KiB buffer grows to hold the longest
  // record; offsets are 64-bit. A 10 MB field, quoted with escapes and unquoted.
  const std::size_t big = 10u << 20;
  std::string quoted(big, 'q');
  quoted[12345] = '"';  // escaped as "" in the file
  std::string text = "a,b\n\"";
  text.append(quoted, 0, 12345).append("\"\"").append(quoted, 12346).append("\",1\n");
  const std::string unquoted(big, 'u');
  text += unquoted + ",2\n3,4\n";
  std::istringstream stream(text);
  io::csv_reader in(stream, "big.csv");
  ASSERT_NE(in.next(), nullptr);
  const io::csv_record* r = in.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].size(), big);
  EXPECT_EQ((*r)[0], quoted);
  r = in.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)[0].size(), big);
  EXPECT_TRUE((*r)[0] == unquoted);
  EXPECT_EQ(r->line(), 3u);
  EXPECT_EQ(r->offset(), 4u + 2 + big + 1 + 3);  // header, quotes, the escape, ",1\n"
  r = in.next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->offset(), 4u + 2 + big + 1 + 3 + big + 3);
  EXPECT_EQ(r->position_of(1).offset, r->offset() + 2);
  EXPECT_EQ(in.next(), nullptr);
  EXPECT_EQ(in.bytes_read(), text.size());
}

TEST(limits, csv_records_may_have_any_number_of_fields) {
  // 100,000 columns: no 16-bit field count anywhere.
  std::string header, row;
  const std::size_t columns = 100000;
  for (std::size_t i = 0; i < columns; ++i) {
    const std::string n = std::to_string(i);
    header.append(i ? ";c" : "c").append(n);
    row.append(i ? ";" : "").append(n);
  }
  const std::string text = header + "\n" + row + "\n";
  io::csv_reader in{std::string_view{text}};
  ASSERT_NE(in.next(), nullptr);
  const io::csv_record* r = in.next();
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->size(), columns);
  EXPECT_EQ((*r)[columns - 1], "99999");
  EXPECT_EQ(r->position_of(columns - 1).column, row.size() - 5 + 1);
}

TEST(limits, a_long_value_is_a_located_problem_not_a_crash) {
  // A 10 MB value in a typed reader is one rejected row, located at its field, with the
  // number parser's code and offset.
  std::string text = "indicator,unit,period,value\nX,U,2023," + std::string(10u << 20, '7') + "\nX,U,2024,5\n";
  io::csv_reader in{std::string_view{text}};
  const auto r = io::read_observations(in, {.mode = io::read_mode::lenient});
  ASSERT_EQ(r.rows.size(), 1u);
  ASSERT_EQ(r.rejected.size(), 1u);
  ASSERT_EQ(r.rejected[0].problems.size(), 1u);
  const io::problem& p = r.rejected[0].problems[0];
  EXPECT_EQ(p.kind, io::problem_kind::bad_number);
  EXPECT_EQ(p.code, errc::too_many_digits);
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 10u);
  EXPECT_EQ(p.column_name, "value");
}

TEST(limits, a_term_whose_baseline_is_out_of_range_is_a_rejected_row) {
  // Plan years 1402… have their baseline in range; plan years 1401… do not, and the reader
  // says so for that row (lenient) or throws read_error (strict) — never a domain_error
  // escaping the lenient reader.
  const std::string text = "indicator,kind,term,value\nX,level,1402/1405,5\nY,level,1401/1405,5\n";
  io::csv_reader in{std::string_view{text}, "targets.csv"};
  const auto r = io::read_targets(in, {.mode = io::read_mode::lenient});
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].target.term, attain::term::from_baseline(1401, 1405));
  ASSERT_EQ(r.rejected.size(), 1u);
  ASSERT_EQ(r.rejected[0].problems.size(), 1u);
  const io::problem& p = r.rejected[0].problems[0];
  EXPECT_EQ(p.kind, io::problem_kind::bad_period);
  EXPECT_EQ(p.code, errc::year_out_of_range);
  EXPECT_EQ(io::to_string(p),
            "targets.csv:3:9: baseline year 1400 of the term \"1401/1405\" is out of range (expected 1401 to 9998)");
  io::csv_reader again{std::string_view{text}, "targets.csv"};
  EXPECT_THROW((void)io::read_targets(again), io::read_error);
}

// ---------------------------------------------------------------------------------------
// observation_table
// ---------------------------------------------------------------------------------------
// tests/table_test.cpp pins: scale 19 refused, a value with more decimals than the scale
// (errc::inexact), a value beyond 18 digits moving its indicator to the wide column, and
// duplicate sums past 18 digits going wide.

TEST(limits, table_scales_0_to_18_and_the_value_columns) {
  attain::observation_table t;
  EXPECT_EQ(t.add_indicator("S18", 18), 0u);
  EXPECT_EQ(domain_message([&] { (void)t.add_indicator("S19", 19); }, errc::scale_out_of_range),
            "indicator \"S19\": scale 19 is outside 0…18");
  // The 64-bit column holds |c| <= 2^63 − 1; −2^63 goes to the wide column like any wider value.
  t.add_indicator("N", 0);
  t.add_indicator("W", 0);
  t.append("N", "U", year_span(2023), decimal{INT64_MAX});
  t.append("N", "U", year_span(2024), decimal{-INT64_MAX});
  EXPECT_FALSE(t.indicator(1).wide);
  t.append("W", "U", year_span(2023), decimal{INT64_MIN});
  EXPECT_TRUE(t.indicator(2).wide);
  // At scale 18 a value's integer part may have 21 digits: 170141183460469231731 × 10^18
  // is below 2^127; one more does not fit (overflow_error, or errc::overflow from try_append).
  t.append("S18", "U", year_span(2023), decimal::parse("170141183460469231731"));
  EXPECT_EQ(t.value(t.size() - 1), decimal::parse("170141183460469231731"));
  EXPECT_EQ(overflow_message([&] { t.append("S18", "U", year_span(2024), decimal::parse("170141183460469231732")); }),
            "value 170141183460469231732 of indicator \"S18\" does not fit at scale 18");
  EXPECT_EQ(t.try_append("S18", "U", year_span(2024), decimal::parse("170141183460469231732")), errc::overflow);
}

TEST(limits, table_duplicate_sums_fit_38_digits) {
  attain::observation_table t(attain::duplicate_policy::sum);
  t.add_indicator("X", 0);
  t.append("X", "A", year_span(2023), decimal{max_coef - 1});
  t.append("X", "A", year_span(2023), decimal{1});
  t.append("X", "B", year_span(2023), decimal{max_coef});
  t.append("X", "B", year_span(2023), decimal{1});
  EXPECT_EQ(overflow_message([&] { (void)t.seal(); }), "sum of duplicate observations does not fit 38 digits");
  attain::observation_table u(attain::duplicate_policy::sum);
  u.add_indicator("X", 0);
  u.append("X", "A", year_span(2023), decimal{max_coef - 1});
  u.append("X", "A", year_span(2023), decimal{1});
  (void)u.seal();
  EXPECT_EQ(u.value(0), decimal{max_coef});
}

TEST(limits, dictionary_ids_are_32_bit) {
  // 2^32 − 1 distinct codes (npos is reserved) in at most 2^32 − 1 bytes of characters, and
  // as many distinct periods per table; beyond, overflow_error. Building them takes tens of
  // gigabytes, so the bounds are checked as constants here.
  static_assert(attain::dictionary::npos == 0xFFFFFFFFu);
  static_assert(attain::dictionary::max_size == 0xFFFFFFFFu);
  static_assert(attain::dictionary::max_chars_total == 0xFFFFFFFFu);
  static_assert(attain::observation_table::bytes_per_observation == 21);
  attain::dictionary d;
  EXPECT_EQ(d.intern(std::string(1 << 20, 'x')), 0u);  // a long code is fine
  EXPECT_EQ(d[0].size(), std::size_t{1} << 20);
}

// ---------------------------------------------------------------------------------------
// hierarchy
// ---------------------------------------------------------------------------------------
// tests/hierarchy_test.cpp pins cycles ("cycle of units: \"A\" -> \"B\" -> \"C\" -> \"A\"")
// and orphans.

TEST(limits, hierarchy_depth_is_not_limited) {
  // No recursion: a chain of 50,000 units is 50,000 levels deep (a recursive walk would
  // need megabytes of stack).
  const int n = 50000;
  attain::unit_hierarchy h;
  std::string parent = "u0";
  h.add(parent);
  for (int i = 1; i < n; ++i) {
    std::string code = "u" + std::to_string(i);
    h.add(code, parent);
    parent = std::move(code);
  }
  h.seal();
  EXPECT_EQ(h.levels(), n);
  const std::uint32_t deepest = h.id("u" + std::to_string(n - 1));
  EXPECT_EQ(h.depth(deepest), n - 1);
  EXPECT_EQ(h.ancestor_at(deepest, 0), h.id("u0"));
  EXPECT_TRUE(h.contains(h.id("u0"), deepest));
}

// ---------------------------------------------------------------------------------------
// aggregation
// ---------------------------------------------------------------------------------------
// tests/aggregate_test.cpp pins a sum beyond 38 digits (overflow_error) and 1000 × (2^63 − 1)
// summed exactly through the 64-bit kernel's carries.

TEST(limits, at_most_2_to_the_30_groups) {
  // 32768 units × 32768 periods = 2^30 groups: one too many. The check comes before any
  // state is allocated.
  attain::observation_table t;
  t.add_indicator("X", 0);
  for (int i = 0; i < 32768; ++i) {
    (void)t.unit_id("u" + std::to_string(i));
    (void)t.period_id(attain::period_span{i, i});
  }
  attain::grouping g(t);
  g.by_unit().by_period();
  ASSERT_EQ(g.size(), std::size_t{1} << 30);
  EXPECT_EQ(domain_message([&] { (void)attain::aggregate(t, g, attain::sum_rule{}); }, errc::invalid_argument),
            "more than 2^30 groups");
  static_assert(attain::grouping::skip == (1u << 30));
}

TEST(limits, variance_sums_of_squares_fit_256_bits) {
  // Values of ±2^126 (wide column): 15 squares fit 256 bits and the variance is then simply
  // too large for 38 digits; the 16th square would wrap the accumulator — it throws instead.
  const auto run = [](int rows) {
    attain::observation_table t;
    t.add_indicator("X", 0);
    const int128 v = int128{1} << 126;
    for (int i = 0; i < rows; ++i) t.append("X", "u" + std::to_string(i), year_span(2023), decimal{i % 2 ? -v : v});
    t.seal();
    return overflow_message([&] { (void)attain::aggregate(t, attain::grouping(t), attain::variance_rule{}).value(0); });
  };
  EXPECT_EQ(run(15), "variance beyond 38 digits");
  EXPECT_EQ(run(16), "variance: sum of squares beyond 256 bits");
}

TEST(limits, dhis2_day_weighted_values_fit_38_digits) {
  // AVERAGE_SUM_ORG_UNIT weighs each value by its days: 10^35 × 366 fits, 10^36 × 366 does
  // not, and says so instead of wrapping.
  const auto run = [](const char* value) {
    attain::observation_table t;
    t.add_indicator("X", 0);
    t.append("X", "U", year_span(2024), decimal::parse(value));
    t.seal();
    const std::uint32_t u = 0;
    return attain::dhis2_aggregate(t, "X", std::span<const std::uint32_t>(&u, 1), year_span(2024),
                                   attain::dhis2_aggregation::average_sum_org_unit);
  };
  const attain::aggregate_value fits = run("100000000000000000000000000000000000");  // 10^35
  EXPECT_EQ(fits.value(), decimal::parse("100000000000000000000000000000000000"));
  EXPECT_EQ(overflow_message([&] { (void)run("1000000000000000000000000000000000000"); }),
            "aggregate sum does not fit 38 digits");
}

TEST(limits, serialized_states_version_1_and_checked_fields) {
  static_assert(attain::partial<attain::sum_rule>::format_version == 1);
  attain::observation_table t;
  t.add_indicator("X", 2);
  t.append("X", "U", year_span(2023), decimal{150, 2});
  t.seal();
  const auto what = [](std::vector<std::byte> bytes, auto rule) {
    return domain_message([&] { (void)attain::partial<decltype(rule)>::deserialize(bytes); }, errc::invalid_argument);
  };
  // Layout: "ATPS", version (8 bytes), rule name (8-byte length, bytes), group count (8),
  // scales (8-byte count, 8 each), partner scale (8), unpaired (8), states, tallies.
  const std::vector<std::byte> sum = attain::aggregate(t, attain::grouping(t), attain::sum_rule{}).serialize();
  EXPECT_EQ(attain::partial<attain::sum_rule>::deserialize(sum).value(0).value(), decimal(150, 2));
  std::vector<std::byte> v2 = sum;
  v2[4] = std::byte{2};
  EXPECT_EQ(what(v2, attain::sum_rule{}), "invalid serialized partial state: unsupported version");
  const std::size_t scale_at = 4 + 8 + 8 + 3 + 8 + 8;
  ASSERT_EQ(sum[scale_at], std::byte{2});
  std::vector<std::byte> s38 = sum, s39 = sum;
  s38[scale_at] = std::byte{38};
  EXPECT_EQ(attain::partial<attain::sum_rule>::deserialize(s38).value(0).value(), decimal(150, 38));
  s39[scale_at] = std::byte{39};
  EXPECT_EQ(what(s39, attain::sum_rule{}), "invalid serialized partial state: scale out of range");
  // A 32-bit field (last_rule's unit id) holding 2^32 is corrupt, not truncated to 0.
  const std::vector<std::byte> last = attain::aggregate(t, attain::grouping(t), attain::last_rule{}).serialize();
  const std::size_t unit_at = 4 + 8 + 8 + 4 + 8 + 16 + 8 + 8 + 16 + 8;
  std::vector<std::byte> unit_max = last, unit_beyond = last;
  for (int i = 0; i < 4; ++i) unit_max[unit_at + static_cast<std::size_t>(i)] = std::byte{0xFF};
  EXPECT_EQ(attain::partial<attain::last_rule>::deserialize(unit_max)[0].unit, 0xFFFFFFFFu);
  unit_beyond[unit_at + 4] = std::byte{1};
  EXPECT_EQ(what(unit_beyond, attain::last_rule{}), "invalid serialized partial state: integer out of range");
}

// ---------------------------------------------------------------------------------------
// ranking
// ---------------------------------------------------------------------------------------

TEST(limits, ranking_has_no_population_limit_but_memory) {
  // Positions are 64-bit; a tie of 10,001 units shares the exact fractional rank 5001.
  const std::vector<decimal> scores(10001, decimal{7});
  const std::vector<decimal> r = attain::rank(scores, attain::rank_order::higher_is_better,
                                              attain::rank_method::fractional);
  EXPECT_EQ(r.front(), decimal{5001});
  EXPECT_EQ(r.back(), decimal{5001});
}

// ---------------------------------------------------------------------------------------
// growth
// ---------------------------------------------------------------------------------------

TEST(limits, growth_scales_0_to_38) {
  EXPECT_EQ(to_string(*attain::average_annual_growth(100_d, 118.09_d, 3, 38, rounding::half_even)),
            "0.05699039507082764458898765098081157417");
  EXPECT_EQ(domain_message([] { (void)attain::average_annual_growth(100_d, 118.09_d, 3, 39, rounding::half_even); },
                           errc::invalid_argument),
            "average_annual_growth: scale 39 is outside 0..38");
  // Exponential growth is transcendental and decided on estimates of up to 4·10^18 units of
  // the last place: ln 2 at scale 18 fits, at scale 19 it does not.
  EXPECT_EQ(to_string(*attain::exponential_growth(1_d, 2_d, 1, 18, rounding::half_even)), "0.693147180559945309");
  EXPECT_EQ(overflow_message([] { (void)attain::exponential_growth(1_d, 2_d, 1, 19, rounding::half_even); }),
            "exponential_growth: result does not fit 38 digits");
}

TEST(limits, growth_exact_checks_of_at_most_2_to_the_22_bits) {
  // The exact decision raises to the number of periods: at scale 38 each period costs 129
  // bits, so 32,514 periods is the most (4 + 129 · 32514 <= 2^22); 32,515 throws at once
  // instead of computing for hours. A short term is exact and quick.
  EXPECT_EQ(to_string(*attain::average_annual_growth(1_d, 3_d, 100, 38, rounding::half_even)),
            "0.01104669193785359065566004544576737821");
  EXPECT_EQ(overflow_message([] { (void)attain::average_annual_growth(1_d, 3_d, 32515, 38, rounding::half_even); }),
            "average_annual_growth: exact check beyond 4194304 bits");
  // A least-squares fit over 1000 day numbers needs a 1.2-billionth root: refused, not hung.
  std::vector<attain::growth_point> points;
  for (int i = 0; i < 1000; ++i) points.push_back({19000 + 7 * i, decimal{100 + i}});
  EXPECT_EQ(overflow_message([&] { (void)attain::least_squares_growth(points, 20, rounding::half_even); }),
            "least_squares_growth: exact check beyond 4194304 bits");
}

TEST(limits, growth_exponents_fit_32_bits) {
  // A rational exponent, reduced, up to 2^32 − 1 on both sides; beyond, overflow_error —
  // never a truncated exponent (2^32 + 1 read as 1).
  EXPECT_EQ(to_string(*attain::rational_power(2_d, 4294967295LL, 4294967294LL, 6, rounding::half_even)), "2.000000");
  EXPECT_EQ(overflow_message([] { (void)attain::rational_power(2_d, 4294967297LL, 4294967299LL, 19, rounding::half_even); }),
            "rational_power: exponent beyond 4294967295");
  EXPECT_EQ(overflow_message([] { (void)attain::rational_power(2_d, INT64_MIN, 1, 6, rounding::half_even); }),
            "rational_power: exponent beyond 4294967295");
  // Projections far from the data's indices overflow 64 bits: reported, not wrapped.
  const std::vector<attain::growth_point> points{{0, 1_d}, {1, 2_d}, {2, 4_d}};
  EXPECT_EQ(to_string(*attain::project_least_squares(points, 3, 2, rounding::half_even)), "8.00");
  EXPECT_EQ(overflow_message([&] { (void)attain::project_least_squares(points, INT64_C(1) << 62, 2, rounding::half_even); }),
            "project_least_squares: result does not fit 38 digits");
}

// ---------------------------------------------------------------------------------------
// JSON and the review
// ---------------------------------------------------------------------------------------

TEST(limits, json_writes_every_decimal_exactly) {
  io::json_writer w({.indent = 0});
  w.begin_array().value(decimal{-max_coef, 38}).value(decimal{max_coef}).end_array();
  EXPECT_EQ(w.str(), "[\"-1.70141183460469231731687303715884105727\",\"170141183460469231731687303715884105727\"]");
  // An exact quotient is also written rounded at quotient_scale, 0…38.
  const attain::aggregate_value third = attain::aggregate_value::quotient(1_d, 3_d);
  io::json_writer at38({.indent = 0, .quotient_scale = 38});
  io::write_json(at38, third);
  EXPECT_NE(at38.str().find("\"0.33333333333333333333333333333333333333\""), std::string::npos);
  io::json_writer at39({.indent = 0, .quotient_scale = 39});
  EXPECT_EQ(domain_message([&] { io::write_json(at39, third); }, errc::invalid_argument),
            "divide: scale 39 is outside 0..38");
}

TEST(limits, review_of_an_average_growth_target_keeps_its_level_exact) {
  // An average-growth target is assessed against baseline × (1 + r)^n. From a baseline of 1
  // a 7.5 % target (1.075, scale 3) over 12 plan years is 1075^12 at scale 36; over 13 it
  // has scale 39, which no decimal holds. The review keeps the level exact (implied_level)
  // and decides on it (formerly make_review threw "decimal multiplication: result does not
  // fit 38 digits" from 13 plan years on).
  const auto review_of = [](int last_year) {
    std::vector<io::indicator_row> indicators(1);
    indicators[0].indicator.code = "G";
    indicators[0].indicator.kind = attain::measure_kind::level;
    std::vector<io::target_row> targets(1);
    targets[0].target.indicator = "G";
    targets[0].target.kind = attain::target_kind::average_growth;
    targets[0].target.term = attain::term::from_baseline(2010, last_year);
    targets[0].target.value = decimal(75, 3);
    std::vector<io::observation_row> observations{{"G", "", period{attain::year{2010}}, 1_d},
                                                  {"G", "", period{attain::year{2012}}, 1.16_d}};
    for (const auto m : {attain::assessment_method::growth_ratio, attain::assessment_method::projection,
                         attain::assessment_method::weather}) {
      attain::review_options o;
      o.as_of = date(2013, 6, 30);
      o.method = m;
      const attain::review r = attain::make_review(indicators, targets, observations, o);
      EXPECT_EQ(r.targets.size(), 1u);
      EXPECT_EQ(r.targets[0].verdict, attain::review_verdict::exceeded);  // 7.70 % a year so far
    }
  };
  review_of(2022);
  review_of(2023);
  review_of(2060);  // 50 plan years
  // The level's own bound is the exact check's, 2^22 bits: 1.0755 = 2151/2000 takes 12 bits a
  // year, so beyond 349,525 years attain::compare throws at once instead of computing.
  EXPECT_EQ(overflow_message([] { (void)attain::compare(1_d, attain::implied_level{1_d, 0.0755_d, 349'526}); }),
            "implied level: exact value beyond 4194304 bits");
}
