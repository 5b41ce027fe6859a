// Progress assessment methods (see attain/progress.hpp).
#include "attain/progress.hpp"

#include <bit>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/growth.hpp"
#include "attain/period_format.hpp"
#include "fraction.hpp"

namespace attain {
namespace {

// Projected values keep `scale` fractional digits, or as many as fit 38 digits beside their
// integer part, with two spare: at the default 30, a projection of 1.7·10^8 would need 39
// digits and overflow, and a review must not abort on a large level (a budget in đồng).
// `estimate` is a double estimate of the projected value; the ratios computed from the
// projection keep their own `scale`.
int projection_scale(double estimate, int scale) {
  const double m = std::fabs(estimate);
  if (!(m >= 1)) return scale;  // NaN, 0, or below 1: no integer digits
  if (!(m < 1e36)) return 0;
  const int digits = static_cast<int>(std::floor(std::log10(m))) + 1;
  return std::max(0, std::min(scale, decimal::max_scale - 2 - digits));
}
// latest · (latest/base)^(ahead/periods), roughly (NaN where the growth is undefined).
double cagr_projection_estimate(const decimal& base, const decimal& latest, int periods, int ahead) {
  return to_double(latest) * std::pow(to_double(latest) / to_double(base), static_cast<double>(ahead) / periods);
}

// The target a method measures against: a decimal level, or the level an average-growth
// target implies, b × (1 + r)^n, kept exact (attain/attainment.hpp). A decimal keeps the
// decimal arithmetic (the growth-ratio method's hot path); an implied level is compared and
// subtracted as an exact fraction, and only a quotient computed from it is rounded, once.
class goal {
 public:
  explicit goal(const decimal& level) : decimal_(level) {}
  explicit goal(const implied_level& level) : implied_(&level) {}

  const implied_level* implied() const noexcept { return implied_; }
  const decimal& level() const noexcept { return decimal_; }  // a decimal goal's level
  detail::fraction exact() const {
    return implied_ != nullptr ? detail::to_fraction(*implied_) : detail::to_fraction(decimal_);
  }
  bool is_zero() const { return implied_ != nullptr ? detail::sign(exact()) == 0 : attain::is_zero(decimal_); }
  // sign(x − level), exactly.
  int compare(const decimal& x) const {
    if (implied_ != nullptr) return attain::compare(x, *implied_);
    return x < decimal_ ? -1 : (x > decimal_ ? 1 : 0);
  }

 private:
  decimal decimal_;
  const implied_level* implied_ = nullptr;
};

std::optional<goal> goal_of(const std::optional<decimal>& target) {
  if (!target) return std::nullopt;
  return goal{*target};
}

progress_assessment not_assessable(progress_assessment a, why reason) {
  a.status = progress_status::not_assessable;
  a.reason = reason;
  return a;
}

// Decimal digits of |c| (0 for 0): the count of powers of ten at or below it, from its bit
// width (log10(2) ≈ 1233/4096) and one comparison.
int digits_of(int128 c) {
  const uint128 m = detail::magnitude(c);
  if (m == 0) return 0;
  const auto hi = static_cast<std::uint64_t>(m >> 64);
  const int bits = hi != 0 ? 128 - std::countl_zero(hi) : 64 - std::countl_zero(static_cast<std::uint64_t>(m));
  const int guess = (bits * 1233) >> 12;  // floor(log10(m)) is guess or guess − 1
  return guess + (m >= detail::pow10.value[guess] ? 1 : 0);
}

// a / b at `wanted` fractional digits, or fewer when the quotient's integer part needs the
// room (a required growth next to 0 makes R huge): never an overflow for a ratio that exists.
decimal ratio_fitting(const decimal& a, const decimal& b, int wanted, rounding mode) {
  const int int_digits = (digits_of(a.coefficient()) - a.scale()) - (digits_of(b.coefficient()) - b.scale()) + 1;
  const int room = decimal::digits - 1 - (int_digits > 0 ? int_digits : 0);
  return divide(a, b, std::clamp(room, 0, wanted), mode);
}

decimal clamp_score(const decimal& s) {
  return std::clamp(s, decimal{-5}, decimal{5});
}

}  // namespace

namespace {
progress_assessment growth_ratio(const growth_ratio_input& in, const std::optional<goal>& goal_level,
                                 const growth_ratio_options& o) {
  progress_assessment a;
  a.method = "growth_ratio";
  const int d = static_cast<int>(in.polarity);
  if (d == 0) return not_assessable(a, why::not_applicable);  // a band has no direction of growth
  const int n = in.current_year - in.base_year;
  if (n < 1) return not_assessable(a, why::no_periods);

  // Edge rules: a base or target of 0 is replaced; both values negative → sign −1 and
  // magnitudes; opposite signs → not assessable.
  decimal base = is_zero(in.base_value) ? o.zero_replacement : in.base_value;
  decimal current = in.current_value;
  if (signum(base) < 0 && signum(current) < 0) a.sign = -1;
  else if (signum(base) * signum(current) < 0) return not_assessable(a, why::sign_change);
  base = abs(base);
  current = abs(current);

  const computed<decimal> cagr_a = average_annual_growth(base, current, n, o.scale, o.mode);
  if (!cagr_a) return not_assessable(a, cagr_a.error().reason);
  a.actual_growth = cagr_a;
  const decimal directed = *cagr_a * decimal{a.sign * d};

  if (goal_level) {
    const goal target = goal_level->is_zero() ? goal{o.zero_replacement} : *goal_level;
    const int reached = target.compare(in.current_value);
    const bool achieved = d > 0 ? reached >= 0 : reached <= 0;
    // The required growth: from |base| to |target| over n years. For an implied level (from
    // base_value, not zero, over target_year − base_year years) that is |1 + r| − 1 exactly,
    // rounded as average_annual_growth rounds it.
    const int years = in.target_year - in.base_year;
    const computed<decimal> cagr_r =
        target.implied() == nullptr ? average_annual_growth(base, abs(target.level()), years, o.scale, o.mode)
        : years <= 0                ? computed<decimal>(none(why::no_periods))
                                    : computed<decimal>(round(abs(decimal{1} + target.implied()->rate) - decimal{1},
                                                              o.scale, o.mode));
    a.required_growth = cagr_r;
    if (!cagr_r || is_zero(*cagr_r)) {
      if (!achieved) return not_assessable(a, cagr_r ? why::zero_denominator : cagr_r.error().reason);
      a.status = progress_status::target_achieved;
      a.score = decimal{5};
      a.progress_value = none(cagr_r ? why::zero_denominator : cagr_r.error().reason);
      return a;
    }
    const decimal r = ratio_fitting(directed, abs(*cagr_r), o.scale, o.mode);
    a.progress_value = r;
    if (achieved) {
      a.status = progress_status::target_achieved;
      a.score = decimal{5};
      return a;
    }
    a.status = r >= o.substantial ? progress_status::substantial_progress
               : r >= o.moderate  ? progress_status::moderate_progress
               : signum(r) >= 0   ? progress_status::limited_progress
                                  : progress_status::deterioration;
    // R >= 0.6: min(7.1429·R − 4.2857, 5); R < 0.6: max(4.1667·R − 2.5, −5). Both saturate
    // well inside [−1, 2] (at R = 1.3 and R = −0.6), so R is clamped there first: a huge R
    // (a target next to the base) cannot overflow the products.
    const decimal rc = std::clamp(r, decimal{-1}, decimal{2});
    const decimal raw = rc >= o.moderate ? decimal{71429, 4} * rc - decimal{42857, 4} : decimal{41667, 4} * rc - decimal{25, 1};
    a.score = round(clamp_score(raw), o.scale, o.mode);
    return a;
  }

  // No target: bands of x = sign·d·CAGR_a, scaled by the natural-limit coefficient C.
  const decimal x = directed;
  a.progress_value = x;
  decimal c{1};
  if (in.limit && !is_zero(*in.limit)) {
    const decimal lim = abs(*in.limit);
    if (base >= lim * decimal{2}) {
      c = decimal{1};
    } else {
      const decimal num = base <= lim ? base : lim * decimal{2} - base;
      const computed<decimal> p = rational_power(num, lim, o.limit_exponent_num, o.limit_exponent_den, o.scale, o.mode);
      c = p ? decimal{1} - *p : decimal{1};  // num == 0 (base at 2L): (0)^a = 0
    }
    a.limit_coefficient = c;
  }
  if (is_zero(c)) {
    if (signum(x) >= 0) {
      a.status = progress_status::substantial_progress;
      a.score = decimal{5};
      return a;
    }
  }
  const decimal high = o.band_high * c;
  const decimal low = o.band_low * c;
  a.status = x >= high && !is_zero(c) ? progress_status::substantial_progress
             : x >= low && !is_zero(c) ? progress_status::moderate_progress
             : signum(x) >= 0          ? progress_status::limited_progress
                                       : progress_status::deterioration;
  decimal raw;
  if (signum(x) < 0) {
    raw = decimal{125} * x - decimal{25, 1};
  } else if (x < low) {
    raw = divide(decimal{500} * x, c, o.scale, o.mode) - decimal{25, 1};
  } else if (x < high) {
    raw = divide(decimal{250} * x, c, o.scale, o.mode) - decimal{125, 2};
  } else if (decimal{500} * x >= decimal{10} * c) {
    raw = decimal{5};  // 500x/C − 5 >= 5: saturated (and no division by a tiny C)
  } else {
    raw = divide(decimal{500} * x, c, o.scale, o.mode) - decimal{5};
  }
  a.score = round(clamp_score(raw), o.scale, o.mode);
  return a;
}

}  // namespace

progress_assessment assess_growth_ratio(const growth_ratio_input& in, const growth_ratio_options& o) {
  progress_assessment a = growth_ratio(in, goal_of(in.target), o);
  a.label = to_string(a.status);
  return a;
}

progress_assessment assess_growth_ratio(const growth_ratio_input& in, const implied_level& target,
                                        const growth_ratio_options& o) {
  if (target.baseline != in.base_value || static_cast<std::int64_t>(target.years) !=
                                              static_cast<std::int64_t>(in.target_year) - in.base_year)
    detail::raise_domain(errc::invalid_argument,
                         "assess_growth_ratio: the implied level must start from base_value and run "
                         "target_year - base_year years");
  progress_assessment a = growth_ratio(in, goal{target}, o);
  a.label = to_string(a.status);
  return a;
}

namespace {
progress_assessment projection(const growth_ratio_input& in, const std::optional<goal>& target,
                               const projection_options& o) {
  progress_assessment a;
  a.method = "projection";
  const int d = static_cast<int>(in.polarity);
  if (d == 0) return not_assessable(a, why::not_applicable);
  const int n = in.current_year - in.base_year;
  const computed<decimal> cagr = average_annual_growth(in.base_value, in.current_value, n, o.scale, o.mode);
  if (!cagr) return not_assessable(a, cagr.error().reason);
  a.actual_growth = cagr;
  if (!target) {
    const decimal x = *cagr * decimal{d};
    a.progress_value = x;
    if (x >= o.strong_growth) {
      a.status = progress_status::substantial_progress;
      a.label = "3";
    } else if (x >= o.moderate_growth) {
      a.status = progress_status::moderate_progress;
      a.label = "2";
    } else {
      a.status = signum(x) >= 0 ? progress_status::limited_progress : progress_status::deterioration;
      a.label = "1";
    }
    return a;
  }
  const int reached = target->compare(in.current_value);
  const bool achieved = d > 0 ? reached >= 0 : reached <= 0;
  if (target->compare(in.base_value) == 0) {
    if (!achieved) return not_assessable(a, why::zero_denominator);
  } else {
    const int ahead = in.target_year - in.current_year;
    const computed<decimal> projected =
        project_cagr(in.base_value, in.current_value, n, ahead,
                     projection_scale(cagr_projection_estimate(in.base_value, in.current_value, n, ahead), o.scale), o.mode);
    if (!projected) return not_assessable(a, projected.error().reason);
    if (target->implied() == nullptr) {
      a.progress_value = divide(*projected - in.base_value, target->level() - in.base_value, o.scale, o.mode);
    } else {  // (v̂_T − y_b) / (y_T − y_b), y_T exact
      const detail::fraction base = detail::to_fraction(in.base_value);
      a.progress_value = detail::quotient(detail::to_fraction(*projected) - base, target->exact() - base, o.scale,
                                          o.mode, "assess_projection");
    }
  }
  if (achieved) {
    a.status = progress_status::target_achieved;
    a.label = "achieved";
    return a;
  }
  const decimal p = *a.progress_value;
  if (p >= o.on_track) {
    a.status = progress_status::substantial_progress;
    a.label = "on track";
  } else if (p >= o.acceleration) {
    a.status = progress_status::moderate_progress;
    a.label = "acceleration needed";
  } else {
    a.status = signum(p) >= 0 ? progress_status::limited_progress : progress_status::deterioration;
    a.label = "stagnation or regression";
  }
  return a;
}
}  // namespace

progress_assessment assess_projection(const growth_ratio_input& in, const projection_options& o) {
  return projection(in, goal_of(in.target), o);
}

progress_assessment assess_projection(const growth_ratio_input& in, const implied_level& target,
                                      const projection_options& o) {
  return projection(in, goal{target}, o);
}

// YEARS FROM PERIODS: reference years (attain/period.hpp); a pooled period counts as its
// first year (Statistics Canada, Canadian Indicator Framework progress methodology;
// docs/formats.md, "Multi-year periods").
namespace {

// Sets the input's years from the periods; the note of both; false when one has no year.
bool years_from(growth_ratio_input& in, const period& base, const period& current, std::string& note) {
  for (const period* p : {&base, &current}) {
    const std::string n = reference_year_note(*p);
    if (n.empty()) continue;
    if (!note.empty()) note += "; ";
    note += n;
  }
  const computed<year_reference> b = reference_year(base);
  const computed<year_reference> c = reference_year(current);
  if (!b || !c) return false;
  in.base_year = b->year;
  in.current_year = c->year;
  return true;
}

template <class Method>
progress_assessment on_periods(growth_ratio_input& in, const period& base, const period& current,
                               std::string_view method, Method assess) {
  std::string note;
  if (!years_from(in, base, current, note)) {
    progress_assessment a;
    a.method = method;
    a.label = to_string(progress_status::not_assessable);
    a = not_assessable(a, why::not_applicable);
    a.note = std::move(note);
    return a;
  }
  progress_assessment a = assess(in);
  a.note = std::move(note);
  return a;
}

}  // namespace

progress_assessment assess_growth_ratio(growth_ratio_input in, const period& base, const period& current,
                                        const growth_ratio_options& o) {
  return on_periods(in, base, current, "growth_ratio",
                    [&o](const growth_ratio_input& i) { return assess_growth_ratio(i, o); });
}

progress_assessment assess_projection(growth_ratio_input in, const period& base, const period& current,
                                      const projection_options& o) {
  return on_periods(in, base, current, "projection",
                    [&o](const growth_ratio_input& i) { return assess_projection(i, o); });
}

weather weather_of(const progress_assessment& a) noexcept {
  switch (a.status) {
    case progress_status::target_achieved:
    case progress_status::substantial_progress: return weather::sun;
    case progress_status::moderate_progress: return weather::slightly_cloudy;
    case progress_status::limited_progress: return weather::cloud;
    default: return weather::thunderstorm;
  }
}

namespace {
progress_assessment weather_method(const weather_input& in, const goal& target, const weather_options& o) {
  progress_assessment a;
  a.method = "weather";
  const int d = static_cast<int>(in.polarity);
  if (d == 0) return not_assessable(a, why::not_applicable);
  // The consecutive yearly run at the end, at most window + 1 points.
  const auto& pts = in.points;
  std::size_t first = pts.size();
  while (first > 0 && (first == pts.size() || pts[first - 1].t + 1 == pts[first].t) &&
         pts.size() - first < static_cast<std::size_t>(o.window) + 1)
    --first;
  const std::size_t count = pts.size() - first;
  if (count < static_cast<std::size_t>(o.min_points)) return not_assessable(a, why::too_few_points);
  const growth_point& start = pts[first];
  const growth_point& latest = pts.back();
  const int k = static_cast<int>(latest.t - start.t);
  const computed<decimal> g = average_annual_growth(start.value, latest.value, k, o.scale, o.mode);
  if (!g) return not_assessable(a, g.error().reason);
  a.actual_growth = g;
  const bool right_way = signum(*g) * d >= 0;
  const int reached = target.compare(latest.value);  // sign(latest − target)
  const bool met_now = d > 0 ? reached >= 0 : reached <= 0;

  weather w;
  if (in.maintain) {
    w = met_now ? (right_way ? weather::sun : weather::slightly_cloudy) : (right_way ? weather::cloud : weather::thunderstorm);
  } else {
    const int ahead = static_cast<int>(in.target_year - latest.t);
    const computed<decimal> projected =
        project_cagr(start.value, latest.value, k, ahead,
                     projection_scale(cagr_projection_estimate(start.value, latest.value, k, ahead), o.scale), o.mode);
    if (!projected) return not_assessable(a, projected.error().reason);
    // Shortfall of the projection, (target − projected)·d, as a share of the distance from
    // today to the target, |target − latest|: rounded once, from the exact target.
    const int shortfall = -target.compare(*projected) * d;
    const bool no_distance = reached == 0;
    const auto share_of = [&]() -> decimal {
      if (target.implied() == nullptr)
        return divide((target.level() - *projected) * decimal{d}, abs(target.level() - latest.value), o.scale, o.mode);
      const detail::fraction level = target.exact();
      const detail::fraction s = level - detail::to_fraction(*projected);
      const detail::fraction dist = level - detail::to_fraction(latest.value);
      return detail::quotient(d > 0 ? s : -s, reached < 0 ? dist : -dist, o.scale, o.mode, "assess_weather");
    };
    if (shortfall <= 0 || met_now || no_distance) {
      w = weather::sun;
      a.progress_value = no_distance ? decimal{} : share_of();
    } else {
      const decimal share = share_of();
      a.progress_value = share;
      w = share < o.sunny_below   ? weather::sun
          : share <= o.cloudy_from ? weather::slightly_cloudy
          : right_way             ? weather::cloud
                                  : weather::thunderstorm;
    }
  }
  a.label = to_string(w);
  a.status = w == weather::sun               ? progress_status::substantial_progress
             : w == weather::slightly_cloudy ? progress_status::moderate_progress
             : w == weather::cloud           ? progress_status::limited_progress
                                             : progress_status::deterioration;
  return a;
}
}  // namespace

progress_assessment assess_weather(const weather_input& in, const weather_options& o) {
  return weather_method(in, goal{in.target}, o);
}

progress_assessment assess_weather(const weather_input& in, const implied_level& target, const weather_options& o) {
  return weather_method(in, goal{target}, o);
}

namespace {

// The value of `s` projected to year `to` from `from_obs` to `latest` by `method`.
computed<decimal> project_value(const series& s, const observation& from, const observation& latest, int to,
                                const boost::gregorian::date& as_of, const forecast_options& o) {
  const int y0 = static_cast<int>(from.when.last().year());
  const int y1 = static_cast<int>(latest.when.last().year());
  if (y1 <= y0) return to == y1 ? computed<decimal>(latest.value) : computed<decimal>(none(why::too_few_points));
  switch (o.method) {
    case projection_method::cagr:
      return project_cagr(from.value, latest.value, y1 - y0, to - y1,
                          projection_scale(cagr_projection_estimate(from.value, latest.value, y1 - y0, to - y1), o.scale),
                          o.mode);
    case projection_method::linear: {
      const double step = (to_double(latest.value) - to_double(from.value)) / (y1 - y0);
      return project_linear(from.value, latest.value, y1 - y0, to - y1,
                            projection_scale(std::fabs(to_double(latest.value)) + std::fabs(step) * (to - y1), o.scale),
                            o.mode);
    }
    case projection_method::least_squares: {
      std::vector<growth_point> pts;
      const std::int32_t day = detail::to_day_number(as_of);
      for (const observation& ob : s.observations())
        if (ob.status != value_status::missing && ob.when.first_day_number() <= day)
          pts.push_back({static_cast<std::int64_t>(ob.when.last().year()), ob.value});
      // Magnitude: the largest point grown at the end points' rate (two digits spare above).
      double largest = 0;
      for (const growth_point& p : pts) largest = std::max(largest, std::fabs(to_double(p.value)));
      const double estimate =
          pts.size() < 2 ? largest
                         : largest * std::max(1.0, cagr_projection_estimate(pts.front().value, pts.back().value,
                                                                            static_cast<int>(pts.back().t - pts.front().t),
                                                                            static_cast<int>(to - pts.back().t)) /
                                                       std::fabs(to_double(pts.back().value)));
      return project_least_squares(pts, to, projection_scale(estimate, o.scale), o.mode);
    }
  }
  return none(why::not_applicable);
}

}  // namespace

target_forecast forecast_target(const target& t, const series& s, const boost::gregorian::date& as_of,
                                const forecast_options& o) {
  target_forecast f;
  f.method = o.method;
  if (t.kind == target_kind::band || t.kind == target_kind::maintain) {
    f.projected = none(why::not_applicable);
    f.projected_completion = none(why::not_applicable);
    return f;
  }
  const std::int32_t day = detail::to_day_number(as_of);
  std::vector<observation> seen;
  for (const observation& ob : s.observations())
    if (ob.status != value_status::missing && ob.when.first_day_number() <= day) seen.push_back(ob);
  const observation* base = s.find(period{t.term.baseline()});
  std::optional<observation> from;
  if (base != nullptr && base->status != value_status::missing) from = *base;
  else if (t.baseline) from = observation{period{t.term.baseline()}, *t.baseline, value_status::normal};
  if (seen.empty()) return f;
  const observation& latest = seen.back();
  const int end = t.term.last_year();
  const bool higher = t.polarity != polarity::lower_is_better;

  computed<decimal> projected = none(why::missing_value);
  if (t.kind == target_kind::cumulative) {
    // Observed flows inside the plan years, then each remaining year projected from the flows.
    decimal total{};
    std::vector<observation> flows;
    for (const observation& ob : seen)
      if (contains(t.term.as_period(), ob.when)) {
        total += ob.value;
        flows.push_back(ob);
      }
    if (flows.empty()) return f;
    const int last_year = static_cast<int>(flows.back().when.last().year());
    for (int y = last_year + 1; y <= end; ++y) {
      const computed<decimal> next = flows.size() >= 2 ? project_value(s, flows.front(), flows.back(), y, as_of, o)
                                                       : computed<decimal>(flows.back().value);
      if (!next) return f;
      total += *next;
    }
    projected = total;
  } else if (t.kind == target_kind::average_growth) {
    if (!from) return f;
    const computed<decimal> level = project_value(s, *from, latest, end, as_of, o);
    if (!level) return f;
    projected = average_annual_growth(from->value, *level, t.term.plan_years(), o.scale, o.mode);
  } else {
    projected = project_value(s, from ? *from : seen.front(), latest, end, as_of, o);
  }
  f.projected = projected;
  if (!projected) return f;
  if (higher) {
    f.projected_completion = is_zero(t.value) ? computed<exact_fraction>(none(why::zero_target))
                                              : computed<exact_fraction>(exact_fraction::of(*projected, t.value));
  } else {
    f.projected_completion = is_zero(*projected) ? computed<exact_fraction>(none(why::zero_denominator))
                                                 : computed<exact_fraction>(exact_fraction::of(t.value, *projected));
  }
  if (!f.projected_completion) return f;
  // Classified on the exact ratio: 1.0499999 is not "exceed", whatever a display rounds it to.
  const exact_fraction& c = *f.projected_completion;
  f.outcome = c >= exact_fraction{o.exceed_from, 1}  ? forecast_class::exceed
              : c >= exact_fraction{o.meet_from, 1} ? forecast_class::meet
                                                     : forecast_class::needs_effort;
  return f;
}

attainment_tally tally(std::span<const attainment> results) {
  attainment_tally t;
  for (const attainment& a : results) {
    ++t.targets;
    if (!a.actual) ++t.no_value;
    else if (a.achieved) {
      ++t.achieved;
      if (a.exceeded) ++t.exceeded;
    } else {
      ++t.not_achieved;
    }
  }
  return t;
}

forecast_tally tally(std::span<const target_forecast> results) {
  forecast_tally t;
  for (const target_forecast& f : results) {
    ++t.targets;
    switch (f.outcome) {
      case forecast_class::exceed: ++t.exceed; break;
      case forecast_class::meet: ++t.meet; break;
      case forecast_class::needs_effort: ++t.needs_effort; break;
      case forecast_class::not_forecast: ++t.not_forecast; break;
    }
  }
  return t;
}

}  // namespace attain
