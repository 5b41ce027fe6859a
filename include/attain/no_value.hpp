// attain/no_value.hpp — "not computable" as a value with a reason.
//
// A growth rate from a zero base, a completion ratio against a zero target, the mean of an
// empty group: these have no value. attain returns them as `computed<T>` holding a
// `no_value{reason}` — never 0, never NaN, and never an exception for data the user gave.
//
// USE
//   computed<decimal> g = average_annual_growth(0_d, 5_d, 3, 3, rounding::half_up);
//   g.has_value()            // false
//   g.error().reason         // why::zero_base
//   to_string(g.error())     // "no value: growth from a zero base"
//   g.value_or(decimal{})    // the caller decides what stands in for it
//   g.value()                // throws attain::domain_error with that message
#ifndef ATTAIN_NO_VALUE_HPP
#define ATTAIN_NO_VALUE_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "attain/error.hpp"

namespace attain {

enum class why : std::uint8_t {
  zero_base,          // growth or a ratio from a base of 0
  negative_base,      // growth from a negative base: the rate has no meaning
  sign_change,        // base and latest value of opposite signs
  zero_target,        // a ratio to a target of 0
  zero_denominator,   // a ratio with a denominator of 0
  empty_group,        // an aggregate over no values
  too_few_points,     // a fit that needs more observations than were given
  no_periods,         // growth over zero (or negative) periods
  missing_value,      // an input needed for the figure is missing
  not_applicable,     // the figure does not apply to this kind of target or indicator
  population_mismatch,// two rankings of different units or methods cannot be compared
  not_ranked,         // the unit is not in the ranking
};

constexpr std::string_view describe(why reason) noexcept {
  switch (reason) {
    case why::zero_base: return "growth from a zero base";
    case why::negative_base: return "growth from a negative base";
    case why::sign_change: return "base and latest value have opposite signs";
    case why::zero_target: return "ratio to a zero target";
    case why::zero_denominator: return "division by a zero denominator";
    case why::empty_group: return "empty group";
    case why::too_few_points: return "too few observations";
    case why::no_periods: return "no periods between the observations";
    case why::missing_value: return "a needed value is missing";
    case why::not_applicable: return "not applicable";
    case why::population_mismatch: return "rankings of different populations or methods";
    case why::not_ranked: return "the unit is not in the ranking";
  }
  return "no value";
}

struct no_value {
  why reason;
  friend constexpr bool operator==(const no_value&, const no_value&) = default;
};

inline std::string to_string(const no_value& n) { return "no value: " + std::string(describe(n.reason)); }

[[noreturn]] inline void throw_error(const no_value& n) { detail::raise_domain(errc::no_value, to_string(n)); }

template <class T>
using computed = result<T, no_value>;

constexpr unexpected<no_value> none(why reason) noexcept { return unexpected<no_value>{no_value{reason}}; }

}  // namespace attain

#endif  // ATTAIN_NO_VALUE_HPP
