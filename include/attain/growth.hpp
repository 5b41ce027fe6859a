// attain/growth.hpp — growth rates, exactly or correctly rounded, with the method named.
//
// A plan review speaks of growth in several ways that look alike and are not: the change
// from one year to the next, the change against a fixed base year, the *average annual
// growth* over a term (geometric: CAGR), the arithmetic mean of yearly rates (a different,
// usually wrong, number), continuous growth, the World Bank's least-squares growth, and the
// growth still *required* to reach a target. Each is a separate function here, each says
// what it computes, and each returns "no value" with a reason where it is undefined.
//
// GLOSSARY (users' words → ours)
//   tốc độ tăng (trưởng) = growth rate; bình quân = average (here: geometric, CAGR);
//   liên hoàn = period-on-period; định gốc = fixed-base; lượng tăng tuyệt đối = absolute
//   change; điểm phần trăm = percentage points; kỳ gốc = base period.
//
// RATES ARE RATIOS
//   Every rate is returned as a ratio: 0.057 is 5.7 %. Ask for scale 3 to get a percent with
//   one decimal (0.057), scale 4 for two (0.0571). format_percent shows it as "5,7%".
//
// CORRECT ROUNDING
//   An n-th root is irrational in general, so a CAGR cannot be exact; attain returns the
//   *correctly rounded* value: exactly what rounding the infinitely precise rate gives, in
//   the named mode. It is proven in code, not trusted to floating point: a double estimate
//   decides only when it lies farther from every rounding boundary than its error bound;
//   otherwise exact integer comparisons on Boost.Multiprecision's cpp_int decide
//   ((1 + r)^n against last/first, cleared of denominators). Ties are detected exactly:
//   (1.05^2 = 1.1025: growth 1 → 1.1025 over 2 years is exactly 5 %).
//
// FUNCTIONS (results in comments; r = ratio)
//   growth_rate(100_d, 105.7_d, 3, half_up)                 // 0.057   period-on-period / fixed-base
//   average_annual_growth(100_d, 118.09_d, 3, 3, half_up)   // 0.057   CAGR over n = 3 periods
//   mean_of_rates(rates, 4, half_up)                        // arithmetic mean (not CAGR!)
//   exponential_growth(100_d, 120_d, 3, 4, half_up)         // ln(1.2)/3 = 0.0608
//   least_squares_growth(points, 4, half_up)                // World Bank WDI: e^b − 1
//   required_growth(50_d, 60_d, 2, 4, half_up)              // (60/50)^(1/2) − 1 = 0.0954
//   absolute_change(38.05_d, 50.04_d)                       // 11.99 (exact)
//   average_absolute_change(38.05_d, 50.04_d, 3, 2, half_up)// 4.00
//   percentage_point_change(0.20_d, 0.30_d)                 // 10 (pp), while growth is 50 %
//   growth_index(80_d, 100_d, 1, half_up)                   // 125.0 (base = 100)
//   project_cagr(100_d, 118.09_d, 3, 2, 2, half_up)         // value 2 periods after the latest
//
// CASE STUDY: the mean of yearly rates is not the average growth
//   Viet Nam's GDP grew 6.21, 6.81, 7.08, 7.02 and 2.91 % in 2016–2020. The geometric
//   average — the rate that, every year, gives the same 2020 level — is 5.99 %; the
//   arithmetic mean of the five rates is 6.01 %. Reports that say "bình quân" mean the
//   first (GSO's definition); averaging the published rates gives the second. attain computes
//   the geometric average from levels (or from the rates' product) and offers the arithmetic
//   mean under its own name.
//
// CASE STUDY: growth from a zero or negative base
//   From 0 to 5 there is no growth rate (division by zero), and from −2 to 3 the ratio 3/−2
//   says nothing about growth. Both give no value with the reason (why::zero_base,
//   why::sign_change), never 0 % and never an exception.
#ifndef ATTAIN_GROWTH_HPP
#define ATTAIN_GROWTH_HPP

#include <cstdint>
#include <span>

#include "attain/decimal.hpp"
#include "attain/no_value.hpp"
#include "attain/rounding.hpp"

namespace attain {

// One observation for a fitted growth: a whole-period index (a year, or periods since a
// base) and a value.
struct growth_point {
  std::int64_t t;
  decimal value;
  friend constexpr bool operator==(const growth_point&, const growth_point&) = default;
};

// to − from, exactly ("tăng 11,99 triệu đồng so với năm 2020").
constexpr decimal absolute_change(const decimal& from, const decimal& to) { return to - from; }

// (to − from) / periods, rounded once ("lượng tăng tuyệt đối bình quân").
// No value for periods <= 0.
computed<decimal> average_absolute_change(const decimal& from, const decimal& to, int periods, int scale,
                                          rounding mode);

// to / from − 1 at `scale`, rounded once: period-on-period growth when `from` is the
// previous period, fixed-base growth when it is the base period.
// No value: from == 0 (zero_base), from < 0 (negative_base).
computed<decimal> growth_rate(const decimal& from, const decimal& to, int scale, rounding mode);

// to / base × 100 (index, base = 100), rounded once. No value for base <= 0.
computed<decimal> growth_index(const decimal& base, const decimal& to, int scale, rounding mode);

// The difference of two rates given as ratios, in percentage points: 0.20 → 0.30 is +10 pp
// (while the relative growth is +50 %). Exact.
constexpr decimal percentage_point_change(const decimal& from_ratio, const decimal& to_ratio) {
  const decimal d = to_ratio - from_ratio;
  return d.scale() >= 2 ? decimal::from_parts(d.coefficient(), d.scale() - 2) : d * decimal{100};
}

// Average annual growth, geometric (CAGR, end-point): (last / first)^(1/periods) − 1,
// correctly rounded at `scale` in `mode`. `periods` is the number of compounding steps:
// 2020 → 2023 is 3.
// No value: first == 0 (zero_base), first < 0 (negative_base), last < 0 (sign_change),
// periods <= 0 (no_periods). last == 0 gives −1 (−100 %), exactly.
// Throws overflow_error only if the rate does not fit a decimal at that scale.
computed<decimal> average_annual_growth(const decimal& first, const decimal& last, int periods, int scale,
                                        rounding mode);

// The growth per period still required to go from `current` to `target` in `periods_left`
// periods: (target / current)^(1/periods_left) − 1, correctly rounded. Same no-value rules.
inline computed<decimal> required_growth(const decimal& current, const decimal& target, int periods_left, int scale,
                                         rounding mode) {
  return average_annual_growth(current, target, periods_left, scale, mode);
}

// The geometric average of a sequence of period rates (ratios): (∏(1 + g_i))^(1/n) − 1,
// correctly rounded — the same number as average_annual_growth over the levels they came
// from. No value: empty (empty_group), a rate <= −1 (negative_base: a level fell to 0 or
// below).
computed<decimal> average_of_rates_geometric(std::span<const decimal> rates, int scale, rounding mode);

// The arithmetic mean of period rates, (Σ g_i)/n, rounded once. Offered because reports use
// it; it is NOT the average annual growth (see the case study). No value when empty.
computed<decimal> mean_of_rates(std::span<const decimal> rates, int scale, rounding mode);

// Exponential (continuous) growth: ln(last / first) / periods, correctly rounded (ln of a
// rational other than 1 is transcendental, so no tie exists; the value is computed with
// certified error bounds at increasing precision until the rounding is decided).
// No value: as average_annual_growth, and last == 0 (zero_base of the logarithm).
computed<decimal> exponential_growth(const decimal& first, const decimal& last, int periods, int scale,
                                     rounding mode);

// World Bank WDI least-squares growth: fit ln y = a + b·t by ordinary least squares over
// all points, r = e^b − 1, correctly rounded. e^b = ∏ y_i^(w_i) with rational weights, so
// the check is exact integer arithmetic as for CAGR.
// No value: fewer than 3 points (too_few_points), all t equal (no_periods), a value <= 0
// (negative_base / zero_base).
computed<decimal> least_squares_growth(std::span<const growth_point> points, int scale, rounding mode);

// x^(num/den) for x > 0, correctly rounded: a power with a rational exponent, such as the
// natural-limit coefficient's (|y_b|/|L|)^4.44 = (|y_b|/|L|)^(111/25) in the growth-ratio
// method. No value: x <= 0 (negative_base), den <= 0 (no_periods).
computed<decimal> rational_power(const decimal& x, std::int64_t num, std::int64_t den, int scale, rounding mode);
// (a / b)^(num/den) for a, b > 0, with a / b kept exact (no intermediate quotient).
computed<decimal> rational_power(const decimal& a, const decimal& b, std::int64_t num, std::int64_t den, int scale,
                                 rounding mode);

// PROJECTION to a later period ----------------------------------------------------------------

// The value `ahead` periods after `latest`, continuing the CAGR observed from `base` to
// `latest` over `periods`: latest × (latest / base)^(ahead / periods), correctly rounded.
// No value: as average_annual_growth.
computed<decimal> project_cagr(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                               rounding mode);

// Continuing the average absolute change: latest + (latest − base) × ahead / periods,
// rounded once. No value for periods <= 0.
computed<decimal> project_linear(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                                 rounding mode);

// The least-squares fit of ln y evaluated at t: e^(a + b·t), correctly rounded.
computed<decimal> project_least_squares(std::span<const growth_point> points, std::int64_t t, int scale,
                                        rounding mode);

}  // namespace attain

#endif  // ATTAIN_GROWTH_HPP
