// attain/aggregate/dhis2.hpp — DHIS2's aggregation types as rule pairs: how a unit's
// periods combine into its value for the query period (`period_rule`), then how the units'
// values combine (`unit_rule`). rule_pair_of gives the pair of each dhis2_aggregation
// (attain/indicator.hpp, FORMULAS.md §3); dhis2_aggregate (attain/aggregate.hpp) runs one.
#ifndef ATTAIN_AGGREGATE_DHIS2_HPP
#define ATTAIN_AGGREGATE_DHIS2_HPP

#include <cstdint>

#include "attain/indicator.hpp"
#include "attain/rounding.hpp"

namespace attain {

// How a unit's periods combine into its value for the query period.
enum class period_rule : std::uint8_t {
  pooled,             // no separate period step: the unit rule runs over every value
  day_weighted_mean,  // Σ(x · days) / days of the query period
  last,               // latest value ending by the query's end, looking back `look_back_years`
  last_in_period,     // latest value inside the query period
  first,              // earliest value inside the query period
  min, max,
};
// How the units' values combine.
enum class unit_rule : std::uint8_t { sum, mean, first, last, min, max, count, stddev, variance };

struct rule_pair {
  period_rule over_periods;
  unit_rule over_units;
  int look_back_years = 0;
  friend constexpr bool operator==(const rule_pair&, const rule_pair&) = default;
};

// The pair of a DHIS2 aggregation type (FORMULAS.md §3).
//   rule_pair_of(dhis2_aggregation::average_sum_org_unit) → {day_weighted_mean, sum}
//   rule_pair_of(dhis2_aggregation::last)                 → {last (10-year look-back), sum}
constexpr rule_pair rule_pair_of(dhis2_aggregation a) noexcept {
  using P = period_rule;
  using U = unit_rule;
  switch (a) {
    case dhis2_aggregation::sum: return {P::pooled, U::sum};
    case dhis2_aggregation::average: return {P::pooled, U::mean};
    case dhis2_aggregation::average_sum_org_unit: return {P::day_weighted_mean, U::sum};
    case dhis2_aggregation::last: return {P::last, U::sum, 10};
    case dhis2_aggregation::last_average_org_unit: return {P::last, U::mean, 10};
    case dhis2_aggregation::last_last_org_unit: return {P::last, U::last, 10};
    case dhis2_aggregation::last_in_period: return {P::last_in_period, U::sum};
    case dhis2_aggregation::first: return {P::first, U::sum};
    case dhis2_aggregation::first_average_org_unit: return {P::first, U::mean};
    case dhis2_aggregation::first_first_org_unit: return {P::first, U::first};
    case dhis2_aggregation::min: return {P::pooled, U::min};
    case dhis2_aggregation::max: return {P::pooled, U::max};
    case dhis2_aggregation::min_sum_org_unit: return {P::min, U::sum};
    case dhis2_aggregation::max_sum_org_unit: return {P::max, U::sum};
    case dhis2_aggregation::count: return {P::pooled, U::count};
    case dhis2_aggregation::stddev: return {P::pooled, U::stddev};
    case dhis2_aggregation::variance: return {P::pooled, U::variance};
  }
  return {P::pooled, U::sum};
}

struct dhis2_options {
  int scale = 6;                        // for stddev / variance (correctly rounded)
  rounding mode = working_rounding;
};

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_DHIS2_HPP
