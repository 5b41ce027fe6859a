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
//   The exact check is bounded: integers of at most 2^22 bits (at scale 38, 32,514 periods)
//   and exponents of at most 2^32 − 1; beyond, attain::overflow_error at once, never a
//   truncated exponent or hours of arithmetic (docs/explanation/limits.md).
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
//   average_annual_growth_of(s, 4, half_up)                 // CAGR of a yearly series, from its
//                                                           // first to its latest value
//
// YEARS OF A SERIES: multi-year periods count as their first year
//   Growth needs the number of years between two values. A series may hold pooled survey
//   years ("2005-2007", Open SDG) beside calendar years; each period counts as its reference
//   year (attain/period.hpp): a pooled period as its FIRST year, as in Statistics Canada's
//   progress measure (Statistics Canada, Canadian Indicator Framework progress methodology;
//   docs/formats.md, "Multi-year periods"). The result says so in its note:
//     series s({{period::plan_term(2005, 2007), 100_d}, {year{2012}, 121_d}});
//     auto g = average_annual_growth_of(s, 4, rounding::half_up);
//     g.from_year, g.to_year      // 2005, 2012: n = 7
//     *g.rate                     // 0.0276: (121/100)^(1/7) − 1
//     g.note                      // "2005–2007 counted as 2005 (first year of a pooled period)"
//   A period with no reference year (a quarter) is never skipped: the rate is no value
//   (not_applicable) and the note names the period.
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

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>

#include <string>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/no_value.hpp"
#include "attain/period.hpp"
#include "attain/rounding.hpp"
#include "attain/series.hpp"

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
ATTAIN_API computed<decimal> average_absolute_change(const decimal& from, const decimal& to, int periods, int scale,
                                          rounding mode);

// to / from − 1 at `scale`, rounded once: period-on-period growth when `from` is the
// previous period, fixed-base growth when it is the base period.
// No value: from == 0 (zero_base), from < 0 (negative_base).
ATTAIN_API computed<decimal> growth_rate(const decimal& from, const decimal& to, int scale, rounding mode);

// to / base × 100 (index, base = 100), rounded once. No value for base <= 0.
ATTAIN_API computed<decimal> growth_index(const decimal& base, const decimal& to, int scale, rounding mode);

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
//
// Inline: the common case (coefficients below 2^53, scale <= 18) is decided by one pow and
// a proven error bound in the caller's loop; everything else (the domain, ties and near
// ties, wide values) goes to the out-of-line exact path in src/growth.cpp.
inline computed<decimal> average_annual_growth(const decimal& first, const decimal& last, int periods, int scale,
                                               rounding mode);

// The same for many series at once (columns of a table): out[i] is
// average_annual_growth(first[i], last[i], periods[i], scale, mode). Faster than a loop of
// single calls: the double estimates of a block are computed in one tight loop.
// Throws invalid_argument (domain_error) when the four spans differ in length.
inline void average_annual_growth(std::span<const decimal> first, std::span<const decimal> last,
                                  std::span<const int> periods, int scale, rounding mode,
                                  std::span<computed<decimal>> out);

// The same on coefficient columns, the layout of observation_table::value_column() and of
// an Arrow or Parquet DECIMAL column: series i goes from first[i]·10^-first_scale to
// last[i]·10^-last_scale in periods[i] periods. The correctly rounded rate's coefficient at
// `scale` goes to out[i], and outcome[i] says whether it is there: `value`; `no_value` with
// the reason, as above; or `too_wide`, a rate whose coefficient does not fit 64 bits
// (average_annual_growth on decimals gives it, or its overflow_error beyond 38 digits). 20 bytes in and 9 out per series: the
// memory traffic of the same loop on double.
//   std::int64_t first[] = {10000}, last[] = {11809}; int n[] = {3};
//   std::int64_t rate[1]; column_outcome how[1];
//   average_annual_growth(first, 2, last, 2, n, 3, rounding::half_up, rate, how);  // rate[0] == 57
// Throws invalid_argument (domain_error) when the spans differ in length, scale_error when a
// scale is outside 0…38.
struct column_outcome {
  enum class kind : std::uint8_t { value, no_value, too_wide };
  kind what = kind::value;
  why reason{};  // when what == no_value
  friend bool operator==(const column_outcome&, const column_outcome&) = default;
};
inline void average_annual_growth(std::span<const std::int64_t> first, int first_scale,
                                  std::span<const std::int64_t> last, int last_scale, std::span<const int> periods,
                                  int scale, rounding mode, std::span<std::int64_t> out,
                                  std::span<column_outcome> outcome);

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
ATTAIN_API computed<decimal> average_of_rates_geometric(std::span<const decimal> rates, int scale, rounding mode);

// The arithmetic mean of period rates, (Σ g_i)/n, rounded once. Offered because reports use
// it; it is NOT the average annual growth (see the case study). No value when empty.
ATTAIN_API computed<decimal> mean_of_rates(std::span<const decimal> rates, int scale, rounding mode);

// Exponential (continuous) growth: ln(last / first) / periods, correctly rounded (ln of a
// rational other than 1 is transcendental, so no tie exists; the value is computed with
// certified error bounds at increasing precision until the rounding is decided).
// No value: as average_annual_growth, and last == 0 (zero_base of the logarithm).
ATTAIN_API computed<decimal> exponential_growth(const decimal& first, const decimal& last, int periods, int scale,
                                     rounding mode);

// World Bank WDI least-squares growth: fit ln y = a + b·t by ordinary least squares over
// all points, r = e^b − 1, correctly rounded. e^b = ∏ y_i^(w_i) with rational weights, so
// the check is exact integer arithmetic as for CAGR.
// No value: fewer than 3 points (too_few_points), all t equal (no_periods), a value <= 0
// (negative_base / zero_base).
ATTAIN_API computed<decimal> least_squares_growth(std::span<const growth_point> points, int scale, rounding mode);

// x^(num/den) for x > 0, correctly rounded: a power with a rational exponent, such as the
// natural-limit coefficient's (|y_b|/|L|)^4.44 = (|y_b|/|L|)^(111/25) in the growth-ratio
// method. No value: x <= 0 (negative_base), den <= 0 (no_periods).
ATTAIN_API computed<decimal> rational_power(const decimal& x, std::int64_t num, std::int64_t den, int scale, rounding mode);
// (a / b)^(num/den) for a, b > 0, with a / b kept exact (no intermediate quotient).
ATTAIN_API computed<decimal> rational_power(const decimal& a, const decimal& b, std::int64_t num, std::int64_t den, int scale,
                                 rounding mode);

// PROJECTION to a later period ----------------------------------------------------------------

// The value `ahead` periods after `latest`, continuing the CAGR observed from `base` to
// `latest` over `periods`: latest × (latest / base)^(ahead / periods), correctly rounded.
// No value: as average_annual_growth.
ATTAIN_API computed<decimal> project_cagr(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                               rounding mode);

// Continuing the average absolute change: latest + (latest − base) × ahead / periods,
// rounded once. No value for periods <= 0.
ATTAIN_API computed<decimal> project_linear(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                                 rounding mode);

// The least-squares fit of ln y evaluated at t: e^(a + b·t), correctly rounded.
ATTAIN_API computed<decimal> project_least_squares(std::span<const growth_point> points, std::int64_t t, int scale,
                                        rounding mode);

// GROWTH OVER A YEARLY SERIES -------------------------------------------------------------------

// The observations of a series as growth points, t = the reference year of each period
// (see YEARS OF A SERIES above). Observations with status missing carry no value: they are
// not points, and `missing` lists their periods. `notes` has one sentence for each period
// not counted as its own calendar year, in order:
//   {2005-2007: 100, 2008: 104}  → points {(2005, 100), (2008, 104)},
//                                  notes {"2005–2007 counted as 2005 (first year of a pooled period)"}
// Throws domain_error (kind_mismatch) naming the first period that has no reference year
// ("Q1 2023 has no reference year (not a whole calendar year)").
struct yearly_points {
  std::vector<growth_point> points;
  std::vector<period> missing;
  std::vector<std::string> notes;
};
ATTAIN_API yearly_points yearly_points_of(const series& s);

// Average annual growth (CAGR) of a series from its first to its latest observation with a
// value, n = the difference of their reference years: (last / first)^(1/n) − 1, correctly
// rounded as average_annual_growth. `note` joins the notes of the two periods with "; "
// (empty when both are calendar years).
// No value: fewer than two observations with a value (too_few_points); a period without a
// reference year (not_applicable; `note` names it); and average_annual_growth's reasons.
struct series_growth {
  std::optional<period> from;  // the first observation with a value
  std::optional<period> to;    // the latest observation with a value
  int from_year = 0;           // their reference years
  int to_year = 0;
  computed<decimal> rate = none(why::too_few_points);
  std::string note;
};
ATTAIN_API series_growth average_annual_growth_of(const series& s, int scale, rounding mode);

namespace out_of_line {
// The whole of average_annual_growth: the domain, the double estimate and the exact integer
// decision. The inline function above is its fast path.
ATTAIN_API computed<decimal> average_annual_growth_general(const decimal& first, const decimal& last, int periods,
                                                           int scale, rounding mode);

// The reference paths: the same figures decided by the exact integer comparisons alone, with
// no estimate (no double, no 128-bit Newton step). Results equal the public functions' in
// every case; they exist for the differential tests of the fast paths, and take microseconds.
ATTAIN_API computed<decimal> average_annual_growth_exact(const decimal& first, const decimal& last, int periods,
                                                         int scale, rounding mode);
ATTAIN_API computed<decimal> project_cagr_exact(const decimal& base, const decimal& latest, int periods, int ahead,
                                                int scale, rounding mode);
ATTAIN_API computed<decimal> rational_power_exact(const decimal& a, const decimal& b, std::int64_t num,
                                                  std::int64_t den, int scale, rounding mode);
}  // namespace out_of_line

namespace detail {
using out_of_line::average_annual_growth_general;

inline constexpr double growth_pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// 1/n correctly rounded (a division at compile time), for n < 64: the usual periods of a plan.
struct growth_inverse_table {
  double value[64]{};
  constexpr growth_inverse_table() {
    value[0] = std::numeric_limits<double>::quiet_NaN();  // pow(NaN, 0) would be 1
    for (int n = 1; n < 64; ++n) value[n] = 1.0 / static_cast<double>(n);
  }
  constexpr double operator[](int n) const noexcept { return value[n]; }
};
inline constexpr growth_inverse_table growth_inverse{};

// Rounds y in `mode` from an estimate with |estimate − y| <= err, when no rounding boundary
// lies within err of the estimate; returns false otherwise (and when out of range or NaN).
// Straight-line code: the floor by truncation, the rounding decision by round_from_floor's
// bit table; the one branch left is the rarely taken "undecided".
[[gnu::always_inline]] inline bool round_from_estimate(double estimate, double err, rounding mode,
                                                       std::int64_t& out) noexcept {
  if (!(err < 0.25) || !(estimate < 4e18 && estimate > -4e18)) return false;  // NaN fails too
  std::int64_t k = static_cast<std::int64_t>(estimate);                        // toward zero
  k -= static_cast<std::int64_t>(estimate < static_cast<double>(k));           // floor
  const double frac = estimate - static_cast<double>(k);                       // exact
  const double off = frac - 0.5;
  const bool near_half = std::fabs(off) <= err;  // fabs: a mask, where ?: compiled to a 50/50 branch
  const bool near_integer = (frac <= err) | (frac >= 1 - err);
  const bool half_mode = mode == rounding::half_even || mode == rounding::half_up || mode == rounding::half_down;
  // Not a tie (near_half is excluded in the half modes); directed modes ignore half_cmp.
  out = k + static_cast<std::int64_t>(round_from_floor(false, frac > 0.5 ? 1 : -1, k < 0, (k & 1) != 0, mode));
  return half_mode ? !near_half : !near_integer;
}

}  // namespace detail

namespace detail {

// The ratio (a / b)·10^shift of two positive coefficients below 2^53 in double, or NaN when
// the fast path does not apply (a coefficient <= 0 or at or above 2^53, a ratio beyond
// 1e±30, periods <= 0). One IEEE division and an exact power of ten: within 2u relative
// (u = 2^-53). `shift` is within ±22 (the caller checks).
[[gnu::always_inline]] inline double growth_ratio(std::int64_t a, std::int64_t b, int shift, int periods) noexcept {
  constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
  if (ATTAIN_UNLIKELY(!(a > 0 && b > 0 && a < exact_limit && b < exact_limit && periods > 0)))
    return std::numeric_limits<double>::quiet_NaN();
  const double q = static_cast<double>(a) / static_cast<double>(b);
  const double ratio = shift >= 0 ? q * growth_pow10[shift] : q / growth_pow10[-shift];
  return ratio > 1e-30 && ratio < 1e30 ? ratio : std::numeric_limits<double>::quiet_NaN();
}

// 1/n correctly rounded; NaN or negative for n <= 0 (growth_ratio has declined those, and
// pow(NaN, 1/n) stays NaN — pow(NaN, 0) would be 1).
[[gnu::always_inline]] inline double growth_inverse_of(int periods) noexcept {
  return static_cast<unsigned>(periods) < 64U ? growth_inverse[periods] : 1.0 / static_cast<double>(periods);
}

// The double estimate of y = ((last/first)^(1/n) − 1)·10^scale from a ratio of growth_ratio
// (NaN stays NaN, so the decision below declines and the exact path runs).
// Error: the ratio is within 2u relative. pow adds 1 ulp (glibc's bound), and the rounded
// exponent 1/n adds |ln r|·u, at most 70u for ratios within 1e±30: |x̃ − x| <= 80u·x. Then
// x·10^scale and the subtraction round once each. The bound used,
// err = (|x̃·10^s| + |ỹ|)·2^-40, leaves a margin of 100×.
[[gnu::always_inline]] inline double growth_estimate(double ratio, double inverse, int scale) noexcept {
  const double p = growth_pow10[scale];
  return std::pow(ratio, inverse) * p - p;
}

// The estimate for two decimals, or NaN when the fast path does not apply (also: scale
// above 18, scales more than 22 apart, coefficients beyond 64 bits).
[[gnu::always_inline]] inline double average_annual_growth_estimate(const decimal& first, const decimal& last,
                                                                    int periods, int scale) noexcept {
  const int128 a = last.coefficient();
  const int128 b = first.coefficient();
  const int shift = first.scale() - last.scale();  // last / first = (a / b) · 10^shift
  if (ATTAIN_UNLIKELY(!(static_cast<unsigned>(scale) <= 18U && static_cast<unsigned>(shift + 22) <= 44U &&
                        a == static_cast<std::int64_t>(a) && b == static_cast<std::int64_t>(b))))
    return std::numeric_limits<double>::quiet_NaN();
  return growth_estimate(growth_ratio(static_cast<std::int64_t>(a), static_cast<std::int64_t>(b), shift, periods),
                         growth_inverse_of(periods), scale);
}

// The decision on an estimate from average_annual_growth_estimate (true: `out` is the
// correctly rounded coefficient at `scale`).
[[gnu::always_inline]] inline bool average_annual_growth_decide(double y, int scale, rounding mode,
                                                                std::int64_t& out) noexcept {
  const double p = growth_pow10[static_cast<unsigned>(scale) <= 18U ? scale : 0];
  const double err = (std::fabs(y + p) + std::fabs(y)) * 0x1p-40 + 1e-300;
  return round_from_estimate(y, err, mode, out);
}

}  // namespace detail

inline computed<decimal> average_annual_growth(const decimal& first, const decimal& last, int periods, int scale,
                                               rounding mode) {
  std::int64_t k = 0;
  if (ATTAIN_LIKELY(detail::average_annual_growth_decide(detail::average_annual_growth_estimate(first, last, periods, scale),
                                                         scale, mode, k)))
    return decimal::from_parts(k, scale);
  return detail::average_annual_growth_general(first, last, periods, scale, mode);
}

inline void average_annual_growth(std::span<const decimal> first, std::span<const decimal> last,
                                  std::span<const int> periods, int scale, rounding mode,
                                  std::span<computed<decimal>> out) {
  if (first.size() != last.size() || first.size() != periods.size() || first.size() != out.size())
    detail::raise_domain(errc::invalid_argument, "average_annual_growth: first, last, periods and out differ in length");
  // Two passes over blocks: the estimates (a loop of pow calls that overlap in the
  // processor), then the decisions. Results are those of the one-series function.
  constexpr std::size_t block = 256;
  double estimate[block];
  for (std::size_t b = 0; b < first.size(); b += block) {
    const std::size_t m = std::min(block, first.size() - b);
    for (std::size_t j = 0; j < m; ++j)
      estimate[j] = detail::average_annual_growth_estimate(first[b + j], last[b + j], periods[b + j], scale);
    for (std::size_t j = 0; j < m; ++j) {
      std::int64_t k = 0;
      if (ATTAIN_LIKELY(detail::average_annual_growth_decide(estimate[j], scale, mode, k)))
        out[b + j] = decimal::from_parts(k, scale);
      else
        out[b + j] = detail::average_annual_growth_general(first[b + j], last[b + j], periods[b + j], scale, mode);
    }
  }
}

inline void average_annual_growth(std::span<const std::int64_t> first, int first_scale,
                                  std::span<const std::int64_t> last, int last_scale, std::span<const int> periods,
                                  int scale, rounding mode, std::span<std::int64_t> out,
                                  std::span<column_outcome> outcome) {
  const std::size_t size = first.size();
  if (last.size() != size || periods.size() != size || out.size() != size || outcome.size() != size)
    detail::raise_domain(errc::invalid_argument,
                         "average_annual_growth: first, last, periods, out and outcome differ in length");
  for (const int s : {first_scale, last_scale, scale})
    if (s < 0 || s > decimal::max_scale) detail::raise_scale("average_annual_growth", s);
  // Fast path for the whole column, or for none of it: the scales decide.
  const int shift = first_scale - last_scale;
  const bool fast = scale <= 18 && shift >= -22 && shift <= 22;
  constexpr std::size_t block = 256;
  double estimate[block];
  for (std::size_t b = 0; b < size; b += block) {
    const std::size_t m = std::min(block, size - b);
    if (fast) {
      for (std::size_t j = 0; j < m; ++j)
        estimate[j] = detail::growth_estimate(detail::growth_ratio(last[b + j], first[b + j], shift, periods[b + j]),
                                              detail::growth_inverse_of(periods[b + j]), scale);
    } else {
      std::fill_n(estimate, m, std::numeric_limits<double>::quiet_NaN());
    }
    for (std::size_t j = 0; j < m; ++j) {
      std::int64_t k = 0;
      if (ATTAIN_LIKELY(detail::average_annual_growth_decide(estimate[j], scale, mode, k))) {
        out[b + j] = k;
        outcome[b + j] = {};
        continue;
      }
      out[b + j] = 0;
      outcome[b + j] = {column_outcome::kind::too_wide, {}};
      try {
        const computed<decimal> r = detail::average_annual_growth_general(
            decimal::from_parts(first[b + j], first_scale), decimal::from_parts(last[b + j], last_scale),
            periods[b + j], scale, mode);
        if (!r) {
          outcome[b + j] = {column_outcome::kind::no_value, r.error().reason};
        } else if (r->coefficient() == static_cast<std::int64_t>(r->coefficient())) {
          out[b + j] = static_cast<std::int64_t>(r->coefficient());
          outcome[b + j] = {};
        }
      } catch (const overflow_error&) {
        // too wide for 38 digits as well: the series' outcome says so, the column goes on
      }
    }
  }
}

}  // namespace attain

#endif  // ATTAIN_GROWTH_HPP
