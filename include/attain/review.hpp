// attain/review.hpp — the plan review model: every target assessed at a date, its figures
// kept exact until a renderer (attain/report.hpp) shows them.
//
// A review takes the four tidy tables (attain/io/tidy.hpp) — indicators, targets,
// observations (one series per indicator and unit) — and a date, and computes for each
// target what a review conference is shown: the value reached and its status, the target,
// the completion ratio, the completion or progress set against the elapsed share of the term
// (time-adjusted attainment), the growth since the baseline, the progress status by a named
// published method, the forecast for the term's last year, and the mid-term verdict; then the
// summary tally ("14/27 met or exceeded; forecast: 16 exceed, 7 meet, 4 need effort"). The
// renderers write that model; every figure they show comes with the sentence that explains
// it (attain/explain.hpp), in Vietnamese, English or French (attain/words.hpp).
//
// GLOSSARY (users' words → ours)
//   sơ kết giữa nhiệm kỳ = mid-term review; báo cáo = report; chỉ tiêu = target;
//   đạt và vượt kế hoạch = met or exceeded; tiến độ = schedule; dự báo = forecast;
//   đánh giá tiến độ = progress assessment (by a named method).
//
// USE (results in comments)
//   io::csv_reader fi(path{"indicators.csv"}), ft(path{"targets.csv"}), fo(path{"observations.csv"});
//   const io::read_options ro{.numbers = number_format::vi()};
//   review r = make_review(io::read_indicators(fi, ro).rows, io::read_targets(ft, ro).rows,
//                          io::read_observations(fo, ro).rows,
//                          {.as_of = date(2023, 6, 29), .method = assessment_method::projection});
//   r.summary.met                 // targets met or exceeded at the date
//   render(std::cout, r, {.format = report_format::markdown, .language = language::vi});
//
// DEFINITIONS (decided; the text and HTML reports repeat them for their readers)
//   value         attainment's actual: the latest observation whose period begins on or
//                 before the date (a current-year estimate counts); for a cumulative target
//                 the sum over the plan years; for an average-growth target the CAGR so far.
//   verdict       met or exceeded at the date: already achieved, or on or ahead of a
//                 straight-line schedule (completion — cumulative — or progress from the
//                 baseline — others — at least the elapsed share of the term's days); an
//                 average-growth target: met when the growth so far reaches the target rate.
//   growth        the CAGR from the baseline to the latest value; for a cumulative target,
//                 of the yearly flows (first to latest plan year); for an indicator in percent,
//                 the change in percentage points since the baseline.
//   progress      the chosen method on (baseline, latest, target): growth_ratio (Eurostat /
//                 Open SDG), projection (UNSD), weather (Destatis). An average-growth target
//                 is assessed against the level its rate implies, baseline × (1 + r)^n
//                 (n: plan years), kept exact as an implied_level (attain/attainment.hpp):
//                 it rarely fits a decimal (7.55 % over 10 years: 40 decimals) and is never
//                 rounded to be compared. Cumulative and band targets have no level path:
//                 not assessable (not_applicable), and their forecast says how they stand.
//   roll-up       a target whose unit has no observations of its indicator, for an indicator
//                 that adds up (flow or count), takes the engine's roll-up (attain/rollup.hpp,
//                 sum_rule, parent_values::fill_missing) of the units below it in the units
//                 table's tree — every level, not only the children — or, with no units
//                 table, of every unit no target names (two target units without values of
//                 their own and no units table: an error, the review does not guess which
//                 units are whose). Each period's status is the least final of what was summed;
//                 a period of missing values only is missing. The report says so ("summed over
//                 16 units": the units directly below with a value).
//   rounding      none in the model: completion, progress and the time-adjusted ratio are
//                 exact fractions (attain/fraction.hpp), a growth keeps the values it comes
//                 from; renderers round each figure once (render_options, attain/report.hpp),
//                 with enough digits that a figure never contradicts its verdict.
//   terms         each target has its own term, elapsed share (attainment.elapsed) and
//                 forecast year; the review's `term` is set only when all targets share one.
//   target path   the HTML chart's dashed line: baseline to target; for an average-growth
//                 target, baseline × (1 + r)^k for each year k, each rounded once at 6
//                 decimals, half_up (a drawing: no verdict reads it).
//
// CASE STUDY: "55,4%" is ahead of schedule
//   A completion bar that reads 55,4 % looks half-empty. The HTML report draws, on every
//   bar, the line of the elapsed share of the target's term (49,8 % on 2023-06-29): the bar
//   past the line is ahead of a straight-line schedule, and the explanation says so in words.
#ifndef ATTAIN_REVIEW_HPP
#define ATTAIN_REVIEW_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/attainment.hpp"
#include "attain/decimal.hpp"
#include "attain/fraction.hpp"
#include "attain/indicator.hpp"
#include "attain/io/tidy.hpp"
#include "attain/language.hpp"
#include "attain/progress.hpp"
#include "attain/series.hpp"
#include "attain/target.hpp"

namespace attain {

// METHODS ---------------------------------------------------------------------------------------

// The published progress-assessment method a review applies (attain/progress.hpp).
enum class assessment_method : std::uint8_t { growth_ratio, projection, weather };
ATTAIN_API std::string_view to_string(assessment_method m) noexcept;
// "growth_ratio" (or "growth-ratio"), "projection", "weather"; none otherwise.
ATTAIN_API std::optional<assessment_method> parse_assessment_method(std::string_view text) noexcept;

// THE MODEL -------------------------------------------------------------------------------------

// Met or exceeded at the review date (see DEFINITIONS).
enum class review_verdict : std::uint8_t { exceeded, achieved, ahead, on_schedule, behind, not_met, no_value };
ATTAIN_API std::string_view to_string(review_verdict v) noexcept;
ATTAIN_API std::string_view describe(review_verdict v, language l) noexcept;
constexpr bool is_met(review_verdict v) noexcept {
  return v == review_verdict::exceeded || v == review_verdict::achieved || v == review_verdict::ahead ||
         v == review_verdict::on_schedule;
}

// The growth a report shows next to a target (see DEFINITIONS).
struct review_growth {
  enum class kind : std::uint8_t {
    none,               // too few values: `value` says why
    cagr,               // average annual growth of the level, baseline → latest
    flows_cagr,         // average annual growth of the yearly flows, first → latest plan year
    percentage_points,  // change of a percentage since the baseline (in points, not %)
  };
  kind how = kind::none;
  computed<decimal> value = none(why::missing_value);  // a ratio (0.057) or points (−3.5)
  int from_year = 0;
  int to_year = 0;
  decimal from_value;  // the values the figure is computed from
  decimal to_value;
};
ATTAIN_API std::string_view to_string(review_growth::kind k) noexcept;

// The growth rounded once at `scale` in `mode`: a CAGR computed again from its values at that
// scale (not `value`, which is rounded at review_options::growth_scale, rounded again).
ATTAIN_API computed<decimal> value_at(const review_growth& g, int scale, rounding mode);

struct target_review {
  attain::target target;
  attain::indicator indicator;
  // The series' dimension members other than the totals, (dimension, member) sorted by
  // dimension: none for a headline series.
  std::vector<std::pair<std::string, std::string>> members;
  std::string name_en;                    // the indicator's English name ("" if none)
  std::string name_fr;                    // its French name ("" if none)
  attain::series observations;            // what the figures use (summed when rolled up)
  std::size_t rolled_up_from = 0;         // units summed; 0 when the unit's own series
  attain::attainment attainment;
  review_growth growth;
  progress_assessment progress;
  target_forecast forecast;
  review_verdict verdict = review_verdict::no_value;

  // The indicator's name in `l` (see below for the fallbacks).
  const std::string& name(language l) const noexcept {
    // French: the French name, else the English one (a reader of French more often reads
    // English than Vietnamese), else the name.
    if (l == language::fr && !name_fr.empty()) return name_fr;
    if (l != language::vi && !name_en.empty()) return name_en;
    return indicator.name;
  }
};

struct review_summary {
  std::size_t targets = 0;
  std::size_t met = 0;           // is_met(verdict)
  std::size_t on_schedule = 0;   // verdict ahead or on_schedule (not yet achieved)
  std::size_t behind = 0;        // verdict behind or not_met
  std::size_t no_value = 0;      // verdict no_value
  attainment_tally attainment;   // achieved / exceeded / not achieved / no value
  forecast_tally forecast;       // exceed / meet / needs effort / not forecast
  std::array<std::size_t, 6> progress{};  // by progress_status
};

// What a published review says about itself: who issues it, where its data come from, and
// notes for its readers (a data folder's metadata; the HTML report's cover block).
struct review_metadata {
  std::string issuer;                 // "Ủy ban nhân dân huyện Cẩm Thủy" (may be empty)
  std::vector<std::string> sources;   // one line each
  std::vector<std::string> notes;     // one line each
};

struct review {
  std::string title;             // "huyện Cẩm Thủy, tỉnh Thanh Hóa" (may be empty)
  std::string title_en;
  review_metadata metadata;
  boost::gregorian::date as_of{1970, 1, 1};
  assessment_method method = assessment_method::growth_ratio;
  // The term every target shares, or none when their terms differ (a plan and an SDG set
  // side by side): then each target's own term, elapsed share (attainment.elapsed) and
  // forecast year (target.term.last_year()) are the only ones.
  std::optional<attain::term> term;
  exact_fraction elapsed;             // of that term at as_of (0 when there is none)
  std::vector<target_review> targets; // in the order of the targets table
  review_summary summary;

  const std::string& title_in(language l) const noexcept {
    return l != language::vi && !title_en.empty() ? title_en : title;  // fr: as name(l)
  }
};

struct review_options {
  boost::gregorian::date as_of{1970, 1, 1};
  assessment_method method = assessment_method::growth_ratio;
  std::string title;
  std::string title_en;
  review_metadata metadata;
  attainment_options attainment;
  forecast_options forecast;
  int growth_scale = 6;            // fractional digits of the growth shown (0.057041)
};

// Assesses every target. A target whose indicator is not among `indicators` throws
// attain::domain_error (invalid_argument): "target 3 (GTSX): unknown indicator". A target's
// polarity is taken from its indicator unless the row gave one. `units` (may be empty) is
// used for roll-ups only (see DEFINITIONS). Observations of another period kind than the
// target's series (a quarter among years) are an error naming the series, never mixed.
ATTAIN_API review make_review(std::span<const io::indicator_row> indicators, std::span<const io::target_row> targets,
                   std::span<const io::observation_row> observations, const review_options& options,
                   std::span<const io::unit_row> units = {});

// Counts the verdicts, attainments, forecasts and progress statuses.
ATTAIN_API review_summary summarize(std::span<const target_review> targets);
}  // namespace attain

#endif  // ATTAIN_REVIEW_HPP
