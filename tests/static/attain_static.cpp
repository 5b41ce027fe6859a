// Compile-only specification of the umbrella attain/attain.hpp and of the headers it
// gathers: every public header compiles together in one translation unit, and each
// aggregation rule keeps its contract — the aggregation_rule concept, its class, its 64-bit
// kernel, pairs or not — wherever attain/aggregate/ keeps it. Built as an object library: if
// this file compiles, the spec holds. (tests/static/umbrella_check.cmake checks that the
// umbrella reaches every public header.)
#include <concepts>
#include <cstdint>
#include <type_traits>

#include "attain/attain.hpp"

namespace {

namespace a = attain;

// Every rule is a rule (STYLE §16), of its class.
template <class R, a::rule_class C>
constexpr bool rule_of_class = a::aggregation_rule<R> && R::kind == C;

static_assert(rule_of_class<a::sum_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::count_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::min_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::max_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::first_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::last_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::count_if_rule, a::rule_class::distributive>);
static_assert(rule_of_class<a::mean_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::share_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::variance_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::standard_deviation_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::weighted_mean_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::ratio_of_sums_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::mean_of_ratios_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::summary_rule, a::rule_class::algebraic>);
static_assert(rule_of_class<a::median_rule, a::rule_class::holistic>);

// The 64-bit kernels: sum, count, mean, min, max, summary, and no other.
static_assert(a::has_kernel<a::sum_rule> && a::has_kernel<a::count_rule> && a::has_kernel<a::mean_rule>);
static_assert(a::has_kernel<a::min_rule> && a::has_kernel<a::max_rule> && a::has_kernel<a::summary_rule>);
static_assert(!a::has_kernel<a::median_rule> && !a::has_kernel<a::variance_rule> && !a::has_kernel<a::count_if_rule>);
static_assert(a::kernel_with_row_count<a::sum_rule::kernel> && a::kernel_with_row_count<a::summary_rule::kernel>);
static_assert(!a::kernel_with_row_count<a::min_rule::kernel>);

// Pair rules, and only they, need a partner.
static_assert(a::is_pair_rule<a::weighted_mean_rule> && a::is_pair_rule<a::ratio_of_sums_rule> &&
              a::is_pair_rule<a::mean_of_ratios_rule>);
static_assert(!a::is_pair_rule<a::sum_rule> && !a::is_pair_rule<a::mean_rule> && !a::is_pair_rule<a::median_rule>);

// Results: a rule's figure, and summary_rule's five.
static_assert(std::same_as<a::sum_rule::result_type, a::aggregate_value>);
static_assert(std::same_as<a::summary_rule::result_type, a::summary_value>);
static_assert(std::same_as<decltype(std::declval<const a::partial<a::median_rule>&>().value(0)), a::aggregate_value>);

// DHIS2 aggregation types (attain/indicator.hpp) and their rule pairs (attain/aggregate/dhis2.hpp).
static_assert(a::rule_pair_of(a::dhis2_aggregation::average_sum_org_unit) ==
              a::rule_pair{a::period_rule::day_weighted_mean, a::unit_rule::sum});
static_assert(a::rule_pair_of(a::dhis2_aggregation::last) == a::rule_pair{a::period_rule::last, a::unit_rule::sum, 10});

// period_span (attain/period_span.hpp): a regular value of two day numbers, and what every
// typed period converts to.
static_assert(std::is_trivially_copyable_v<a::period_span> && sizeof(a::period_span) == 8);
static_assert(a::day_span<a::period_span> && a::day_span<a::quarter> && a::day_span<a::period>);
static_assert(a::to_span(a::quarter{2024, 1}) == a::period_span{19723, 19813});
static_assert(a::period_span{19723, 19813}.days() == 91);
static_assert(!a::day_span<std::int32_t>);

}  // namespace
