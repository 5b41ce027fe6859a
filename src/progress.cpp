// Progress assessment methods (see attain/progress.hpp).
#include "attain/progress.hpp"

#include <algorithm>

#include "attain/growth.hpp"

namespace attain {
namespace {

progress_assessment not_assessable(progress_assessment a, why reason) {
  a.status = progress_status::not_assessable;
  a.reason = reason;
  return a;
}

decimal clamp_score(const decimal& s) {
  return std::clamp(s, decimal{-5}, decimal{5});
}

}  // namespace

progress_assessment assess_growth_ratio(const growth_ratio_input& in, const growth_ratio_options& o) {
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

  if (in.target) {
    const decimal target = is_zero(*in.target) ? o.zero_replacement : *in.target;
    const bool achieved = d > 0 ? in.current_value >= target : in.current_value <= target;
    const computed<decimal> cagr_r =
        average_annual_growth(base, abs(target), in.target_year - in.base_year, o.scale, o.mode);
    a.required_growth = cagr_r;
    if (!cagr_r || is_zero(*cagr_r)) {
      if (!achieved) return not_assessable(a, cagr_r ? why::zero_denominator : cagr_r.error().reason);
      a.status = progress_status::target_achieved;
      a.score = decimal{5};
      a.progress_value = none(cagr_r ? why::zero_denominator : cagr_r.error().reason);
      return a;
    }
    const decimal r = divide(directed, abs(*cagr_r), o.scale, o.mode);
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
    // R >= 0.6: min(7.1429·R − 4.2857, 5); R < 0.6: max(4.1667·R − 2.5, −5).
    const decimal raw = r >= o.moderate ? decimal{71429, 4} * r - decimal{42857, 4} : decimal{41667, 4} * r - decimal{25, 1};
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
  } else {
    raw = divide(decimal{500} * x, c, o.scale, o.mode) - decimal{5};
  }
  a.score = round(clamp_score(raw), o.scale, o.mode);
  return a;
}

}  // namespace attain
