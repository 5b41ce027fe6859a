// attain/aggregate.hpp — aggregation rules, group-by, mergeable partial states.
//
// An aggregation rule is a policy struct (DuckDB's model): a small `state`, `init`, `step`
// (one observation), `merge` (two partial states), `finish` (the figure), a `name`, the
// `formula` it computes, and its class — distributive (sum, count, min, max: partial results
// combine directly), algebraic (mean, ratio, variance: a fixed-size state of distributive
// parts combines) or holistic (median: the state is the data). States accumulate exactly —
// integer coefficients in 128 bits — and are mergeable: partitions computed in different
// threads, or on different machines (serialize / deserialize), merge into the same exact
// answer as one sequential pass.
//
// GLOSSARY (users' words → ours)
//   tổng = sum; bình quân = mean; số xã đạt chuẩn = count_if (units meeting a standard);
//   tỷ lệ = share / ratio; bình quân gia quyền = weighted mean; trung vị = median;
//   độ lệch chuẩn = standard deviation; ước đạt = estimate (status).
//
// RULES (results in comments; values of one indicator at scale 2)
//   sum_rule{}            Σ x                     1.50, 2.25        → 3.75 (exact decimal)
//   count_rule{}          n                       1.50, 2.25        → 2
//   mean_rule{}           Σ x / n                 1, 2, 2           → 5/3 exactly; value(2, half_up) 1.67
//   min_rule{}, max_rule{}
//   first_rule{}, last_rule{}   value of the earliest / latest period (ties: the unit of
//                               lower / higher id); last-in-period = last_rule under a
//                               period filter; LAST's look-back: dhis2_aggregate
//   weighted_mean_rule{}  Σ x·w / Σ w             (pairs: x with the weight w of the same
//                                                  unit and period; aggregate_pairs)
//   ratio_of_sums_rule{}  Σ x / Σ y               (pairs)
//   mean_of_ratios_rule{} (Σ x/y) / n             (pairs; NOT the ratio of sums — see below)
//   count_if_rule{op, t}  #{x : x op t}           units meeting a standard: 10 of 16
//   share_rule{op, t}     #{x : x op t} / n       10/16 = 0.625 exactly
//   variance_rule{s, m}   Σ(x − x̄)² / (n − 1)     correctly rounded at scale s, mode m
//   standard_deviation_rule{s, m}  √variance      correctly rounded at scale s, mode m
//   median_rule{}         middle value (mean of the two middle values when n is even)
//   summary_rule{}        count, sum, min, max, mean together (one pass)
//
// RESULTS
//   An `aggregate_value` is an exact decimal (a sum), an exact quotient (a mean: 5/3), a
//   value correctly rounded at a scale the rule was given (a standard deviation), or "no
//   value" with a reason — attain's `why` (attain/no_value.hpp), the vocabulary of every
//   other figure: why::empty_group (never 0), why::zero_denominator, why::too_few_points
//   (fewer than two values for a variance). A quotient becomes a decimal only where the caller names the
//   scale and mode: value(2, rounding::half_up). Each result carries the status tally of
//   its inputs: an aggregate including estimated values is an estimate, and says how many.
//   A row with value_status::missing (M) never steps into a rule — it is not a 0 that
//   counts, and count and mean leave it out — but it is tallied, so an aggregate with a
//   missing input says so: 10 (A) and a missing row sum to 10 with status() missing; a
//   group whose only inputs are missing has no value, why::missing_value.
//
// GROUPING (see `grouping`)
//   grouping g(table);
//   g.by_indicator().by_level(h, 1).by_period(period_kind::year)   // district × year
//    .periods_within({first, last}).within(h, "P01").statuses({value_status::normal});
//   auto sums = aggregate(table, g, sum_rule{});            // multi-threaded by default
//   sums.value(g.group_of(ind, district_key, year_key))     // the figure of one group
//
// STRING KEYS (no pre-built ids: the query interns them; see aggregate_codes)
//   auto r = aggregate_codes(chars, offsets, coefficients, 2, summary_rule{});
//   r.states.value(r.codes.find("D01")).sum                 // that code's exact sum
//
// SPEED
//   When a query reads 64-bit coefficients at the group's scale (one scale, no wide values,
//   no statuses to count), sum, count, mean, min, max and summary run a `kernel`: 64-bit
//   minima, maxima and sums whose rare wrap is carried exactly into 128 bits (never
//   checked per row, never lost), one tight loop over the columns with dense group ids.
//   Threads fill partials of their own over row partitions, merged at the end.
//
// ERRORS
//   A sum beyond 38 digits throws attain::overflow_error (never wraps); so does a variance
//   whose sum of squares passes 256 bits. A query of 2^30 groups or more throws
//   attain::domain_error (invalid_argument) before allocating them. Merging partial states
//   of different shapes, or reading a serialized state of another rule or version, or with a
//   scale outside 0…38 or an integer its field cannot hold, throws attain::domain_error
//   (invalid_argument). docs/explanation/limits.md lists every limit.
//
// CASE STUDY: ratio of sums vs mean of ratios
//   Commune A: 9 of 10 households have clean water (90 %); commune B: 1 of 90 (1.1 %). The
//   district's share is the ratio of sums, (9 + 1) / (10 + 90) = 10 / 100 = 10 %: every
//   household counts once. The mean of ratios, (9/10 + 1/90) / 2 = 41/90 ≈ 45.6 %, counts
//   the 10 households of A as much as the 90 of B — and would change if A were split in
//   two. Statistical offices (and DHIS2) aggregate ratios as ratios of sums; attain offers
//   mean_of_ratios_rule only under its own name, for the rare question it answers ("the
//   typical commune's share").
//
// WHERE THINGS ARE (this header includes them all)
//   attain/aggregate/value.hpp                  aggregate_value, status_tally, summary_value
//   attain/aggregate/rule.hpp                   what a rule is and sees (the concepts)
//   attain/aggregate/rules/distributive.hpp     sum, count, min, max, first, last, count_if
//   attain/aggregate/rules/algebraic.hpp        mean, share, variance, standard deviation,
//                                               weighted mean, ratio of sums, mean of ratios,
//                                               summary
//   attain/aggregate/rules/holistic.hpp         median
//   attain/aggregate/grouping.hpp               grouping: keys, filters, dimensions
//   attain/aggregate/partial.hpp                partial states: merge, serialize
//   attain/aggregate/options.hpp                aggregate_options (threads)
//   attain/aggregate/dhis2.hpp                  DHIS2 rule pairs
//   this header                                 the queries: aggregate, aggregate_pairs,
//                                               aggregate_codes, dhis2_aggregate
#ifndef ATTAIN_AGGREGATE_HPP
#define ATTAIN_AGGREGATE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attain/aggregate/detail/engine.hpp"
#include "attain/aggregate/dhis2.hpp"
#include "attain/aggregate/grouping.hpp"
#include "attain/aggregate/options.hpp"
#include "attain/aggregate/partial.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/rules/algebraic.hpp"
#include "attain/aggregate/rules/distributive.hpp"
#include "attain/aggregate/rules/holistic.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"
#include "attain/error.hpp"
#include "attain/indicator.hpp"
#include "attain/observation.hpp"
#include "attain/period_span.hpp"
#include "attain/table.hpp"

namespace attain {

// Aggregates the table's rows into the grouping's groups with `rule`, on `options.threads`
// threads (each over a contiguous partition of rows; their partial states are merged).
//   auto s = aggregate(t, grouping(t).by_unit(), sum_rule{});
//   s.value(k)           // aggregate_value: the sum of unit key k, or no value (empty group)
template <class Rule>
  requires aggregation_rule<Rule> && (!is_pair_rule<Rule>)
partial<Rule> aggregate(const observation_table& t, const grouping& g, const Rule& rule = Rule{},
                        const aggregate_options& options = {}) {
  return detail::run(t, g, rule, options, 0, detail::no_partner{}, false);
}

// Aggregates pairs: each row of `x_indicator` (selected by the grouping, which should select
// that indicator) with the row of `y_indicator` of the same unit and period — the weight of
// a weighted mean, the denominator of a ratio. Rows without a partner are left out and
// counted (partial::unpaired()).
//   aggregate_pairs(t, grouping(t).indicator("INCOME").by_level(h, 1), weighted_mean_rule{},
//                   "INCOME", "POPULATION")
template <class Rule>
  requires aggregation_rule<Rule> && is_pair_rule<Rule>
partial<Rule> aggregate_pairs(const observation_table& t, grouping g, const Rule& rule, std::string_view x_indicator,
                              std::string_view y_indicator, const aggregate_options& options = {}) {
  const std::uint32_t x = t.find_indicator(x_indicator), y = t.find_indicator(y_indicator);
  if (x == dictionary::npos || y == dictionary::npos)
    detail::raise_domain(errc::invalid_argument, "unknown indicator " + std::string(x == dictionary::npos ? x_indicator : y_indicator));
  // Pairs are matched by unit and period at every dimension's total only (a documented limit,
  // docs/explanation/limits.md): a query that splits, sums or filters a dimension is refused
  // rather than paired across members.
  if (g.touches_dimensions())
    detail::raise_domain(errc::invalid_argument, "aggregate_pairs pairs rows at the dimensions' totals only");
  g.indicators({x_indicator});
  std::unordered_map<std::uint64_t, int128> partners;
  const auto units = t.unit_column();
  const auto periods = t.period_column();
  const auto inds = t.indicator_column();
  const auto st = t.status_column();
  const auto at_total = [&t](std::size_t r) {
    for (std::uint32_t d = 0; d < t.dimension_count(); ++d)
      if (t.dimension_column(d)[r] != observation_table::total_member) return false;
    return true;
  };
  // A missing partner (status M) is no partner: its row is left unpaired.
  for (std::size_t r = 0; r < t.size(); ++r)
    if (inds[r] == y && st[r] != value_status::missing && at_total(r))
      partners.emplace((static_cast<std::uint64_t>(units[r]) << 32) | periods[r], t.coefficient(r));
  const auto partner = [&](std::size_t r, observation_ref& o) {
    const auto it = partners.find((static_cast<std::uint64_t>(units[r]) << 32) | periods[r]);
    if (it == partners.end()) return false;
    o.partner = it->second;
    return true;
  };
  return detail::run(t, g, rule, options, t.indicator(y).scale, partner, true);
}

// Groups by keys given as strings, one per row, interned by the query (no pre-built ids):
// Arrow-style, row r's code is chars[offsets[r], offsets[r + 1]) and its value
// coefficients[r] at `scale`. Group k is the k-th distinct code in order of appearance,
// `codes[k]`. One thread; rules with a 64-bit kernel (sum, count, mean, min, max, summary).
//   auto r = aggregate_codes("D01D02D01", offsets {0, 3, 6, 9}, {150, 225, 100}, 2, sum_rule{});
//   r.codes[0] == "D01";  r.states.value(0).value()   // 2.50
template <class Rule>
struct coded_aggregate {
  dictionary codes;
  partial<Rule> states;
};
template <class Rule>
  requires aggregation_rule<Rule> && has_kernel<Rule>
coded_aggregate<Rule> aggregate_codes(std::string_view chars, std::span<const std::uint32_t> offsets,
                                      std::span<const std::int64_t> coefficients, int scale, const Rule& rule = Rule{}) {
  if (offsets.size() != coefficients.size() + 1 || (!offsets.empty() && offsets.back() > chars.size()))
    detail::raise_domain(errc::invalid_argument, "aggregate_codes: offsets must be one more than the values and lie within the characters");
  using Kernel = typename Rule::kernel;
  coded_aggregate<Rule> out;
  std::vector<typename Kernel::state> states(64);
  std::vector<std::int64_t> carries;
  constexpr std::size_t batch = 256;
  std::uint32_t ids[batch];
  const std::size_t n = coefficients.size();
  for (std::size_t b = 0; b < n; b += batch) {
    const std::size_t m = std::min(batch, n - b);
    out.codes.intern(chars.data(), offsets.subspan(b, m + 1), ids);
    if (ATTAIN_UNLIKELY(out.codes.size() > states.size())) {
      states.resize(std::max(out.codes.size(), 2 * states.size()));
      if (!carries.empty()) carries.resize(states.size(), 0);
    }
    typename Kernel::state* k = states.data();
    const std::int64_t* v = coefficients.data() + b;
    const std::size_t slots = states.size();
    const bool ahead = detail::fetch_states_ahead<typename Kernel::state>(slots);
    for (std::size_t j = 0; j < m; ++j) {
      const std::uint32_t g = ids[j];
      if (ahead && ATTAIN_LIKELY(j + detail::state_fetch_ahead < m)) detail::prefetch_for_write(k + ids[j + detail::state_fetch_ahead]);
      Kernel::step(k[g], v[j], [&carries, slots, g](int d) { detail::add_carry(carries, slots, g, d); });
    }
  }
  const std::size_t groups = out.codes.size();
  out.states = partial<Rule>(rule, groups, std::vector<int>(groups, scale), 0);
  for (std::size_t g = 0; g < groups; ++g) rule.merge(out.states[g], Kernel::widen(states[g], carries.empty() ? 0 : carries[g]));
  return out;
}

// The value of `indicator` for the units of `units` (each with its whole subtree when a
// hierarchy is given, else just the unit) over the query period, by a DHIS2 rule pair.
//   LAST over districts with latest values 100, 150, 200  → 450
//   AVERAGE_SUM_ORG_UNIT over 2023-Q1 with Jan 100, Feb 120, Mar 110
//                                   → (3100 + 3360 + 3410) / 90 exactly
// Units with no value in the window are left out; none at all gives no value.
ATTAIN_API aggregate_value dhis2_aggregate(const observation_table& t, std::string_view indicator,
                                std::span<const std::uint32_t> units, period_span query, rule_pair pair,
                                const dhis2_options& options = {});
inline aggregate_value dhis2_aggregate(const observation_table& t, std::string_view indicator,
                                       std::span<const std::uint32_t> units, period_span query, dhis2_aggregation a,
                                       const dhis2_options& options = {}) {
  return dhis2_aggregate(t, indicator, units, query, rule_pair_of(a), options);
}

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_HPP
