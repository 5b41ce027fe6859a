// attain/rollup.hpp — every unit's figure, leaves to roots, in one call.
//
// A roll-up computes a rule for every unit of a hierarchy — each commune, each district,
// each province — for every indicator and period key of a grouping. It reads the rows once
// (grouping by unit, multi-threaded), then walks the hierarchy bottom-up and merges each
// unit's partial state into its parent's, never rescanning rows per level. Because states
// merge exactly, a figure equals a flat group-by of the rows it covers (tests check this
// for every rule and level). Holistic rules (median) roll up too; their states grow with
// the data.
//
// SPEED (bench/rollup_bench.cpp; DuckDB's GROUPING SETS beside it, bench/rollup_peer_duckdb.mjs)
//   A roll-up has about as many groups as rows (every unit × indicator × period): making,
//   filling and merging the states is the work, not reading the rows. For sum, count, mean,
//   min, max and summary over rows without statuses to count, it makes the states once
//   (huge pages where the system has them, mapped by every thread), steps each row straight
//   into its group's state — each thread the rows of its own range of groups, in row order —
//   and merges up the hierarchy with each thread on its own columns (indicator key × period),
//   every unit in the same order as one thread. Other rules and plans aggregate first
//   (aggregate()), then merge up the same way. Every thread count gives the same states.
//
// A parent's OWN rows — a national figure next to the provinces', a district's next to its
// communes' — are a report of the same quantity, not a further part of it. By default they
// are kept apart: a parent's roll-up merges its children's roll-ups only, and its own value
// is read with `own`. A `parent_values` policy says otherwise
// (docs/explanation/rollup-parent-values.md):
//   separate      (default) value(u) = its children's roll-up; own(u) = its own rows
//   fill_missing  as separate, but where no row lies under u for a key, u's own value
//                 stands in (filled(u, …) says so) and rolls up further
//   check         as separate, and discrepancies() lists every parent whose own value
//                 differs from its children's roll-up by more than the tolerance
//   include       own rows merged with the children's (DHIS2 analytics; a value entered
//                 at both levels counts twice)
// A leaf's roll-up is its own rows under every policy.
//
// GLOSSARY (users' words → ours)
//   tổng hợp lên cấp trên = roll up; xã → huyện → tỉnh = commune → district → province;
//   số liệu của chính đơn vị cấp trên = the parent's own value; đối chiếu = check.
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
// PARENT VALUES (CA = 100 reported, its provinces ON = 60 and QC = 40)
//   auto s = rollup(t, h, grouping(t), sum_rule{});
//   s.value("CA")                    // 100 = 60 + 40: the provinces' roll-up
//   s.own("CA")                      // 100: Canada's own row
//   rollup(t, h, grouping(t), mean_rule{}).value("CA")             // 50 = (60 + 40) / 2
//   rollup(t, h, grouping(t), sum_rule{}, {.parents = parent_values::include}).value("CA")
//                                    // 200: the national row counted with its parts
//   auto c = rollup(t, h, grouping(t), sum_rule{}, {.parents = parent_values::check});
//   c.discrepancies()                // empty: 100 == 60 + 40 (QC = 30: CA, own 100,
//                                    // children 90, difference 10; none at tolerance 10)
//   check compares exactly: a/b against c/d by |a·d − c·b| > tolerance · |b·d|. Compare
//   figures that should agree (sums, counts, ratios of sums): CA's own mean, 100, is not
//   its provinces' mean, 50, and check says so.
//
// PRECONDITIONS AND ERRORS (domain_error, errc::invalid_argument)
//   The table is built over this hierarchy and sealed; the grouping leaves the unit
//   dimension alone (the roll-up splits it by unit itself). Otherwise domain_error.
//   A negative tolerance              roll-up: negative tolerance -1
//   check with a rule whose figures are not one exact value (summary, variance,
//   standard deviation)               roll-up check: rule "summary" has no exact figure to compare
//   fill_missing or check with a rule whose state cannot tell an empty group (no ==)
//                                     roll-up: parent_values::check needs a rule state with ==
//   A cross-multiplied quotient beyond 38 digits (check, mean-like rules): overflow_error.
//
// MEMORY
//   The roll-up keeps one state per unit × group key, and — for the units that have
//   children — a second one, of their own rows (a leaf's own state is its roll-up). Where
//   every unit has children the states double; in a tree of communes they grow by the
//   share of parents (about 7 % for 63 provinces, 700 districts, 10,000 communes).
//
// CASE STUDY: ratio of sums vs mean of ratios, rolled up
//   Rolling up a share merges (hits, n) pairs: a district of communes 9/10 and 1/90 gets
//   10/100 = 10 %, and its province merges the districts' pairs again — the province's
//   share is the ratio of *its* sums, whatever the sizes of its districts. Averaging the
//   districts' percentages (mean of ratios) would weight a district of 100 households like
//   one of 100,000.
//
// CASE STUDY: the national row counted twice
//   Statistics offices publish national and provincial rows side by side: CA = 100,
//   ON = 60, QC = 40. Adding the parent's own rows to its children's (DHIS2 analytics does
//   this with data entered at a parent) makes CA = 200 and its mean 200 / 3 = 66.67, a
//   figure nobody reported. The default keeps CA's own 100 apart (`own`), rolls up
//   60 + 40 = 100, and `check` proves the two agree.
#ifndef ATTAIN_ROLLUP_HPP
#define ATTAIN_ROLLUP_HPP

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/hierarchy.hpp"
#include "attain/table.hpp"

namespace attain {

// What a parent's own rows do in a roll-up (docs/explanation/rollup-parent-values.md).
enum class parent_values : std::uint8_t {
  separate,      // default: the children's roll-up only; the own value apart (own())
  fill_missing,  // the children's roll-up; the own value where no row lies under the parent
  check,         // as separate, and parents whose own value disagrees are listed
  include,       // own rows merged with the children's (DHIS2 analytics)
};
constexpr std::string_view to_string(parent_values p) noexcept {
  switch (p) {
    case parent_values::separate: return "separate";
    case parent_values::fill_missing: return "fill_missing";
    case parent_values::check: return "check";
    case parent_values::include: return "include";
  }
  return "?";
}

// How to roll up: the parent policy, the tolerance of `check` (absolute, in the figure's
// unit: |own − children| > tolerance is a discrepancy; 0: any difference), and the
// aggregation's threads.
//   rollup(t, h, g, sum_rule{}, {.parents = parent_values::check, .tolerance = decimal{10}})
struct rollup_options {
  parent_values parents = parent_values::separate;
  decimal tolerance = decimal{0};
  aggregate_options aggregate = {};
};

// A parent whose own value differs from its children's roll-up (parent_values::check):
// the unit, the group keys, both figures and own − children, exactly (a quotient for a
// mean: 100 − 90/2 = 110/2). When only one of the two figures has a value (a ratio with a
// zero denominator), the difference has none, for that figure's reason.
struct rollup_discrepancy {
  std::uint32_t unit = 0;
  std::size_t indicator_key = 0;
  std::size_t period_key = 0;
  std::size_t slice = 0;  // the dimensions' slice (grouping::slice_of); 0 when none is split
  aggregate_value own;
  aggregate_value children;
  aggregate_value difference;
};

namespace detail {
template <class Rule>
struct rollup_parts;
}  // namespace detail

// Every unit's roll-up, own value and (check) discrepancies. Group keys are the grouping's:
// indicator key i, period key p and — when the grouping splits dimensions (SEX: _T, M, F) —
// slice s (grouping::slice_of); the overloads without a slice read slice 0.
template <class Rule>
class rollup_result {
 public:
  using result_type = typename Rule::result_type;
  static constexpr std::uint32_t npos = unit_hierarchy::npos;

  explicit rollup_result(detail::rollup_parts<Rule> parts)
      : hierarchy_(parts.hierarchy),
        keys_(std::move(parts.keys)),
        states_(std::move(parts.states)),
        own_(std::move(parts.own)),
        own_index_(std::move(parts.own_index)),
        parents_(parts.parents),
        block_(parts.block),
        filled_(std::move(parts.filled)),
        discrepancies_(std::move(parts.discrepancies)),
        options_(std::move(parts.options)) {}

  // The roll-up of `unit` for indicator key i and period key p under the policy: a leaf's
  // own rows; a parent's children's roll-ups merged (separate, check), with its own value
  // where they have none (fill_missing), or with its own rows too (include). No row under
  // the unit: no value (why::empty_group), never 0.
  result_type value(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0) const {
    return states_.value(group(unit, i, p, 0));
  }
  result_type value(std::string_view unit_code, std::size_t i = 0, std::size_t p = 0) const {
    return value(hierarchy_->id(unit_code), i, p);
  }
  result_type value(std::uint32_t unit, std::size_t i, std::size_t p, std::size_t slice) const {
    return states_.value(group(unit, i, p, slice));
  }
  // The figure of `unit`'s own rows only (CA's reported 100), whatever the policy; no
  // value when it has none. For a leaf, its roll-up.
  result_type own(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0, std::size_t slice = 0) const {
    const std::uint32_t k = own_index_[unit];
    return k == npos ? states_.value(group(unit, i, p, slice)) : own_.value(own_group(unit, k, i, p, slice));
  }
  result_type own(std::string_view unit_code, std::size_t i = 0, std::size_t p = 0) const {
    return own(hierarchy_->id(unit_code), i, p);
  }
  // Whether value(unit, i, p) is the unit's own value standing in for children without
  // rows (parent_values::fill_missing); false under every other policy.
  bool filled(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0, std::size_t slice = 0) const {
    const std::uint32_t k = own_index_[unit];
    return k != npos && !filled_.empty() && filled_[own_group(unit, k, i, p, slice)] != 0;
  }
  bool filled(std::string_view unit_code, std::size_t i = 0, std::size_t p = 0) const {
    return filled(hierarchy_->id(unit_code), i, p);
  }
  // parent_values::check: every parent with both an own value and a children's roll-up
  // that differ by more than the tolerance, by unit id, then indicator key, slice and
  // period key. Empty under the other policies.
  const std::vector<rollup_discrepancy>& discrepancies() const noexcept { return discrepancies_; }

  const typename Rule::state& state(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0) const {
    return states_[group(unit, i, p, 0)];
  }
  const typename Rule::state& own_state(std::uint32_t unit, std::size_t i = 0, std::size_t p = 0) const {
    const std::uint32_t k = own_index_[unit];
    return k == npos ? states_[group(unit, i, p, 0)] : own_[own_group(unit, k, i, p, 0)];
  }
  const rollup_options& options() const noexcept { return options_; }
  parent_values parents() const noexcept { return options_.parents; }
  const grouping& keys() const noexcept { return keys_; }
  // The roll-up states, in the grouping's layout (by unit).
  const partial<Rule>& states() const noexcept { return states_; }
  const unit_hierarchy& hierarchy() const noexcept { return *hierarchy_; }

 private:
  std::size_t group(std::uint32_t unit, std::size_t i, std::size_t p, std::size_t slice) const {
    ATTAIN_EXPECTS(unit < hierarchy_->size());
    return keys_.group_of(i, keys_.unit_key(unit), p, slice);
  }
  // Own states of parents: a block of `block_` groups per (indicator key, parent), laid out
  // as the grouping lays out the groups of one (indicator key, unit).
  std::size_t own_group(std::uint32_t unit, std::uint32_t k, std::size_t i, std::size_t p, std::size_t slice) const {
    const std::size_t u = keys_.unit_key(unit);
    return (i * parents_ + k) * block_ + (keys_.group_of(i, u, p, slice) - keys_.group_of(i, u, 0, 0));
  }

  const unit_hierarchy* hierarchy_;
  grouping keys_;
  partial<Rule> states_;
  partial<Rule> own_;
  std::vector<std::uint32_t> own_index_;  // unit id → index among parents, npos for a leaf
  std::size_t parents_;
  std::size_t block_;
  std::vector<std::uint8_t> filled_;  // per own group (fill_missing only)
  std::vector<rollup_discrepancy> discrepancies_;
  rollup_options options_;
};

namespace detail {

template <class Rule>
struct rollup_parts {
  const unit_hierarchy* hierarchy;
  grouping keys;
  partial<Rule> states;
  partial<Rule> own;
  std::vector<std::uint32_t> own_index;
  std::size_t parents = 0;
  std::size_t block = 0;
  std::vector<std::uint8_t> filled;
  std::vector<rollup_discrepancy> discrepancies;
  rollup_options options;
};

inline void check_rollup(const observation_table& t, const unit_hierarchy& h, grouping& g) {
  if (t.hierarchy() != &h || !h.sealed())
    raise_domain(errc::invalid_argument, "roll-up needs a table built over this sealed hierarchy");
  if (g.unit_keys() != 1 || g.unit_of_key(0) != grouping::npos)
    raise_domain(errc::invalid_argument, "roll-up: the grouping must leave the unit dimension alone");
  g.by_unit();
  if (g.unit_keys() != h.size()) raise_domain(errc::invalid_argument, "roll-up: units filtered out");
}

// Rules whose figure check can compare: one aggregate_value, exact (a decimal or a
// quotient). Variance and standard deviation are rounded at a scale; summary is five figures.
template <class Rule>
constexpr bool comparable_figures =
    std::is_same_v<typename Rule::result_type, aggregate_value> && !std::is_base_of_v<variance_rule, Rule>;

// The policy's demands on the rule, checked before any row is read.
template <class Rule>
void check_parent_policy(const rollup_options& o) {
  const parent_values p = o.parents;
  if (p != parent_values::separate && p != parent_values::fill_missing && p != parent_values::check &&
      p != parent_values::include)
    raise_domain(errc::invalid_argument, "roll-up: unknown parent_values policy " +
                                             std::to_string(static_cast<unsigned>(p)));
  if (o.tolerance < decimal{0})
    raise_domain(errc::invalid_argument, "roll-up: negative tolerance " + to_string(o.tolerance));
  if (p == parent_values::fill_missing || p == parent_values::check) {
    if constexpr (!std::equality_comparable<typename Rule::state>)
      raise_domain(errc::invalid_argument,
                   "roll-up: parent_values::" + std::string(to_string(p)) + " needs a rule state with ==");
  }
  if (p == parent_values::check) {
    if constexpr (!comparable_figures<Rule>)
      raise_domain(errc::invalid_argument,
                   "roll-up check: rule \"" + std::string(Rule::name) + "\" has no exact figure to compare");
  }
}

// own − children, exactly, when |own − children| > tolerance; no value when within it.
// Figures a/b and c/d (b = d = 1 for decimals) differ by (a·d − c·b) / (b·d), compared as
// |a·d − c·b| > tolerance · |b·d| — no division, no rounding.
inline bool parent_discrepancy(const aggregate_value& own, const aggregate_value& children, const decimal& tolerance,
                               std::string_view unit_code, aggregate_value& difference) {
  if (!own.has_value() || !children.has_value()) {
    if (!own.has_value() && !children.has_value()) return false;
    difference = aggregate_value::none(own.has_value() ? children.reason() : own.reason());
    return true;
  }
  if (!own.is_exact() || !children.is_exact())
    raise_domain(errc::invalid_argument,
                 "roll-up check: unit \"" + std::string(unit_code) + "\": a rounded figure cannot be compared exactly");
  if (!own.is_quotient() && !children.is_quotient()) {
    const decimal d = own.numerator() - children.numerator();
    if (!(abs(d) > tolerance)) return false;
    difference = aggregate_value::exact(d);
    return true;
  }
  const decimal numerator = own.numerator() * children.denominator() - children.numerator() * own.denominator();
  const decimal denominator = own.denominator() * children.denominator();
  if (!(abs(numerator) > tolerance * abs(denominator))) return false;
  difference = aggregate_value::quotient(numerator, denominator);
  return true;
}

// Runs job(k) for k = 0 … threads − 1, job(0) on the calling thread, the others on threads
// of their own; rethrows the first exception (by k) once all have finished.
template <class Job>
void run_parallel(unsigned threads, const Job& job) {
  if (threads <= 1) {
    job(0u);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (unsigned k = 1; k < threads; ++k)
      pool.emplace_back([&job, &errors, k] {
        try {
          job(k);
        } catch (...) {
          errors[k] = std::current_exception();
        }
      });
    try {
      job(0u);
    } catch (...) {
      errors[0] = std::current_exception();
    }
  }  // joins
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

inline unsigned rollup_threads(const aggregate_options& o) noexcept {
  return o.threads != 0 ? o.threads : std::max(1u, std::thread::hardware_concurrency());
}

// Whether the roll-up reads the rows itself (rollup_rows): a rule with a 64-bit kernel (sum,
// count, mean, min, max, summary), a plan of 64-bit values at the groups' scales (no statuses
// to tally, no wide values, no factors), no dimension column, no scale binding.
template <class Rule>
bool rollup_plain_plan(const grouping::plan& plan) noexcept {
  if constexpr (has_kernel<Rule> && !requires(const Rule& r) { r.bind(0); })
    return !plan.general && plan.used_dimensions.empty();
  else
    return false;
}

// Rows [0, n) whose group lies in [from, to), stepped into `states` in row order.
template <class Rule, bool UseIndicator, bool UsePeriod>
void rollup_step_rows(const observation_table& t, const grouping::plan& plan, const Rule& rule,
                      typename Rule::state* states, std::uint32_t from, std::uint32_t to) {
  const std::uint32_t* ind = t.indicator_column().data();
  const std::uint32_t* unit = t.unit_column().data();
  const std::uint32_t* per = t.period_column().data();
  const std::int64_t* val = t.value_column().data();
  const period_span* spans = t.periods().data();
  const std::uint32_t* io = plan.indicator_offset.data();
  const std::uint32_t* uo = plan.unit_offset.data();
  const std::uint32_t* po = plan.period_offset.data();
  const std::uint32_t width = to - from;
  for (std::size_t r = 0, n = t.size(); r < n; ++r) {
    std::uint32_t g = uo[unit[r]];
    if constexpr (UseIndicator) g += io[ind[r]];
    if constexpr (UsePeriod) g += po[per[r]];
    if (g - from >= width) continue;  // another thread's group, or left out (≥ skip)
    observation_ref o = row_ref(spans, per, unit, r);
    o.value = val[r];
    rule.step(states[g], o);
  }
}

// The roll-up's pass over the rows for a plain plan (rollup_plain_plan): the states of
// aggregate(t, g, rule), built for a roll-up's shape — about one row per group (every unit ×
// indicator × period), where making the states, not stepping the rows, is the work. The
// states are made once (no partial per thread to merge, no 64-bit kernel states to widen);
// each thread steps the rows of its own range of groups, in row order, straight into them —
// the same steps in the same order as one pass.
template <class Rule>
partial<Rule> rollup_rows(const observation_table& t, const grouping& g, const grouping::plan& plan, const Rule& rule,
                          unsigned threads) {
  using state = typename Rule::state;
  const std::size_t groups = g.size();
  const std::size_t ni = g.indicator_keys();
  const std::size_t per_indicator = ni == 0 ? 0 : groups / ni;
  threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(1, groups)));
  // The states, made once (a partial's constructor would initialise them twice): their pages
  // mapped by every thread, a part each (huge pages where the system has them), then filled
  // by thread 0 while thread 1 writes the groups' scales.
  state empty;
  rule.init(empty);
  std::vector<state> states;
  states.reserve(groups);
  out_of_line::advise_huge_pages(states.data(), groups * sizeof(state));
  std::vector<int> scales;
  const auto make_scales = [&] {
    scales.resize(groups);
    if (per_indicator == 0) return;  // no groups (no periods or units): no scale to ask for
    for (std::size_t i = 0; i < ni; ++i)
      std::fill_n(scales.begin() + static_cast<std::ptrdiff_t>(i * per_indicator), per_indicator,
                  g.scale_of(i * per_indicator));
  };
  char* const base = reinterpret_cast<char*>(states.data());  // before thread 0 resizes `states`
  const std::size_t bytes = groups * sizeof(state);
  run_parallel(threads, [&](unsigned k) {
    if (threads > 1) out_of_line::populate_pages(base + bytes * k / threads, bytes * (k + 1) / threads - bytes * k / threads);
    if (k == 0) {
      // A rule whose empty state is the value-initialised one (a sum, a count) gets it by
      // value-initialisation, which the library writes as zeros in bulk; others by copies.
      if constexpr (requires(const state& a) { a == a; }) {
        if (empty == state{}) states.resize(groups);
        else states.resize(groups, empty);
      } else {
        states.resize(groups, empty);
      }
    }
    if (k == (threads > 1 ? 1u : 0u)) make_scales();
  });
  partial<Rule> out(rule, 0, std::move(scales), 0);
  out.states() = std::move(states);
  state* s = out.states().data();
  run_parallel(threads, [&](unsigned k) {
    const auto from = static_cast<std::uint32_t>(groups * k / threads);
    const auto to = static_cast<std::uint32_t>(groups * (k + 1) / threads);
    if (plan.use_indicator && plan.use_period) rollup_step_rows<Rule, true, true>(t, plan, rule, s, from, to);
    else if (plan.use_indicator) rollup_step_rows<Rule, true, false>(t, plan, rule, s, from, to);
    else if (plan.use_period) rollup_step_rows<Rule, false, true>(t, plan, rule, s, from, to);
    else rollup_step_rows<Rule, false, false>(t, plan, rule, s, from, to);
  });
  return out;
}

// Bottom-up, after keeping the parents' own states apart: each unit's roll-up (its own
// rows for a leaf; its children's roll-ups, merged into it before it is visited, for a
// parent) merged into its parent's. The groups of one (indicator key, unit) are one block
// of g.size() / (indicator keys · unit keys) groups from group_of(i, u, 0) — periods today,
// slices × periods when groupings split further dimensions — merged block by block. The
// columns (indicator key, position in the block) are independent: `threads` threads take a
// range of them each, every one in the same order of units as one thread would.
template <class Rule>
rollup_result<Rule> merge_up(const unit_hierarchy& h, grouping g, partial<Rule> states, const rollup_options& o,
                             unsigned threads = 1) {
  using state = typename Rule::state;
  constexpr std::uint32_t npos = unit_hierarchy::npos;
  const std::size_t ni = g.indicator_keys(), nu = g.unit_keys();
  const std::size_t block = ni * nu == 0 ? 0 : g.size() / (ni * nu);
  const Rule& bound = states.rule();
  const bool tally = states.tracks_statuses();
  // group_of(i, unit_key(u), 0): the unit keys of a roll-up's grouping are the unit ids.
  std::vector<std::size_t> unit_start(h.size());
  for (std::uint32_t u = 0; u < h.size(); ++u) unit_start[u] = g.group_of(0, g.unit_key(u), 0);
  const std::size_t indicator_stride = nu * block;
  const auto start = [&](std::size_t i, std::uint32_t unit) { return i * indicator_stride + unit_start[unit]; };

  // The parents' own states, apart.
  std::vector<std::uint32_t> own_index(h.size(), npos);
  std::uint32_t parents = 0;
  for (std::uint32_t u = 0; u < h.size(); ++u)
    if (!h.children(u).empty()) own_index[u] = parents++;
  const auto own_start = [&](std::size_t i, std::uint32_t unit) { return (i * parents + own_index[unit]) * block; };
  const std::size_t own_groups = ni * parents * block;
  std::vector<int> own_scales(own_groups);
  for (std::uint32_t u = 0; u < h.size(); ++u) {
    if (own_index[u] == npos) continue;
    for (std::size_t i = 0; i < ni; ++i)
      for (std::size_t b = 0; b < block; ++b) own_scales[own_start(i, u) + b] = states.scale_of(start(i, u) + b);
  }
  partial<Rule> own(bound, own_groups, std::move(own_scales), states.partner_scale());
  if (tally) own.track_statuses();
  for (std::uint32_t u = 0; u < h.size(); ++u) {
    if (own_index[u] == npos) continue;
    for (std::size_t i = 0; i < ni; ++i)
      for (std::size_t b = 0; b < block; ++b) {
        const std::size_t from = start(i, u) + b, to = own_start(i, u) + b;
        own[to] = states[from];
        if (tally) own.tally(to) = states.tally(from);
        if (o.parents != parent_values::include) {  // the roll-up starts from the children alone
          bound.init(states[from]);
          if (tally) states.tally(from) = status_tally{};
        }
      }
  }

  std::vector<std::uint8_t> filled;
  if (o.parents == parent_values::fill_missing) filled.assign(own.size(), 0);
  state empty;
  bound.init(empty);
  const std::size_t columns = ni * block;
  // Fewer than 2^16 groups a thread: not worth a thread.
  threads = static_cast<unsigned>(std::clamp<std::size_t>(g.size() >> 16, 1, std::max(1u, threads)));
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, columns)));
  run_parallel(threads, [&](unsigned k) {
    const std::size_t c0 = columns * k / threads, c1 = columns * (k + 1) / threads;
    if (c0 == c1) return;
    const std::size_t i0 = c0 / block, i1 = (c1 - 1) / block;
    // Block positions [lo, hi) of indicator key i within the thread's columns.
    const auto lo = [&](std::size_t i) { return i == i0 ? c0 % block : 0; };
    const auto hi = [&](std::size_t i) { return i == i1 ? (c1 - 1) % block + 1 : block; };
    for (const std::uint32_t u : h.bottom_up()) {
      if constexpr (std::equality_comparable<state>) {
        if (o.parents == parent_values::fill_missing && own_index[u] != npos) {
          for (std::size_t i = i0; i <= i1; ++i)
            for (std::size_t b = lo(i), e = hi(i); b < e; ++b) {
              const std::size_t to = start(i, u) + b, from = own_start(i, u) + b;
              if (!(states[to] == empty) || own[from] == empty) continue;
              states[to] = own[from];
              if (tally) states.tally(to) = own.tally(from);
              filled[from] = 1;
            }
        }
      }
      const std::uint32_t parent = h.parent(u);
      if (parent == npos) continue;
      for (std::size_t i = i0; i <= i1; ++i) {
        const std::size_t from = start(i, u), to = start(i, parent);
        for (std::size_t b = lo(i), e = hi(i); b < e; ++b) {
          bound.merge(states[to + b], states[from + b]);
          if (tally) states.tally(to + b) += states.tally(from + b);
        }
      }
    }
  });

  std::vector<rollup_discrepancy> discrepancies;
  if constexpr (comparable_figures<Rule> && std::equality_comparable<state>) {
    if (o.parents == parent_values::check) {
      const std::size_t np = g.period_keys();
      for (std::uint32_t u = 0; u < h.size(); ++u) {
        if (own_index[u] == npos) continue;
        for (std::size_t i = 0; i < ni; ++i)
          for (std::size_t b = 0; b < block; ++b) {
            const std::size_t rolled = start(i, u) + b, mine = own_start(i, u) + b;
            if (own[mine] == empty || states[rolled] == empty) continue;
            rollup_discrepancy d;
            d.own = own.value(mine);
            d.children = states.value(rolled);
            if (!parent_discrepancy(d.own, d.children, o.tolerance, h.code(u), d.difference)) continue;
            d.unit = u;
            d.indicator_key = i;
            d.period_key = b % np;
            d.slice = b / np;
            discrepancies.push_back(std::move(d));
          }
      }
    }
  }

  return rollup_result<Rule>(detail::rollup_parts<Rule>{&h, std::move(g), std::move(states), std::move(own),
                                                        std::move(own_index), parents, block, std::move(filled),
                                                        std::move(discrepancies), o});
}

// Every unit's states before the merge up: the roll-up's own pass over the rows for a kernel
// plan, else aggregate().
template <class Rule>
partial<Rule> rollup_states(const observation_table& t, const grouping& g, const Rule& rule, const aggregate_options& o) {
  if constexpr (has_kernel<Rule>) {
    const grouping::plan plan = g.make_plan();
    if (rollup_plain_plan<Rule>(plan)) {
      const std::size_t per_thread = std::max<std::size_t>(1, o.min_rows_per_thread);
      // A thread per min_rows_per_thread rows or groups, whichever is more: the states are
      // the work as much as the rows.
      const std::size_t work = std::max(t.size(), g.size());
      const auto threads = static_cast<unsigned>(std::clamp<std::size_t>(work / per_thread, 1, rollup_threads(o)));
      return rollup_rows(t, g, plan, rule, threads);
    }
  }
  return aggregate(t, g, rule, o);
}

}  // namespace detail

// Rolls `rule` up the whole hierarchy: every unit's figure for every indicator and period
// key of `g`, computed bottom-up by merging partial states, a parent's own rows kept apart
// as `options.parents` says (default parent_values::separate).
//   rollup(t, h, g, sum_rule{}).value("CA")                                       // 60 + 40
//   rollup(t, h, g, sum_rule{}, {.parents = parent_values::include}).value("CA")  // 100 + 60 + 40
template <class Rule>
  requires aggregation_rule<Rule> && (!is_pair_rule<Rule>)
rollup_result<Rule> rollup(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule,
                           const rollup_options& options) {
  detail::check_parent_policy<Rule>(options);
  detail::check_rollup(t, h, g);
  partial<Rule> states = detail::rollup_states(t, g, rule, options.aggregate);
  return detail::merge_up(h, std::move(g), std::move(states), options, detail::rollup_threads(options.aggregate));
}
// The same with the default policy (separate) and the aggregation's threads.
template <class Rule>
  requires aggregation_rule<Rule> && (!is_pair_rule<Rule>)
rollup_result<Rule> rollup(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule = Rule{},
                           const aggregate_options& options = {}) {
  return rollup(t, h, std::move(g), rule, rollup_options{.aggregate = options});
}

// Rolls a pair rule up the hierarchy — a ratio of sums (households with clean water over
// households: 10/16 communes' style shares), a weighted mean — pairing each row of
// `x_indicator` with the row of `y_indicator` of the same unit and period (aggregate_pairs).
// A district's figure is the ratio of *its* sums, a province's the ratio of its sums, never
// a mean of the districts' ratios. A parent's own pairs follow `options.parents`.
//   auto r = rollup_pairs(t, h, grouping(t), ratio_of_sums_rule{}, "CLEAN", "HOUSEHOLDS");
//   r.value("D1")   // (9 + 1) / (10 + 90) = 1/10;   r.value("P")  the province's Σx / Σy
template <class Rule>
  requires aggregation_rule<Rule> && is_pair_rule<Rule>
rollup_result<Rule> rollup_pairs(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule,
                                 std::string_view x_indicator, std::string_view y_indicator,
                                 const rollup_options& options) {
  detail::check_parent_policy<Rule>(options);
  g.indicators({x_indicator});  // as aggregate_pairs does: the same shape for the merge
  detail::check_rollup(t, h, g);
  partial<Rule> states = aggregate_pairs(t, g, rule, x_indicator, y_indicator, options.aggregate);
  return detail::merge_up(h, std::move(g), std::move(states), options, detail::rollup_threads(options.aggregate));
}
template <class Rule>
  requires aggregation_rule<Rule> && is_pair_rule<Rule>
rollup_result<Rule> rollup_pairs(const observation_table& t, const unit_hierarchy& h, grouping g, const Rule& rule,
                                 std::string_view x_indicator, std::string_view y_indicator,
                                 const aggregate_options& options = {}) {
  return rollup_pairs(t, h, std::move(g), rule, x_indicator, y_indicator, rollup_options{.aggregate = options});
}

}  // namespace attain

#endif  // ATTAIN_ROLLUP_HPP
