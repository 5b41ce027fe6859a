// attain/series.hpp — the observations of one indicator for one unit, in period order.
//
// A series keeps its observations sorted by period, all of one period kind (years with
// years), with no period twice. Gaps are explicit: `gaps()` lists the periods between the
// first and the last observation that have none, and a missing value is an observation with
// status `missing`, never a 0.
//
// YEARLY SERIES WITH MULTI-YEAR PERIODS
//   Survey data pools years: Open SDG writes "2005-2007" beside single years. A series may
//   mix calendar years with multi-year periods of whole calendar years (kind term, or a
//   range from a January 1 to a December 31): each counts as its reference year
//   (attain/period.hpp), a pooled period as its FIRST year (Statistics Canada, Canadian
//   Indicator Framework progress methodology; docs/formats.md, "Multi-year periods").
//   Two periods that would count as the same year are refused, naming both:
//     series s({{year{2005}, 1_d}, {period::plan_term(2005, 2007), 2_d}});
//       // throws domain_error: "series: 2005 and 2005/2007 both stand for the year 2005:
//       //   2005–2007 counted as 2005 (first year of a pooled period)"
//   Any other mix of kinds (a quarter among years) is refused as before (kind_mismatch).
//
// EXAMPLE (results in comments)
//   series s({{year{2020}, 38.05_d}, {year{2023}, 50.04_d, value_status::estimate}});
//   s.latest()->value                          // 50.04
//   s.gaps()                                   // 2021, 2022
//   s.find(year{2020})->value                  // 38.05
//   s.total_within(period::plan_term(2021, 2023))  // {50.04, estimate, 1}
//
// CASE STUDY: a gap is not a zero
//   Investment with no figure for 2022 does not add 0 for 2022: total_within reports how
//   many observations it summed, and a caller that needs all three years checks the count.
#ifndef ATTAIN_SERIES_HPP
#define ATTAIN_SERIES_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/no_value.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"

namespace attain {

// A sum with its combined status and how many observations it took.
struct status_total {
  decimal value;
  value_status status = value_status::normal;
  std::size_t count = 0;
  friend bool operator==(const status_total&, const status_total&) = default;
};

class ATTAIN_API series {
 public:
  series() = default;
  // Sorts by period. Throws attain::domain_error for mixed period kinds (kind_mismatch;
  // years mixed with multi-year periods are allowed, see above), a period given twice, or
  // two periods with the same reference year where one is a multi-year period or their
  // kinds differ (invalid_argument); the message names the periods.
  explicit series(std::vector<observation> observations);

  // Inserts in order; same checks.
  void add(const observation& o);

  std::span<const observation> observations() const noexcept { return obs_; }
  bool empty() const noexcept { return obs_.empty(); }
  std::size_t size() const noexcept { return obs_.size(); }
  // The period kind of the observations (none while empty, and none for a yearly series
  // that mixes calendar years with multi-year periods).
  std::optional<period_kind> kind() const noexcept;

  // The observation for exactly this period, or nullptr.
  const observation* find(const period& p) const noexcept;
  // The latest observation with a value (status not missing), or nullptr.
  const observation* latest() const noexcept;
  // The latest with a value whose period ends on or before `last_day`, or nullptr.
  const observation* latest_through(const boost::gregorian::date& last_day) const;

  // Periods between the first and the last observation without one (in order). For a series
  // of one kind, the periods of that kind (none for terms and ranges, which have no "next");
  // for a series mixing years with multi-year periods, the calendar years no observation
  // with a value covers: {2003, 2005-2007, 2009} has the gaps 2004 and 2008.
  std::vector<period> gaps() const;

  // The sum of the values (status not missing) whose periods lie inside `span`, with the
  // least final status among them; no value (empty_group) when there are none.
  computed<status_total> total_within(const period& span) const;

 private:
  void check(const observation& o) const;
  std::vector<observation> obs_;
};

}  // namespace attain

#endif  // ATTAIN_SERIES_HPP
