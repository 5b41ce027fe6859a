// attain/term.hpp — a multi-year plan term that knows its baseline year.
//
// A plan ("kế hoạch") is set for a term of whole calendar years and measured against the
// year before it: the "2020–2025 term" of a Party Congress has baseline year 2020 and plan
// years 2021–2025 (five years). Growth "over 2021–2023" (giai đoạn 2021–2023) is measured
// from the 2020 value: n = 2023 − 2020 = 3 compounding steps. A `term` stores the baseline
// explicitly, so that nobody has to remember which of the two years in "2020–2025" is the
// first plan year.
//
// GLOSSARY (users' words → ours)
//   nhiệm kỳ 2020–2025 = term with baseline 2020, plan years 2021–2025 (from_baseline);
//   giai đoạn 2021–2023 = plan years 2021…2023, baseline 2020 (of_plan_years);
//   năm gốc = baseline year; kế hoạch = plan; chỉ tiêu = target; giữa kỳ = mid-term.
//
// CONSTRUCTION (results in comments)
//   auto t = term::from_baseline(2020, 2025);     // "nhiệm kỳ 2020–2025"
//   t == term::of_plan_years(2021, 2025)          // true: the same term
//   t.baseline_year()                             // 2020
//   t.first_year(), t.last_year()                 // 2021, 2025
//   t.plan_years()                                // 5
//   term::from_baseline(2025, 2020)               // throws domain_error (bad_range)
//
// GROWTH STEPS
//   t.steps_to(2023)                              // 3: growth over 2021–2023 is from 2020
//   t.through(2023)                               // term 2021–2023 ("giai đoạn 2021–2023")
//   t.through(2023).steps()                       // 3
//   t.years()                                     // year{2021} … year{2025}
//
// ELAPSED TIME (exact rationals, see attain/period.hpp)
//   elapsed_fraction(t, date(2023, 6, 29))        // 910/1826 of the term's days
//   elapsed_years(t, date(2023, 6, 29))           // 910/365 = 2 years + 180/365
//   elapsed_years(t, date(2023, 6, 29)).to_decimal(2, rounding::half_up)  // 2.49
//
// CASE STUDY: "2020–2025" names two different spans
//   In "nhiệm kỳ 2020–2025" the first year is the baseline; in "giai đoạn 2021–2023" it is
//   the first plan year. Read "2020–2025" as plan years and the term gains a sixth year and
//   a 2019 baseline, every CAGR gets n one too large, and a 5.7 % growth rate over
//   2021–2023 (n = 3) would be reported as 4.2 % (n = 4). A bare "2020–2025" reads as the
//   six years 2020…2025, a pooled period as survey data write it (attain/period_format.hpp,
//   MULTI-YEAR PERIODS), so a plan term is named — "nhiệm kỳ 2020–2025", "giai đoạn
//   2021–2025", "2021/2025" — and that is why `term` has two named constructors and no
//   (int, int) one.
#ifndef ATTAIN_TERM_HPP
#define ATTAIN_TERM_HPP

#include <cstdint>
#include <vector>

#include "attain/period.hpp"

namespace attain {

class term {
 public:
  // The one-year term 1970 (baseline 1969): regular types need a default.
  constexpr term() noexcept = default;

  // "nhiệm kỳ 2020–2025": baseline 2020, plan years 2021…2025. Needs baseline < last.
  static term from_baseline(int baseline_year, int last_year) {
    if (ATTAIN_UNLIKELY(last_year <= baseline_year))
      detail::raise_period(errc::bad_range, "term ending in", last_year, baseline_year + 1);
    return of_plan_years(baseline_year + 1, last_year);
  }
  // "giai đoạn 2021–2025": plan years 2021…2025, baseline 2020. Needs first <= last.
  static term of_plan_years(int first_year, int last_year) {
    detail::check_year(static_cast<long long>(first_year) - 1);
    detail::check_year(last_year);
    if (ATTAIN_UNLIKELY(last_year < first_year)) detail::raise_period(errc::bad_range, "term ending in", last_year, first_year);
    term t;
    t.baseline_ = static_cast<std::int16_t>(first_year - 1);
    t.last_ = static_cast<std::int16_t>(last_year);
    return t;
  }
  // The term a period of kind term stands for; other kinds throw domain_error (kind_mismatch).
  static term from_period(const period& p) {
    if (ATTAIN_UNLIKELY(p.kind() != period_kind::term))
      detail::raise_domain(errc::kind_mismatch, "a term is made from a period of kind term");
    return of_plan_years(p.label_year(), p.label_year() + p.label_index() - 1);
  }

  constexpr int baseline_year() const noexcept { return baseline_; }
  constexpr int first_year() const noexcept { return baseline_ + 1; }
  constexpr int last_year() const noexcept { return last_; }
  // Number of plan years = compounding steps from the baseline to the last year.
  constexpr int plan_years() const noexcept { return last_ - baseline_; }
  constexpr int steps() const noexcept { return plan_years(); }

  attain::year baseline() const { return attain::year{baseline_}; }
  attain::year first() const { return attain::year{first_year()}; }
  attain::year last() const { return attain::year{last_}; }

  // Compounding steps from the baseline to `y` (the n of growth "over first…y"):
  //   term::from_baseline(2020, 2025).steps_to(2023) == 3. Any year after the baseline.
  constexpr int steps_to(int y) const noexcept { return y - baseline_; }

  // The same baseline, plan years first…y: "giai đoạn 2021–2023" of the 2020–2025 term.
  term through(int y) const { return of_plan_years(first_year(), y); }

  // The plan years, in order.
  std::vector<attain::year> years() const {
    std::vector<attain::year> out;
    out.reserve(static_cast<std::size_t>(plan_years()));
    for (int y = first_year(); y <= last_year(); ++y) out.emplace_back(y);
    return out;
  }

  // The plan years as a period of kind term (lossless: the baseline is first − 1).
  period as_period() const { return period::plan_term(first_year(), last_year()); }
  operator period() const { return as_period(); }  // NOLINT(google-explicit-constructor)

  friend constexpr bool operator==(const term&, const term&) noexcept = default;

 private:
  std::int16_t baseline_ = 1969;
  std::int16_t last_ = 1970;
};

// The share of the term's plan-year days passed at the end of day d, clamped to [0, 1].
inline exact_fraction elapsed_fraction(const term& t, const boost::gregorian::date& d) {
  return elapsed_fraction(t.as_period(), d);
}

// Years elapsed since the end of the baseline year at the end of day d, clamped to
// [0, plan_years]: whole plan years passed plus the passed share of the current one,
// exactly — numerator/denominator with the current year's length as denominator.
//   elapsed_years(term::from_baseline(2020, 2025), date(2023, 6, 29)) == 910/365
//   (2021 and 2022 whole, then 180 of 2023's 365 days)
inline exact_fraction elapsed_years(const term& t, const boost::gregorian::date& d) {
  const std::int32_t z = detail::to_day_number(d);
  const int y = detail::civil_from_days(z).year;
  if (y < t.first_year()) return {0, 1};
  if (y > t.last_year()) return {t.plan_years(), 1};
  const std::int64_t diy = detail::days_in_year(y);
  const std::int64_t into = z - detail::days_from_civil(y, 1, 1) + 1;
  return {static_cast<std::int64_t>(y - t.first_year()) * diy + into, diy};
}

}  // namespace attain

#endif  // ATTAIN_TERM_HPP
