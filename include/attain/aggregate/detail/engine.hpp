// attain/aggregate/detail/engine.hpp — internal: the query engine behind aggregate() and
// aggregate_pairs() (attain/aggregate.hpp). The per-row loops specialised on the key
// columns they read, the 64-bit kernel loops with their carries and state prefetching, and
// `run`, which splits the rows into partitions, fills a partial state per thread and merges
// them in partition order.
#ifndef ATTAIN_AGGREGATE_DETAIL_ENGINE_HPP
#define ATTAIN_AGGREGATE_DETAIL_ENGINE_HPP

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <span>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/grouping.hpp"
#include "attain/aggregate/options.hpp"
#include "attain/aggregate/partial.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/config.hpp"
#include "attain/error.hpp"
#include "attain/observation.hpp"
#include "attain/period_span.hpp"
#include "attain/table.hpp"

namespace attain::detail {

template <class Rule>
Rule bound_rule(const Rule& rule, int scale) {
  if constexpr (requires { rule.bind(scale); }) return rule.bind(scale);
  else return rule;
}

// The reference a rule steps for row r: its period's days and its unit, no partner; the value
// is the caller's (the raw coefficient, or widened and scaled). Shared with rollup.hpp's pass.
[[gnu::always_inline]] inline observation_ref row_ref(const period_span* spans, const std::uint32_t* per,
                                                      const std::uint32_t* unit, std::size_t r) noexcept {
  const period_span& s = spans[per[r]];
  return observation_ref{0, s.first_day, s.last_day, unit[r], 0};
}

// The per-row loop, specialised on which key columns are read. `Partner` fills
// observation_ref::partner and returns false to leave a row out (pair rules).
template <class Rule, bool UseIndicator, bool UsePeriod, bool General, class Partner>
void run_rows(const Rule& rule, const observation_table& t, const grouping::plan& plan, partial<Rule>& out,
              std::size_t begin, std::size_t end, const Partner& partner) {
  const std::uint32_t* ind = t.indicator_column().data();
  const std::uint32_t* unit = t.unit_column().data();
  const std::uint32_t* per = t.period_column().data();
  const std::int64_t* val = t.value_column().data();
  const value_status* st = t.status_column().data();
  const period_span* spans = t.periods().data();
  const int128* wide = t.wide_column().data();
  const std::uint32_t* io = plan.indicator_offset.data();
  const std::uint32_t* uo = plan.unit_offset.data();
  const std::uint32_t* po = plan.period_offset.data();
  const std::int64_t* factor = plan.factor.data();
  const std::uint8_t* is_wide = plan.wide.data();
  auto* states = out.states().data();
  const bool tally = out.tracks_statuses();
  // The general path reads the dimension columns too (a loop over the used ones). Group ids
  // add up in 64 bits there: five offsets of `skip` would wrap 32.
  const std::size_t dims = General ? plan.used_dimensions.size() : 0;
  std::vector<const std::uint32_t*> dim_col(dims), dim_off(dims);
  for (std::size_t j = 0; j < dims; ++j) {
    dim_col[j] = t.dimension_column(plan.used_dimensions[j]).data();
    dim_off[j] = plan.dimension_offset[j].data();
  }
  for (std::size_t r = begin; r < end; ++r) {
    std::uint64_t g = uo[unit[r]];
    if constexpr (UseIndicator) g += io[ind[r]];
    if constexpr (UsePeriod) g += po[per[r]];
    for (std::size_t j = 0; j < dims; ++j) g += dim_off[j][dim_col[j][r]];
    if (ATTAIN_UNLIKELY(g >= grouping::skip)) continue;
    observation_ref o = row_ref(spans, per, unit, r);
    if constexpr (General) {
      if (((plan.status_mask >> static_cast<unsigned>(st[r])) & 1u) == 0) continue;
      // A missing value (status M) is no 0 that counts: tallied, never stepped.
      if (ATTAIN_UNLIKELY(st[r] == value_status::missing)) {
        if (tally) ++out.tally(g).count[static_cast<std::size_t>(st[r])];
        continue;
      }
      const std::uint32_t i = ind[r];
      const int128 c = is_wide[i] ? wide[val[r]] : static_cast<int128>(val[r]);
      if (factor[i] != 1) {
        if (__builtin_mul_overflow(c, static_cast<int128>(factor[i]), &o.value)) raise_sum_overflow();
      } else {
        o.value = c;
      }
      if (!partner(r, o)) {
        out.add_unpaired(1);
        continue;
      }
      if (tally) ++out.tally(g).count[static_cast<std::size_t>(st[r])];
    } else {
      o.value = val[r];
    }
    rule.step(states[g], o);
  }
}

template <class Rule, class Partner>
void run_partition(const Rule& rule, const observation_table& t, const grouping::plan& plan, partial<Rule>& out,
                   std::size_t begin, std::size_t end, const Partner& partner) {
  if (plan.general || !plan.used_dimensions.empty()) {
    run_rows<Rule, true, true, true>(rule, t, plan, out, begin, end, partner);
  } else if (plan.use_indicator) {
    if (plan.use_period) run_rows<Rule, true, true, false>(rule, t, plan, out, begin, end, partner);
    else run_rows<Rule, true, false, false>(rule, t, plan, out, begin, end, partner);
  } else {
    if (plan.use_period) run_rows<Rule, false, true, false>(rule, t, plan, out, begin, end, partner);
    else run_rows<Rule, false, false, false>(rule, t, plan, out, begin, end, partner);
  }
}

// A carry of a 64-bit kernel sum into its group's counter of ±2^64 (rare: kept out of line).
ATTAIN_COLD inline void add_carry(std::vector<std::int64_t>& carries, std::size_t slots, std::uint32_t g, int d) {
  if (carries.empty()) carries.assign(slots, 0);
  carries[g] += d;
}

// How many rows ahead the kernel loops fetch a group's state, and from what size of all the
// states on: 10,000 summary states (240 KB, 320 KB line-fitted) do not stay cached beside a
// stream of values,
// and waiting for them costs more than the step; 10,000 sums (80 KB) stay, and fetching
// them only adds work (measured, docs in bench/aggregate_bench.cpp).
inline constexpr std::size_t state_fetch_ahead = 16;
inline constexpr std::size_t state_fetch_from_bytes = std::size_t{128} << 10;
template <class State>
bool fetch_states_ahead(std::size_t groups) noexcept {
  return groups * sizeof(State) >= state_fetch_from_bytes;
}

// A kernel state padded and aligned to the next power of two of its size, at most a cache
// line (a summary's 24 bytes → 32): no state straddles two cache lines, so a row touches one
// line and one fetch ahead covers it. Of 24-byte states back to back, 3 in 8 straddle.
template <class State>
struct alignas(std::min<std::size_t>(std::bit_ceil(sizeof(State)), 64)) line_fitted {
  State s;
};
template <class State>
State& state_of(State& s) noexcept {
  return s;
}
template <class State>
State& state_of(line_fitted<State>& s) noexcept {
  return s.s;
}

// The kernel loop over rows [begin, end): dense group ids straight from the plan's offsets
// (rows left out go to a spare slot past the last group: no branch per row), one kernel step
// per row on the int64 value column. A plain group-by-unit can fetch the state of the row
// state_fetch_ahead rows on (FetchAhead).
// Dims (0, 1 or 2) dimension columns add their offsets too, in 64 bits (see run_rows).
template <class Kernel, bool Identity, bool UseIndicator, bool UsePeriod, bool Count = true, bool FetchAhead = false,
          std::size_t Dims = 0, class State>
void kernel_rows(const observation_table& t, const grouping::plan& plan, State* states, std::vector<std::int64_t>& carries,
                 std::uint32_t groups, std::size_t begin, std::size_t end) {
  const std::uint32_t* ind = t.indicator_column().data();
  const std::uint32_t* unit = t.unit_column().data();
  const std::uint32_t* per = t.period_column().data();
  const std::int64_t* val = t.value_column().data();
  const std::uint32_t* io = plan.indicator_offset.data();
  const std::uint32_t* uo = plan.unit_offset.data();
  const std::uint32_t* po = plan.period_offset.data();
  std::array<const std::uint32_t*, Dims == 0 ? 1 : Dims> dim_col{}, dim_off{};
  for (std::size_t j = 0; j < Dims; ++j) {
    dim_col[j] = t.dimension_column(plan.used_dimensions[j]).data();
    dim_off[j] = plan.dimension_offset[j].data();
  }
  const std::size_t slots = std::size_t{groups} + 1;
  const auto row = [&](std::size_t r) {
    std::uint32_t g;
    if constexpr (Identity) {
      g = unit[r];
    } else if constexpr (Dims != 0) {
      std::uint64_t w = uo[unit[r]];
      if constexpr (UseIndicator) w += io[ind[r]];
      if constexpr (UsePeriod) w += po[per[r]];
      for (std::size_t j = 0; j < Dims; ++j) w += dim_off[j][dim_col[j][r]];
      g = w < groups ? static_cast<std::uint32_t>(w) : groups;
    } else {
      g = uo[unit[r]];
      if constexpr (UseIndicator) g += io[ind[r]];
      if constexpr (UsePeriod) g += po[per[r]];
      g = g < groups ? g : groups;
    }
    const auto carry = [&carries, slots, g](int d) { add_carry(carries, slots, g, d); };
    if constexpr (Count) Kernel::step(state_of(states[g]), val[r], carry);
    else Kernel::step_uncounted(state_of(states[g]), val[r], carry);
  };
  std::size_t r = begin;
  if constexpr (Identity && FetchAhead) {
    // Rows with a row state_fetch_ahead further on: no bounds test beside the fetch.
    for (; r + state_fetch_ahead < end; ++r) {
      prefetch_for_write(states + unit[r + state_fetch_ahead]);
      row(r);
    }
  }
  for (; r < end; ++r) row(r);
}

// Whether a plain group-by-unit takes its row counts from the table (counted at seal(), see
// kernel_with_row_count) instead of counting them row by row.
template <class Rule>
concept state_with_row_count = requires(typename Rule::state& s) { s.n = std::uint64_t{}; };
template <class Rule>
bool counts_from_table(const observation_table& t, bool identity, std::size_t groups) noexcept {
  if constexpr (has_kernel<Rule>) {
    if constexpr (kernel_with_row_count<typename Rule::kernel> && state_with_row_count<Rule>)
      return identity && t.unit_rows().size() == groups;
  }
  return false;
}

// Rows [begin, end) through the rule's kernel into `out` (freshly initialised). With
// `table_counts`, the rows are not counted: every group claims the table's whole count of its
// unit, in every partition, and `run` sets the merged count back to the table's (see there).
template <class Rule>
void run_kernel(const Rule& rule, const observation_table& t, const grouping::plan& plan, bool identity,
                bool table_counts, partial<Rule>& out, std::size_t begin, std::size_t end) {
  using Kernel = typename Rule::kernel;
  const auto groups = static_cast<std::uint32_t>(out.size());
  std::vector<typename Kernel::state> states(std::size_t{groups} + 1);
  std::vector<std::int64_t> carries;  // allocated by the first carry
  typename Kernel::state* k = states.data();
  bool counted = false;
  if constexpr (kernel_with_row_count<Kernel>) {
    if (table_counts) {
      const std::span<const std::uint32_t> rows = t.unit_rows();
      using fitted = line_fitted<typename Kernel::uncounted>;
      std::vector<fitted> parts(std::size_t{groups} + 1);
      if (fetch_states_ahead<fitted>(parts.size()))
        kernel_rows<Kernel, true, false, false, false, true>(t, plan, parts.data(), carries, groups, begin, end);
      else
        kernel_rows<Kernel, true, false, false, false, false>(t, plan, parts.data(), carries, groups, begin, end);
      for (std::uint32_t g = 0; g < groups; ++g) {
        static_cast<typename Kernel::uncounted&>(k[g]) = parts[g].s;
        k[g].n = rows[g];
      }
      counted = true;
    }
  }
  const std::size_t dims = plan.used_dimensions.size();
  if (counted) {
  } else if (dims == 1) {
    if (plan.use_indicator || plan.use_period) kernel_rows<Kernel, false, true, true, true, false, 1>(t, plan, k, carries, groups, begin, end);
    else kernel_rows<Kernel, false, false, false, true, false, 1>(t, plan, k, carries, groups, begin, end);
  } else if (dims == 2) {
    if (plan.use_indicator || plan.use_period) kernel_rows<Kernel, false, true, true, true, false, 2>(t, plan, k, carries, groups, begin, end);
    else kernel_rows<Kernel, false, false, false, true, false, 2>(t, plan, k, carries, groups, begin, end);
  } else if (identity && fetch_states_ahead<typename Kernel::state>(states.size())) {
    kernel_rows<Kernel, true, false, false, true, true>(t, plan, k, carries, groups, begin, end);
  } else if (identity) kernel_rows<Kernel, true, false, false>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_indicator && plan.use_period) kernel_rows<Kernel, false, true, true>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_indicator) kernel_rows<Kernel, false, true, false>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_period) kernel_rows<Kernel, false, false, true>(t, plan, k, carries, groups, begin, end);
  else kernel_rows<Kernel, false, false, false>(t, plan, k, carries, groups, begin, end);
  for (std::uint32_t g = 0; g < groups; ++g)
    rule.merge(out[g], Kernel::widen(states[g], carries.empty() ? 0 : carries[g]));
}

// Whether group ids are the unit ids themselves (a plain group-by-unit): no lookup per row.
inline bool identity_plan(const grouping::plan& plan, std::size_t groups) noexcept {
  if (plan.use_indicator || plan.use_period || !plan.used_dimensions.empty() || plan.unit_offset.size() != groups) return false;
  for (std::size_t u = 0; u < groups; ++u)
    if (plan.unit_offset[u] != u) return false;
  return true;
}

template <class Rule, class Partner>
partial<Rule> run(const observation_table& t, const grouping& g, const Rule& rule, const aggregate_options& options,
                  int partner_scale, const Partner& partner, bool force_general) {
  ATTAIN_EXPECTS(t.sealed());
  grouping::plan plan = g.make_plan();
  plan.general = plan.general || force_general;
  std::vector<int> scales(g.size());
  for (std::size_t k = 0; k < scales.size(); ++k) scales[k] = g.scale_of(k);
  // Rules bound to a scale (count_if's standard) need one scale for every group.
  const Rule bound = bound_rule(rule, scales.empty() ? 0 : scales[0]);
  if constexpr (requires { rule.bind(0); }) {
    for (const int s : scales)
      if (s != scales[0]) raise_domain(errc::invalid_argument, std::string(Rule::name) + " over indicators of different scales: group by indicator");
  }
  unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t n = t.size();
  const std::size_t by_size = std::max<std::size_t>(1, n / std::max<std::size_t>(1, options.min_rows_per_thread));
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, by_size));
  const bool tally = plan.general && t.flagged_rows() != 0;
  // The kernel reads at most two dimension columns; more take the general path.
  [[maybe_unused]] const bool use_kernel = has_kernel<Rule> && !plan.general && plan.used_dimensions.size() <= 2;
  [[maybe_unused]] const bool identity = use_kernel && identity_plan(plan, g.size());
  const bool table_counts = counts_from_table<Rule>(t, identity, g.size());
  // One partition: a fresh partial, built (and first touched) by the thread that fills it.
  const auto compute = [&](std::size_t begin, std::size_t end) {
    partial<Rule> p(bound, g.size(), scales, partner_scale);
    if (tally) p.track_statuses();
    if constexpr (has_kernel<Rule>) {
      if (use_kernel) {
        run_kernel(bound, t, plan, identity, table_counts, p, begin, end);
        return p;
      }
    }
    run_partition(bound, t, plan, p, begin, end, partner);
    return p;
  };
  if (threads <= 1) return compute(0, n);
  // Each thread owns its partial (separate allocations; the shared vector is written once
  // per thread, at the end), merged in partition order.
  std::vector<partial<Rule>> parts(threads);
  std::vector<std::exception_ptr> errors(threads);
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (unsigned i = 1; i < threads; ++i) {
      pool.emplace_back([&, i] {
        try {
          parts[i] = compute(n * i / threads, n * (i + 1) / threads);
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    }
    try {
      parts[0] = compute(0, n / threads);
    } catch (...) {
      errors[0] = std::current_exception();
    }
  }  // joins
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
  partial<Rule> result = std::move(parts[0]);
  for (unsigned i = 1; i < threads; ++i) result.merge(parts[i]);
  // Each partition claimed the table's count of every unit, so the merge added it `threads`
  // times; the other fields are unharmed (a group a partition did not see merges as zero
  // sum and neutral extremes). The count is the table's.
  if constexpr (state_with_row_count<Rule>) {
    if (table_counts) {
      const std::span<const std::uint32_t> rows = t.unit_rows();
      for (std::size_t k = 0; k < result.size(); ++k) result[k].n = rows[k];
    }
  }
  return result;
}

struct no_partner {
  bool operator()(std::size_t, observation_ref&) const noexcept { return true; }
};

}  // namespace attain::detail

#endif  // ATTAIN_AGGREGATE_DETAIL_ENGINE_HPP
