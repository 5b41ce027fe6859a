// DHIS2 rule pairs (attain/aggregate/dhis2.hpp): dhis2_aggregate, the query of
// attain/aggregate.hpp that runs one.
#include "attain/aggregate.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/detail/civil.hpp"

namespace attain {

namespace {
std::int32_t years_before(std::int32_t z, int years) {
  const detail::civil_date c = detail::civil_from_days(z);
  const int y = c.year - years;
  return detail::days_from_civil(y, c.month, std::min(c.day, detail::days_in_month(y, c.month)));
}
}  // namespace

aggregate_value dhis2_aggregate(const observation_table& t, std::string_view indicator,
                                std::span<const std::uint32_t> units, period_span query, rule_pair pair,
                                const dhis2_options& options) {
  ATTAIN_EXPECTS(t.sealed());
  const std::uint32_t ind = t.find_indicator(indicator);
  if (ind == dictionary::npos) detail::raise_domain(errc::invalid_argument, "unknown indicator \"" + std::string(indicator) + "\"");
  const int scale = t.indicator(ind).scale;
  // Which data units count: the given units, with their subtrees when the table has a hierarchy.
  std::vector<bool> counted(t.unit_count(), false);
  const unit_hierarchy* h = t.hierarchy();
  for (const std::uint32_t q : units) {
    if (h == nullptr) {
      counted[q] = true;
      continue;
    }
    for (std::uint32_t u = 0; u < counted.size(); ++u)
      if (h->contains(q, u)) counted[u] = true;
  }
  const std::int32_t window_first =
      pair.over_periods == period_rule::last && pair.look_back_years > 0 ? years_before(query.first_day, pair.look_back_years)
                                                                         : query.first_day;
  const auto in_window = [&](const period_span& p) { return p.first_day >= window_first && p.last_day <= query.last_day; };

  const auto ic = t.indicator_column();
  const auto uc = t.unit_column();
  const auto pc = t.period_column();
  const auto sc = t.status_column();
  status_tally tally;
  // Rows off a dimension's total are a breakdown of the total row, never added to it; a
  // missing value (status M) is tallied, never used.
  const auto breakdown_or_missing = [&](std::size_t r) {
    for (std::uint32_t d = 0; d < t.dimension_count(); ++d)
      if (t.dimension_column(d)[r] != observation_table::total_member) return true;
    if (sc[r] == value_status::missing) {
      ++tally.count[static_cast<std::size_t>(value_status::missing)];
      return true;
    }
    return false;
  };
  const finish_context ctx{scale, 0};
  const auto finish = [&](aggregate_value v) {
    v.set_statuses(tally);
    return v;
  };

  if (pair.over_periods == period_rule::pooled) {
    variance_rule::state var;
    summary_rule::state sum;
    for (std::size_t r = 0; r < t.size(); ++r) {
      if (ic[r] != ind || !counted[uc[r]] || !in_window(t.period(pc[r])) || breakdown_or_missing(r)) continue;
      const observation_ref o{t.coefficient(r), 0, 0, uc[r], 0};
      summary_rule{}.step(sum, o);
      variance_rule{}.step(var, o);
      if (sc[r] != value_status::normal) ++tally.count[static_cast<std::size_t>(sc[r])];
    }
    const summary_value s = summary_rule{}.finish(sum, ctx);
    switch (pair.over_units) {
      case unit_rule::sum: return finish(s.sum);
      case unit_rule::mean: return finish(s.mean);
      case unit_rule::min: return finish(s.min);
      case unit_rule::max: return finish(s.max);
      case unit_rule::count: return finish(s.count);
      case unit_rule::variance: return finish(variance_rule{options.scale, options.mode}.finish(var, ctx));
      case unit_rule::stddev: return finish(standard_deviation_rule{{options.scale, options.mode}}.finish(var, ctx));
      case unit_rule::first:
      case unit_rule::last: break;
    }
    detail::raise_domain(errc::invalid_argument, "first/last over units needs a period rule");
  }

  // Stage 1: each data unit's value over the periods, as numerator / common denominator.
  struct unit_value {
    int128 num = 0;
    std::int32_t day = 0;  // when (first/last over units)
    value_status status = value_status::normal;
    bool has = false;
  };
  std::vector<unit_value> per_unit(t.unit_count());
  std::vector<std::vector<value_status>> used(0);
  int128 denominator = 1;
  if (pair.over_periods == period_rule::day_weighted_mean) denominator = query.days();
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (ic[r] != ind || !counted[uc[r]]) continue;
    const period_span p = t.period(pc[r]);
    if (!in_window(p) || breakdown_or_missing(r)) continue;
    unit_value& v = per_unit[uc[r]];
    const int128 c = t.coefficient(r);
    switch (pair.over_periods) {
      case period_rule::day_weighted_mean: {
        int128 weighted;  // a wide value times its days can pass 2^127
        if (__builtin_mul_overflow(c, static_cast<int128>(p.days()), &weighted)) detail::raise_sum_overflow();
        detail::add_checked(v.num, weighted);
        v.day = query.last_day;
        v.status = std::max(v.status, sc[r]);
        v.has = true;
        break;
      }
      case period_rule::last:
      case period_rule::last_in_period:
        if (!v.has || p.last_day > v.day) v = {c, p.last_day, sc[r], true};
        break;
      case period_rule::first:
        if (!v.has || p.first_day < v.day) v = {c, p.first_day, sc[r], true};
        break;
      case period_rule::min:
        if (!v.has || c < v.num) v = {c, p.last_day, sc[r], true};
        break;
      case period_rule::max:
        if (!v.has || c > v.num) v = {c, p.last_day, sc[r], true};
        break;
      case period_rule::pooled: break;
    }
  }
  // Stage 2: across units.
  int128 acc = 0;
  std::uint64_t n = 0;
  unit_value pick;
  std::uint32_t pick_unit = 0;
  for (std::uint32_t u = 0; u < per_unit.size(); ++u) {
    const unit_value& v = per_unit[u];
    if (!v.has) continue;
    if (v.status != value_status::normal) ++tally.count[static_cast<std::size_t>(v.status)];
    ++n;
    detail::add_checked(acc, v.num);
    bool take = !pick.has;
    switch (pair.over_units) {
      case unit_rule::last: take = take || v.day > pick.day || (v.day == pick.day && u > pick_unit); break;
      case unit_rule::first: take = take || v.day < pick.day; break;
      case unit_rule::min: take = take || v.num < pick.num; break;
      case unit_rule::max: take = take || v.num > pick.num; break;
      default: break;
    }
    if (take) {
      pick = v;
      pick_unit = u;
    }
  }
  if (n == 0) return finish(aggregate_value::none(why::empty_group));
  const decimal den{denominator};
  const auto as_value = [&](int128 num) {
    const decimal x = detail::at_scale(num, scale);
    return denominator == 1 ? aggregate_value::exact(x) : aggregate_value::quotient(x, den);
  };
  switch (pair.over_units) {
    case unit_rule::sum: return finish(as_value(acc));
    case unit_rule::mean: return finish(aggregate_value::quotient(detail::at_scale(acc, scale), den * decimal{n}));
    case unit_rule::count: return finish(aggregate_value::exact(decimal{n}));
    case unit_rule::first:
    case unit_rule::last:
    case unit_rule::min:
    case unit_rule::max: return finish(as_value(pick.num));
    case unit_rule::stddev:
    case unit_rule::variance: break;
  }
  detail::raise_domain(errc::invalid_argument, "stddev/variance over units needs the pooled period rule");
}

}  // namespace attain
