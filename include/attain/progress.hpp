// attain/progress.hpp — is an indicator on track? Published assessment methods, labelled.
//
// A progress assessment compares how an indicator has moved since its base year with how it
// must move to reach its target (or, without a target, with fixed bands of growth). attain
// implements the methods statistical offices publish, names the method on every result, and
// keeps every threshold a parameter.
//
// GLOSSARY (users' words → ours)
//   đánh giá tiến độ = progress assessment; đạt = met; vượt = exceeded; cần nỗ lực = needs
//   effort; kỳ gốc = base period; mục tiêu = target; chiều tốt = polarity (direction).
//
// METHODS
//   assess_growth_ratio   Eurostat-derived growth-ratio method as used by Open SDG and
//                         Statistics Canada: status, progress value and score (−5…+5).
//   assess_projection     UNSD SDG Progress Chart (2023): project the current trend to the
//                         target year and measure the share of the distance covered.
//
// GROWTH-RATIO METHOD (FORMULAS.md §2.1), results in comments
//   growth_ratio_input in{.base_value = 14.5_d, .base_year = 2015, .current_value = 10.4_d,
//                         .current_year = 2023, .target = 7.25_d, .target_year = 2030,
//                         .polarity = polarity::lower_is_better};
//   auto a = assess_growth_ratio(in);
//   a.status          // progress_status::moderate_progress
//   a.progress_value  // 0.90108995469762...  (R = actual CAGR / required CAGR)
//   a.score           // 2.15069543740963...
//
// PRECISION
//   The CAGRs and the natural-limit power are irrational: each is correctly rounded at
//   `options.scale` fractional digits (30 by default) in `options.mode`; everything after
//   that (ratios, scores) is exact or rounded once at the same scale. Status thresholds are
//   compared exactly against those values.
//
// CASE STUDY: a target already met is "achieved" whatever the trend
//   An indicator at 55 whose target is "at most 100" has met it, even if it was 70 at base:
//   the method says target_achieved (score 5) before it looks at growth. Its progress value
//   (1.234: falling faster than required) is still reported.
#ifndef ATTAIN_PROGRESS_HPP
#define ATTAIN_PROGRESS_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/indicator.hpp"
#include "attain/no_value.hpp"
#include "attain/rounding.hpp"

namespace attain {

enum class progress_status : std::uint8_t {
  target_achieved,       // the latest value already meets the target
  substantial_progress,  // on track
  moderate_progress,     // acceleration needed
  limited_progress,      // far from track
  deterioration,         // moving the wrong way
  not_assessable,        // see `reason`
};

constexpr std::string_view to_string(progress_status s) noexcept {
  switch (s) {
    case progress_status::target_achieved: return "target_achieved";
    case progress_status::substantial_progress: return "substantial_progress";
    case progress_status::moderate_progress: return "moderate_progress";
    case progress_status::limited_progress: return "limited_progress";
    case progress_status::deterioration: return "deterioration";
    case progress_status::not_assessable: return "not_assessable";
  }
  return "?";
}

struct growth_ratio_input {
  decimal base_value;
  std::int32_t base_year = 0;
  decimal current_value;
  std::int32_t current_year = 0;
  std::optional<decimal> target;  // none: the bands of the no-target rule apply
  std::int32_t target_year = 0;
  attain::polarity polarity = polarity::higher_is_better;
  std::optional<decimal> limit;   // a natural limit (e.g. 100 for a percentage); ignored with a target
};

// Every constant of the method, as published, and the precision of the irrational steps.
struct growth_ratio_options {
  int scale = 30;                            // fractional digits of CAGRs and derived values
  rounding mode = rounding::half_even;
  decimal substantial = decimal{95, 2};      // R >= 0.95
  decimal moderate = decimal{60, 2};         // 0.60 <= R < 0.95
  decimal band_high = decimal{15, 3};        // no target: x >= 1.5 % · C
  decimal band_low = decimal{5, 3};          // no target: x >= 0.5 % · C
  decimal zero_replacement = decimal{1, 3};  // a target or base of 0 is taken as 0.001
  std::int64_t limit_exponent_num = 111;     // a = 4.44 = 111/25
  std::int64_t limit_exponent_den = 25;
};

struct progress_assessment {
  std::string_view method;            // "growth_ratio"
  progress_status status = progress_status::not_assessable;
  computed<decimal> progress_value = none(why::not_applicable);  // R with a target; x without
  computed<decimal> score = none(why::not_applicable);           // −5 … +5
  int sign = 1;                       // −1 when base and current are both negative
  computed<decimal> actual_growth = none(why::not_applicable);   // CAGR_a
  computed<decimal> required_growth = none(why::not_applicable); // CAGR_r (with a target)
  computed<decimal> limit_coefficient = none(why::not_applicable);  // C (no target, with a limit)
  std::optional<why> reason;          // set when status is not_assessable
};

// The growth-ratio method (FORMULAS.md §2.1). Not assessable (status not_assessable, reason
// set): current year not after the base year (no_periods); base and current of opposite
// signs (sign_change); a required growth of exactly 0 (zero_denominator).
progress_assessment assess_growth_ratio(const growth_ratio_input& in, const growth_ratio_options& options = {});

}  // namespace attain

#endif  // ATTAIN_PROGRESS_HPP
