// attain/attainment.hpp — how far a target has been reached, and whether that is on time.
//
// For one target and the observations of its indicator, `assess_attainment` computes the
// figures a review prints: the value compared with the target ("actual"), the completion
// ratio ("bằng 55,4% mục tiêu"), the progress from the baseline, the gap, whether the target
// is met or exceeded, and — the figure reviews usually leave out — the completion set
// against the share of the term that has elapsed at the assessment date.
//
// GLOSSARY (users' words → ours)
//   bằng X% mục tiêu / kế hoạch = completion ratio; đạt = achieved; vượt = exceeded;
//   còn thiếu = gap; giữa nhiệm kỳ = mid-term; tiến độ = schedule.
//
// FIGURES (the 2020–2025 term; review on 2023-06-29; results in comments)
//   target inv{.indicator = "INV", .kind = target_kind::cumulative,
//              .term = term::from_baseline(2020, 2025), .value = 10000_d};
//   auto a = assess_attainment(inv, investment_series, date(2023, 6, 29));
//   a.actual          // 5540        (2021 + 2022 + 2023 est.; status estimate)
//   a.completion      // 0.554000    actual / target, no 100 % cap
//   a.elapsed         // 910/1826    days of the term elapsed at the end of 2023-06-29
//   a.time_adjusted   // 1.111653    completion / elapsed share: ahead of a straight line
//   a.schedule        // schedule_status::ahead
//
// DEFINITIONS
//   completion  higher is better: actual / target; lower is better: target / actual (so
//               that ≥ 1 means met either way). average_growth: actual rate / target rate.
//   progress    (actual − baseline) / (target − baseline): the share of the distance
//               covered (ESCAP's "current status"); needs a baseline.
//   gap         what remains in the good direction: target − actual (higher is better),
//               actual − target (lower); ≤ 0 when met. Exact.
//   time_adjusted  cumulative targets: completion / elapsed share; others: progress /
//               elapsed share. ahead (> 1), on_schedule (= 1, exactly), behind (< 1).
//   actual      level, count and band targets: the latest observation whose period begins
//               on or before the assessment date (so a current-year estimate counts);
//               cumulative: the sum of those inside the plan years; average_growth: the
//               CAGR from the baseline to that latest observation.
// Every ratio is rounded once at options.scale in options.mode; comparisons that decide a
// status (met, ahead) are exact.
//
// CASE STUDY: 55.4 % at mid-term is ahead, not behind
//   5,540 of a 10,000 five-year total reads like "barely half". On 2023-06-29 only 910 of
//   the term's 1,826 days (49.8 %) have passed, so the district is 11 % ahead of a straight-
//   line schedule — if the 2023 estimate holds. The status (estimate) travels with it.
#ifndef ATTAIN_ATTAINMENT_HPP
#define ATTAIN_ATTAINMENT_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/no_value.hpp"
#include "attain/observation.hpp"
#include "attain/series.hpp"
#include "attain/target.hpp"

namespace attain {

enum class schedule_status : std::uint8_t { ahead, on_schedule, behind, not_applicable };

constexpr std::string_view to_string(schedule_status s) noexcept {
  switch (s) {
    case schedule_status::ahead: return "ahead";
    case schedule_status::on_schedule: return "on_schedule";
    case schedule_status::behind: return "behind";
    case schedule_status::not_applicable: return "not_applicable";
  }
  return "?";
}

struct attainment_options {
  int scale = 6;                        // fractional digits of ratios (0.554000)
  rounding mode = rounding::half_up;
};

struct attainment {
  computed<decimal> actual = none(why::missing_value);
  value_status status = value_status::normal;       // of `actual`
  std::optional<period> latest;                     // the latest period used
  std::size_t observations = 0;                     // how many observations `actual` uses
  computed<decimal> baseline = none(why::missing_value);
  computed<decimal> completion = none(why::missing_value);
  computed<decimal> progress = none(why::missing_value);
  computed<decimal> gap = none(why::missing_value);
  bool achieved = false;
  bool exceeded = false;
  exact_fraction elapsed;                           // share of the term's days elapsed
  exact_fraction elapsed_years;                     // plan years elapsed (2.49… of 5)
  computed<decimal> time_adjusted = none(why::not_applicable);
  schedule_status schedule = schedule_status::not_applicable;
};

// Assesses `t` against the observations of its indicator for its unit, at `as_of`.
attainment assess_attainment(const target& t, const series& observations, const boost::gregorian::date& as_of,
                             const attainment_options& options = {});

}  // namespace attain

#endif  // ATTAIN_ATTAINMENT_HPP
