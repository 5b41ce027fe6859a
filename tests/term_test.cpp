// attain/term.hpp: plan terms with an explicit baseline.
#include "attain/term.hpp"

#include <gtest/gtest.h>

#include <string>

#include "attain/period_format.hpp"

namespace {

using attain::exact_fraction;
using attain::period;
using attain::term;
using boost::gregorian::date;
namespace a = attain;

date d(int y, int m, int dd) {
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd));
}

TEST(term, nhiem_ky_2020_2025_has_baseline_2020_and_five_plan_years) {
  const term t = term::from_baseline(2020, 2025);
  EXPECT_EQ(t.baseline_year(), 2020);
  EXPECT_EQ(t.first_year(), 2021);
  EXPECT_EQ(t.last_year(), 2025);
  EXPECT_EQ(t.plan_years(), 5);
  EXPECT_EQ(t.steps(), 5);
  EXPECT_EQ(t, term::of_plan_years(2021, 2025));
  EXPECT_EQ(t.baseline(), a::year(2020));
  EXPECT_EQ(t.first(), a::year(2021));
  EXPECT_EQ(t.last(), a::year(2025));
  ASSERT_EQ(t.years().size(), 5U);
  EXPECT_EQ(t.years().front(), a::year(2021));
}

TEST(term, growth_over_2021_2023_is_measured_from_2020) {
  const term t = term::from_baseline(2020, 2025);
  EXPECT_EQ(t.steps_to(2023), 3);
  const term part = t.through(2023);  // giai đoạn 2021–2023
  EXPECT_EQ(part, term::of_plan_years(2021, 2023));
  EXPECT_EQ(part.baseline_year(), 2020);
  EXPECT_EQ(part.steps(), 3);
  EXPECT_EQ((a::year(2023) - t.baseline()).count(), 3);
  // The same n from the text the report uses:
  EXPECT_EQ(term::from_period(a::parse_period("giai đoạn 2021–2023")).steps(), 3);
  EXPECT_EQ(term::from_period(a::parse_period("nhiệm kỳ 2020–2025")), t);
}

TEST(term, is_a_period_of_kind_term) {
  const term t = term::of_plan_years(2021, 2025);
  const period p = t;
  EXPECT_EQ(p.kind(), a::period_kind::term);
  EXPECT_EQ(p.first(), d(2021, 1, 1));
  EXPECT_EQ(p.last(), d(2025, 12, 31));
  EXPECT_EQ(term::from_period(p), t);
  EXPECT_EQ(a::to_string(p), "2021/2025");
  EXPECT_EQ(a::format_human(p, a::language::vi, a::term_label::baseline), "nhiệm kỳ 2020–2025");
  EXPECT_THROW((void)term::from_period(period{a::year(2023)}), attain::domain_error);
}

TEST(term, mid_term_review_on_2023_06_29) {
  const term t = term::from_baseline(2020, 2025);
  EXPECT_EQ(a::elapsed_fraction(t, d(2023, 6, 29)), (exact_fraction{910, 1826}));
  const exact_fraction y = a::elapsed_years(t, d(2023, 6, 29));
  EXPECT_EQ(y.numerator, 910);
  EXPECT_EQ(y.denominator, 365);
  EXPECT_EQ(y.to_decimal(2, attain::rounding::half_up), attain::decimal(249, 2));
  EXPECT_EQ(a::elapsed_years(t, d(2020, 6, 1)), (exact_fraction{0, 1}));
  EXPECT_EQ(a::elapsed_years(t, d(2021, 12, 31)), (exact_fraction{1, 1}));
  EXPECT_EQ(a::elapsed_years(t, d(2024, 12, 31)), (exact_fraction{4, 1}));
  EXPECT_EQ(a::elapsed_years(t, d(2024, 7, 1)), (exact_fraction{3 * 366 + 183, 366}));
  EXPECT_EQ(a::elapsed_years(t, d(2030, 1, 1)), (exact_fraction{5, 1}));
}

TEST(term, invariants) {
  try {
    (void)term::from_baseline(2025, 2020);
    ADD_FAILURE() << "no exception";
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::bad_range);
    EXPECT_STREQ(e.what(), "range ends before it starts: term ending in 2020 before 2026");
  }
  EXPECT_THROW((void)term::from_baseline(2025, 2025), attain::domain_error);
  EXPECT_THROW((void)term::of_plan_years(2023, 2022), attain::domain_error);
  EXPECT_NO_THROW((void)term::of_plan_years(2023, 2023));
  EXPECT_THROW((void)term::of_plan_years(1401, 1405), attain::domain_error);  // baseline 1400
}

}  // namespace
