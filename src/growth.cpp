// Growth rates (see attain/growth.hpp).
//
// HOW CORRECT ROUNDING IS PROVEN
// Every irrational figure here has the form
//     y = (P · x + Q) / S,   x = (A / B)^(1/n),   A, B, P, S > 0,
// scaled so that the answer is an integer: y = rate × 10^scale. Whether y >= v/d for an
// integer v and d ∈ {1, 2} (an integer or a half-integer boundary) is decided exactly:
//     y >= v/d  ⇔  d·P·x >= W, W = S·v − d·Q  ⇔  (W <= 0) or A·(d·P)^n >= B·W^n,
// all in cpp_int. A double estimate of y answers first when it lies farther from every
// boundary than a proven bound on its error; only the rest (ties, near-ties, huge scales)
// pays for the integer comparisons.
#include "attain/growth.hpp"

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "attain/period_format.hpp"
#include "fast_root.hpp"
#include "wide.hpp"

namespace attain {
namespace {

using detail::wide;
using boost::multiprecision::pow;

// The pieces of y = (P·(A/B)^(1/n) + Q) / S, with A^1 and B^1 kept (powers are folded into
// A and B by the callers).
struct root_form {
  wide A, B, P, Q, S;
  unsigned n;
};

// sign(y − v/d)
int compare_at(const root_form& f, const wide& v, const wide& d) {
  const wide w = f.S * v - d * f.Q;
  if (w.sign() <= 0) return 1;  // d·P·x > 0 >= W
  const wide lhs = f.A * pow(wide(d * f.P), f.n);
  const wide rhs = f.B * pow(w, f.n);
  return lhs.compare(rhs) > 0 ? 1 : (lhs.compare(rhs) < 0 ? -1 : 0);
}

wide wide_from_double(double x) {
  // x is an integer-valued double; cpp_int converts it exactly.
  return wide(x);
}

// The integer y rounded in `mode`, starting the search from `estimate` (any finite double).
// floor(N^(1/n)) for N >= 0: Newton's method on integers, from a start above the root (the
// iterates then decrease monotonically to it). `guess` is a double estimate of the root.
wide integer_root(const wide& N, unsigned n, double guess) {
  if (N.is_zero() || n == 1) return N;
  wide x;
  if (std::isfinite(guess) && guess > 0 && guess < 1e300) x = wide_from_double(std::floor(guess * (1 + 0x1p-30))) + 2;
  if (x.is_zero() || pow(x, n) <= N) x = wide(1) << ((boost::multiprecision::msb(N) + 1 + n - 1) / n);  // 2^ceil(bits/n) > root
  for (;;) {
    const wide y = (wide(n - 1) * x + N / pow(x, n - 1)) / n;
    if (y >= x) return x;
    x = y;
  }
}

// floor(a / b) for b > 0.
wide floor_div(const wide& a, const wide& b) {
  wide q, r;
  boost::multiprecision::divide_qr(a, b, q, r);
  if (r.sign() < 0) q -= 1;
  return q;
}

// The exact check works on integers of about bits(A) + n·bits(P) bits, and its time grows
// with the square of that size. Beyond exact_bits (2^22 bits, 1.2 million decimal digits:
// n = 32,000 periods at scale 38) it throws overflow_error instead of running for hours.
constexpr std::uint64_t exact_bits = std::uint64_t{1} << 22;
std::uint64_t bits_of(const wide& x) {
  return x.is_zero() ? 0 : static_cast<std::uint64_t>(boost::multiprecision::msb(boost::multiprecision::abs(x))) + 1;
}
void check_exact_bits(std::uint64_t bits, const char* what) {
  if (bits > exact_bits) detail::raise_overflow((std::string(what) + ": exact check beyond 4194304 bits").c_str());
}

// The integer y rounded in `mode`. floor(P·x) is the integer n-th root of floor(A·P^n / B),
// so floor(y) = floor((floor(P·x) + Q) / S); two exact comparisons then settle exactness
// and the half-way tie.
int128 round_root_exact(const root_form& f, double estimate, rounding mode, const char* what) {
  const std::uint64_t per_step = std::max({bits_of(f.P), bits_of(f.Q), bits_of(f.S)}) + 2;
  check_exact_bits(std::max(bits_of(f.A), bits_of(f.B)) + per_step * f.n, what);
  const wide N = f.A * pow(f.P, f.n) / f.B;
  const double px_guess = estimate * static_cast<double>(f.S) - static_cast<double>(f.Q);
  const wide lo = floor_div(integer_root(N, f.n, px_guess) + f.Q, f.S);
  const wide one = 1;
  const bool exact = compare_at(f, lo, one) == 0;
  const int half = compare_at(f, 2 * lo + 1, wide(2));
  const bool odd = boost::multiprecision::bit_test(boost::multiprecision::abs(lo), 0);
  const wide result = lo + detail::round_from_floor(exact, half, lo.sign() < 0, odd, mode);
  int128 out = 0;
  if (!detail::try_narrow(result, out)) detail::raise_overflow_op(what);
  return out;
}

// Decides the rounding of y from an estimate with |estimate − y| <= err, when it can.
// Returns false when the estimate lies too close to a boundary (or is out of range).
template <class Real>
Real magnitude_of(const Real& x) {
  return x < 0 ? Real(-x) : x;
}

// Decides the rounding of y from an estimate with |estimate − y| <= err, when no rounding
// boundary lies within err of it (and returns false otherwise, or when out of range). Shared
// by the double fast paths and the multiprecision enclosures.
template <class Real>
bool round_from_estimate(const Real& estimate, const Real& err, rounding mode, std::int64_t& out) {
  using std::floor;
  if (!(err < Real(0.25)) || !(magnitude_of(estimate) <= Real(4e18))) return false;  // NaN fails too
  const Real fl = floor(estimate);
  const Real frac = estimate - fl;  // exact for doubles: fl and estimate are close
  const auto k = static_cast<std::int64_t>(fl);
  const bool half_mode = mode == rounding::half_even || mode == rounding::half_up || mode == rounding::half_down;
  if (half_mode) {
    if (magnitude_of(Real(frac - Real(0.5))) <= err) return false;
    out = k + (frac > Real(0.5) ? 1 : 0);
    return true;
  }
  // Directed modes: y must be known not to be an integer, and floor(y) == k.
  if (frac <= err || frac >= Real(1) - err) return false;
  out = k + detail::round_from_floor(false, 0, k < 0, (k & 1) != 0, mode);
  return true;
}

// The double case: detail::round_from_estimate (attain/growth.hpp), shared with the inline
// fast path of average_annual_growth.
using detail::round_from_estimate;

constexpr const double (&pow10_double)[23] = detail::growth_pow10;

// A decimal as the exact rational c / 10^s, split into numerator and denominator.
wide numerator(const decimal& x) { return detail::to_wide(x.coefficient()); }
wide denominator(const decimal& x) { return detail::pow10_wide(x.scale()); }

void check_scale(int scale, const char* what) {
  if (scale < 0 || scale > decimal::max_scale) detail::raise_scale(what, scale);
}

// The exact check raises to unsigned (32-bit) powers and takes unsigned roots: a larger
// exponent or root — after reduction by the common factor — throws, never truncates.
[[noreturn]] void raise_exponent(const char* what) {
  detail::raise_overflow((std::string(what) + ": exponent beyond 4294967295").c_str());
}
unsigned exponent_of(std::uint64_t magnitude, const char* what) {
  if (magnitude > std::numeric_limits<unsigned>::max()) raise_exponent(what);
  return static_cast<unsigned>(magnitude);
}
unsigned exponent_of(std::int64_t k, const char* what) {
  return exponent_of(k < 0 ? 0 - static_cast<std::uint64_t>(k) : static_cast<std::uint64_t>(k), what);
}

// CAGR's validity rules, shared by the functions that take a base and a latest value.
computed<decimal> growth_domain(const decimal& first, const decimal& last, int periods) {
  if (periods <= 0) return none(why::no_periods);
  if (is_zero(first)) return none(why::zero_base);
  if (signum(first) < 0) return none(why::negative_base);
  if (signum(last) < 0) return none(why::sign_change);
  return decimal{};
}

// y = (x − 1)·10^scale with x = (A/B)^(1/n): the form of every "rate".
root_form rate_form(wide A, wide B, unsigned n, int scale) {
  const wide p = detail::pow10_wide(scale);
  return {std::move(A), std::move(B), p, -p, wide(1), n};
}

// num / den (both nonzero) to within 3 ulp, without to_double's divisions when both
// coefficients are exact doubles (below 2^53) and the scales differ by at most 22: one IEEE
// division (0.5 ulp), then an exact power of ten (0.5 ulp more). Otherwise via to_double.
double ratio_estimate(const decimal& num, const decimal& den) noexcept {
  constexpr int128 exact_limit = int128{1} << 53;
  const int128 a = num.coefficient();
  const int128 b = den.coefficient();
  const int shift = den.scale() - num.scale();  // num / den = (a / b) · 10^shift
  if (a < exact_limit && a > -exact_limit && b < exact_limit && b > -exact_limit && shift >= -22 && shift <= 22) {
    const double q = static_cast<double>(static_cast<std::int64_t>(a)) / static_cast<double>(static_cast<std::int64_t>(b));
    return shift >= 0 ? q * pow10_double[shift] : q / pow10_double[-shift];
  }
  return to_double(num) / to_double(den);
}

double estimate_error(double x_scaled, double y, double relative) {
  return (std::fabs(x_scaled) + std::fabs(y)) * relative + 1e-300;
}

// Which ways to the answer a function may take: every fast path, or the exact integer
// decision alone (the reference of the differential tests: out_of_line::*_exact).
enum class paths { fast, exact_only };

namespace fr = detail::fast_root;

// (a / b)^m (a, b > 0) as the recipes N / D of a root: (c_a·10^(s_b − s_a))^m over c_b^m, or
// c_a^m over (c_b·10^(s_a − s_b))^m.
std::pair<fr::recipe, fr::recipe> ratio_recipes(const decimal& a, const decimal& b, std::uint32_t m = 1) noexcept {
  const int k = b.scale() - a.scale();
  const auto ca = static_cast<uint128>(a.coefficient()), cb = static_cast<uint128>(b.coefficient());
  return {fr::recipe{ca, k > 0 ? k : 0, m}, fr::recipe{cb, k < 0 ? -k : 0, m}};
}


}  // namespace

computed<decimal> average_absolute_change(const decimal& from, const decimal& to, int periods, int scale,
                                          rounding mode) {
  if (periods <= 0) return none(why::no_periods);
  return divide(to - from, decimal{periods}, scale, mode);
}

computed<decimal> growth_rate(const decimal& from, const decimal& to, int scale, rounding mode) {
  if (is_zero(from)) return none(why::zero_base);
  if (signum(from) < 0) return none(why::negative_base);
  // to/from − 1 = (to − from)/from: one division, rounded once.
  return divide(to - from, from, scale, mode);
}

computed<decimal> growth_index(const decimal& base, const decimal& to, int scale, rounding mode) {
  if (is_zero(base)) return none(why::zero_base);
  if (signum(base) < 0) return none(why::negative_base);
  return divide(to * decimal{100}, base, scale, mode);
}

namespace {
computed<decimal> average_annual_growth_by(const decimal& first, const decimal& last, int periods, int scale,
                                          rounding mode, paths way) {
  check_scale(scale, "average_annual_growth");
  if (ATTAIN_UNLIKELY(periods <= 0 || signum(first) <= 0 || signum(last) <= 0)) {
    if (auto d = growth_domain(first, last, periods); !d) return d;
    return round(decimal{-1}, scale, mode);  // last == 0: (0/first)^(1/n) − 1 = −1
  }

  // Fast path: a double estimate with a proven error bound. x = ratio^(1/n) is computed once;
  // n = 1 and n = 2 need no pow (the ratio itself, a correctly rounded square root).
  const double ratio = ratio_estimate(last, first);
  const double x = periods == 1 ? ratio : periods == 2 ? std::sqrt(ratio) : std::pow(ratio, 1.0 / periods);
  if (way == paths::fast && scale <= 18 && ratio > 1e-30 && ratio < 1e30) {
    const double p = pow10_double[scale];
    const double y = (x - 1) * p;
    // Relative error of x: ratio (3 ulp) ^ (1/n) plus pow (1 ulp) plus the rounded exponent
    // (|ln ratio|·ulp) — at most 80·2^-53 here; 2^-40 leaves a margin of 100×.
    const double err = estimate_error(x * p, y, 0x1p-40);
    std::int64_t k = 0;
    if (round_from_estimate(y, err, mode, k)) return decimal::from_parts(k, scale);
  }
  // Beyond a double (scale > 18, or near a boundary): 128-bit Newton steps (fast_root.hpp).
  if (way == paths::fast && scale <= 37) {
    const auto [N, D] = ratio_recipes(last, first);
    const auto p = static_cast<int128>(detail::pow10.value[scale]);
    if (const auto k = fr::round_root(N, D, static_cast<std::uint32_t>(periods), x, static_cast<uint128>(p), p, mode))
      return decimal::from_parts(*k, scale);
  }
  // Exact: x^n = last/first = (c_l · 10^s_f) / (c_f · 10^s_l).
  const root_form f = rate_form(numerator(last) * denominator(first), numerator(first) * denominator(last),
                                static_cast<unsigned>(periods), scale);
  const double estimate = (x - 1) * std::pow(10.0, scale);
  return decimal::from_parts(round_root_exact(f, estimate, mode, "average_annual_growth"), scale);
}
}  // namespace

computed<decimal> out_of_line::average_annual_growth_general(const decimal& first, const decimal& last, int periods,
                                                        int scale, rounding mode) {
  return average_annual_growth_by(first, last, periods, scale, mode, paths::fast);
}
computed<decimal> out_of_line::average_annual_growth_exact(const decimal& first, const decimal& last, int periods,
                                                      int scale, rounding mode) {
  return average_annual_growth_by(first, last, periods, scale, mode, paths::exact_only);
}

computed<decimal> average_of_rates_geometric(std::span<const decimal> rates, int scale, rounding mode) {
  check_scale(scale, "average_of_rates_geometric");
  if (rates.empty()) return none(why::empty_group);
  // ∏(1 + g_i) as an exact rational num / 10^den_scale.
  wide num = 1;
  int den_scale = 0;
  for (const decimal& g : rates) {
    const decimal factor = decimal{1} + g;
    if (signum(factor) <= 0) return none(why::negative_base);
    num *= numerator(factor);
    den_scale += factor.scale();
  }
  const wide den = detail::pow10_wide(den_scale);
  const unsigned n = exponent_of(static_cast<std::uint64_t>(rates.size()), "average_of_rates_geometric");
  // Estimate in long double from the exact product's leading digits.
  const double product = static_cast<double>(boost::multiprecision::cpp_bin_float_50(num) /
                                             boost::multiprecision::cpp_bin_float_50(den));
  const double estimate = (std::pow(product, 1.0 / n) - 1) * std::pow(10.0, scale);
  const root_form f = rate_form(num, den, n, scale);
  return decimal::from_parts(round_root_exact(f, estimate, mode, "average_of_rates_geometric"), scale);
}

computed<decimal> mean_of_rates(std::span<const decimal> rates, int scale, rounding mode) {
  if (rates.empty()) return none(why::empty_group);
  decimal sum{};
  for (const decimal& g : rates) sum += g;
  return divide(sum, decimal{static_cast<std::int64_t>(rates.size())}, scale, mode);
}

computed<decimal> exponential_growth(const decimal& first, const decimal& last, int periods, int scale,
                                     rounding mode) {
  check_scale(scale, "exponential_growth");
  if (auto d = growth_domain(first, last, periods); !d) return d;
  if (is_zero(last)) return none(why::zero_base);
  if (last == first) return round(decimal{}, scale, mode);
  // ln(R) for a rational R != 1 is transcendental: y is never on a boundary, so a certified
  // enclosure at enough precision always decides. Two precisions cover every decimal input.
  const auto attempt = [&](auto tag, int digits, std::int64_t& out) {
    using real = decltype(tag);
    const real r = real(numerator(last) * denominator(first)) / real(numerator(first) * denominator(last));
    const real y = boost::multiprecision::log(r) / periods * boost::multiprecision::pow(real(10), scale);
    const real err = (boost::multiprecision::abs(y) + 1) * boost::multiprecision::pow(real(10), -(digits - 15));
    if (boost::multiprecision::abs(y) > real(4e18)) detail::raise_overflow_op("exponential_growth");
    return round_from_estimate(y, err, mode, out);
  };
  std::int64_t k = 0;
  if (attempt(boost::multiprecision::cpp_bin_float_50{}, 50, k)) return decimal::from_parts(k, scale);
  if (attempt(boost::multiprecision::cpp_bin_float_100{}, 100, k)) return decimal::from_parts(k, scale);
  using real300 = boost::multiprecision::number<boost::multiprecision::cpp_bin_float<300>>;
  if (attempt(real300{}, 300, k)) return decimal::from_parts(k, scale);
  detail::raise_domain(errc::inexact, "exponential_growth: rounding not decided at 300 digits");
}

namespace {

// The exact data of a least-squares fit of ln y on t: with N points, D = N·Σt² − (Σt)² and
// e_i = N·t_i − Σt, the slope is b = Σ e_i ln y_i / D, so e^b = (∏ y_i^e_i)^(1/D).
struct ls_fit {
  std::vector<std::int64_t> e;
  std::int64_t D = 0;
  std::int64_t sum_t = 0;
  std::int64_t n = 0;
};

computed<ls_fit> fit_domain(std::span<const growth_point> points) {
  if (points.size() < 3) return none(why::too_few_points);
  ls_fit fit;
  fit.n = static_cast<std::int64_t>(points.size());
  // Σt and Σt² in 128 bits when every |t| < 2^31 and there are fewer than 2^31 points
  // (N·Σt² < 2^124): years and period indices, no cpp_int. Wider indices take cpp_int.
  constexpr std::int64_t narrow_t = std::int64_t{1} << 31;
  bool narrow = fit.n < narrow_t;
  for (const growth_point& p : points) {
    if (is_zero(p.value)) return none(why::zero_base);
    if (signum(p.value) < 0) return none(why::negative_base);
    narrow = narrow && p.t > -narrow_t && p.t < narrow_t;
  }
  constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
  int128 D = 0, sum_t = 0;
  if (narrow) {
    int128 sum_t2 = 0;
    for (const growth_point& p : points) {
      sum_t += p.t;
      sum_t2 += static_cast<int128>(p.t) * p.t;
    }
    D = fit.n * sum_t2 - sum_t * sum_t;
  } else {
    wide s1 = 0, s2 = 0;
    for (const growth_point& p : points) {
      const wide t = p.t;
      s1 += t;
      s2 += t * t;
    }
    const wide w = fit.n * s2 - s1 * s1;
    if (w > wide(int64_max) || boost::multiprecision::abs(s1) > wide(int64_max))
      detail::raise_overflow_op("least_squares_growth");
    D = static_cast<std::int64_t>(w);
    sum_t = static_cast<std::int64_t>(s1);
  }
  if (D == 0) return none(why::no_periods);
  if (D > int64_max / 4) detail::raise_overflow_op("least_squares_growth");
  fit.D = static_cast<std::int64_t>(D);
  fit.sum_t = static_cast<std::int64_t>(sum_t);
  for (const growth_point& p : points) {
    const int128 e = static_cast<int128>(fit.n) * p.t - sum_t;
    if (e > int64_max || e < -int64_max) detail::raise_overflow_op("least_squares_growth");
    fit.e.push_back(static_cast<std::int64_t>(e));
  }
  return fit;
}

// ∏ y_i^g_i as A/B with A, B > 0 (negative exponents go to the other side).
void product_of_powers(std::span<const growth_point> points, const std::vector<std::int64_t>& g, wide& A, wide& B,
                       const char* what) {
  A = 1;
  B = 1;
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < points.size(); ++i)
    bits += (bits_of(numerator(points[i].value)) + bits_of(denominator(points[i].value))) * exponent_of(g[i], what);
  check_exact_bits(bits, what);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (g[i] == 0) continue;
    const unsigned k = exponent_of(g[i], what);
    const wide num = pow(numerator(points[i].value), k);
    const wide den = pow(denominator(points[i].value), k);
    if (g[i] > 0) {
      A *= num;
      B *= den;
    } else {
      A *= den;
      B *= num;
    }
  }
}

// Divides the exponents and the root by their common factor: y^(g/n) with smaller numbers.
void reduce(std::vector<std::int64_t>& g, std::int64_t& n) {
  std::int64_t c = n;
  for (std::int64_t x : g) c = std::gcd(c, x);
  if (c > 1) {
    for (std::int64_t& x : g) x /= c;
    n /= c;
  }
}

}  // namespace

computed<decimal> least_squares_growth(std::span<const growth_point> points, int scale, rounding mode) {
  check_scale(scale, "least_squares_growth");
  auto fit = fit_domain(points);
  if (!fit) return unexpected{fit.error()};
  std::vector<std::int64_t> g = fit->e;
  std::int64_t n = fit->D;
  reduce(g, n);
  // Estimate b in double, with an error bound from the sizes of the terms.
  double b = 0, magnitude = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double l = std::log(to_double(points[i].value));
    b += static_cast<double>(fit->e[i]) * l;
    magnitude += std::fabs(static_cast<double>(fit->e[i])) * (std::fabs(l) + 1);
  }
  b /= static_cast<double>(fit->D);
  const double x = std::exp(b);
  if (scale <= 18 && std::isfinite(x) && std::fabs(b) < 100) {
    const double p = pow10_double[scale];
    const double y = (x - 1) * p;
    const double rel = 0x1p-40 * (1 + static_cast<double>(fit->n) * magnitude / static_cast<double>(fit->D));
    std::int64_t k = 0;
    if (round_from_estimate(y, estimate_error(x * p, y, rel), mode, k)) return decimal::from_parts(k, scale);
  }
  wide A, B;
  product_of_powers(points, g, A, B, "least_squares_growth");
  const root_form f = rate_form(A, B, exponent_of(n, "least_squares_growth"), scale);
  return decimal::from_parts(round_root_exact(f, (x - 1) * std::pow(10.0, scale), mode, "least_squares_growth"),
                             scale);
}

namespace {
computed<decimal> project_cagr_by(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                                  rounding mode, paths way) {
  check_scale(scale, "project_cagr");
  if (auto d = growth_domain(base, latest, periods); !d) return d;
  if (ahead < 0) return none(why::no_periods);
  if (ahead == 0 || is_zero(latest)) return round(latest, scale, mode);
  // y = latest · (latest/base)^(ahead/periods) · 10^scale.
  std::vector<std::int64_t> g{ahead};
  std::int64_t n = periods;
  reduce(g, n);
  const auto m = static_cast<unsigned>(g[0]);
  const double ratio = to_double(latest) / to_double(base);
  const double x = std::pow(ratio, static_cast<double>(ahead) / periods);
  const double y = to_double(latest) * x * std::pow(10.0, scale);
  if (way == paths::fast && scale <= 18 && ratio > 1e-30 && ratio < 1e30) {
    const double rel = 0x1p-40 * (1 + std::fabs(std::log(ratio)) * ahead / periods);
    std::int64_t k = 0;
    if (round_from_estimate(y, estimate_error(y, y, rel), mode, k)) return decimal::from_parts(k, scale);
  }
  // y = x·K, x = ((latest/base)^m)^(1/n), K = c_latest·10^(scale − s_latest): 128-bit Newton
  // steps (fast_root.hpp) when K is an integer below 2^126.
  if (way == paths::fast && scale >= latest.scale() && scale - latest.scale() <= 37 && m <= (1U << 20)) {
    const auto c = static_cast<uint128>(latest.coefficient());
    const uint128 p = detail::pow10.value[scale - latest.scale()];
    if (c < (uint128{1} << 126) / p) {
      const auto [A, B] = ratio_recipes(latest, base, m);
      if (const auto k = fr::round_root(A, B, static_cast<std::uint32_t>(n), x, c * p, 0, mode))
        return decimal::from_parts(*k, scale);
    }
  }
  // The powers, only when the estimate did not decide.
  const wide base_a = numerator(latest) * denominator(base), base_b = numerator(base) * denominator(latest);
  check_exact_bits((bits_of(base_a) + bits_of(base_b)) * m, "project_cagr");
  const wide A = pow(base_a, m);
  const wide B = pow(base_b, m);
  wide P = numerator(latest);
  wide S = 1;
  if (scale >= latest.scale()) P *= detail::pow10_wide(scale - latest.scale());
  else S = detail::pow10_wide(latest.scale() - scale);
  const root_form f{A, B, P, wide(0), S, static_cast<unsigned>(n)};
  return decimal::from_parts(round_root_exact(f, y, mode, "project_cagr"), scale);
}
}  // namespace

computed<decimal> project_cagr(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                               rounding mode) {
  return project_cagr_by(base, latest, periods, ahead, scale, mode, paths::fast);
}
computed<decimal> out_of_line::project_cagr_exact(const decimal& base, const decimal& latest, int periods, int ahead,
                                                  int scale, rounding mode) {
  return project_cagr_by(base, latest, periods, ahead, scale, mode, paths::exact_only);
}

computed<decimal> rational_power(const decimal& x, std::int64_t num, std::int64_t den, int scale, rounding mode) {
  return rational_power(x, decimal{1}, num, den, scale, mode);
}

namespace {
computed<decimal> rational_power_by(const decimal& a, const decimal& b, std::int64_t num, std::int64_t den, int scale,
                                    rounding mode, paths way) {
  check_scale(scale, "rational_power");
  if (den <= 0) return none(why::no_periods);
  if (is_zero(a) || is_zero(b)) return none(why::zero_base);
  if (signum(a) < 0 || signum(b) < 0) return none(why::negative_base);
  if (num == std::numeric_limits<std::int64_t>::min()) raise_exponent("rational_power");
  std::vector<std::int64_t> g{num};
  std::int64_t n = den;
  reduce(g, n);
  const unsigned m = exponent_of(g[0], "rational_power");
  const unsigned root = exponent_of(n, "rational_power");
  const double ratio = to_double(a) / to_double(b);
  const double exponent = static_cast<double>(num) / static_cast<double>(den);
  const double y = std::pow(ratio, exponent) * std::pow(10.0, scale);
  if (way == paths::fast && scale <= 18 && std::isfinite(y) && y < 1e300 && ratio > 1e-30 && ratio < 1e30) {
    const double rel = 0x1p-40 * (1 + std::fabs(std::log(ratio) * exponent));
    std::int64_t k = 0;
    if (round_from_estimate(y, estimate_error(y, y, rel), mode, k)) return decimal::from_parts(k, scale);
  }
  // y = x·10^scale, x = ((a/b)^m)^(1/root): 128-bit Newton steps (fast_root.hpp).
  if (way == paths::fast && scale <= 37 && m != 0 && m <= (1U << 20)) {
    auto [A, B] = ratio_recipes(a, b, m);
    if (g[0] < 0) std::swap(A, B);
    if (const auto k = fr::round_root(A, B, root, std::pow(ratio, exponent),
                                      detail::pow10.value[scale], 0, mode))
      return decimal::from_parts(*k, scale);
  }
  // (a/b) = (c_a · 10^s_b) / (c_b · 10^s_a), raised only when the estimate did not decide.
  const wide base_a = numerator(a) * denominator(b), base_b = numerator(b) * denominator(a);
  check_exact_bits((bits_of(base_a) + bits_of(base_b)) * m, "rational_power");
  wide A = pow(base_a, m);
  wide B = pow(base_b, m);
  if (g[0] < 0) std::swap(A, B);
  const root_form f{A, B, detail::pow10_wide(scale), wide(0), wide(1), root};
  return decimal::from_parts(round_root_exact(f, y, mode, "rational_power"), scale);
}
}  // namespace

computed<decimal> rational_power(const decimal& a, const decimal& b, std::int64_t num, std::int64_t den, int scale,
                                 rounding mode) {
  return rational_power_by(a, b, num, den, scale, mode, paths::fast);
}
computed<decimal> out_of_line::rational_power_exact(const decimal& a, const decimal& b, std::int64_t num,
                                                    std::int64_t den, int scale, rounding mode) {
  return rational_power_by(a, b, num, den, scale, mode, paths::exact_only);
}

computed<decimal> project_linear(const decimal& base, const decimal& latest, int periods, int ahead, int scale,
                                 rounding mode) {
  if (periods <= 0) return none(why::no_periods);
  // (latest·periods + (latest − base)·ahead) / periods, one division.
  return divide(latest * decimal{periods} + (latest - base) * decimal{ahead}, decimal{periods}, scale, mode);
}

computed<decimal> project_least_squares(std::span<const growth_point> points, std::int64_t t, int scale,
                                        rounding mode) {
  check_scale(scale, "project_least_squares");
  auto fit = fit_domain(points);
  if (!fit) return unexpected{fit.error()};
  // ln ŷ(t) = Σ w_i ln y_i with w_i = (D + f·e_i) / (N·D), f = N·t − Σt.
  // In 64 bits, checked: a t far from the data's indices makes these products overflow.
  std::int64_t f = 0, n = 0;
  if (__builtin_mul_overflow(fit->n, t, &f) || __builtin_sub_overflow(f, fit->sum_t, &f) ||
      __builtin_mul_overflow(fit->n, fit->D, &n))
    detail::raise_overflow_op("project_least_squares");
  std::vector<std::int64_t> g;
  double lny = 0, magnitude = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    std::int64_t w = 0;
    if (__builtin_mul_overflow(f, fit->e[i], &w) || __builtin_add_overflow(w, fit->D, &w) ||
        w == std::numeric_limits<std::int64_t>::min())
      detail::raise_overflow_op("project_least_squares");
    g.push_back(w);
    const double l = std::log(to_double(points[i].value));
    lny += static_cast<double>(g.back()) * l;
    magnitude += std::fabs(static_cast<double>(g.back())) * (std::fabs(l) + 1);
  }
  lny /= static_cast<double>(n);
  const double y = std::exp(lny) * std::pow(10.0, scale);
  if (scale <= 18 && std::isfinite(y)) {
    const double rel = 0x1p-40 * (1 + static_cast<double>(fit->n) * magnitude / static_cast<double>(n));
    std::int64_t k = 0;
    if (round_from_estimate(y, estimate_error(y, y, rel), mode, k)) return decimal::from_parts(k, scale);
  }
  reduce(g, n);
  wide A, B;
  product_of_powers(points, g, A, B, "project_least_squares");
  const root_form form{A, B, detail::pow10_wide(scale), wide(0), wide(1), exponent_of(n, "project_least_squares")};
  return decimal::from_parts(round_root_exact(form, y, mode, "project_least_squares"), scale);
}

// GROWTH OVER A YEARLY SERIES -------------------------------------------------------------------
// Reference years: attain/period.hpp; a pooled period counts as its first year (Statistics
// Canada, Canadian Indicator Framework progress methodology; docs/formats.md).

yearly_points yearly_points_of(const series& s) {
  yearly_points out;
  for (const observation& o : s.observations()) {
    const computed<year_reference> r = reference_year(o.when);
    if (!r) detail::raise_domain(errc::kind_mismatch, "yearly_points_of: " + reference_year_note(o.when));
    if (o.status == value_status::missing) {
      out.missing.push_back(o.when);
      continue;
    }
    out.points.push_back({r->year, o.value});
    if (r->rule != reference_rule::calendar_year) out.notes.push_back(reference_year_note(o.when));
  }
  return out;
}

series_growth average_annual_growth_of(const series& s, int scale, rounding mode) {
  series_growth g;
  const observation* first = nullptr;
  const observation* last = nullptr;
  for (const observation& o : s.observations()) {
    if (o.status == value_status::missing) continue;
    if (first == nullptr) first = &o;
    last = &o;
  }
  if (first == nullptr || first == last) return g;  // too_few_points
  g.from = first->when;
  g.to = last->when;
  const computed<year_reference> a = reference_year(first->when);
  const computed<year_reference> b = reference_year(last->when);
  for (const period* p : {&first->when, &last->when}) {
    const std::string n = reference_year_note(*p);
    if (n.empty()) continue;
    if (!g.note.empty()) g.note += "; ";
    g.note += n;
  }
  if (!a || !b) {
    g.rate = none(why::not_applicable);
    return g;
  }
  g.from_year = a->year;
  g.to_year = b->year;
  g.rate = average_annual_growth(first->value, last->value, b->year - a->year, scale, mode);
  return g;
}

}  // namespace attain
