// attain/period_format.hpp: every period identifier of FORMULAS.md §4, verbatim, in every
// syntax; exact error messages; canonical and per-syntax formatting.
#include "attain/period_format.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "attain/term.hpp"

namespace {

using attain::errc;
using attain::period;
using attain::period_kind;
using attain::period_syntax;
using attain::weekday;
using attain::year_start;
using boost::gregorian::date;
namespace a = attain;

date d(int y, int m, int dd) {
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
}

// Parses `text` (autodetected) and checks kind and days.
void expect_period(std::string_view text, period_kind kind, date first, date last) {
  const auto r = a::try_parse_period(text);
  ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
  EXPECT_EQ(r->kind(), kind) << text;
  EXPECT_EQ(r->first(), first) << text;
  EXPECT_EQ(r->last(), last) << text;
}

void expect_syntax(std::string_view text, period_syntax s, const period& expected) {
  const auto r = a::try_parse_period(text, s);
  ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
  EXPECT_EQ(*r, expected) << text;
}

std::string message(std::string_view text) {
  const auto r = a::try_parse_period(text);
  EXPECT_FALSE(r.has_value()) << text;
  return r.has_value() ? std::string{} : a::to_string(r.error());
}
std::string message(std::string_view text, period_syntax s) {
  const auto r = a::try_parse_period(text, s);
  EXPECT_FALSE(r.has_value()) << text;
  return r.has_value() ? std::string{} : a::to_string(r.error());
}

// SDMX (FORMULAS.md §4) --------------------------------------------------------------------

TEST(sdmx, reporting_periods) {
  expect_period("2023", period_kind::year, d(2023, 1, 1), d(2023, 12, 31));
  expect_period("2023-A1", period_kind::year, d(2023, 1, 1), d(2023, 12, 31));
  expect_period("2023-S1", period_kind::half_year, d(2023, 1, 1), d(2023, 6, 30));
  expect_period("2023-S2", period_kind::half_year, d(2023, 7, 1), d(2023, 12, 31));
  expect_period("2023-T2", period_kind::trimester, d(2023, 5, 1), d(2023, 8, 31));
  expect_period("2023-Q1", period_kind::quarter, d(2023, 1, 1), d(2023, 3, 31));
  expect_period("2023-M06", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("2023-W05", period_kind::week, d(2023, 1, 30), d(2023, 2, 5));
  expect_period("2023-D032", period_kind::day, d(2023, 2, 1), d(2023, 2, 1));
  expect_period("2000-D366", period_kind::day, d(2000, 12, 31), d(2000, 12, 31));
  expect_period("2023-06", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("2023-06-29", period_kind::day, d(2023, 6, 29), d(2023, 6, 29));
}

TEST(sdmx, ranges) {
  expect_period("2021-01-01/P5Y", period_kind::range, d(2021, 1, 1), d(2025, 12, 31));
  expect_period("2021-01-01/2025-12-31", period_kind::range, d(2021, 1, 1), d(2025, 12, 31));
  expect_period("2000-01-01/P2M", period_kind::range, d(2000, 1, 1), d(2000, 2, 29));
  expect_period("2023-01-31/P1M", period_kind::range, d(2023, 1, 31), d(2023, 2, 27));
  expect_period("2023-06-01/P1Y2M10D", period_kind::range, d(2023, 6, 1), d(2024, 8, 10));
  expect_period("2023-06-01/P2W", period_kind::range, d(2023, 6, 1), d(2023, 6, 14));
  EXPECT_EQ(message("2023-06-01/P0D"), "range ends before it starts at 11 in \"2023-06-01/P0D\"");
  EXPECT_EQ(message("2023-06-01/2023-05-31"), "range ends before it starts at 11 in \"2023-06-01/2023-05-31\"");
  EXPECT_EQ(message("2000-01-01T00:00:00/P2M"), "unrecognised period at 10 in \"2000-01-01T00:00:00/P2M\"");
  EXPECT_EQ(message("2023-06-01/PT1H"), "unrecognised period at 12 in \"2023-06-01/PT1H\"");
}

TEST(sdmx, reporting_year_starting_on_another_day) {
  const year_start july{7, 1};
  const period y = a::parse_sdmx_period("2001-A1", july);
  EXPECT_EQ(y.first(), d(2001, 7, 1));
  EXPECT_EQ(y.last(), d(2002, 6, 30));
  EXPECT_EQ(a::parse_sdmx_period("2001", july), y);
  const period q = a::parse_sdmx_period("2001-Q1", july);
  EXPECT_EQ(q.first(), d(2001, 7, 1));
  EXPECT_EQ(q.last(), d(2001, 9, 30));
  EXPECT_EQ(a::parse_sdmx_period("2001-M01", july).first(), d(2001, 7, 1));
  EXPECT_EQ(a::parse_sdmx_period("2001-D001", july), period::of_day(d(2001, 7, 1)));
  EXPECT_EQ(a::parse_sdmx_period("2001-D365", july), period::of_day(d(2002, 6, 30)));
  EXPECT_EQ(a::to_string(a::try_parse_sdmx_period("2001-D366", july).error()),
            "day out of range at 6 in \"2001-D366\"");
  EXPECT_EQ(a::parse_sdmx_period("2003-D366", july), period::of_day(d(2004, 6, 30)));  // holds 2004-02-29
  EXPECT_EQ(a::parse_sdmx_period("2001-06", july), period{a::month(2001, 6)});  // a calendar month stays one
  EXPECT_EQ(a::to_string(a::try_parse_sdmx_period("2001-W01", july).error()),
            "unrecognised period at 5 in \"2001-W01\"");
}

TEST(sdmx, invalid_examples_are_rejected_with_code_and_position) {
  EXPECT_EQ(message("2000-S3"), "half-year out of range at 6 in \"2000-S3\"");
  EXPECT_EQ(message("2000-T4"), "trimester out of range at 6 in \"2000-T4\"");
  EXPECT_EQ(message("2000-Q5"), "quarter out of range at 6 in \"2000-Q5\"");
  EXPECT_EQ(message("2000-M13"), "month out of range at 6 in \"2000-M13\"");
  EXPECT_EQ(message("2000-W54"), "week out of range at 6 in \"2000-W54\"");
  EXPECT_EQ(message("2000-D367"), "day out of range at 6 in \"2000-D367\"");
  EXPECT_EQ(message("2000-A2"), "period out of range at 6 in \"2000-A2\"");
  EXPECT_EQ(message("2023-W53"), "week out of range at 6 in \"2023-W53\"");
  EXPECT_EQ(message("2023-D366"), "day out of range at 6 in \"2023-D366\"");
  EXPECT_EQ(message("2023-M6"), "unrecognised period at 6 in \"2023-M6\"");
  EXPECT_EQ(message("2023-02-29"), "day out of range at 8 in \"2023-02-29\"");
  EXPECT_EQ(message("2023-Q"), "missing digits at 6 in \"2023-Q\"");
  EXPECT_EQ(message("1399"), "year out of range at 0 in \"1399\"");
  EXPECT_EQ(message(""), "empty input at 0 in \"\"");
  const auto e = a::try_parse_period("2000-Q5").error();
  EXPECT_EQ(e.code, errc::quarter_out_of_range);
  EXPECT_EQ(e.offset, 6U);
}

// DHIS2 (FORMULAS.md §4) ----------------------------------------------------------------

TEST(dhis2, identifiers) {
  expect_period("2004", period_kind::year, d(2004, 1, 1), d(2004, 12, 31));
  expect_period("200403", period_kind::month, d(2004, 3, 1), d(2004, 3, 31));
  expect_period("2004-03", period_kind::month, d(2004, 3, 1), d(2004, 3, 31));
  expect_period("200401B", period_kind::bimonth, d(2004, 1, 1), d(2004, 2, 29));
  expect_period("2004Q1", period_kind::quarter, d(2004, 1, 1), d(2004, 3, 31));
  expect_period("2004S1", period_kind::half_year, d(2004, 1, 1), d(2004, 6, 30));
  expect_period("2004AprilS1", period_kind::half_year, d(2004, 4, 1), d(2004, 9, 30));
  expect_period("2004AprilS2", period_kind::half_year, d(2004, 10, 1), d(2005, 3, 31));
  expect_period("2004W10", period_kind::week, d(2004, 3, 1), d(2004, 3, 7));
  expect_period("2015BiW1", period_kind::biweek, d(2014, 12, 29), d(2015, 1, 11));
  expect_period("2015WedW5", period_kind::week, d(2015, 1, 28), d(2015, 2, 3));
  expect_period("20040315", period_kind::day, d(2004, 3, 15), d(2004, 3, 15));
}

TEST(dhis2, financial_years_labelled_by_start_year) {
  expect_period("2004April", period_kind::year, d(2004, 4, 1), d(2005, 3, 31));
  expect_period("2004July", period_kind::year, d(2004, 7, 1), d(2005, 6, 30));
  expect_period("2004Oct", period_kind::year, d(2004, 10, 1), d(2005, 9, 30));
  expect_period("2004Feb", period_kind::year, d(2004, 2, 1), d(2005, 1, 31));
  expect_period("2004Aug", period_kind::year, d(2004, 8, 1), d(2005, 7, 31));
  expect_period("2004Sep", period_kind::year, d(2004, 9, 1), d(2005, 8, 31));
}

TEST(dhis2, november_financial_year_is_labelled_by_start_year_plus_one) {
  expect_period("2010Nov", period_kind::year, d(2009, 11, 1), d(2010, 10, 31));
  expect_period("2015NovS1", period_kind::half_year, d(2014, 11, 1), d(2015, 4, 30));
  expect_period("2015NovS2", period_kind::half_year, d(2015, 5, 1), d(2015, 10, 31));
  const period fy = a::parse_period("2010Nov");
  EXPECT_EQ(fy.label_year(), 2009);  // attain labels every reporting year by the year it begins
  EXPECT_EQ(a::format_period(fy, period_syntax::dhis2), "2010Nov");
  EXPECT_EQ(a::format_period(period::fiscal_year(2009, {11, 1}), period_syntax::dhis2), "2010Nov");
  EXPECT_EQ(a::format_period(a::parse_period("2015NovS1"), period_syntax::dhis2), "2015NovS1");
  EXPECT_EQ(a::to_string(fy), "2009-A1--11-01");
}

// Found by the period_parse fuzzer (tests/fuzz/regressions/period_parse/): the November
// year that begins in the last period year, 9998, ends in 9999, a label no parser reads
// back; format_period refuses it, as any period DHIS2 cannot express.
TEST(dhis2, november_year_of_the_last_year_has_no_label) {
  const period last = period::fiscal_year(9998, {11, 1});
  EXPECT_EQ(a::parse_sdmx_period("9998", {11, 1}), last);
  EXPECT_FALSE(a::can_format(last, period_syntax::dhis2));
  EXPECT_THROW((void)a::format_period(last, period_syntax::dhis2), attain::domain_error);
  EXPECT_EQ(message("9999Nov"), "year out of range at 0 in \"9999Nov\"");
  const period before = period::fiscal_year(9997, {11, 1});
  EXPECT_EQ(a::format_period(before, period_syntax::dhis2), "9998Nov");
  EXPECT_EQ(a::parse_period("9998Nov"), before);
  const period last_half = a::parse_sdmx_period("9998-S1", {11, 1});
  EXPECT_FALSE(a::can_format(last_half, period_syntax::dhis2));
  EXPECT_EQ(a::format_period(a::parse_sdmx_period("9997-S2", {11, 1}), period_syntax::dhis2), "9998NovS2");
}

TEST(dhis2, issue_examples) {
  expect_period("202306", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("2023Q1", period_kind::quarter, d(2023, 1, 1), d(2023, 3, 31));
  expect_period("2023S1", period_kind::half_year, d(2023, 1, 1), d(2023, 6, 30));
  expect_period("2023W5", period_kind::week, d(2023, 1, 30), d(2023, 2, 5));
  expect_period("202301B", period_kind::bimonth, d(2023, 1, 1), d(2023, 2, 28));
  expect_period("2023BiW1", period_kind::biweek, d(2023, 1, 2), d(2023, 1, 15));
  expect_period("2023WedW5", period_kind::week, d(2023, 2, 1), d(2023, 2, 7));
  expect_period("20230629", period_kind::day, d(2023, 6, 29), d(2023, 6, 29));
  expect_period("2023April", period_kind::year, d(2023, 4, 1), d(2024, 3, 31));
  expect_period("2023AprilS1", period_kind::half_year, d(2023, 4, 1), d(2023, 9, 30));
  expect_period("2023July", period_kind::year, d(2023, 7, 1), d(2024, 6, 30));
  expect_period("2023Oct", period_kind::year, d(2023, 10, 1), d(2024, 9, 30));
  expect_period("2023Nov", period_kind::year, d(2022, 11, 1), d(2023, 10, 31));
  expect_period("2023NovS1", period_kind::half_year, d(2022, 11, 1), d(2023, 4, 30));
  expect_period("2023ThuW1", period_kind::week, d(2022, 12, 29), d(2023, 1, 4));
  expect_period("2023SatW1", period_kind::week, d(2022, 12, 31), d(2023, 1, 6));
  expect_period("2023SunW1", period_kind::week, d(2023, 1, 1), d(2023, 1, 7));
}

TEST(dhis2, weeks_starting_tuesday_or_friday_in_attains_extension_of_the_pattern) {
  // DHIS2 has no weekly type starting on Tuesday or Friday. attain names those weeks in the
  // pattern of WedW, ThuW, SatW and SunW, with the same week-year rule (the week holding
  // January 4 is week 1), so that every week has a canonical text that parses back.
  expect_period("2023TueW1", period_kind::week, d(2023, 1, 3), d(2023, 1, 9));
  expect_period("2023FriW1", period_kind::week, d(2022, 12, 30), d(2023, 1, 5));
  expect_period("2023TueW5", period_kind::week, d(2023, 1, 31), d(2023, 2, 6));
  expect_period("2023FriW5", period_kind::week, d(2023, 1, 27), d(2023, 2, 2));
  EXPECT_EQ(a::parse_period("2023TueW5"), period::week(2023, 5, weekday::tuesday));
  expect_syntax("2023FriW5", period_syntax::dhis2, period::week(2023, 5, weekday::friday));
  EXPECT_EQ(message("2023TueW53"), "week out of range at 8 in \"2023TueW53\"");
  EXPECT_EQ(message("2023FriW"), "missing digits at 8 in \"2023FriW\"");
  // DHIS2 itself reads none of them: format_period refuses, as for any period it cannot express.
  EXPECT_FALSE(a::can_format(period::week(2023, 5, weekday::tuesday), period_syntax::dhis2));
  EXPECT_FALSE(a::can_format(period::week(2023, 5, weekday::friday), period_syntax::dhis2));
  EXPECT_TRUE(a::can_format(period::week(2023, 5, weekday::sunday), period_syntax::dhis2));
  EXPECT_THROW((void)a::format_period(period::week(2023, 5, weekday::tuesday), period_syntax::dhis2),
               attain::domain_error);
}

TEST(dhis2, iso_week_edge_cases) {
  expect_period("2009W1", period_kind::week, d(2008, 12, 29), d(2009, 1, 4));
  expect_period("2013W1", period_kind::week, d(2012, 12, 31), d(2013, 1, 6));
  EXPECT_TRUE(a::contains(a::parse_period("2013W1"), d(2012, 12, 31)));
  expect_period("2020W53", period_kind::week, d(2020, 12, 28), d(2021, 1, 3));
  EXPECT_EQ(message("2021W53"), "week out of range at 5 in \"2021W53\"");
}

TEST(dhis2, rejected_examples) {
  EXPECT_EQ(message("20111"), "unrecognised period at 4 in \"20111\"");
  EXPECT_EQ(message("2011Q12"), "quarter out of range at 5 in \"2011Q12\"");
  EXPECT_EQ(message("2011W234"), "week out of range at 5 in \"2011W234\"");
  EXPECT_EQ(message("2011Q10"), "quarter out of range at 5 in \"2011Q10\"");
  EXPECT_EQ(message("2023Q5"), "quarter out of range at 5 in \"2023Q5\"");
  EXPECT_EQ(message("20111", period_syntax::dhis2), "unrecognised period at 4 in \"20111\"");
  EXPECT_EQ(message("2011W234", period_syntax::dhis2), "week out of range at 5 in \"2011W234\"");
  EXPECT_EQ(message("202307B"), "bi-month out of range at 4 in \"202307B\"");
  EXPECT_EQ(message("2023BiW27"), "week out of range at 7 in \"2023BiW27\"");
  EXPECT_EQ(message("2023AprilS3"), "half-year out of range at 10 in \"2023AprilS3\"");
  EXPECT_EQ(message("2023Dec"), "unrecognised period at 4 in \"2023Dec\"");
  EXPECT_EQ(message("2023W"), "missing digits at 5 in \"2023W\"");
  EXPECT_EQ(message("202313"), "month out of range at 4 in \"202313\"");
  EXPECT_EQ(message("20230230"), "day out of range at 6 in \"20230230\"");
  const auto e = a::try_parse_period("2023Q5").error();
  EXPECT_EQ(e.code, errc::quarter_out_of_range);
  EXPECT_EQ(e.offset, 5U);
  try {
    (void)period::parse("2023Q5");
    ADD_FAILURE() << "no exception";
  } catch (const attain::invalid_input& x) {
    EXPECT_STREQ(x.what(), "quarter out of range at 5 in \"2023Q5\"");
    EXPECT_EQ(x.code(), errc::quarter_out_of_range);
    EXPECT_EQ(x.offset(), 5U);
    EXPECT_EQ(x.input(), "2023Q5");
  }
}

// ISO 8601 ------------------------------------------------------------------------------

TEST(iso, calendar_week_and_ordinal_forms) {
  const period day = period::of_day(d(2023, 6, 29));
  expect_syntax("2023-06-29", period_syntax::iso, day);
  expect_syntax("20230629", period_syntax::iso, day);
  expect_syntax("2023-180", period_syntax::iso, day);
  expect_syntax("2023180", period_syntax::iso, day);
  expect_syntax("2023-W26-4", period_syntax::iso, day);
  expect_syntax("2023W264", period_syntax::iso, day);
  expect_syntax("2023-W05", period_syntax::iso, period{a::iso_week(2023, 5)});
  expect_syntax("2023W05", period_syntax::iso, period{a::iso_week(2023, 5)});
  expect_syntax("2023-06", period_syntax::iso, period{a::month(2023, 6)});
  expect_syntax("2023", period_syntax::iso, period{a::year(2023)});
  expect_syntax("2009-W01-1", period_syntax::iso, period::of_day(d(2008, 12, 29)));
}

TEST(iso, sub_year_groupings_of_iso_8601_2) {
  expect_syntax("2023-33", period_syntax::iso, period{a::quarter(2023, 1)});
  expect_syntax("2023-36", period_syntax::iso, period{a::quarter(2023, 4)});
  expect_syntax("2023-37", period_syntax::iso, period{a::trimester(2023, 1)});
  expect_syntax("2023-40", period_syntax::iso, period{a::half_year(2023, 1)});
  expect_syntax("2023-41", period_syntax::iso, period{a::half_year(2023, 2)});
  EXPECT_EQ(message("2023-21", period_syntax::iso), "unrecognised period at 5 in \"2023-21\"");  // seasons: left out
  EXPECT_EQ(message("2023-42", period_syntax::iso), "month out of range at 5 in \"2023-42\"");
  EXPECT_EQ(message("2023-13", period_syntax::iso), "month out of range at 5 in \"2023-13\"");
}

TEST(iso, intervals) {
  expect_syntax("2021/2025", period_syntax::iso, period::plan_term(2021, 2025));
  expect_syntax("2021-01-01/2025-12-31", period_syntax::iso, period::range(d(2021, 1, 1), d(2025, 12, 31)));
  expect_syntax("2023-01/2023-06", period_syntax::iso, period::range(d(2023, 1, 1), d(2023, 6, 30)));
  expect_syntax("2021-01-01/P5Y", period_syntax::iso, period::range(d(2021, 1, 1), d(2025, 12, 31)));
  expect_syntax("P1Y/2023-06-30", period_syntax::iso, period::range(d(2022, 7, 1), d(2023, 6, 30)));
  expect_syntax("20210101/20251231", period_syntax::iso, period::range(d(2021, 1, 1), d(2025, 12, 31)));
  EXPECT_EQ(message("2025/2021", period_syntax::iso), "range ends before it starts at 5 in \"2025/2021\"");
}

TEST(iso, week_date_in_basic_form_is_not_autodetected) {
  // 2011W234 is ISO's 2011-W23-4 but DHIS2's week 234: autodetection keeps DHIS2's reading.
  expect_syntax("2011W234", period_syntax::iso, period::of_day(d(2011, 6, 9)));
  EXPECT_FALSE(a::try_parse_period("2011W234").has_value());
  expect_period("2011-W23-4", period_kind::day, d(2011, 6, 9), d(2011, 6, 9));
}

// HUMAN ---------------------------------------------------------------------------------

TEST(human, english_labels) {
  expect_period("Q1 2024", period_kind::quarter, d(2024, 1, 1), d(2024, 3, 31));
  expect_period("H2 2023", period_kind::half_year, d(2023, 7, 1), d(2023, 12, 31));
  expect_period("T2 2023", period_kind::trimester, d(2023, 5, 1), d(2023, 8, 31));
  expect_period("June 2023", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("Jun 2023", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("Jan–Feb 2023", period_kind::bimonth, d(2023, 1, 1), d(2023, 2, 28));
  expect_period("29 June 2023", period_kind::day, d(2023, 6, 29), d(2023, 6, 29));
  expect_period("week 5 of 2023", period_kind::week, d(2023, 1, 30), d(2023, 2, 5));
  EXPECT_EQ(message("Q5 2024"), "quarter out of range at 1 in \"Q5 2024\"");
}

TEST(human, vietnamese_labels) {
  expect_period("quý I/2024", period_kind::quarter, d(2024, 1, 1), d(2024, 3, 31));
  expect_period("Quý IV/2023", period_kind::quarter, d(2023, 10, 1), d(2023, 12, 31));
  expect_period("quý 2/2023", period_kind::quarter, d(2023, 4, 1), d(2023, 6, 30));
  expect_period("năm 2023", period_kind::year, d(2023, 1, 1), d(2023, 12, 31));
  expect_period("tháng 6/2023", period_kind::month, d(2023, 6, 1), d(2023, 6, 30));
  expect_period("tháng 1–2/2023", period_kind::bimonth, d(2023, 1, 1), d(2023, 2, 28));
  expect_period("6 tháng đầu năm 2023", period_kind::half_year, d(2023, 1, 1), d(2023, 6, 30));
  expect_period("6 tháng cuối năm 2023", period_kind::half_year, d(2023, 7, 1), d(2023, 12, 31));
  expect_period("4 tháng giữa năm 2023", period_kind::trimester, d(2023, 5, 1), d(2023, 8, 31));
  expect_period("tuần 5/2023", period_kind::week, d(2023, 1, 30), d(2023, 2, 5));
  expect_period("ngày 29/6/2023", period_kind::day, d(2023, 6, 29), d(2023, 6, 29));
  EXPECT_EQ(message("quý V/2024"), "quarter out of range at 5 in \"quý V/2024\"");
}

TEST(human, terms_name_their_years) {
  // giai đoạn = plan years; nhiệm kỳ = baseline – last year.
  expect_period("giai đoạn 2021–2023", period_kind::term, d(2021, 1, 1), d(2023, 12, 31));
  expect_period("nhiệm kỳ 2020–2025", period_kind::term, d(2021, 1, 1), d(2025, 12, 31));
  EXPECT_EQ(a::parse_period("nhiệm kỳ 2020–2025"), a::term::from_baseline(2020, 2025).as_period());
  EXPECT_EQ(a::parse_period("giai đoạn 2021-2023"), a::term::of_plan_years(2021, 2023).as_period());
}

// Open SDG's pooled survey years (docs/formats.md, "Multi-year periods").
TEST(multi_year, a_bare_year_span_is_the_years_it_names) {
  const period pooled = period::plan_term(2005, 2007);
  expect_period("2005-2007", period_kind::term, d(2005, 1, 1), d(2007, 12, 31));
  EXPECT_EQ(a::parse_period("2005-2007"), pooled);
  EXPECT_EQ(a::parse_period("2005–2007"), pooled);    // en dash
  EXPECT_EQ(a::parse_period("2005—2007"), pooled);    // em dash
  EXPECT_EQ(a::parse_period("2005 - 2007"), pooled);  // spaces around the dash
  EXPECT_EQ(a::parse_period("2005/2007"), pooled);    // ISO: the same period
  EXPECT_EQ(a::parse_period("2020–2025"), period::plan_term(2020, 2025));  // six years, no baseline
  EXPECT_EQ(a::period::parse("2005-2007"), pooled);
}

TEST(multi_year, a_span_must_go_forward_and_name_two_years) {
  EXPECT_EQ(message("2007-2005"), "range ends before it starts at 5 in \"2007-2005\"");
  EXPECT_EQ(message("2007–2005"), "range ends before it starts at 7 in \"2007–2005\"");
  EXPECT_EQ(message("2005-2005"), "ambiguous period at 0 in \"2005-2005\"");
  EXPECT_EQ(a::try_parse_period("2005-2005").error().code, errc::ambiguous_period);
  EXPECT_EQ(message("1400-2005"), "year out of range at 0 in \"1400-2005\"");
  EXPECT_EQ(message("2005-9999"), "year out of range at 5 in \"2005-9999\"");
  EXPECT_EQ(message("2005-20071"), "unrecognised period at 9 in \"2005-20071\"");
  // The shapes beside it keep their meaning: two digits after the dash are a month, three
  // an ordinal day.
  expect_period("2005-12", period_kind::month, d(2005, 12, 1), d(2005, 12, 31));
  expect_period("2005-207", period_kind::day, d(2005, 7, 26), d(2005, 7, 26));
}

TEST(multi_year, which_syntaxes_read_a_bare_span) {
  const period pooled = period::plan_term(2005, 2007);
  expect_syntax("2005-2007", period_syntax::human, pooled);
  expect_syntax("2005–2007", period_syntax::human, pooled);
  expect_syntax("2005/2007", period_syntax::iso, pooled);
  EXPECT_EQ(message("2005-2007", period_syntax::iso), "unrecognised period at 5 in \"2005-2007\"");
  EXPECT_EQ(message("2005-2007", period_syntax::sdmx), "unrecognised period at 5 in \"2005-2007\"");
  EXPECT_EQ(message("2005-2007", period_syntax::dhis2), "unrecognised period at 5 in \"2005-2007\"");
  // The human syntax keeps its one-year span (a one-year "giai đoạn"); autodetection refuses it.
  expect_syntax("2005–2005", period_syntax::human, period::plan_term(2005, 2005));
  // Plan terms named by their kind are unchanged: nhiệm kỳ counts from the baseline.
  EXPECT_EQ(a::parse_period("nhiệm kỳ 2020–2025"), period::plan_term(2021, 2025));
}

TEST(multi_year, every_form_round_trips) {
  const period pooled = period::plan_term(2005, 2007);
  EXPECT_EQ(a::to_string(pooled), "2005/2007");
  EXPECT_EQ(a::format_period(pooled, period_syntax::iso), "2005/2007");
  EXPECT_EQ(a::format_period(pooled, period_syntax::sdmx), "2005-01-01/P3Y");
  EXPECT_EQ(a::format_human(pooled), "2005–2007");
  EXPECT_FALSE(a::can_format(pooled, period_syntax::dhis2));
  EXPECT_EQ(a::parse_period(a::to_string(pooled)), pooled);
  EXPECT_EQ(a::parse_period(a::format_human(pooled)), pooled);
  EXPECT_EQ(a::parse_period(a::format_period(pooled, period_syntax::iso)), pooled);
  // SDMX reads its start/duration form back as a range of the same days (see period_format.hpp).
  const period sdmx = a::parse_period(a::format_period(pooled, period_syntax::sdmx));
  EXPECT_EQ(sdmx.kind(), period_kind::range);
  EXPECT_TRUE(a::same_days(sdmx, pooled));
}

TEST(multi_year, reference_year_notes) {
  EXPECT_EQ(a::reference_year_note(a::parse_period("2005-2007")), "2005–2007 counted as 2005 (first year of a pooled period)");
  EXPECT_EQ(a::reference_year_note(a::parse_period("2005-01-01/P3Y")),
            "2005–2007 counted as 2005 (first year of a pooled period)");
  EXPECT_EQ(a::reference_year_note(period::fiscal_year(2004, {4, 1})),
            "2004/2005 (year from 1 April) counted as 2004 (the year it begins)");
  EXPECT_EQ(a::reference_year_note(period{a::year{2005}}), "");
  EXPECT_EQ(a::reference_year_note(period{a::quarter{2023, 1}}), "Q1 2023 has no reference year (not a whole calendar year)");
  // In the reader's language (attain/words.hpp).
  EXPECT_EQ(a::reference_year_note(a::parse_period("2005-2007"), a::language::fr),
            "2005–2007 compté comme 2005 (première année d\u2019une période regroupée)");
  EXPECT_EQ(a::reference_year_note(a::parse_period("2005-2007"), a::language::vi),
            "2005–2007 được tính là năm 2005 (năm đầu của giai đoạn gộp)");
  EXPECT_EQ(a::reference_year_note(period::fiscal_year(2004, {4, 1}), a::language::fr),
            "2004/2005 (exercice commençant le 1er avril) compté comme 2004 (l\u2019année où il commence)");
  EXPECT_EQ(a::reference_year_note(period{a::quarter{2023, 1}}, a::language::vi),
            "quý I/2023 không có năm tham chiếu (không trọn một năm dương lịch)");
}

// FORMATTING ----------------------------------------------------------------------------

TEST(format, canonical_forms) {
  EXPECT_EQ(a::to_string(period{a::year(2023)}), "2023");
  EXPECT_EQ(a::to_string(period{a::half_year(2023, 1)}), "2023-S1");
  EXPECT_EQ(a::to_string(period{a::trimester(2023, 2)}), "2023-T2");
  EXPECT_EQ(a::to_string(period{a::quarter(2024, 3)}), "2024-Q3");
  EXPECT_EQ(a::to_string(period{a::bimonth(2023, 1)}), "202301B");
  EXPECT_EQ(a::to_string(period{a::month(2023, 6)}), "2023-06");
  EXPECT_EQ(a::to_string(period{a::iso_week(2023, 5)}), "2023-W05");
  EXPECT_EQ(a::to_string(period::week(2015, 5, weekday::wednesday)), "2015WedW5");
  EXPECT_EQ(a::to_string(period::week(2023, 5, weekday::tuesday)), "2023TueW5");
  EXPECT_EQ(a::to_string(period::week(2023, 5, weekday::thursday)), "2023ThuW5");
  EXPECT_EQ(a::to_string(period::week(2023, 5, weekday::friday)), "2023FriW5");
  EXPECT_EQ(a::to_string(period::week(2023, 5, weekday::saturday)), "2023SatW5");
  EXPECT_EQ(a::to_string(period::week(2023, 5, weekday::sunday)), "2023SunW5");
  EXPECT_EQ(a::to_string(period::biweek(2015, 1)), "2015BiW1");
  EXPECT_EQ(a::to_string(period::of_day(d(2023, 6, 29))), "2023-06-29");
  EXPECT_EQ(a::to_string(period::plan_term(2021, 2025)), "2021/2025");
  EXPECT_EQ(a::to_string(period::range(d(2021, 1, 1), d(2025, 12, 31))), "2021-01-01/2025-12-31");
  EXPECT_EQ(a::to_string(period::fiscal_year(2001, {7, 1})), "2001-A1--07-01");
  EXPECT_EQ(a::to_string(period::reporting(period_kind::quarter, 2001, 1, {7, 1})), "2001-Q1--07-01");
  EXPECT_EQ(a::to_string(period::reporting(period_kind::month, 2001, 1, {7, 15})), "2001-M01--07-15");
  EXPECT_EQ(a::parse_period("2001-Q1--07-01"), period::reporting(period_kind::quarter, 2001, 1, {7, 1}));
}

TEST(format, every_week_of_every_start_day_round_trips) {
  // parse_period(to_string(p)) == p for weeks starting on each of the seven days: every week
  // of the week-years 1900…2100 and of the first and last ten supported ones.
  constexpr weekday starts[] = {weekday::monday, weekday::tuesday,  weekday::wednesday, weekday::thursday,
                                weekday::friday, weekday::saturday, weekday::sunday};
  std::vector<int> years;
  for (int y = a::min_period_year; y < a::min_period_year + 10; ++y) years.push_back(y);
  for (int y = 1900; y <= 2100; ++y) years.push_back(y);
  for (int y = a::max_period_year - 9; y <= a::max_period_year; ++y) years.push_back(y);
  int checked = 0;
  for (const weekday ws : starts) {
    int long_years = 0;
    for (const int y : years) {
      const int n = a::detail::weeks_in_week_year(y, static_cast<int>(ws));
      long_years += n == 53 ? 1 : 0;
      for (int w = 1; w <= n; ++w) {
        const period p = period::week(y, w, ws);
        const std::string text = a::to_string(p);
        const auto r = a::try_parse_period(text);
        ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
        ASSERT_EQ(*r, p) << text;
        ASSERT_EQ(r->week_start(), ws) << text;
        ++checked;
      }
    }
    EXPECT_GT(long_years, 30);  // 53-week years of each start day are among them
  }
  EXPECT_GT(checked, 7 * 220 * 52);
}

TEST(format, per_syntax) {
  const period q{a::quarter(2024, 1)};
  EXPECT_EQ(a::format_period(q, period_syntax::sdmx), "2024-Q1");
  EXPECT_EQ(a::format_period(q, period_syntax::dhis2), "2024Q1");
  EXPECT_EQ(a::format_period(q, period_syntax::iso), "2024-33");
  EXPECT_EQ(a::format_period(q, period_syntax::human), "Q1 2024");
  EXPECT_EQ(a::format_period(period{a::month(2023, 6)}, period_syntax::sdmx), "2023-M06");
  EXPECT_EQ(a::format_period(period{a::month(2023, 6)}, period_syntax::dhis2), "202306");
  EXPECT_EQ(a::format_period(period::of_day(d(2023, 6, 29)), period_syntax::dhis2), "20230629");
  EXPECT_EQ(a::format_period(period{a::iso_week(2023, 5)}, period_syntax::dhis2), "2023W5");
  EXPECT_EQ(a::format_period(period::fiscal_year(2004, {4, 1}), period_syntax::dhis2), "2004April");
  EXPECT_EQ(a::format_period(period::fiscal_year(2004, {4, 1}), period_syntax::sdmx), "2004-A1");
  EXPECT_EQ(a::format_period(period::reporting(period_kind::half_year, 2004, 1, {4, 1}), period_syntax::dhis2),
            "2004AprilS1");
  EXPECT_EQ(a::format_period(period::plan_term(2021, 2025), period_syntax::sdmx), "2021-01-01/P5Y");
  EXPECT_EQ(a::format_period(period::range(d(2021, 1, 1), d(2021, 1, 10)), period_syntax::sdmx), "2021-01-01/P10D");
  EXPECT_EQ(a::format_period(period::plan_term(2021, 2025), period_syntax::iso), "2021/2025");
  EXPECT_FALSE(a::can_format(period{a::trimester(2023, 1)}, period_syntax::dhis2));
  EXPECT_FALSE(a::can_format(period{a::bimonth(2023, 1)}, period_syntax::sdmx));
  EXPECT_FALSE(a::can_format(period::fiscal_year(2004, {3, 1}), period_syntax::dhis2));
  try {
    (void)a::format_period(period{a::trimester(2023, 1)}, period_syntax::dhis2);
    ADD_FAILURE() << "no exception";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "invalid argument: DHIS2 has no form for 2023-T1 (trimester)");
  }
}

TEST(format, human_french) {
  using a::format_human;
  const auto fr = a::language::fr;
  EXPECT_EQ(format_human(period{a::quarter(2024, 1)}, fr), "T1 2024");
  EXPECT_EQ(format_human(period{a::year(2023)}, fr), "2023");
  EXPECT_EQ(format_human(period{a::month(2023, 6)}, fr), "juin 2023");
  EXPECT_EQ(format_human(period{a::month(2023, 8)}, fr), "août 2023");
  EXPECT_EQ(format_human(period{a::bimonth(2023, 1)}, fr), "bimestre 1 2023");
  EXPECT_EQ(format_human(period::of_day(d(2023, 6, 29)), fr), "29 juin 2023");
  EXPECT_EQ(format_human(period::of_day(d(2023, 6, 1)), fr), "1er juin 2023");
  EXPECT_EQ(format_human(period{a::iso_week(2023, 5)}, fr), "semaine 5 de 2023");
  EXPECT_EQ(format_human(period::plan_term(2021, 2025), fr), "2021–2025");
  EXPECT_EQ(format_human(period::plan_term(2021, 2025), fr, a::term_label::baseline),
            "2021–2025 (année de référence 2020)");
  EXPECT_EQ(format_human(period::fiscal_year(2001, {7, 1}), fr), "2001/2002 (exercice commençant le 1er juillet)");
}

TEST(format, human_english) {
  using a::format_human;
  EXPECT_EQ(format_human(period{a::quarter(2024, 1)}), "Q1 2024");
  EXPECT_EQ(format_human(period{a::year(2023)}), "2023");
  EXPECT_EQ(format_human(period{a::month(2023, 6)}), "June 2023");
  EXPECT_EQ(format_human(period{a::bimonth(2023, 1)}), "Jan–Feb 2023");
  EXPECT_EQ(format_human(period::of_day(d(2023, 6, 29))), "29 June 2023");
  EXPECT_EQ(format_human(period{a::iso_week(2023, 5)}), "week 5 of 2023");
  EXPECT_EQ(format_human(period::plan_term(2021, 2025)), "2021–2025");
  EXPECT_EQ(format_human(period::plan_term(2021, 2025), a::language::en, a::term_label::baseline),
            "2021–2025 (baseline 2020)");
  EXPECT_EQ(format_human(period::fiscal_year(2001, {7, 1})), "2001/2002 (year from 1 July)");
  EXPECT_EQ(format_human(period::reporting(period_kind::quarter, 2001, 1, {7, 1})), "Q1 2001/2002 (year from 1 July)");
}

TEST(format, human_vietnamese) {
  const auto vi = a::language::vi;
  using a::format_human;
  EXPECT_EQ(format_human(period{a::quarter(2024, 1)}, vi), "quý I/2024");
  EXPECT_EQ(format_human(period{a::year(2023)}, vi), "năm 2023");
  EXPECT_EQ(format_human(period{a::month(2023, 6)}, vi), "tháng 6/2023");
  EXPECT_EQ(format_human(period{a::half_year(2023, 1)}, vi), "6 tháng đầu năm 2023");
  EXPECT_EQ(format_human(period::of_day(d(2023, 6, 29)), vi), "ngày 29/6/2023");
  EXPECT_EQ(format_human(period::plan_term(2021, 2023), vi), "giai đoạn 2021–2023");
  EXPECT_EQ(format_human(period::plan_term(2021, 2025), vi, a::term_label::baseline), "nhiệm kỳ 2020–2025");
  EXPECT_EQ(format_human(period::fiscal_year(2023, {4, 1}), vi), "năm tài chính 2023–2024 (từ 1/4)");
}

TEST(format, human_english_every_kind) {
  using a::format_human;
  EXPECT_EQ(format_human(period{a::half_year(2023, 2)}), "H2 2023");
  EXPECT_EQ(format_human(period{a::trimester(2023, 2)}), "T2 2023");
  EXPECT_EQ(format_human(period::biweek(2023, 3)), "bi-week 3 of 2023");
  EXPECT_EQ(format_human(period::week(2015, 5, a::weekday::wednesday)), "Wednesday week 5 of 2015");
  EXPECT_EQ(format_human(period::week(2015, 5, a::weekday::sunday)), "Sunday week 5 of 2015");
  EXPECT_EQ(format_human(period::range(d(2021, 3, 15), d(2022, 1, 2))), "15 March 2021 – 2 January 2022");
  // Reporting (fiscal) periods name the year they belong to and its first day.
  EXPECT_EQ(format_human(period::reporting(period_kind::half_year, 2023, 2, {7, 1})), "H2 2023/2024 (year from 1 July)");
  EXPECT_EQ(format_human(period::reporting(period_kind::trimester, 2023, 3, {7, 1})), "T3 2023/2024 (year from 1 July)");
  EXPECT_EQ(format_human(period::reporting(period_kind::bimonth, 2023, 2, {7, 1})), "B2 2023/2024 (year from 1 July)");
  // The first month of a year from 1 July is July.
  EXPECT_EQ(format_human(period::reporting(period_kind::month, 2023, 1, {7, 1})), "July 2023/2024 (year from 1 July)");
}

TEST(format, human_vietnamese_every_kind) {
  const auto vi = a::language::vi;
  using a::format_human;
  EXPECT_EQ(format_human(period{a::iso_week(2023, 5)}, vi), "tuần 5/2023");
  EXPECT_EQ(format_human(period::week(2015, 5, a::weekday::wednesday), vi), "tuần 5/2015 (từ thứ Tư)");
  EXPECT_EQ(format_human(period::week(2015, 5, a::weekday::sunday), vi), "tuần 5/2015 (từ Chủ nhật)");
  EXPECT_EQ(format_human(period::biweek(2023, 3), vi), "kỳ 2 tuần 3/2023");
  EXPECT_EQ(format_human(period{a::bimonth(2023, 2)}, vi), "tháng 3–4/2023");
  EXPECT_EQ(format_human(period{a::trimester(2023, 1)}, vi), "4 tháng đầu năm 2023");
  EXPECT_EQ(format_human(period{a::trimester(2023, 2)}, vi), "4 tháng giữa năm 2023");
  EXPECT_EQ(format_human(period{a::trimester(2023, 3)}, vi), "4 tháng cuối năm 2023");
  EXPECT_EQ(format_human(period{a::half_year(2023, 2)}, vi), "6 tháng cuối năm 2023");
  EXPECT_EQ(format_human(period::range(d(2021, 3, 15), d(2022, 1, 2)), vi), "từ 15/3/2021 đến 2/1/2022");
  EXPECT_EQ(format_human(period::reporting(period_kind::half_year, 2023, 1, {7, 1}), vi),
            "6 tháng đầu năm tài chính 2023–2024 (từ 1/7)");
  EXPECT_EQ(format_human(period::reporting(period_kind::half_year, 2023, 2, {7, 1}), vi),
            "6 tháng cuối năm tài chính 2023–2024 (từ 1/7)");
  EXPECT_EQ(format_human(period::reporting(period_kind::quarter, 2023, 2, {7, 1}), vi),
            "quý II năm tài chính 2023–2024 (từ 1/7)");
  EXPECT_EQ(format_human(period::reporting(period_kind::month, 2023, 3, {7, 1}), vi),
            "kỳ 3 năm tài chính 2023–2024 (từ 1/7)");
}

TEST(parse, errors_in_every_syntax_name_what_and_where) {
  struct bad {
    period_syntax syntax;
    std::string_view text;
    std::string_view message;
  };
  // Each message names what is wrong and its byte offset (UTF-8: "quý " is 5 bytes).
  const bad cases[] = {
      {period_syntax::human, "năm 20x3", "unrecognised period at 7 in \"năm 20x3\""},
      {period_syntax::human, "năm 2023 x", "unrecognised period at 9 in \"năm 2023 x\""},
      {period_syntax::human, "quý X/2024", "unrecognised period at 5 in \"quý X/2024\""},
      {period_syntax::human, "quý I 2024", "unrecognised period at 7 in \"quý I 2024\""},
      {period_syntax::human, "quý I/20a", "unrecognised period at 9 in \"quý I/20a\""},
      {period_syntax::human, "quý I/2024x", "unrecognised period at 11 in \"quý I/2024x\""},
      {period_syntax::human, "quý IIII/2024", "quarter out of range at 5 in \"quý IIII/2024\""},
      {period_syntax::human, "quý V/2024", "quarter out of range at 5 in \"quý V/2024\""},
      {period_syntax::human, "tháng x/2023", "unrecognised period at 7 in \"tháng x/2023\""},
      {period_syntax::human, "tháng 3–x/2023", "unrecognised period at 11 in \"tháng 3–x/2023\""},
      {period_syntax::human, "tháng 3 2023", "unrecognised period at 8 in \"tháng 3 2023\""},
      {period_syntax::human, "tháng 3/20", "unrecognised period at 11 in \"tháng 3/20\""},
      {period_syntax::human, "tháng 3/2023 x", "unrecognised period at 13 in \"tháng 3/2023 x\""},
      {period_syntax::human, "tháng 2–3/2023", "bi-month out of range at 7 in \"tháng 2–3/2023\""},
      {period_syntax::human, "tháng 3–5/2023", "bi-month out of range at 11 in \"tháng 3–5/2023\""},
      {period_syntax::human, "tháng 13/2023", "month out of range at 7 in \"tháng 13/2023\""},
      {period_syntax::human, "tuần x/2023", "unrecognised period at 7 in \"tuần x/2023\""},
      {period_syntax::human, "tuần 5 2023", "unrecognised period at 8 in \"tuần 5 2023\""},
      {period_syntax::human, "tuần 5/20", "unrecognised period at 11 in \"tuần 5/20\""},
      {period_syntax::human, "tuần 5/2023x", "unrecognised period at 13 in \"tuần 5/2023x\""},
      {period_syntax::human, "ngày x/6/2023", "unrecognised period at 6 in \"ngày x/6/2023\""},
      {period_syntax::human, "ngày 29/x/2023", "unrecognised period at 9 in \"ngày 29/x/2023\""},
      {period_syntax::human, "ngày 29 6 2023", "unrecognised period at 8 in \"ngày 29 6 2023\""},
      {period_syntax::human, "ngày 29/6/20", "unrecognised period at 13 in \"ngày 29/6/20\""},
      {period_syntax::human, "ngày 29/6/2023x", "unrecognised period at 15 in \"ngày 29/6/2023x\""},
      {period_syntax::human, "giai đoạn 2021", "unrecognised period at 17 in \"giai đoạn 2021\""},
      {period_syntax::human, "nhiệm kỳ 2020–2020", "range ends before it starts at 13 in \"nhiệm kỳ 2020–2020\""},
      {period_syntax::human, "6 tháng giữa năm 2023", "unrecognised period at 9 in \"6 tháng giữa năm 2023\""},
      {period_syntax::human, "6 tháng x", "unrecognised period at 9 in \"6 tháng x\""},
      {period_syntax::human, "6 tháng đầu năm 20", "unrecognised period at 23 in \"6 tháng đầu năm 20\""},
      {period_syntax::human, "6 tháng đầu năm 2023 x", "unrecognised period at 25 in \"6 tháng đầu năm 2023 x\""},
      {period_syntax::human, "week x of 2023", "unrecognised period at 5 in \"week x of 2023\""},
      {period_syntax::human, "week 5 in 2023", "unrecognised period at 6 in \"week 5 in 2023\""},
      {period_syntax::human, "week 5 of 20", "unrecognised period at 12 in \"week 5 of 20\""},
      {period_syntax::human, "week 5 of 2023x", "unrecognised period at 14 in \"week 5 of 2023x\""},
      {period_syntax::human, "Q1 20", "unrecognised period at 5 in \"Q1 20\""},
      {period_syntax::human, "Q1 2024x", "unrecognised period at 7 in \"Q1 2024x\""},
      {period_syntax::human, "Q5 2024", "quarter out of range at 1 in \"Q5 2024\""},
      {period_syntax::human, "29 June2023", "unrecognised period at 7 in \"29 June2023\""},
      {period_syntax::human, "29 June 20", "unrecognised period at 10 in \"29 June 20\""},
      {period_syntax::human, "29 June 2023x", "unrecognised period at 12 in \"29 June 2023x\""},
      {period_syntax::human, "29 Juno 2023", "unrecognised period at 6 in \"29 Juno 2023\""},
      {period_syntax::human, "Jan–Mar 2023", "bi-month out of range at 6 in \"Jan–Mar 2023\""},
      {period_syntax::human, "June 20", "unrecognised period at 7 in \"June 20\""},
      {period_syntax::human, "June 2023x", "unrecognised period at 9 in \"June 2023x\""},
      {period_syntax::human, "29/6/2023", "unrecognised period at 0 in \"29/6/2023\""},
      {period_syntax::sdmx, "2023-Q1--13-01", "month out of range at 9 in \"2023-Q1--13-01\""},
      {period_syntax::sdmx, "2023-Q1--07-29", "day out of range at 12 in \"2023-Q1--07-29\""},
      {period_syntax::sdmx, "2023-Q1--0x-01", "unrecognised period at 9 in \"2023-Q1--0x-01\""},
      {period_syntax::sdmx, "2023-Q1--07x01", "unrecognised period at 11 in \"2023-Q1--07x01\""},
      {period_syntax::sdmx, "2023-Q1--07-01x", "unrecognised period at 14 in \"2023-Q1--07-01x\""},
      {period_syntax::sdmx, "2023-Q1-07", "unrecognised period at 7 in \"2023-Q1-07\""},
      {period_syntax::sdmx, "2023-M13", "month out of range at 6 in \"2023-M13\""},
      {period_syntax::sdmx, "2023-M1", "unrecognised period at 6 in \"2023-M1\""},
      {period_syntax::sdmx, "2023-W60", "week out of range at 6 in \"2023-W60\""},
      {period_syntax::sdmx, "2023-W5", "unrecognised period at 6 in \"2023-W5\""},
      {period_syntax::sdmx, "2023-D400", "day out of range at 6 in \"2023-D400\""},
      {period_syntax::sdmx, "2023-D12", "unrecognised period at 6 in \"2023-D12\""},
      {period_syntax::sdmx, "2023-D366", "day out of range at 6 in \"2023-D366\""},
      {period_syntax::sdmx, "2023-Q", "missing digits at 6 in \"2023-Q\""},
      {period_syntax::sdmx, "2023-X1", "unrecognised period at 5 in \"2023-X1\""},
      {period_syntax::sdmx, "2023-W05--07-01", "unrecognised period at 8 in \"2023-W05--07-01\""},
      {period_syntax::sdmx, "2023-01/P1Y", "unrecognised period at 7 in \"2023-01/P1Y\""},
      {period_syntax::sdmx, "2023-01-01/P1M1Y", "unrecognised period at 15 in \"2023-01-01/P1M1Y\""},
      {period_syntax::sdmx, "2023-01-01/P", "missing digits at 12 in \"2023-01-01/P\""},
      {period_syntax::sdmx, "2023-01-01/PXY", "unrecognised period at 12 in \"2023-01-01/PXY\""},
      {period_syntax::sdmx, "2023-01-01/P1Q", "unrecognised period at 13 in \"2023-01-01/P1Q\""},
      {period_syntax::sdmx, "2023-01-01/P99999999Y", "year out of range at 12 in \"2023-01-01/P99999999Y\""},
      {period_syntax::sdmx, "2023-01-01/P9999999Y", "year out of range at 11 in \"2023-01-01/P9999999Y\""},
      {period_syntax::sdmx, "2023-01-01/P1Yx", "unrecognised period at 14 in \"2023-01-01/P1Yx\""},
      {period_syntax::sdmx, "2023-01-01/2022-12-31", "range ends before it starts at 11 in \"2023-01-01/2022-12-31\""},
      {period_syntax::sdmx, "2023-01-01/2023-01", "unrecognised period at 18 in \"2023-01-01/2023-01\""},
      {period_syntax::sdmx, "2023-01-01/2023x", "unrecognised period at 15 in \"2023-01-01/2023x\""},
      {period_syntax::sdmx, "2023-01-01x", "unrecognised period at 10 in \"2023-01-01x\""},
      {period_syntax::sdmx, "2023x", "unrecognised period at 4 in \"2023x\""},
      {period_syntax::sdmx, "2023-01x", "unrecognised period at 7 in \"2023-01x\""},
      {period_syntax::sdmx, "2023-1", "unrecognised period at 5 in \"2023-1\""},
      {period_syntax::sdmx, "2023-01-1", "unrecognised period at 8 in \"2023-01-1\""},
      {period_syntax::sdmx, "2023-13", "month out of range at 5 in \"2023-13\""},
      {period_syntax::sdmx, "2023-02-30", "day out of range at 8 in \"2023-02-30\""},
      {period_syntax::iso, "2023-W54", "week out of range at 6 in \"2023-W54\""},
      {period_syntax::iso, "2023-W05-8", "day out of range at 9 in \"2023-W05-8\""},
      {period_syntax::iso, "2023-W05-x", "unrecognised period at 9 in \"2023-W05-x\""},
      {period_syntax::iso, "2023W058", "day out of range at 7 in \"2023W058\""},
      {period_syntax::iso, "2023W05-1", "unrecognised period at 7 in \"2023W05-1\""},
      {period_syntax::iso, "20230132", "day out of range at 6 in \"20230132\""},
      {period_syntax::iso, "20231301", "month out of range at 4 in \"20231301\""},
      {period_syntax::iso, "2023-367", "day out of range at 5 in \"2023-367\""},
      {period_syntax::iso, "R/2023", "unrecognised period at 0 in \"R/2023\""},
      {period_syntax::iso, "2023-01/2022-12", "range ends before it starts at 8 in \"2023-01/2022-12\""},
      {period_syntax::iso, "P1Y", "unrecognised period at 3 in \"P1Y\""},
      {period_syntax::iso, "2023-06/P0D", "range ends before it starts at 8 in \"2023-06/P0D\""},
      {period_syntax::iso, "9999/P1Y", "year out of range at 0 in \"9999/P1Y\""},
      {period_syntax::iso, "2023/P1Y/x", "unrecognised period at 8 in \"2023/P1Y/x\""},
      {period_syntax::iso, "2023-01-01T00", "unrecognised period at 10 in \"2023-01-01T00\""},
      {period_syntax::iso, "2023-Q1", "unrecognised period at 4 in \"2023-Q1\""},
      {period_syntax::dhis2, "2023BiW27", "week out of range at 7 in \"2023BiW27\""},
      {period_syntax::dhis2, "2023BiW0", "week out of range at 7 in \"2023BiW0\""},
      {period_syntax::dhis2, "2023BiWx", "missing digits at 7 in \"2023BiWx\""},
      {period_syntax::dhis2, "2023WedW60", "week out of range at 8 in \"2023WedW60\""},
      {period_syntax::dhis2, "2023SunW", "missing digits at 8 in \"2023SunW\""},
      {period_syntax::dhis2, "2023AprilS", "missing digits at 10 in \"2023AprilS\""},
      {period_syntax::dhis2, "2023NovQ", "unrecognised period at 7 in \"2023NovQ\""},
      {period_syntax::dhis2, "2023S3", "half-year out of range at 5 in \"2023S3\""},
      {period_syntax::dhis2, "2023010", "unrecognised period at 4 in \"2023010\""},
      {period_syntax::dhis2, "20230101x", "unrecognised period at 8 in \"20230101x\""},
  };
  for (const bad& b : cases) {
    const auto r = a::try_parse_period(b.text, b.syntax);
    ASSERT_FALSE(r.has_value()) << b.text;
    EXPECT_EQ(a::to_string(r.error()), b.message);
  }
}

TEST(parse, durations_and_open_endpoints_of_intervals) {
  // SDMX intervals start on a day; a duration moves by years and months first, then by days.
  EXPECT_EQ(a::to_string(a::parse_period("2023-01-01/P1Y2M3W4D", period_syntax::sdmx)), "2023-01-01/2024-03-25");
  EXPECT_EQ(a::to_string(a::parse_period("2023-01-01/P1D", period_syntax::sdmx)), "2023-01-01/2023-01-01");
  // ISO 8601 allows reduced endpoints on either side.
  EXPECT_EQ(a::to_string(a::parse_period("2023/P1Y", period_syntax::iso)), "2023-01-01/2023-12-31");
  EXPECT_EQ(a::to_string(a::parse_period("2023-06/P1M", period_syntax::iso)), "2023-06-01/2023-06-30");
  EXPECT_EQ(a::to_string(a::parse_period("2023/2023-06", period_syntax::iso)), "2023-01-01/2023-06-30");
  EXPECT_EQ(a::to_string(a::parse_period("2023-06/2023", period_syntax::iso)), "2023-06-01/2023-12-31");
  EXPECT_EQ(a::to_string(a::parse_period("P1Y/2023-06", period_syntax::iso)), "2022-07-01/2023-06-30");
  EXPECT_EQ(a::to_string(a::parse_period("2023-001", period_syntax::iso)), "2023-01-01");
  // Reporting years in SDMX with their start day; DHIS2 financial years by month name.
  EXPECT_EQ(a::to_string(a::parse_period("2023-S1--07-01", period_syntax::sdmx)), "2023-S1--07-01");
  EXPECT_EQ(a::to_string(a::parse_period("2023Oct", period_syntax::dhis2)), "2023-A1--10-01");
}

}  // namespace
