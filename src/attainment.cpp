// Attainment of targets (see attain/attainment.hpp).
#include "attain/attainment.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "attain/growth.hpp"
#include "fraction.hpp"

namespace attain {

// AVERAGE-GROWTH TARGETS AS LEVELS ---------------------------------------------------------------

namespace detail {

// b × (1 + r)^n = c_b · (10^s + c_r)^n / (10^(s_b) · 10^(s · n)), with 1 + r reduced first
// (1.0755 = 2151/2000) so that the powers stay small.
fraction to_fraction(const implied_level& level) {
  if (level.years < 0)
    raise_domain(errc::invalid_argument, "implied level: years " + std::to_string(level.years) + " is negative");
  const fraction rate = to_fraction(level.rate);
  const wide g = boost::multiprecision::gcd(rate.den + rate.num, rate.den);  // > 0: rate.den > 0
  const wide num = (rate.den + rate.num) / g;
  const wide den = rate.den / g;
  // Bound the integers before building them: bits(c_b) + n · bits(1 + r), 2^22 at most (the
  // bound of growth.hpp's exact check), so that no input runs for hours.
  const auto bits = [](const wide& x) -> std::uint64_t {
    return x.is_zero() ? 0 : static_cast<std::uint64_t>(boost::multiprecision::msb(boost::multiprecision::abs(x))) + 1;
  };
  const fraction base = to_fraction(level.baseline);
  const std::uint64_t per_year = std::max(bits(num), bits(den));
  const std::uint64_t total =
      std::max(bits(base.num), bits(base.den)) + per_year * static_cast<std::uint64_t>(level.years);
  if (total > (std::uint64_t{1} << 22)) raise_overflow("implied level: exact value beyond 4194304 bits");
  const auto n = static_cast<unsigned>(level.years);
  return {base.num * boost::multiprecision::pow(num, n), base.den * boost::multiprecision::pow(den, n)};
}

}  // namespace detail

int compare(const decimal& value, const implied_level& level) {
  return detail::compare(detail::to_fraction(value), detail::to_fraction(level));
}

decimal round(const implied_level& level, int scale, rounding mode) {
  if (scale < 0 || scale > decimal::max_scale) detail::raise_scale("implied level", scale);
  return detail::quotient(detail::to_fraction(level), detail::fraction{1, 1}, scale, mode, "implied level");
}

namespace {

// sign(CAGR − rate) for the CAGR from `first` (> 0) to `last` (>= 0) over `years` (> 0),
// exactly: (1 + CAGR)^years = last / first and x ↦ x^years increases on x >= 0, so for
// 1 + rate >= 0 the sign is that of last − first × (1 + rate)^years. Below −100 % every
// CAGR (>= −1) is above the rate.
int compare_growth(const decimal& first, const decimal& last, int years, const decimal& rate) {
  if (rate < decimal{-1}) return 1;
  return compare(last, implied_level{first, rate, years});
}

// The latest observation with a value whose period begins on or before `as_of` and lies
// within the plan years, or nullptr.
const observation* latest_by(const series& s, const term& t, std::int32_t as_of) {
  const period plan = t.as_period();
  const observation* found = nullptr;
  for (const observation& o : s.observations()) {
    if (o.status == value_status::missing || o.when.first_day_number() > as_of) continue;
    if (!contains(plan, o.when)) continue;
    found = &o;
  }
  return found;
}

// The baseline value: the observation for the baseline year, else the target's own.
std::optional<observation> baseline_of(const target& t, const series& s) {
  if (const observation* o = s.find(period{t.term.baseline()}); o != nullptr && o->status != value_status::missing)
    return *o;
  // A pooled period whose first year is the baseline year stands for it (docs/formats.md,
  // "Multi-year periods").
  for (const observation& o : s.observations()) {
    const computed<year_reference> y = reference_year(o.when);
    if (o.status != value_status::missing && y && y->rule == reference_rule::first_year_of_range &&
        y->year == t.term.baseline_year())
      return o;
  }
  if (t.baseline) return observation{period{t.term.baseline()}, *t.baseline, value_status::normal};
  return std::nullopt;
}

schedule_status schedule_of(int cmp) {
  return cmp > 0 ? schedule_status::ahead : cmp == 0 ? schedule_status::on_schedule : schedule_status::behind;
}

}  // namespace

computed<decimal> actual_at(const attainment& a, int scale, rounding mode) {
  if (!a.actual) return a.actual;
  if (a.rate) return average_annual_growth(a.rate->from, a.rate->to, a.rate->years, scale, mode);
  return round(*a.actual, scale, mode);
}

namespace {
int side(const decimal& x, const decimal& threshold) { return signum(x - threshold); }
}  // namespace

int deciding_scale(const attainment& a, const target& t, int shown, rounding mode, int max_digits) {
  if (!a.actual) return shown;
  std::vector<decimal> thresholds;
  switch (t.kind) {
    case target_kind::band:
      thresholds = {t.value, t.upper.value_or(t.value)};
      break;
    case target_kind::maintain:
      if (a.baseline) thresholds = {*a.baseline};
      break;
    default: thresholds = {t.value}; break;
  }
  for (int d = shown; d <= max_digits; ++d) {
    const computed<decimal> at = actual_at(a, d, mode);
    if (!at) return shown;
    bool same = true;
    for (const decimal& th : thresholds) {
      // The exact side: the CAGR's from its inputs (exactly, growth.hpp), any other from the actual.
      const int exact = a.rate ? compare_growth(a.rate->from, a.rate->to, a.rate->years, th) : side(*a.actual, th);
      same = same && side(*at, th) == exact;
    }
    if (same) return d;
    if (!a.rate && d >= a.actual->scale()) return d;  // exact from here on
  }
  return -1;
}

int deciding_percent_decimals(const exact_fraction& ratio, int shown, rounding mode, int max_digits) {
  const int exact = ratio < exact_fraction{1} ? -1 : (exact_fraction{1} < ratio ? 1 : 0);
  for (int d = shown; d <= max_digits; ++d)
    if (side(ratio.to_decimal(d + 2, mode), decimal{1}) == exact) return d;
  return -1;
}

attainment assess_attainment(const target& t, const series& s, const boost::gregorian::date& as_of,
                             const attainment_options& o) {
  attainment a;
  const std::int32_t day = detail::to_day_number(as_of);
  a.elapsed = elapsed_fraction(t.term, as_of);
  a.elapsed_years = elapsed_years(t.term, as_of);
  const bool higher = t.polarity != polarity::lower_is_better;
  const std::optional<observation> base = baseline_of(t, s);
  if (base) a.baseline = base->value;

  const observation* last = latest_by(s, t.term, day);
  if (last == nullptr) return a;  // no observation yet: actual stays missing_value
  a.latest = last->when;
  int growth_years = 0;  // average_growth: the CAGR's compounding steps

  switch (t.kind) {
    case target_kind::cumulative: {
      status_total total;
      for (const observation& ob : s.observations()) {
        if (ob.status == value_status::missing || ob.when.first_day_number() > day) continue;
        if (!contains(t.term.as_period(), ob.when)) continue;
        total.value += ob.value;
        total.status = combine(total.status, ob.status);
        ++total.count;
      }
      a.actual = total.value;
      a.status = total.status;
      a.observations = total.count;
      break;
    }
    case target_kind::average_growth: {
      if (!base) {
        a.actual = none(why::missing_value);
        return a;
      }
      const int n = review_year(last->when) - t.term.baseline_year();
      growth_years = n;
      a.actual = average_annual_growth(base->value, last->value, n, o.scale, o.mode);
      a.rate = growth_inputs{base->value, last->value, n};
      a.status = combine(base->status, last->status);
      a.observations = 2;
      break;
    }
    default:
      a.actual = last->value;
      a.status = last->status;
      a.observations = 1;
      break;
  }
  if (!a.actual) {
    a.status = value_status::missing;  // whatever the inputs were, there is no value to qualify
    return a;
  }
  const decimal actual = *a.actual;

  // Met, exceeded, gap.
  if (t.kind == target_kind::band) {
    const decimal hi = t.upper.value_or(t.value);
    a.achieved = actual >= t.value && actual <= hi;
    a.gap = actual < t.value ? t.value - actual : actual > hi ? actual - hi : decimal{};
    a.completion = none(why::not_applicable);
    a.progress = none(why::not_applicable);
    return a;
  }
  if (t.kind == target_kind::maintain) {
    // Every plan year observed so far must hold the baseline.
    if (!base) return a;
    bool held = true;
    for (const observation& ob : s.observations()) {
      if (ob.status == value_status::missing || ob.when.first_day_number() > day) continue;
      if (!contains(t.term.as_period(), ob.when)) continue;
      held = held && (higher ? ob.value >= base->value : ob.value <= base->value);
    }
    a.achieved = held;
    a.gap = higher ? base->value - actual : actual - base->value;
    a.completion = none(why::not_applicable);
    a.progress = none(why::not_applicable);
    return a;
  }
  a.gap = higher ? t.value - actual : actual - t.value;
  if (t.kind == target_kind::average_growth) {
    // `actual` is the CAGR rounded for display; met or exceeded is decided on the exact one.
    const int above = compare_growth(base->value, last->value, growth_years, t.value);
    const int good = higher ? above : -above;
    a.achieved = good >= 0;
    a.exceeded = good > 0;
  } else {
    a.achieved = signum(*a.gap) <= 0;
    a.exceeded = signum(*a.gap) < 0;
  }

  // Growth-rate targets: the rate is compared with the target rate (above), not divided by it;
  // and the baseline is the base of the rate, not a point on a path to the target.
  if (t.kind == target_kind::average_growth) {
    a.completion = none(why::not_applicable);
    a.progress = none(why::not_applicable);
    return a;
  }

  // Completion: ≥ 1 means met, whichever way is good. Exact: rounded where it is shown.
  if (higher) {
    a.completion = is_zero(t.value) ? computed<exact_fraction>(none(why::zero_target)) : exact_fraction::of(actual, t.value);
  } else {
    a.completion =
        is_zero(actual) ? computed<exact_fraction>(none(why::zero_denominator)) : exact_fraction::of(t.value, actual);
  }

  // Progress from the baseline: the share of the distance covered.
  if (!base) a.progress = none(why::missing_value);
  else if (t.value == base->value) a.progress = none(why::zero_denominator);
  else a.progress = exact_fraction::of(actual - base->value, t.value - base->value);

  // Against the calendar: the share reached over the share of the term's days elapsed.
  if (a.elapsed.is_zero()) return a;  // the term has not started
  // (A cumulative target's share is actual / target, whichever way is good.)
  const computed<exact_fraction> reached =
      t.kind != target_kind::cumulative ? a.progress
      : is_zero(t.value)                ? computed<exact_fraction>(none(why::zero_target))
                                        : computed<exact_fraction>(exact_fraction::of(actual, t.value));
  if (reached) {
    a.time_adjusted = exact_fraction::of(reached->numerator * a.elapsed.denominator,
                                         reached->denominator * a.elapsed.numerator);
    a.schedule = schedule_of(*reached < a.elapsed ? -1 : (a.elapsed < *reached ? 1 : 0));
  }
  return a;
}

}  // namespace attain
