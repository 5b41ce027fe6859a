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
//   assess_weather        Destatis (German Sustainable Development Strategy): extrapolate the
//                         recent trend and show the outcome as weather (sun … thunderstorm).
//   forecast_target       a plan target's value at the end of its term by a named projection
//                         method, classified exceed / meet / needs effort; tallies count them
//                         ("16 forecast to exceed, 7 to be met, 4 need extra effort").
// Every method maps its outcome onto the common progress_status scale and keeps its own
// wording in `label`.
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
//   that (ratios, scores) is exact or rounded once at the same scale — a ratio R whose
//   integer part needs the room (a required growth next to 0) keeps fewer fractional digits,
//   so that it fits 38 digits. Status thresholds are compared exactly against those values.
//
// CASE STUDY: a target already met is "achieved" whatever the trend
//   An indicator at 55 whose target is "at most 100" has met it, even if it was 70 at base:
//   the method says target_achieved (score 5) before it looks at growth. Its progress value
//   (1.234: falling faster than required) is still reported.
#ifndef ATTAIN_PROGRESS_HPP
#define ATTAIN_PROGRESS_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <span>

#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/growth.hpp"
#include "attain/indicator.hpp"
#include "attain/period.hpp"
#include "attain/series.hpp"
#include "attain/target.hpp"
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
  rounding mode = working_rounding;
  decimal substantial = decimal{95, 2};      // R >= 0.95
  decimal moderate = decimal{60, 2};         // 0.60 <= R < 0.95
  decimal band_high = decimal{15, 3};        // no target: x >= 1.5 % · C
  decimal band_low = decimal{5, 3};          // no target: x >= 0.5 % · C
  decimal zero_replacement = decimal{1, 3};  // a target or base of 0 is taken as 0.001
  std::int64_t limit_exponent_num = 111;     // a = 4.44 = 111/25
  std::int64_t limit_exponent_den = 25;
};

struct progress_assessment {
  std::string_view method;            // "growth_ratio", "projection", "weather"
  std::string_view label;             // the method's own word: "moderate_progress", "on track", "sun"
  progress_status status = progress_status::not_assessable;
  computed<decimal> progress_value = none(why::not_applicable);  // R with a target; x without
  computed<decimal> score = none(why::not_applicable);           // −5 … +5
  int sign = 1;                       // −1 when base and current are both negative
  computed<decimal> actual_growth = none(why::not_applicable);   // CAGR_a
  computed<decimal> required_growth = none(why::not_applicable); // CAGR_r (with a target)
  computed<decimal> limit_coefficient = none(why::not_applicable);  // C (no target, with a limit)
  std::optional<why> reason;          // set when status is not_assessable
  std::string note;                   // how periods were counted as years (the period overloads):
                                      // "2005–2007 counted as 2005 (first year of a pooled period)"
};

// The growth-ratio method (FORMULAS.md §2.1). Not assessable (status not_assessable, reason
// set): current year not after the base year (no_periods); base and current of opposite
// signs (sign_change); a required growth of exactly 0 (zero_denominator).
ATTAIN_API progress_assessment assess_growth_ratio(const growth_ratio_input& in, const growth_ratio_options& options = {});

// UNSD PROJECTION METHOD (FORMULAS.md §2.2) ------------------------------------------------

struct projection_options {
  int scale = 30;
  rounding mode = working_rounding;
  decimal on_track = decimal{95, 2};         // P >= 0.95
  decimal acceleration = decimal{10, 2};     // 0.10 <= P < 0.95: acceleration needed
  decimal strong_growth = decimal{2, 2};     // no target: CAGR >= 2 % → 3 (substantial)
  decimal moderate_growth = decimal{5, 3};   // no target: CAGR >= 0.5 % → 2 (moderate)
};

// v̂_T = y_t·(1 + CAGR_a)^(T − t), P = (v̂_T − y_b)/(y_T − y_b). progress_value = P with a
// target (labels "on track", "acceleration needed", "stagnation or regression"; a latest
// value already meeting the target is "achieved"); without one, d·CAGR_a with labels "3",
// "2", "1". `limit` is not used by this method.
ATTAIN_API progress_assessment assess_projection(const growth_ratio_input& in, const projection_options& options = {});

// AVERAGE-GROWTH TARGETS ------------------------------------------------------------------------
//
// A target stated as a rate — "grow 7.55 % a year on average over 2021–2030" — is assessed
// against the level it implies, baseline × (1 + r)^n. That level rarely fits a decimal (40
// fractional digits here), so these overloads take it as an implied_level
// (attain/attainment.hpp) instead of `in.target`, which they ignore, and keep it exact:
// whether the target is already met is decided exactly, and each figure computed from it is
// rounded once, from the exact level, at options.scale in options.mode — the growth-ratio
// method's required growth (the rate itself), the projection's P, the weather's shortfall
// share. A level the decimal overloads could take gives them the same results.
// The growth-ratio method needs the level to start from its input: target.baseline ==
// in.base_value and target.years == in.target_year − in.base_year, else domain_error
// (invalid_argument).
ATTAIN_API progress_assessment assess_growth_ratio(const growth_ratio_input& in, const implied_level& target,
                                        const growth_ratio_options& options = {});
ATTAIN_API progress_assessment assess_projection(const growth_ratio_input& in, const implied_level& target,
                                      const projection_options& options = {});

// YEARS FROM PERIODS --------------------------------------------------------------------------
//
// The methods above take years. Observations of pooled survey years ("2005-2007", Open SDG)
// count as their FIRST year, as in Statistics Canada's progress measure (Statistics Canada,
// Canadian Indicator Framework progress methodology; docs/formats.md, "Multi-year periods"):
// these overloads set in.base_year and in.current_year to the reference years of the base
// and current periods (attain/period.hpp, reference_year) and say so in the result's `note`.
//   growth_ratio_input in{100_d, 0, 121_d, 0, std::nullopt, 2030, polarity::higher_is_better, std::nullopt};
//   auto a = assess_growth_ratio(in, period::plan_term(2005, 2007), year{2012});
//   a.note         // "2005–2007 counted as 2005 (first year of a pooled period)"
//   *a.actual_growth rounded to 4 digits  // 0.0276: n = 2012 − 2005 = 7
// A period without a reference year (a quarter) is not guessed at and not skipped: the
// result is not_assessable, reason not_applicable, and the note names the period ("Q1 2023
// has no reference year (not a whole calendar year)"). For assess_weather, build the points
// with yearly_points_of (attain/growth.hpp), whose `notes` say the same.
ATTAIN_API progress_assessment assess_growth_ratio(growth_ratio_input in, const period& base, const period& current,
                                                   const growth_ratio_options& options = {});
ATTAIN_API progress_assessment assess_projection(growth_ratio_input in, const period& base, const period& current,
                                                 const projection_options& options = {});

// DESTATIS WEATHER METHOD (FORMULAS.md §2.3) -------------------------------------------------

enum class weather : std::uint8_t { sun, slightly_cloudy, cloud, thunderstorm };
constexpr std::string_view to_string(weather w) noexcept {
  switch (w) {
    case weather::sun: return "sun";
    case weather::slightly_cloudy: return "slightly_cloudy";
    case weather::cloud: return "cloud";
    case weather::thunderstorm: return "thunderstorm";
  }
  return "?";
}

struct weather_input {
  std::span<const growth_point> points;  // yearly values, t = year, consecutive at the end
  decimal target;
  std::int32_t target_year = 0;
  attain::polarity polarity = polarity::higher_is_better;
  bool maintain = false;                 // a "keep at least/at most" target
};

struct weather_options {
  int window = 5;                        // annual changes averaged (the last five)
  int min_points = 4;                    // consecutive points needed
  decimal sunny_below = decimal{5, 2};   // missed by < 5 % of (target − current): sun
  decimal cloudy_from = decimal{20, 2};  // missed by > 20 %: cloud (or thunderstorm)
  int scale = 30;
  rounding mode = working_rounding;
};

// The trend is the average annual growth (geometric) over the last `window` changes,
// extrapolated to the target year exactly (project_cagr). The outcome is in `weather_of`.
// Not assessable: fewer than `min_points` consecutive yearly points at the end
// (too_few_points), a non-positive value in the window (negative_base).
ATTAIN_API progress_assessment assess_weather(const weather_input& in, const weather_options& options = {});
// An average-growth target: its implied level instead of `in.target` (see AVERAGE-GROWTH
// TARGETS above).
ATTAIN_API progress_assessment assess_weather(const weather_input& in, const implied_level& target,
                                   const weather_options& options = {});
ATTAIN_API weather weather_of(const progress_assessment& a) noexcept;

// FORECAST OF PLAN TARGETS AT THE END OF THE TERM -----------------------------------------------

enum class projection_method : std::uint8_t { cagr, linear, least_squares };
constexpr std::string_view to_string(projection_method m) noexcept {
  switch (m) {
    case projection_method::cagr: return "cagr";
    case projection_method::linear: return "linear";
    case projection_method::least_squares: return "least_squares";
  }
  return "?";
}

enum class forecast_class : std::uint8_t { exceed, meet, needs_effort, not_forecast };
constexpr std::string_view to_string(forecast_class c) noexcept {
  switch (c) {
    case forecast_class::exceed: return "exceed";
    case forecast_class::meet: return "meet";
    case forecast_class::needs_effort: return "needs_effort";
    case forecast_class::not_forecast: return "not_forecast";
  }
  return "?";
}

struct forecast_options {
  projection_method method = projection_method::cagr;
  decimal exceed_from = decimal{105, 2};  // projected completion >= 1.05: exceed
  decimal meet_from = decimal{1};         // >= 1.00: meet; below: needs effort
  int scale = 6;
  rounding mode = default_rounding;
};

struct target_forecast {
  forecast_class outcome = forecast_class::not_forecast;
  projection_method method = projection_method::cagr;
  computed<decimal> projected = none(why::missing_value);             // value at the term's end
  computed<exact_fraction> projected_completion = none(why::missing_value);  // as attainment's completion, exact
  value_status status = value_status::forecast;
};

// The target's indicator projected to the last plan year from the observations up to
// `as_of` by `options.method` (from the baseline, or the first observation, to the latest):
//   level, count: the projected value; cumulative: observed flows plus each remaining year's
//   projected flow; average_growth: the average growth the projection gives over the term
//   (for CAGR, the current rate). Bands and maintain targets are not forecast.
ATTAIN_API target_forecast forecast_target(const target& t, const series& observations, const boost::gregorian::date& as_of,
                                const forecast_options& options = {});

// TALLIES ---------------------------------------------------------------------------------------

struct attainment_tally {
  std::size_t targets = 0, achieved = 0, exceeded = 0, not_achieved = 0, no_value = 0;
};
ATTAIN_API attainment_tally tally(std::span<const attainment> results);

struct forecast_tally {
  std::size_t targets = 0, exceed = 0, meet = 0, needs_effort = 0, not_forecast = 0;
};
ATTAIN_API forecast_tally tally(std::span<const target_forecast> results);

}  // namespace attain

#endif  // ATTAIN_PROGRESS_HPP
