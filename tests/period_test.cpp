// attain/period.hpp: the period model and its arithmetic.
#include "attain/period.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "attain/period_format.hpp"

namespace {

using attain::exact_fraction;
using attain::iso_week;
using attain::period;
using attain::period_kind;
using attain::weekday;
using attain::year_start;
using boost::gregorian::date;
namespace a = attain;

date d(int y, int m, int dd) {
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
}

void expect_days(const period& p, date first, date last) {
  EXPECT_EQ(p.first(), first) << a::to_string(p);
  EXPECT_EQ(p.last(), last) << a::to_string(p);
}

template <class F>
std::string domain_message(F f, attain::errc expected) {
  try {
    f();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), expected);
    return e.what();
  }
  ADD_FAILURE() << "no domain_error";
  return {};
}

// TYPED PERIODS ------------------------------------------------------------------------------

TEST(typed, calendar_periods_know_their_days) {
  EXPECT_EQ(a::quarter(2024, 1).first(), d(2024, 1, 1));
  EXPECT_EQ(a::quarter(2024, 1).last(), d(2024, 3, 31));
  EXPECT_EQ(a::quarter(2023, 4).last(), d(2023, 12, 31));
  EXPECT_EQ(a::half_year(2023, 2).first(), d(2023, 7, 1));
  EXPECT_EQ(a::trimester(2023, 2).first(), d(2023, 5, 1));
  EXPECT_EQ(a::trimester(2023, 2).last(), d(2023, 8, 31));
  EXPECT_EQ(a::bimonth(2023, 1).last(), d(2023, 2, 28));
  EXPECT_EQ(a::month(2023, 6).last(), d(2023, 6, 30));
  EXPECT_EQ(a::year(2023).days(), 365);
  EXPECT_EQ(a::year(2023).year(), 2023);
  EXPECT_EQ(a::quarter(2023, 3).index(), 3);
}

TEST(typed, leap_years) {
  EXPECT_EQ(a::month(2024, 2).days(), 29);
  EXPECT_EQ(a::month(2023, 2).days(), 28);
  EXPECT_EQ(a::month(2000, 2).days(), 29);  // divisible by 400
  EXPECT_EQ(a::month(1900, 2).days(), 28);  // divisible by 100
  EXPECT_EQ(a::month(2100, 2).days(), 28);
  EXPECT_EQ(a::year(2024).days(), 366);
  EXPECT_EQ(a::quarter(2024, 1).days(), 91);
  EXPECT_EQ(a::quarter(2023, 1).days(), 90);
  EXPECT_EQ(a::days(period::of_day(d(2024, 2, 29))), 1);
}

TEST(typed, constructors_keep_invariants) {
  EXPECT_EQ(domain_message([] { (void)a::quarter(2024, 5); }, attain::errc::quarter_out_of_range),
            "quarter out of range: quarter 5 (expected 1 to 4)");
  EXPECT_EQ(domain_message([] { (void)a::month(2024, 13); }, attain::errc::month_out_of_range),
            "month out of range: month 13 (expected 1 to 12)");
  EXPECT_EQ(domain_message([] { (void)a::half_year(2024, 0); }, attain::errc::half_out_of_range),
            "half-year out of range: half_year 0 (expected 1 to 2)");
  EXPECT_EQ(domain_message([] { (void)a::trimester(2024, 4); }, attain::errc::trimester_out_of_range),
            "trimester out of range: trimester 4 (expected 1 to 3)");
  EXPECT_EQ(domain_message([] { (void)a::year(1300); }, attain::errc::year_out_of_range),
            "year out of range: year 1300 (expected 1401 to 9998)");
  EXPECT_EQ(domain_message([] { (void)iso_week(2023, 53); }, attain::errc::week_out_of_range),
            "week out of range: week 53 (expected 1 to 52)");
}

TEST(typed, subtraction_counts_steps_and_shifts_move) {
  EXPECT_EQ(a::year(2023) - a::year(2020), a::years{3});
  EXPECT_EQ((a::year(2023) - a::year(2020)).count(), 3);
  EXPECT_EQ(a::quarter(2024, 1) - a::quarter(2023, 3), a::quarters{2});
  EXPECT_EQ(a::quarter(2023, 1) + a::quarters{5}, a::quarter(2024, 2));
  EXPECT_EQ(a::month(2023, 1) - a::months{1}, a::month(2022, 12));
  EXPECT_EQ(a::next(a::quarter(2023, 4)), a::quarter(2024, 1));
  EXPECT_EQ(a::prev(a::month(2024, 1)), a::month(2023, 12));
  EXPECT_EQ(a::next(iso_week(2020, 53)), iso_week(2021, 1));
  EXPECT_EQ(iso_week(2021, 1) - iso_week(2020, 1), a::weeks{53});
  EXPECT_LT(a::quarter(2023, 4), a::quarter(2024, 1));
  EXPECT_THROW((void)(a::year(9998) + a::years{1}), attain::domain_error);
}

TEST(typed, lossy_moves_are_named) {
  EXPECT_EQ(a::quarter_of(a::month(2023, 5)), a::quarter(2023, 2));
  EXPECT_EQ(a::year_of(a::quarter(2023, 2)), a::year(2023));
  EXPECT_EQ(a::half_year_of(a::quarter(2023, 3)), a::half_year(2023, 2));
  EXPECT_EQ(a::trimester_of(a::month(2023, 9)), a::trimester(2023, 3));
  EXPECT_EQ(a::bimonth_of(a::month(2023, 4)), a::bimonth(2023, 2));
  EXPECT_EQ(a::enclosing<a::year>(a::month(2023, 12)), a::year(2023));
  EXPECT_EQ(a::month_of(d(2023, 6, 29)), a::month(2023, 6));
  EXPECT_EQ(a::quarter_of(d(2023, 6, 29)), a::quarter(2023, 2));
  EXPECT_EQ(a::year_of(d(2023, 6, 29)), a::year(2023));
}

// ISO WEEKS ---------------------------------------------------------------------------------

TEST(iso_weeks, week_one_of_2009_starts_in_2008) {
  EXPECT_EQ(iso_week(2009, 1).first(), d(2008, 12, 29));
  EXPECT_EQ(iso_week(2009, 1).last(), d(2009, 1, 4));
}

TEST(iso_weeks, last_day_of_2012_lies_in_2013_week_1) {
  EXPECT_EQ(a::iso_week_of(d(2012, 12, 31)), iso_week(2013, 1));
  EXPECT_EQ(a::iso_week_of(d(2012, 12, 31)).year(), 2013);
  EXPECT_EQ(a::iso_week_of(d(2012, 12, 31)).week(), 1);
}

TEST(iso_weeks, years_with_53_weeks) {
  for (int y : {2004, 2009, 2015, 2020, 2026, 2032}) EXPECT_EQ(a::iso_weeks_in_year(y), 53) << y;
  for (int y : {2019, 2021, 2022, 2023, 2024, 2025}) EXPECT_EQ(a::iso_weeks_in_year(y), 52) << y;
  EXPECT_EQ(iso_week(2020, 53).first(), d(2020, 12, 28));
  EXPECT_EQ(iso_week(2020, 53).last(), d(2021, 1, 3));
  EXPECT_EQ(a::iso_week_of(d(2021, 1, 1)), iso_week(2020, 53));
  EXPECT_EQ(a::iso_week_of(d(2008, 12, 29)), iso_week(2009, 1));
}

TEST(iso_weeks, weeks_of_a_year_are_its_labelled_weeks) {
  const auto w = a::weeks_of(2020);
  ASSERT_EQ(w.size(), 53U);
  EXPECT_EQ(w.front().first(), d(2019, 12, 30));
  EXPECT_EQ(w.back().last(), d(2021, 1, 3));
  EXPECT_EQ(a::weeks_of(2023).size(), 52U);
}

TEST(iso_weeks, dhis2_weeks_from_other_weekdays) {
  const period p = period::week(2015, 5, weekday::wednesday);
  expect_days(p, d(2015, 1, 28), d(2015, 2, 3));
  EXPECT_EQ(p.label_year(), 2015);
  EXPECT_EQ(p.label_index(), 5);
  EXPECT_EQ(p.week_start(), weekday::wednesday);
  // Week 1 is the week that contains January 4.
  expect_days(period::week(2023, 1, weekday::sunday), d(2023, 1, 1), d(2023, 1, 7));
  expect_days(period::week(2023, 1, weekday::saturday), d(2022, 12, 31), d(2023, 1, 6));
  expect_days(period::week(2023, 1, weekday::thursday), d(2022, 12, 29), d(2023, 1, 4));
}

TEST(iso_weeks, biweeks) {
  expect_days(period::biweek(2015, 1), d(2014, 12, 29), d(2015, 1, 11));
  // A 53-week year's bi-week 26 takes weeks 51-53, so bi-weeks tile the timeline.
  expect_days(period::biweek(2020, 26), d(2020, 12, 14), d(2021, 1, 3));
  EXPECT_EQ(a::next(period::biweek(2020, 26)), period::biweek(2021, 1));
  EXPECT_EQ(a::days(period::biweek(2020, 26)), 21);
  EXPECT_EQ(period::containing(d(2021, 1, 2), period_kind::biweek), period::biweek(2020, 26));
  EXPECT_THROW((void)period::biweek(2020, 27), attain::domain_error);
}

// FISCAL AND REPORTING YEARS ------------------------------------------------------------

TEST(fiscal, year_starting_in_april_crosses_calendar_years) {
  const period fy = period::fiscal_year(2004, year_start{4, 1});
  expect_days(fy, d(2004, 4, 1), d(2005, 3, 31));
  EXPECT_EQ(fy.kind(), period_kind::year);
  EXPECT_TRUE(fy.is_reporting());
  EXPECT_EQ(fy.label_year(), 2004);
  EXPECT_EQ(a::days(fy), 365);
  EXPECT_EQ(a::days(period::fiscal_year(2023, year_start{4, 1})), 366);  // holds 2024-02-29
  EXPECT_NE(fy, period{a::year(2004)});
}

TEST(fiscal, sdmx_reporting_year_starting_july) {
  expect_days(period::fiscal_year(2001, year_start{7, 1}), d(2001, 7, 1), d(2002, 6, 30));
  expect_days(period::reporting(period_kind::quarter, 2001, 1, {7, 1}), d(2001, 7, 1), d(2001, 9, 30));
  expect_days(period::reporting(period_kind::quarter, 2001, 3, {7, 1}), d(2002, 1, 1), d(2002, 3, 31));
  expect_days(period::reporting(period_kind::month, 2001, 1, {7, 1}), d(2001, 7, 1), d(2001, 7, 31));
  expect_days(period::reporting(period_kind::half_year, 2001, 2, {7, 15}), d(2002, 1, 15), d(2002, 7, 14));
}

TEST(fiscal, splits_into_fiscal_quarters_and_moves_by_fiscal_periods) {
  const period fy = period::fiscal_year(2023, year_start{7, 1});
  const auto q = a::split(fy, period_kind::quarter);
  ASSERT_EQ(q.size(), 4U);
  EXPECT_EQ(q[0], period::reporting(period_kind::quarter, 2023, 1, {7, 1}));
  EXPECT_EQ(q[3].last(), d(2024, 6, 30));
  EXPECT_EQ(a::next(q[3]), period::reporting(period_kind::quarter, 2024, 1, {7, 1}));
  EXPECT_EQ(a::difference(period::fiscal_year(2025, {7, 1}), fy), 2);
}

TEST(fiscal, start_day_must_allow_monthly_sub_periods) {
  EXPECT_EQ(domain_message([] { (void)period::fiscal_year(2023, year_start{2, 29}); }, attain::errc::day_out_of_range),
            "day out of range: reporting year start day 29 (expected 1 to 28)");
  EXPECT_THROW((void)period::fiscal_year(2023, year_start{13, 1}), attain::domain_error);
}

// ARITHMETIC ----------------------------------------------------------------------------

TEST(arithmetic, difference_is_the_n_of_growth) {
  EXPECT_EQ(a::difference(a::year(2023), a::year(2020)), 3);
  EXPECT_EQ(a::difference(period{a::quarter(2024, 1)}, period{a::quarter(2023, 3)}), 2);
  EXPECT_EQ(a::difference(period::of_day(d(2024, 3, 1)), period::of_day(d(2024, 2, 1))), 29);
  EXPECT_EQ(a::difference(period::week(2015, 5, weekday::wednesday), period::week(2014, 5, weekday::wednesday)), 52);
  EXPECT_EQ(a::difference(period::plan_term(2026, 2030), period::plan_term(2021, 2025)), 1);
  EXPECT_EQ(a::difference(period::biweek(2021, 1), period::biweek(2020, 1)), 26);
}

TEST(arithmetic, difference_of_different_kinds_is_refused) {
  EXPECT_EQ(domain_message([] { (void)a::difference(period{a::year(2023)}, period{a::quarter(2023, 1)}); },
                           attain::errc::kind_mismatch),
            "periods of different kinds: 2023 (year) and 2023-Q1 (quarter)");
  EXPECT_THROW((void)a::difference(period::fiscal_year(2023, {4, 1}), period{a::year(2023)}), attain::domain_error);
  EXPECT_THROW((void)a::difference(period::plan_term(2021, 2025), period::plan_term(2021, 2023)), attain::domain_error);
}

TEST(arithmetic, next_prev_and_shift) {
  EXPECT_EQ(a::next(period{a::month(2023, 12)}), period{a::month(2024, 1)});
  EXPECT_EQ(a::prev(period::of_day(d(2024, 3, 1))), period::of_day(d(2024, 2, 29)));
  EXPECT_EQ(a::shift(period{a::quarter(2023, 1)}, -5), period{a::quarter(2021, 4)});
  EXPECT_EQ(a::next(period::plan_term(2021, 2025)), period::plan_term(2026, 2030));
  EXPECT_EQ(a::next(period::range(d(2023, 1, 1), d(2023, 1, 10))), period::range(d(2023, 1, 11), d(2023, 1, 20)));
  EXPECT_EQ(a::next(period{iso_week(2020, 53)}), period{iso_week(2021, 1)});
  EXPECT_EQ(domain_message([] { (void)a::next(period{a::year(9998)}); }, attain::errc::year_out_of_range),
            "year out of range: year 9999 (expected 1401 to 9998)");
}

TEST(arithmetic, contains_overlaps_precedes) {
  EXPECT_TRUE(a::contains(period{a::year(2023)}, d(2023, 6, 29)));
  EXPECT_FALSE(a::contains(period{a::year(2023)}, d(2024, 1, 1)));
  EXPECT_TRUE(a::contains(a::year(2023), a::month(2023, 6)));
  EXPECT_FALSE(a::contains(a::month(2023, 6), a::year(2023)));
  EXPECT_TRUE(a::contains(a::year(2023), a::year(2023)));
  EXPECT_TRUE(a::overlaps(a::quarter(2023, 2), a::month(2023, 6)));
  EXPECT_FALSE(a::overlaps(a::quarter(2023, 2), a::month(2023, 7)));
  EXPECT_TRUE(a::overlaps(iso_week(2013, 1), a::year(2012)));  // 2012-12-31 is in 2013-W01
  EXPECT_TRUE(a::precedes(a::year(2022), a::quarter(2023, 1)));
  EXPECT_FALSE(a::precedes(a::year(2023), a::quarter(2023, 1)));
  EXPECT_TRUE(a::same_days(period::plan_term(2021, 2025), period::range(d(2021, 1, 1), d(2025, 12, 31))));
  EXPECT_NE(period::plan_term(2021, 2025), period::range(d(2021, 1, 1), d(2025, 12, 31)));
}

TEST(arithmetic, intersection) {
  EXPECT_EQ(a::intersection(a::year(2023), a::month(2023, 6)), period{a::month(2023, 6)});
  EXPECT_EQ(a::intersection(a::year(2023), a::year(2024)), std::nullopt);
  const auto x = a::intersection(a::year(2012), iso_week(2013, 1));
  ASSERT_TRUE(x.has_value());
  EXPECT_EQ(*x, period::range(d(2012, 12, 31), d(2012, 12, 31)));
  EXPECT_EQ(x->kind(), period_kind::range);
}

TEST(arithmetic, split_term_into_years) {
  const auto ys = a::split(period::plan_term(2021, 2025), period_kind::year);
  ASSERT_EQ(ys.size(), 5U);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(ys[static_cast<std::size_t>(i)], period{a::year(2021 + i)});
}

TEST(arithmetic, split_covers_with_no_gap_or_overlap) {
  const auto ms = a::split(period{a::quarter(2023, 1)}, period_kind::month);
  ASSERT_EQ(ms.size(), 3U);
  EXPECT_EQ(ms[2], period{a::month(2023, 3)});
  EXPECT_EQ(a::split(a::year(2024), period_kind::day).size(), 366U);
  EXPECT_EQ(a::split(a::year(2023), period_kind::trimester).size(), 3U);
  EXPECT_EQ(a::split(a::year(2023), period_kind::bimonth).size(), 6U);
  const auto ws = a::split(period::range(d(2023, 1, 2), d(2023, 1, 29)), period_kind::week);
  ASSERT_EQ(ws.size(), 4U);
  EXPECT_EQ(ws[0], period{iso_week(2023, 1)});
}

TEST(arithmetic, a_year_does_not_split_into_weeks) {
  EXPECT_EQ(domain_message([] { (void)a::split(a::year(2020), period_kind::week); }, attain::errc::not_aligned),
            "period boundaries do not align: 2020 is not a whole number of weeks");
  EXPECT_THROW((void)a::split(a::quarter(2023, 1), period_kind::trimester), attain::domain_error);
  EXPECT_THROW((void)a::split(a::year(2023), period_kind::term), attain::domain_error);
  // The weeks that touch the year, straddlers included:
  const auto touching = a::periods_overlapping(a::year(2021), period_kind::week);
  ASSERT_EQ(touching.size(), 53U);
  EXPECT_EQ(touching.front(), period{iso_week(2020, 53)});
  EXPECT_EQ(touching.back(), period{iso_week(2021, 52)});
}

TEST(arithmetic, enclosing) {
  EXPECT_EQ(a::enclosing(period{a::month(2023, 5)}, period_kind::quarter), period{a::quarter(2023, 2)});
  EXPECT_EQ(a::enclosing(period::of_day(d(2023, 6, 29)), period_kind::year), period{a::year(2023)});
  EXPECT_EQ(a::enclosing(period::reporting(period_kind::month, 2023, 12, {7, 1}), period_kind::year),
            period::fiscal_year(2023, {7, 1}));
  EXPECT_EQ(domain_message([] { (void)a::enclosing(period{iso_week(2013, 1)}, period_kind::year); },
                           attain::errc::not_aligned),
            "period boundaries do not align: 2013-W01 lies in more than one year");
}

TEST(arithmetic, elapsed_fraction_of_the_term_at_mid_term_review) {
  const period t = period::plan_term(2021, 2025);
  EXPECT_EQ(a::days(t), 1826);
  const exact_fraction f = a::elapsed_fraction(t, d(2023, 6, 29));
  EXPECT_EQ(f.numerator, 910);
  EXPECT_EQ(f.denominator, 1826);
  EXPECT_EQ(f.to_decimal(4, attain::rounding::half_up), attain::decimal(4984, 4));
  EXPECT_EQ(f.to_decimal(1, attain::rounding::half_up), attain::decimal(5, 1));
  EXPECT_EQ(a::elapsed_fraction(t, d(2020, 12, 31)), (exact_fraction{0, 1}));
  EXPECT_EQ(a::elapsed_fraction(t, d(2026, 3, 1)), (exact_fraction{1, 1}));
  EXPECT_EQ(a::elapsed_fraction(t, d(2025, 12, 31)), (exact_fraction{1826, 1826}));
  EXPECT_EQ(a::elapsed_fraction(a::year(2024), d(2024, 7, 1)), (exact_fraction{183, 366}));
  EXPECT_EQ((exact_fraction{1, 2}), (exact_fraction{183, 366}));
  EXPECT_LT((exact_fraction{1, 3}), (exact_fraction{1, 2}));
}

TEST(model, labels) {
  EXPECT_EQ(period::of_day(d(2023, 2, 1)).label_index(), 32);
  EXPECT_EQ(period{a::quarter(2023, 3)}.label_index(), 3);
  EXPECT_EQ(period::plan_term(2021, 2025).label_year(), 2021);
  EXPECT_EQ(period::plan_term(2021, 2025).label_index(), 5);
  EXPECT_EQ(period{iso_week(2013, 1)}.label_year(), 2013);
  EXPECT_EQ(period::reporting(period_kind::quarter, 2001, 4, {7, 1}).label_year(), 2001);
}

TEST(model, factories_validate) {
  EXPECT_EQ(domain_message([] { (void)period::range(d(2023, 2, 1), d(2023, 1, 1)); }, attain::errc::bad_range),
            "range ends before it starts: range of days -30");
  EXPECT_THROW((void)period::plan_term(2025, 2021), attain::domain_error);
  EXPECT_THROW((void)period::calendar(period_kind::week, 2023, 1), attain::domain_error);
  EXPECT_THROW((void)period::containing(d(2023, 1, 1), period_kind::term), attain::domain_error);
  EXPECT_THROW((void)period::of_day(date(boost::date_time::not_a_date_time)), attain::domain_error);
  EXPECT_EQ(period::calendar(period_kind::quarter, 2024, 1), period{a::quarter(2024, 1)});
  EXPECT_EQ(period::containing(d(2023, 6, 29), period_kind::quarter, {4, 1}),
            period::reporting(period_kind::quarter, 2023, 1, {4, 1}));
}

TEST(model, ordering_for_containers_is_explicit) {
  std::vector<period> v{period{a::year(2023)}, period{a::quarter(2023, 1)}, period{a::month(2022, 12)}};
  std::sort(v.begin(), v.end(), a::period_less{});
  EXPECT_EQ(v[0], period{a::month(2022, 12)});
  EXPECT_EQ(v[1], period{a::quarter(2023, 1)});
  EXPECT_EQ(v[2], period{a::year(2023)});
  EXPECT_NE(std::hash<period>{}(period{a::year(2023)}), std::hash<period>{}(period{a::quarter(2023, 1)}));
}

// REFERENCE YEARS (period.hpp): a pooled period counts as its first year (Statistics Canada,
// Canadian Indicator Framework progress methodology; docs/formats.md, "Multi-year periods").
TEST(reference_year, calendar_years_count_as_themselves) {
  using a::reference_rule;
  using a::year_reference;
  static_assert(a::reference_year(period{a::year{2005}}).value() == year_reference{2005, reference_rule::calendar_year});
  EXPECT_EQ(*a::reference_year(period{a::year{2005}}), (year_reference{2005, reference_rule::calendar_year}));
  // A one-year term or a range of exactly one calendar year's days is that year.
  EXPECT_EQ(*a::reference_year(period::plan_term(2005, 2005)), (year_reference{2005, reference_rule::calendar_year}));
  EXPECT_EQ(*a::reference_year(period::range(d(2005, 1, 1), d(2005, 12, 31))),
            (year_reference{2005, reference_rule::calendar_year}));
}

TEST(reference_year, a_pooled_period_counts_as_its_first_year) {
  using a::reference_rule;
  using a::year_reference;
  EXPECT_EQ(*a::reference_year(period::plan_term(2005, 2007)), (year_reference{2005, reference_rule::first_year_of_range}));
  EXPECT_EQ(*a::reference_year(period::range(d(2005, 1, 1), d(2007, 12, 31))),
            (year_reference{2005, reference_rule::first_year_of_range}));
  EXPECT_EQ(a::to_string(reference_rule::first_year_of_range), "first_year_of_range");
}

TEST(reference_year, a_reporting_year_counts_as_the_year_it_begins) {
  using a::reference_rule;
  using a::year_reference;
  EXPECT_EQ(*a::reference_year(period::fiscal_year(2004, {4, 1})), (year_reference{2004, reference_rule::reporting_year}));
  // DHIS2 labels this one 2010Nov; it begins in 2009.
  EXPECT_EQ(*a::reference_year(period::fiscal_year(2009, {11, 1})), (year_reference{2009, reference_rule::reporting_year}));
}

TEST(reference_year, shorter_periods_and_odd_ranges_have_none) {
  const a::no_value none{a::why::not_applicable};
  EXPECT_EQ(a::reference_year(period{a::quarter{2023, 1}}).error(), none);
  EXPECT_EQ(a::reference_year(period{a::half_year{2023, 1}}).error(), none);
  EXPECT_EQ(a::reference_year(period{a::month{2023, 6}}).error(), none);
  EXPECT_EQ(a::reference_year(period{iso_week{2023, 5}}).error(), none);
  EXPECT_EQ(a::reference_year(period::of_day(d(2023, 6, 29))).error(), none);
  EXPECT_EQ(a::reference_year(period::range(d(2005, 7, 1), d(2007, 6, 30))).error(), none);
  EXPECT_EQ(a::reference_year(period::reporting(period_kind::quarter, 2004, 1, {4, 1})).error(), none);
}

}  // namespace
