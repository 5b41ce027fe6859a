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
//               that ≥ 1 means met either way). average_growth: none (not_applicable): a
//               growth rate is compared with the target rate, not divided by it.
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
// Every ratio (completion, progress, time_adjusted) is an exact_fraction (attain/fraction.hpp):
// it is rounded once, where it is shown, at the scale and in the mode the renderer names;
// comparisons that decide a status (met, ahead) are exact. The only rounded figure is the
// CAGR of an average-growth target (`actual`, correctly rounded at options.scale in
// options.mode: a rate has no exact decimal); a renderer that shows it at fewer digits
// recomputes it there from the baseline and the latest value (growth.hpp), once. An average-growth target is met when the exact CAGR reaches
// its rate — decided as last ≥ baseline × (1 + rate)^n on integers (see AVERAGE-GROWTH
// TARGETS below), never on the rounded `actual`: a CAGR of 7.5499999… % that shows as
// 7.550000 % has not met a 7.55 % target (its gap shows 0; `achieved` is false).
//
// AVERAGE-GROWTH TARGETS AS LEVELS
//   A target of average growth r from a baseline b implies, after n years, the level
//   b × (1 + r)^n. That is a finite decimal, but one with scale(b) + n × scale(1 + r)
//   fractional digits: 7.55 % a year over a ten-year term gives 40 whatever the baseline,
//   past a decimal's 38. attain keeps such a level as an `implied_level` — the triple
//   (b, r, n) — and never rounds it to compare: `compare` decides exactly on integers of any
//   size. A decimal of it exists only for display: `round`, once, at the scale and in the
//   mode the caller names (the review's chart draws the target path at 6 decimals,
//   half_up).
//     compare(2120.333152776855221946849125534001_d, implied_level{1024_d, 0.0755_d, 10})  // 0
//     round(implied_level{1_d, 0.0755_d, 10}, 6, rounding::half_up)                        // 2.070638
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
#include "attain/fraction.hpp"
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
  int scale = 6;                        // fractional digits of an average-growth target's CAGR
  rounding mode = default_rounding;
};

// An average-growth target's CAGR from its inputs: (to / from)^(1/years) − 1.
struct growth_inputs {
  decimal from;
  decimal to;
  int years = 0;
};

struct attainment {
  computed<decimal> actual = none(why::missing_value);
  std::optional<growth_inputs> rate;                // average_growth: what `actual` is the CAGR of
  value_status status = value_status::missing;      // of `actual`; missing while it has no value
  std::optional<period> latest;                     // the latest period used
  std::size_t observations = 0;                     // how many observations `actual` uses
  computed<decimal> baseline = none(why::missing_value);
  computed<exact_fraction> completion = none(why::missing_value);
  computed<exact_fraction> progress = none(why::missing_value);
  computed<decimal> gap = none(why::missing_value);
  bool achieved = false;
  bool exceeded = false;
  exact_fraction elapsed;                           // share of the term's days elapsed
  exact_fraction elapsed_years;                     // plan years elapsed (2.49… of 5)
  computed<exact_fraction> time_adjusted = none(why::not_applicable);
  schedule_status schedule = schedule_status::not_applicable;
};

// Assesses `t` against the observations of its indicator for its unit, at `as_of`.
ATTAIN_API attainment assess_attainment(const target& t, const series& observations, const boost::gregorian::date& as_of,
                             const attainment_options& options = {});

// The actual rounded once at `scale` in `mode`, for display: an average-growth target's CAGR
// is computed again from its inputs at that scale (never the rounded `actual` rounded
// again: a CAGR of 5.749996 % is 5.7 %, not 5.75 % → 5.8 %); any other actual is exact and is
// rounded once. No value: the actual's reason.
ATTAIN_API computed<decimal> actual_at(const attainment& a, int scale, rounding mode);

// DIGITS THAT DECIDE ----------------------------------------------------------------------------
// A figure shown with too few digits can contradict its verdict: 99.96 against a target of
// ≥ 100 shows as "100 … not met"; 6.04 in a band of 4–6 shows as "6.0 … not met". These
// return the fewest fractional digits, from `shown` up, at which the rounded figure stands on
// the same side of every threshold that decides the verdict as the exact figure does, so a
// renderer shows "99.96" and "6.04". A figure that needs more than `max_digits` (a ratio that
// differs from 100 % only far out) returns -1: say "just below" instead of showing digits.

// The actual against the target's thresholds (value; band: both bounds; maintain: baseline;
// average growth: the target rate, on the CAGR recomputed at each scale).
ATTAIN_API int deciding_scale(const attainment& a, const target& t, int shown, rounding mode, int max_digits = 12);
// A ratio shown as a percent (completion) against 100 %: digits of the percent.
ATTAIN_API int deciding_percent_decimals(const exact_fraction& ratio, int shown, rounding mode, int max_digits = 12);

// The level baseline × (1 + rate)^years, kept exact (see AVERAGE-GROWTH TARGETS AS LEVELS).
struct implied_level {
  decimal baseline;
  decimal rate;   // a ratio: 0.0755 = 7.55 % a year
  int years = 0;  // compounding steps, >= 0: an average-growth target's plan years

  friend bool operator==(const implied_level&, const implied_level&) = default;
};

// sign(value − level): −1, 0 or 1, exactly. Throws domain_error (invalid_argument) for
// years < 0, and overflow_error "implied level: exact value beyond 4194304 bits" when the
// level's integers would pass 2^22 bits (over 32,000 years at a 38-digit rate; the longest
// term has 8,597 plan years).
ATTAIN_API int compare(const decimal& value, const implied_level& level);

// The level rounded once at `scale` fractional digits (0…38) in `mode`, for display.
// Throws domain_error for a scale outside 0…38 ("implied level: scale 39 is outside 0..38")
// and overflow_error "implied level: result does not fit 38 digits"; and as compare.
ATTAIN_API decimal round(const implied_level& level, int scale, rounding mode);

}  // namespace attain

#endif  // ATTAIN_ATTAINMENT_HPP
