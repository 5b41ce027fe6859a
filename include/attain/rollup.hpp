// attain/rollup.hpp — every unit's figure, leaves to roots, in one call.
//
// A roll-up computes a rule for every unit of a hierarchy — each commune, each district,
// each province — for every indicator and period key of a grouping. It reads the rows once
// (grouping by unit, multi-threaded), then walks the hierarchy bottom-up and merges each
// unit's partial state into its parent's: a district's state is its own rows merged with
// its communes' states, never a rescan of rows per level. Because states merge exactly, the
// district's figure equals a flat group-by of the rows under it (tests check this for every
// rule and level). Holistic rules (median) roll up too; their states grow with the data.
//
// GLOSSARY (users' words → ours)
//   tổng hợp lên cấp trên = roll up; xã → huyện → tỉnh = commune → district → province.
//
// USE (results in comments)
//   unit_hierarchy h;  … h.seal();
//   observation_table t(h);  … t.seal();
//   auto r = rollup(t, h, grouping(t).by_indicator().by_period(period_kind::year), sum_rule{});
//   r.value(h.id("P1"), 0, 0)        // the province's sum of indicator key 0, year key 0
//   r.value(h.id("C0001"), 0, 0)     // a commune's own sum
//   auto m = rollup(t, h, grouping(t).indicator("CRITERIA"), mean_rule{});
//   m.value(h.id("D1"), 0, 0).value(1, rounding::half_up)   // 12.1 criteria per commune
//   auto w = rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS");
//   w.value("P1")                    // the province's Σ clean / Σ households, exactly
//
// PRECONDITIONS
//   The table is built over this hierarchy and sealed; the grouping leaves the unit
//   dimension alone (the roll-up splits it by unit itself). Otherwise domain_error.
//
// CASE STUDY: ratio of sums vs mean of ratios, rolled up
//   Rolling up a share merges (hits, n) pairs: a district of communes 9/10 and 1/90 gets
//   10/100 = 10 %, and its province merges the districts' pairs again — the province's
//   share is the ratio of *its* sums, whatever the sizes of its districts. Averaging the
//   districts' percentages (mean of ratios) would weight a district of 100 households like
//   one of 100,000.
#ifndef ATTAIN_ROLLUP_HPP
#define ATTAIN_ROLLUP_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "attain/aggregate.hpp"
#include "attain/hierarchy.hpp"
#include "attain/table.hpp"

namespace attain {

template <class Rule>
class rollup_result {
 public:
  using result_type = typename Rule::result_type;

  rollup_result(const unit_hierarchy& h, grouping keys, partial<Rule> states)
      : hierarchy_(&h), keys_(std::move(keys)), states_(std::move(states)) {}

  // The figure of `unit` (its own rows and its whole subtree) for indicator key i and
  // period key p of the grouping.
  result_type value(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0) const {
    return states_.value(keys_.group_of(i, keys_.unit_key(unit), p));
  }
  result_type value(std::string_view unit_code, std::size_t i = 0, std::size_t p = 0) const {
    return value(hierarchy_->id(unit_code), i, p);
  }
  const typename Rule::state& state(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0) const {
    return states_[keys_.group_of(i, keys_.unit_key(unit), p)];
  }
  const grouping& keys() const noexcept { return keys_; }
  const partial<Rule>& states() const noexcept { return states_; }
  const unit_hierarchy& hierarchy() const noexcept { return *hierarchy_; }

 private:
  const unit_hierarchy* hierarchy_;
  grouping keys_;
  partial<Rule> states_;
};

namespace detail {

inline void check_rollup(const observation_table& t, const unit_hierarchy& h, grouping& g) {
  if (t.hierarchy() != &h || !h.sealed())
    raise_domain(errc::invalid_argument, "roll-up needs a table built over this sealed hierarchy");
  if (g.unit_keys() != 1 || g.unit_of_key(0) != grouping::npos)
    raise_domain(errc::invalid_argument, "roll-up: the grouping must leave the unit dimension alone");
  g.by_unit();
  if (g.unit_keys() != h.size()) raise_domain(errc::invalid_argument, "roll-up: units filtered out");
}

// Bottom-up: each unit's states (its own rows, then its children's, already merged) into
// its parent's.
template <class Rule>
rollup_result<Rule> merge_up(const unit_hierarchy& h, grouping g, partial<Rule> states) {
  const std::size_t ni = g.indicator_keys(), np = g.period_keys();
  const Rule& bound = states.rule();
  const bool tally = states.tracks_statuses();
  for (const std::uint32_t u : h.bottom_up()) {
    const std::uint32_t parent = h.parent(u);
    if (parent == unit_hierarchy::npos) continue;
    for (std::size_t i = 0; i < ni; ++i) {
      for (std::size_t p = 0; p < np; ++p) {
        const std::size_t from = g.group_of(i, u, p), to = g.group_of(i, parent, p);
        bound.merge(states[to], states[from]);
        if (tally) states.tally(to) += states.tally(from);
      }
    }
  }
  return rollup_result<Rule>(h, std::move(g), std::move(states));
}

}  // namespace detail

// Rolls `rule` up the whole hierarchy: every unit's figure for every indicator and period
// key of `g`, computed bottom-up by merging partial states.
template <class Rule>
  requires aggregation_rule<Rule> && (!is_pair_rule<Rule>)
rollup_result<Rule> rollup(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule = Rule{},
                           const aggregate_options& options = {}) {
  detail::check_rollup(t, h, g);
  partial<Rule> states = aggregate(t, g, rule, options);
  return detail::merge_up(h, std::move(g), std::move(states));
}

// Rolls a pair rule up the hierarchy — a ratio of sums (households with clean water over
// households: 10/16 communes' style shares), a weighted mean — pairing each row of
// `x_indicator` with the row of `y_indicator` of the same unit and period (aggregate_pairs).
// A district's figure is the ratio of *its* sums, a province's the ratio of its sums, never
// a mean of the districts' ratios.
//   auto r = rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS");
//   r.value("D1")   // (9 + 1) / (10 + 90) = 1/10;   r.value("P")  the province's Σx / Σy
template <class Rule>
  requires aggregation_rule<Rule> && is_pair_rule<Rule>
rollup_result<Rule> rollup_pairs(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule,
                                 std::string_view x_indicator, std::string_view y_indicator,
                                 const aggregate_options& options = {}) {
  g.indicators({x_indicator});  // as aggregate_pairs does: the same shape for the merge
  detail::check_rollup(t, h, g);
  partial<Rule> states = aggregate_pairs(t, g, rule, x_indicator, y_indicator, options);
  return detail::merge_up(h, std::move(g), std::move(states));
}

}  // namespace attain

#endif  // ATTAIN_ROLLUP_HPP
