// bench/growth_bench.cpp — growth rates, progress assessment and ranking: attain beside a
// `double` implementation of the same formulas, each doing the same work on the same inputs in
// the same binary.
//
// INPUTS (splitmix64 from a fixed seed, so every platform draws the same numbers)
//   cagr          1,000,000 plan series: first value 10.00…1,000,000.00 (2 decimals), last =
//                 first × a ratio 0.500000…2.000000 rounded to cents, 1…10 periods. The rate is
//                 asked at scale 3, half_up: a percent with one decimal, as reports print it.
//   cagr_ties     20,000 series whose exact CAGR is known by construction: half are rounding
//                 ties, last = first × (1 + (2j+1)/2000)^n computed exactly (attain::pow), so
//                 the rate is j.5 per mille; half are exact rates j/1000. j ∈ [−200, 250), n ∈ 1…10.
//   least_squares 100,000 series of 5…10 yearly points (a random walk of −10 %…+20 % a year).
//   assess        1,000,000 indicators (ATTAIN_ASSESS_SERIES) for the growth-ratio method with its published defaults
//                 (every CAGR and ratio at 30 decimals, half_even): base year 2015, current
//                 2016…2024, target 2030; 7/8 with a target, the rest on the no-target bands,
//                 half of those with a natural limit of 100.
//   projection    the same 1,000,000 indicators by UNSD's projection method (30 decimals).
//   weather       1,000,000 series of six yearly points (a random walk of −10 %…+20 % a year)
//                 with a 2030 target at 0.5–3× the latest value, by Destatis' weather method.
//   rank          100,000 units, scores 0.00…100.00 (many ties), standard competition (1224).
//
// THE BASELINES: what a spreadsheet does, in double.
//   cagr          std::round((std::pow(last / first, 1.0 / n) − 1) · 1000) / 1000
//   least_squares OLS slope b of ln y on t, std::round((e^b − 1) · 1000) / 1000
//   assess        the same formulas (FORMULAS.md §2.1) in double, pow and all
//   rank          stable sort of double scores by index, then the same tie numbering
//
// CHECKED BEFORE TIMING (a fast wrong answer fails the run: the benchmark is skipped with an
// error and the program exits non-zero)
//   cagr          every result: where the double estimate lies more than 1e-6 from a rounding
//                 boundary it must agree with attain; the rest, and every 101st, are proven by
//                 exact integer comparisons written here (y >= v/2 ⇔ A·(2·10^s)^n >= B·(2·10^s + v)^n).
//   cagr_ties     every result against the value known by construction (and the same exact
//                 comparisons); attain must misround none. The counter `misrounded` is how many
//                 the double baseline gets wrong.
//   least_squares as cagr, the oracle being a 50-digit (cpp_bin_float_50) fit.
//   assess        status, progress value and score against the double implementation, except
//                 where the double lies within 1e-9 of a threshold (counted in `near_threshold`).
//   projection    status and P against the double twin, except within 1e-9 of a threshold.
//   weather       the weather against the double twin, except within 1e-9 of a threshold.
//   rank          every rank against a counting oracle (1 + how many scores are higher).
//
// REFERENCE RUN (Release, g++ 12.2 -O3; 2 × AMD EPYC vCPU, the benchmark pinned to one core,
// the other busy with a fuzzer; median of 5 repetitions with random interleaving for cagr, 3
// for the rest; CPU time). ns/item = 1 / items_per_second. Regenerate with
//   growth_bench --benchmark_counters_tabular=true --benchmark_repetitions=5
//                --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true
//
//   operation          items      attain ns/item   double ns/item   attain/double   misrounded (double)
//   cagr, batch        1,000,000        43.9             32.5            1.35×           0
//   cagr, columns      1,000,000        38.4             32.5            1.18×           0
//   cagr, one call     1,000,000        54.6             32.5            1.68×           0
//   cagr_ties             20,000     1,382               32.8           42×          4,783 of 20,000
//   least_squares        100,000       453              135              3.4×            0
//   assess             1,000,000    23,750               62.5          380×              —
//   rank                 100,000       227              128              1.8×            —
//   attain misrounds nothing (checked above). The ratios move with the machine's load (an
//   earlier run on the same machine: batch 29.4, columns 26.9, double 24.5 ns: 1.20× and
//   1.10×); compare within one run. "batch" takes spans of decimals and writes
//   computed<decimal> (64 bytes in, 48 out per series), "columns" int64 coefficients (20 in,
//   10 out), "one call" is a loop of the inline single-series function.
//   cagr_ties: 10,000 exact ties; the double misrounds 4,783 of them (and none of the exact
//   rates), attain pays the exact integer check on every tie.
//   assess: every CAGR of the method is correctly rounded at 30 decimals, beyond the double
//   fast path (scale <= 18), so each one goes through the exact cpp_int root; near_threshold
//   = 16 (the double within 1e-9 of a threshold), overflowed = 0.
// A SECOND RUN after the 128-bit root (src/fast_root.hpp; docs/explanation/exact-growth.md)
// and the projection and weather benchmarks (same binary, Release, g++ 12.2 -O3; pinned to one
// core with the other idle — load average 1, both cores free of other work; medians of 3
// repetitions in random order, CPU time; 1,000,000 indicators for each method):
//   operation          items      attain ns/item   double ns/item   attain/double
//   cagr, batch        1,000,000        27.2             22.0            1.24×
//   cagr, columns      1,000,000        23.9             22.0            1.09×
//   cagr, one call     1,000,000        37.8             22.0            1.72×
//   cagr_ties             20,000     1,059               23.0           46×     (double misrounds 4,783)
//   least_squares        100,000       280               98.7            2.8×
//   assess growth_ratio 1,000,000      686               47.0           14.6×   (was 23,750: 380×)
//   assess projection  1,000,000       677               45.2           15.0×
//   assess weather     1,000,000       703               70.6           10.0×
//   rank                 100,000       175              101              1.7×
// The goal of ≤ 10× the double formulas is met by the weather method and missed by the
// growth-ratio and projection methods (14.6×, 15.0×). What bounds them (perf record, the
// growth-ratio method): 45 % of the time is the 128-bit root itself, two per indicator (the
// actual and the required CAGR, each about 1,000 instructions of 64×64-bit products,
// truncations and an exact remainder, against one libm pow for the double); 8 % the division
// of the two CAGRs at 30 decimals (256 by 128 bits), 8 % the double estimates (pow), the rest
// decimal comparisons and the result's fields. What was tried: two Newton steps (1.15 µs),
// one step with a double-double distance (0.68 µs), the division and products past 64 bits
// on native integers instead of cpp_int, powers of ten and five from tables, the quotient
// digit by divq; the exact cpp_int path now runs only for ties and exact rates. Every result
// equals the exact path's (tests/growth_property_test.cpp, 1,200,000 cases).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <boost/multiprecision/cpp_int.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/growth.hpp"
#include "attain/progress.hpp"
#include "attain/ranking.hpp"

namespace {

using attain::decimal;
using attain::growth_point;
using attain::int128;
using attain::progress_status;
using attain::rounding;
using big = boost::multiprecision::cpp_int;
using real50 = boost::multiprecision::cpp_bin_float_50;

constexpr std::uint64_t seed = 0x5EED'2024'C4A6'0001ULL;
constexpr std::size_t cagr_count = 1'000'000;
constexpr std::size_t tie_count = 20'000;
constexpr std::size_t ls_count = 100'000;
// ATTAIN_ASSESS_SERIES overrides (an assessment takes under 1 µs, its check against the
// double twin a little more).
std::size_t assess_count() {
  const char* env = std::getenv("ATTAIN_ASSESS_SERIES");
  return env != nullptr ? static_cast<std::size_t>(std::strtoull(env, nullptr, 10)) : 1'000'000;
}
constexpr std::size_t rank_count = 100'000;
constexpr int rate_scale = 3;  // a percent with one decimal

// A wrong answer skips the benchmark with an error and makes the program exit non-zero.
int failures = 0;
bool fail(benchmark::State& state, const char* where, const char* what) {
  std::fprintf(stderr, "growth_bench: %s: wrong result: %s\n", where, what);
  state.SkipWithError(what);
  ++failures;
  return false;
}

// splitmix64: the same sequence everywhere (std:: distributions are implementation-defined).
struct splitmix64 {
  std::uint64_t state;
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t bound) noexcept { return next() % bound; }
  std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept {  // lo … hi, both included
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
};

void per_item(benchmark::State& state, std::size_t items) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(items));
  state.counters["ns_per_item"] = benchmark::Counter(static_cast<double>(items) * 1e-9,
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

// c · 10^-scale, exactly, as a double: c < 2^53 and 10^scale <= 10^22 are exact doubles, so one
// IEEE division rounds correctly. Wider values go through attain's to_double (also correctly
// rounded).
double double_of(const decimal& x) {
  const int128 c = x.coefficient();
  if (x.scale() <= 22 && c < (int128{1} << 53) && c > -(int128{1} << 53)) {
    constexpr double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                              1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return static_cast<double>(static_cast<std::int64_t>(c)) / p10[x.scale()];
  }
  return attain::to_double(x);
}

// Half away from zero on an integer-valued scale (std::round), as an integer.
std::int64_t round_half_up(double y) { return static_cast<std::int64_t>(std::round(y)); }

// Distance of y from the nearest half-integer: the double decides its rounding only when this
// is well above its error.
double distance_to_half(double y) { return std::fabs(y - std::floor(y) - 0.5); }

big big_of(int128 v) {
  const bool negative = v < 0;
  const auto m = negative ? static_cast<attain::uint128>(0) - static_cast<attain::uint128>(v)
                          : static_cast<attain::uint128>(v);
  big b = static_cast<std::uint64_t>(m >> 64);
  b <<= 64;
  b += static_cast<std::uint64_t>(m);
  return negative ? big(-b) : b;
}

big pow10_big(int k) {
  big p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// THE CAGR ORACLE: exact integer comparisons, written here independently of attain.
// y = ((last / first)^(1/n) − 1) · 10^s with last / first = A / B. For a half-integer v/2:
//   y >= v/2  ⇔  (A/B)^(1/n) >= (2·10^s + v) / (2·10^s)  ⇔  A·(2·10^s)^n >= B·(2·10^s + v)^n.
struct cagr_oracle {
  big A, B, two_p;
  unsigned n;
  cagr_oracle(const decimal& first, const decimal& last, int periods, int s)
      : A(big_of(last.coefficient()) * pow10_big(first.scale())),
        B(big_of(first.coefficient()) * pow10_big(last.scale())),
        two_p(2 * pow10_big(s)),
        n(static_cast<unsigned>(periods)) {}
  int sign_minus_half(std::int64_t v) const {  // sign(y − v/2)
    const big w = two_p + v;
    if (w.sign() <= 0) return 1;
    const big lhs = A * boost::multiprecision::pow(two_p, n);
    const big rhs = B * boost::multiprecision::pow(w, n);
    return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
  }
  // Whether k is y rounded half_up (half away from zero).
  bool rounds_half_up_to(std::int64_t k) const {
    const int lo = sign_minus_half(2 * k - 1);
    const int hi = sign_minus_half(2 * k + 1);
    if (k > 0) return lo >= 0 && hi < 0;
    if (k < 0) return lo > 0 && hi <= 0;
    return lo > 0 && hi < 0;
  }
};

// CAGR ------------------------------------------------------------------------------------------

struct cagr_set {
  std::vector<decimal> first, last;
  std::vector<int> periods;
  std::vector<double> first_d, last_d;
  std::vector<std::int64_t> first_c, last_c;  // the coefficients at scale 2 (random set only)
  std::vector<std::int64_t> expected;  // the correctly rounded coefficient, where known
  std::size_t ties = 0;
};

cagr_set random_series() {
  cagr_set s;
  splitmix64 g{seed};
  for (std::size_t i = 0; i < cagr_count; ++i) {
    const std::int64_t first = g.between(1'000, 100'000'000);   // 10.00 … 1,000,000.00
    const std::int64_t ratio = g.between(500'000, 2'000'000);   // 0.500000 … 2.000000
    const std::int64_t last = (first * ratio + 500'000) / 1'000'000;
    s.first.push_back(decimal{first, 2});
    s.last.push_back(decimal{last, 2});
    s.first_c.push_back(first);
    s.last_c.push_back(last);
    s.periods.push_back(static_cast<int>(g.between(1, 10)));
  }
  for (std::size_t i = 0; i < cagr_count; ++i) {
    s.first_d.push_back(double_of(s.first[i]));
    s.last_d.push_back(double_of(s.last[i]));
  }
  return s;
}

// Ties: first = m·2^n, last = m·(2001 + 2j)^n / 1000^n (m at 2 decimals), so last / first =
// (1 + (2j+1)/2000)^n exactly and the rate is (j + 1/2)/1000: half_up gives j + 1 for j >= 0
// and j for j < 0 (away from zero). Exact rates: last = m·(1000 + j)^n / 1000^n, rate j/1000.
cagr_set tie_series() {
  cagr_set s;
  splitmix64 g{seed ^ 0x71E5};
  for (std::size_t i = 0; i < tie_count; ++i) {
    const decimal m{g.between(100, 10'000), 2};
    const std::int64_t j = g.between(-200, 249);
    const int n = static_cast<int>(g.between(1, 10));
    const auto un = static_cast<unsigned>(n);
    if (i % 2 == 0) {
      s.first.push_back(m * attain::pow(decimal{2}, un));
      s.last.push_back(m * attain::pow(decimal{2001 + 2 * j, 3}, un));
      s.expected.push_back(j >= 0 ? j + 1 : j);
      ++s.ties;
    } else {
      s.first.push_back(m);
      s.last.push_back(m * attain::pow(decimal{1000 + j, 3}, un));
      s.expected.push_back(j);
    }
    s.periods.push_back(n);
    s.first_d.push_back(double_of(s.first.back()));
    s.last_d.push_back(double_of(s.last.back()));
  }
  return s;
}

const cagr_set& random_set() {
  static const cagr_set s = random_series();
  return s;
}
const cagr_set& tie_set() {
  static const cagr_set s = tie_series();
  return s;
}

double cagr_estimate(double first, double last, int n) {  // (x − 1)·10^3, unrounded
  return (std::pow(last / first, 1.0 / static_cast<double>(n)) - 1) * 1000;
}

void cagr_all(const cagr_set& s, std::vector<decimal>& out, rounding mode) {
  for (std::size_t i = 0; i < s.first.size(); ++i)
    out[i] = *attain::average_annual_growth(s.first[i], s.last[i], s.periods[i], rate_scale, mode);
}
void cagr_all_batch(const cagr_set& s, std::vector<attain::computed<decimal>>& out, rounding mode) {
  attain::average_annual_growth(s.first, s.last, s.periods, rate_scale, mode, out);
}
void cagr_all(const cagr_set& s, std::vector<double>& out) {
  const std::size_t size = s.first_d.size();
  for (std::size_t i = 0; i < size; ++i)
    out[i] = std::round((std::pow(s.last_d[i] / s.first_d[i], 1.0 / static_cast<double>(s.periods[i])) - 1) * 1000) /
             1000;
}

// Verifies attain's results; fills `truth` with the proven coefficients.
bool check_cagr(benchmark::State& state, const cagr_set& s, std::vector<std::int64_t>& truth) {
  const std::size_t size = s.first.size();
  truth.assign(size, 0);
  for (std::size_t i = 0; i < size; ++i) {
    const attain::computed<decimal> r =
        attain::average_annual_growth(s.first[i], s.last[i], s.periods[i], rate_scale, rounding::half_up);
    if (!r || r->scale() != rate_scale) return fail(state, __func__, "no value, or not at scale 3");
    const auto k = static_cast<std::int64_t>(r->coefficient());
    const double y = cagr_estimate(s.first_d[i], s.last_d[i], s.periods[i]);
    if (!s.expected.empty()) {
      if (k != s.expected[i]) return fail(state, __func__, "a CAGR known by construction is misrounded");
    } else if (distance_to_half(y) > 1e-6) {
      if (k != round_half_up(y)) return fail(state, __func__, "a CAGR far from a boundary differs from double");
    }
    if (!s.expected.empty() || distance_to_half(y) <= 1e-6 || i % 101 == 0) {
      if (!cagr_oracle(s.first[i], s.last[i], s.periods[i], rate_scale).rounds_half_up_to(k))
        return fail(state, __func__, "the exact check rejects a CAGR");
    }
    truth[i] = k;
  }
  return true;
}

std::size_t misrounded(const std::vector<double>& out, const std::vector<std::int64_t>& truth) {
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < out.size(); ++i) wrong += round_half_up(out[i] * 1000) != truth[i] ? 1U : 0U;
  return wrong;
}

void cagr_bench(benchmark::State& state, const cagr_set& s) {
  std::vector<std::int64_t> truth;
  if (!check_cagr(state, s, truth)) return;
  rounding mode = rounding::half_up;
  benchmark::DoNotOptimize(mode);  // a run-time mode, as in a report loop
  std::vector<decimal> out(s.first.size());
  for (auto _ : state) {
    cagr_all(s, out, mode);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, s.first.size());
  state.counters["misrounded"] = 0;  // proven above
}
void cagr_batch_bench(benchmark::State& state, const cagr_set& s) {
  std::vector<std::int64_t> truth;
  if (!check_cagr(state, s, truth)) return;
  rounding mode = rounding::half_up;
  benchmark::DoNotOptimize(mode);
  std::vector<attain::computed<decimal>> out(s.first.size(), decimal{});
  cagr_all_batch(s, out, mode);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!out[i] || out[i]->scale() != rate_scale || out[i]->coefficient() != truth[i])
      return static_cast<void>(fail(state, __func__, "the batch differs from the one-series function"));
  for (auto _ : state) {
    cagr_all_batch(s, out, mode);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, s.first.size());
  state.counters["misrounded"] = 0;  // proven above
}
// The column form: int64 coefficients at scale 2 in, int64 coefficients at scale 3 and a
// 2-byte outcome out (the layout of a table's value column).
void cagr_columns_bench(benchmark::State& state, const cagr_set& s) {
  std::vector<std::int64_t> truth;
  if (!check_cagr(state, s, truth)) return;
  rounding mode = rounding::half_up;
  benchmark::DoNotOptimize(mode);
  std::vector<std::int64_t> out(s.first_c.size());
  std::vector<attain::column_outcome> outcome(s.first_c.size());
  attain::average_annual_growth(s.first_c, 2, s.last_c, 2, s.periods, rate_scale, mode, out, outcome);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (outcome[i].what != attain::column_outcome::kind::value || out[i] != truth[i])
      return static_cast<void>(fail(state, __func__, "the columns differ from the one-series function"));
  for (auto _ : state) {
    attain::average_annual_growth(s.first_c, 2, s.last_c, 2, s.periods, rate_scale, mode, out, outcome);
    benchmark::DoNotOptimize(out.data());
    benchmark::DoNotOptimize(outcome.data());
    benchmark::ClobberMemory();
  }
  per_item(state, s.first_c.size());
  state.counters["misrounded"] = 0;  // proven above
}
void double_cagr_bench(benchmark::State& state, const cagr_set& s) {
  std::vector<std::int64_t> truth;
  if (!check_cagr(state, s, truth)) return;  // the truth the double is measured against
  std::vector<double> out(s.first.size());
  cagr_all(s, out);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (std::llabs(round_half_up(out[i] * 1000) - truth[i]) > 1)
      return static_cast<void>(fail(state, __func__, "a rate is off by more than 0.001"));
  for (auto _ : state) {
    cagr_all(s, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, s.first.size());
  state.counters["misrounded"] = static_cast<double>(misrounded(out, truth));
}

void BM_growth_cagr(benchmark::State& state) { cagr_bench(state, random_set()); }
void BM_growth_cagr_batch(benchmark::State& state) { cagr_batch_bench(state, random_set()); }
void BM_growth_cagr_columns(benchmark::State& state) { cagr_columns_bench(state, random_set()); }
void BM_double_cagr(benchmark::State& state) { double_cagr_bench(state, random_set()); }
void BM_growth_cagr_ties(benchmark::State& state) {
  cagr_bench(state, tie_set());
  state.counters["ties"] = static_cast<double>(tie_set().ties);
}
void BM_double_cagr_ties(benchmark::State& state) {
  double_cagr_bench(state, tie_set());
  state.counters["ties"] = static_cast<double>(tie_set().ties);
}
BENCHMARK(BM_growth_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_growth_cagr_batch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_growth_cagr_columns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_growth_cagr_ties)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_cagr_ties)->Unit(benchmark::kMillisecond);

// LEAST-SQUARES GROWTH --------------------------------------------------------------------------

struct ls_set {
  std::vector<growth_point> points;  // the series one after another
  std::vector<double> t_d, y_d;      // the same points as doubles
  std::vector<std::size_t> start;    // series i is [start[i], start[i + 1])
};

const ls_set& least_squares_set() {
  static const ls_set s = [] {
    ls_set r;
    splitmix64 g{seed ^ 0x1EA57};
    for (std::size_t i = 0; i < ls_count; ++i) {
      r.start.push_back(r.points.size());
      const std::int64_t len = g.between(5, 10);
      std::int64_t y = g.between(1'000, 100'000'000);  // cents
      for (std::int64_t k = 0; k < len; ++k) {
        r.points.push_back({2015 + k, decimal{y, 2}});
        const std::int64_t step = g.between(900'000, 1'200'000);  // ×0.9 … ×1.2, 6 decimals
        y = (y * step + 500'000) / 1'000'000;
      }
    }
    r.start.push_back(r.points.size());
    for (const growth_point& p : r.points) {
      r.t_d.push_back(static_cast<double>(p.t));
      r.y_d.push_back(double_of(p.value));
    }
    return r;
  }();
  return s;
}

// OLS slope of ln y on t, then (e^b − 1)·10^3, unrounded.
double least_squares_estimate(const double* t, const double* y, std::size_t n) {
  double st = 0, sl = 0;
  for (std::size_t k = 0; k < n; ++k) {
    st += t[k];
    sl += std::log(y[k]);
  }
  const double nn = static_cast<double>(n), tm = st / nn, lm = sl / nn;
  double sxy = 0, sxx = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const double dt = t[k] - tm;
    sxy += dt * (std::log(y[k]) - lm);
    sxx += dt * dt;
  }
  return (std::exp(sxy / sxx) - 1) * 1000;
}

// The 50-digit oracle: the same fit on the exact values; y rounded half_up, or nullopt when it
// lies within 1e-40 of a boundary (then 50 digits cannot decide).
std::optional<std::int64_t> least_squares_oracle(std::span<const growth_point> pts) {
  real50 st = 0, sl = 0;
  std::vector<real50> l;
  for (const growth_point& p : pts) {
    st += p.t;
    l.push_back(boost::multiprecision::log(real50(static_cast<std::int64_t>(p.value.coefficient())) /
                                           boost::multiprecision::pow(real50(10), p.value.scale())));
    sl += l.back();
  }
  const real50 nn = static_cast<std::int64_t>(pts.size()), tm = st / nn, lm = sl / nn;
  real50 sxy = 0, sxx = 0;
  for (std::size_t k = 0; k < pts.size(); ++k) {
    const real50 dt = real50(pts[k].t) - tm;
    sxy += dt * (l[k] - lm);
    sxx += dt * dt;
  }
  const real50 y = (boost::multiprecision::exp(sxy / sxx) - 1) * 1000;
  const real50 fl = boost::multiprecision::floor(y);
  if (boost::multiprecision::abs(y - fl - real50(0.5)) < real50(1e-40)) return std::nullopt;
  return static_cast<std::int64_t>(boost::multiprecision::floor(y + real50(0.5)));
}

void least_squares_all(const ls_set& s, std::vector<decimal>& out, rounding mode) {
  const std::span<const growth_point> all(s.points);
  for (std::size_t i = 0; i + 1 < s.start.size(); ++i)
    out[i] = *attain::least_squares_growth(all.subspan(s.start[i], s.start[i + 1] - s.start[i]), rate_scale, mode);
}
void least_squares_all(const ls_set& s, std::vector<double>& out) {
  for (std::size_t i = 0; i + 1 < s.start.size(); ++i)
    out[i] = std::round(least_squares_estimate(s.t_d.data() + s.start[i], s.y_d.data() + s.start[i],
                                               s.start[i + 1] - s.start[i])) /
             1000;
}

bool check_least_squares(benchmark::State& state, const ls_set& s, std::vector<std::int64_t>& truth) {
  const std::span<const growth_point> all(s.points);
  truth.clear();
  for (std::size_t i = 0; i + 1 < s.start.size(); ++i) {
    const std::span<const growth_point> pts = all.subspan(s.start[i], s.start[i + 1] - s.start[i]);
    const attain::computed<decimal> r = attain::least_squares_growth(pts, rate_scale, rounding::half_up);
    if (!r || r->scale() != rate_scale) return fail(state, __func__, "no value, or not at scale 3");
    const auto k = static_cast<std::int64_t>(r->coefficient());
    const double y = least_squares_estimate(s.t_d.data() + s.start[i], s.y_d.data() + s.start[i], pts.size());
    if (distance_to_half(y) > 1e-6 && k != round_half_up(y))
      return fail(state, __func__, "a rate far from a boundary differs from double");
    if (distance_to_half(y) <= 1e-6 || i % 101 == 0) {
      const std::optional<std::int64_t> o = least_squares_oracle(pts);
      if (!o) return fail(state, __func__, "the 50-digit oracle cannot decide");
      if (*o != k) return fail(state, __func__, "a rate differs from the 50-digit oracle");
    }
    truth.push_back(k);
  }
  return true;
}

void BM_growth_least_squares(benchmark::State& state) {
  const ls_set& s = least_squares_set();
  std::vector<std::int64_t> truth;
  if (!check_least_squares(state, s, truth)) return;
  rounding mode = rounding::half_up;
  benchmark::DoNotOptimize(mode);
  std::vector<decimal> out(ls_count);
  for (auto _ : state) {
    least_squares_all(s, out, mode);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, ls_count);
}
void BM_double_least_squares(benchmark::State& state) {
  const ls_set& s = least_squares_set();
  std::vector<std::int64_t> truth;
  if (!check_least_squares(state, s, truth)) return;
  std::vector<double> out(ls_count);
  least_squares_all(s, out);
  for (std::size_t i = 0; i < ls_count; ++i)
    if (std::llabs(round_half_up(out[i] * 1000) - truth[i]) > 1)
      return static_cast<void>(fail(state, __func__, "a rate is off by more than 0.001"));
  for (auto _ : state) {
    least_squares_all(s, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, ls_count);
  state.counters["misrounded"] = static_cast<double>(misrounded(out, truth));
}
BENCHMARK(BM_growth_least_squares)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_least_squares)->Unit(benchmark::kMillisecond);

// PROGRESS ASSESSMENT: the growth-ratio method --------------------------------------------------

struct double_input {
  double base, current, target, limit;
  int base_year, current_year, target_year, polarity;
  bool has_target, has_limit;
};
struct double_assessment {
  progress_status status = progress_status::not_assessable;
  double value = 0;  // R with a target, x without
  double score = 0;
  double margin = 1;  // distance of the deciding quantity from its nearest threshold
};

struct assess_set {
  std::vector<attain::growth_ratio_input> in;
  std::vector<double_input> in_d;
};

const assess_set& assessment_set() {
  static const assess_set s = [] {
    assess_set r;
    splitmix64 g{seed ^ 0xA55E55};
    for (std::size_t i = 0, n = assess_count(); i < n; ++i) {
      attain::growth_ratio_input a;
      const std::uint64_t kind = g.below(16);  // 0–13: target; 14: no target; 15: no target, limit 100
      const std::int64_t base = kind == 15 ? g.between(100, 9'900) : g.between(1'000, 10'000'000);  // cents
      a.base_value = decimal{base, 2};
      a.base_year = 2015;
      a.current_year = 2015 + static_cast<std::int32_t>(g.between(1, 9));
      a.current_value = decimal{(base * g.between(500'000, 2'000'000) + 500'000) / 1'000'000, 2};
      a.target_year = 2030;
      a.polarity = g.below(2) == 0 ? attain::polarity::higher_is_better : attain::polarity::lower_is_better;
      if (kind < 14) a.target = decimal{(base * g.between(300'000, 3'000'000) + 500'000) / 1'000'000, 2};
      if (kind == 15) a.limit = decimal{100};
      r.in.push_back(a);
      r.in_d.push_back({double_of(a.base_value), double_of(a.current_value), a.target ? double_of(*a.target) : 0,
                        a.limit ? double_of(*a.limit) : 0, a.base_year, a.current_year, a.target_year,
                        static_cast<int>(a.polarity), a.target.has_value(), a.limit.has_value()});
    }
    return r;
  }();
  return s;
}

// FORMULAS.md §2.1 in double, step by step as attain/progress does it.
double_assessment assess_double(const double_input& in) {
  double_assessment a;
  const int n = in.current_year - in.base_year;
  if (n < 1) return a;
  const double d = in.polarity;
  double base = in.base == 0 ? 0.001 : in.base;
  double current = in.current;
  double sign = 1;
  if (base < 0 && current < 0) sign = -1;
  else if ((base < 0 && current > 0) || (base > 0 && current < 0)) return a;
  base = std::fabs(base);
  current = std::fabs(current);
  const double cagr_a = std::pow(current / base, 1.0 / n) - 1;
  const double directed = cagr_a * sign * d;
  if (in.has_target) {
    const double target = in.target == 0 ? 0.001 : in.target;
    const bool achieved = d > 0 ? in.current >= target : in.current <= target;
    const double cagr_r = std::pow(std::fabs(target) / base, 1.0 / (in.target_year - in.base_year)) - 1;
    if (cagr_r == 0) {
      if (achieved) {
        a.status = progress_status::target_achieved;
        a.score = 5;
      }
      return a;
    }
    const double r = directed / std::fabs(cagr_r);
    a.value = r;
    if (achieved) {
      a.status = progress_status::target_achieved;
      a.score = 5;
      return a;
    }
    a.status = r >= 0.95 ? progress_status::substantial_progress
               : r >= 0.60 ? progress_status::moderate_progress
               : r >= 0    ? progress_status::limited_progress
                           : progress_status::deterioration;
    a.margin = std::min({std::fabs(r - 0.95), std::fabs(r - 0.60), std::fabs(r)});
    a.score = std::clamp(r >= 0.60 ? 7.1429 * r - 4.2857 : 4.1667 * r - 2.5, -5.0, 5.0);
    return a;
  }
  const double x = directed;
  a.value = x;
  double c = 1;
  if (in.has_limit && in.limit != 0) {
    const double lim = std::fabs(in.limit);
    if (base < 2 * lim) c = 1 - std::pow((base <= lim ? base : 2 * lim - base) / lim, 4.44);
  }
  if (c == 0 && x >= 0) {
    a.status = progress_status::substantial_progress;
    a.score = 5;
    return a;
  }
  const double high = 0.015 * c, low = 0.005 * c;
  a.status = x >= high && c != 0 ? progress_status::substantial_progress
             : x >= low && c != 0 ? progress_status::moderate_progress
             : x >= 0             ? progress_status::limited_progress
                                  : progress_status::deterioration;
  a.margin = std::min({std::fabs(x - high), std::fabs(x - low), std::fabs(x)});
  const double raw = x < 0 ? 125 * x - 2.5 : x < low ? 500 * x / c - 2.5 : x < high ? 250 * x / c - 1.25 : 500 * x / c - 5;
  a.score = std::clamp(raw, -5.0, 5.0);
  return a;
}

// Checks attain against the double implementation and keeps, in `timed`, the inputs both are
// timed on: all of them except those on which attain throws overflow_error (counted in
// `overflowed`; see the note on the score in the reference run).
struct assess_check {
  assess_set timed;
  std::size_t near_threshold = 0, overflowed = 0;
};

bool check_assessments(benchmark::State& state, const assess_set& s, assess_check& c) {
  c = {};
  for (std::size_t i = 0; i < s.in.size(); ++i) {
    std::optional<attain::progress_assessment> a;
    try {
      a = attain::assess_growth_ratio(s.in[i]);
    } catch (const attain::overflow_error&) {
      ++c.overflowed;
      continue;
    }
    c.timed.in.push_back(s.in[i]);
    c.timed.in_d.push_back(s.in_d[i]);
    const double_assessment b = assess_double(s.in_d[i]);
    if (b.margin < 1e-9) {
      ++c.near_threshold;
      continue;
    }
    if (a->status != b.status) return fail(state, __func__, "the status differs from the double implementation");
    if (a->status == progress_status::not_assessable) continue;
    if (!a->score || std::fabs(double_of(*a->score) - b.score) > 1e-9)
      return fail(state, __func__, "the score differs from the double implementation");
    if (a->progress_value && std::fabs(double_of(*a->progress_value) - b.value) > 1e-9 * (1 + std::fabs(b.value)))
      return fail(state, __func__, "the progress value differs from the double implementation");
  }
  return true;
}

const assess_check* checked_assessments(benchmark::State& state) {
  static assess_check c;
  static bool checked = false, ok = false;
  if (!checked) {
    checked = true;
    ok = check_assessments(state, assessment_set(), c);
  } else if (!ok) {
    fail(state, "check_assessments", "an assessment differs (see above)");
  }
  return ok ? &c : nullptr;
}

void assess_counters(benchmark::State& state, const assess_check& c) {
  per_item(state, c.timed.in.size());
  state.counters["near_threshold"] = static_cast<double>(c.near_threshold);
  state.counters["overflowed"] = static_cast<double>(c.overflowed);
}

void BM_progress_assess_growth_ratio(benchmark::State& state) {
  const assess_check* c = checked_assessments(state);
  if (c == nullptr) return;
  const std::vector<attain::growth_ratio_input>& in = c->timed.in;
  std::vector<progress_status> out(in.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < in.size(); ++i) out[i] = attain::assess_growth_ratio(in[i]).status;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  assess_counters(state, *c);
}
void BM_double_assess_growth_ratio(benchmark::State& state) {
  const assess_check* c = checked_assessments(state);
  if (c == nullptr) return;
  const std::vector<double_input>& in = c->timed.in_d;
  std::vector<progress_status> out(in.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < in.size(); ++i) out[i] = assess_double(in[i]).status;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  assess_counters(state, *c);
}
BENCHMARK(BM_progress_assess_growth_ratio)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_assess_growth_ratio)->Unit(benchmark::kMillisecond);

// UNSD PROJECTION (FORMULAS.md §2.2) on the same indicators: the CAGR at 30 decimals, the
// projection to the target year (project_cagr, 30 decimals) and P; the double twin below.
double_assessment projection_double(const double_input& in) {
  double_assessment a;
  const int n = in.current_year - in.base_year;
  const double d = in.polarity;
  if (n < 1 || in.base <= 0 || in.current < 0) return a;
  const double cagr = std::pow(in.current / in.base, 1.0 / n) - 1;
  if (!in.has_target) {
    const double x = cagr * d;
    a.value = x;
    a.status = x >= 0.02 ? progress_status::substantial_progress
               : x >= 0.005 ? progress_status::moderate_progress
               : x >= 0     ? progress_status::limited_progress
                            : progress_status::deterioration;
    a.margin = std::min({std::fabs(x - 0.02), std::fabs(x - 0.005), std::fabs(x)});
    return a;
  }
  const bool achieved = d > 0 ? in.current >= in.target : in.current <= in.target;
  if (in.target == in.base) {
    if (achieved) a.status = progress_status::target_achieved;
    return a;
  }
  const double projected = in.current * std::pow(in.current / in.base, static_cast<double>(in.target_year - in.current_year) / n);
  const double p = (projected - in.base) / (in.target - in.base);
  a.value = p;
  if (achieved) {
    a.status = progress_status::target_achieved;
    return a;
  }
  a.status = p >= 0.95 ? progress_status::substantial_progress
             : p >= 0.10 ? progress_status::moderate_progress
             : p >= 0    ? progress_status::limited_progress
                         : progress_status::deterioration;
  a.margin = std::min({std::fabs(p - 0.95), std::fabs(p - 0.10), std::fabs(p)});
  return a;
}

struct projection_check {
  std::vector<attain::growth_ratio_input> in;
  std::vector<double_input> in_d;
  std::size_t near_threshold = 0, overflowed = 0;
};

const projection_check* checked_projections(benchmark::State& state) {
  static projection_check c;
  static bool checked = false, ok = true;
  if (!checked) {
    checked = true;
    const assess_set& s = assessment_set();
    for (std::size_t i = 0; i < s.in.size() && ok; ++i) {
      std::optional<attain::progress_assessment> found;
      try {
        found = attain::assess_projection(s.in[i]);
      } catch (const attain::overflow_error&) {  // P beyond 38 digits (a target next to the base)
        ++c.overflowed;
        continue;
      }
      const attain::progress_assessment& a = *found;
      const double_assessment b = projection_double(s.in_d[i]);
      c.in.push_back(s.in[i]);
      c.in_d.push_back(s.in_d[i]);
      if (b.margin < 1e-9) {
        ++c.near_threshold;
        continue;
      }
      if (a.status != b.status) ok = fail(state, __func__, "the status differs from the double implementation");
      else if (a.progress_value && std::fabs(double_of(*a.progress_value) - b.value) > 1e-9 * (1 + std::fabs(b.value)))
        ok = fail(state, __func__, "the progress value differs from the double implementation");
    }
  } else if (!ok) {
    fail(state, "checked_projections", "a projection differs (see above)");
  }
  return ok ? &c : nullptr;
}

void BM_progress_assess_projection(benchmark::State& state) {
  const projection_check* c = checked_projections(state);
  if (c == nullptr) return;
  std::vector<progress_status> out(c->in.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < c->in.size(); ++i) out[i] = attain::assess_projection(c->in[i]).status;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, c->in.size());
  state.counters["near_threshold"] = static_cast<double>(c->near_threshold);
  state.counters["overflowed"] = static_cast<double>(c->overflowed);
}
void BM_double_assess_projection(benchmark::State& state) {
  const projection_check* c = checked_projections(state);
  if (c == nullptr) return;
  std::vector<progress_status> out(c->in.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < c->in_d.size(); ++i) out[i] = projection_double(c->in_d[i]).status;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, c->in.size());
  state.counters["near_threshold"] = static_cast<double>(c->near_threshold);
  state.counters["overflowed"] = static_cast<double>(c->overflowed);
}
BENCHMARK(BM_progress_assess_projection)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_assess_projection)->Unit(benchmark::kMillisecond);

// DESTATIS WEATHER (FORMULAS.md §2.3): six yearly points 2018–2023 (a random walk of
// −10 %…+20 % a year from 10.00…100,000.00), a target for 2030 at 0.5–3× the latest value,
// either polarity, one in eight a "maintain" target; the last five changes' CAGR at 30
// decimals, its projection to 2030 and the shortfall share.
struct weather_case {
  std::vector<growth_point> points;
  std::vector<double> values;
  decimal target;
  double target_d = 0;
  int polarity = 1;
  bool maintain = false;
};

struct weather_check {
  std::vector<weather_case> cases;
  std::size_t near_threshold = 0;
};

attain::weather weather_double(const weather_case& w, double& margin) {
  margin = 1;
  const double start = w.values.front(), latest = w.values.back();
  const int k = static_cast<int>(w.values.size()) - 1;
  const double g = std::pow(latest / start, 1.0 / k) - 1;
  const double d = w.polarity;
  const bool right_way = g * d >= 0;
  const bool met_now = d > 0 ? latest >= w.target_d : latest <= w.target_d;
  margin = std::min(std::fabs(g), std::fabs(latest - w.target_d) / latest);
  if (w.maintain)
    return met_now ? (right_way ? attain::weather::sun : attain::weather::slightly_cloudy)
                   : (right_way ? attain::weather::cloud : attain::weather::thunderstorm);
  const double projected = latest * std::pow(latest / start, (2030.0 - 2023.0) / k);
  const double shortfall = (w.target_d - projected) * d;
  margin = std::min(margin, std::fabs(shortfall) / latest);
  if (shortfall <= 0 || met_now || latest == w.target_d) return attain::weather::sun;
  const double share = shortfall / std::fabs(w.target_d - latest);
  margin = std::min({margin, std::fabs(share - 0.05), std::fabs(share - 0.20)});
  return share < 0.05 ? attain::weather::sun : share <= 0.20 ? attain::weather::slightly_cloudy
                                           : right_way       ? attain::weather::cloud
                                                             : attain::weather::thunderstorm;
}

const weather_check* checked_weather(benchmark::State& state) {
  static weather_check c;
  static bool checked = false, ok = true;
  if (!checked) {
    checked = true;
    splitmix64 g{seed ^ 0x3EA7E5};
    const std::size_t n = assess_count();
    for (std::size_t i = 0; i < n; ++i) {
      weather_case w;
      std::int64_t v = g.between(1'000, 10'000'000);  // cents
      for (int t = 2018; t <= 2023; ++t) {
        w.points.push_back({t, decimal{v, 2}});
        w.values.push_back(double_of(decimal{v, 2}));
        v = std::max<std::int64_t>(1, (v * g.between(900'000, 1'200'000) + 500'000) / 1'000'000);
      }
      const std::int64_t last = w.points.back().value.coefficient() > 0 ? static_cast<std::int64_t>(w.points.back().value.coefficient()) : 1;
      w.target = decimal{(last * g.between(500'000, 3'000'000) + 500'000) / 1'000'000, 2};
      w.target_d = double_of(w.target);
      w.polarity = g.below(2) == 0 ? 1 : -1;
      w.maintain = g.below(8) == 0;
      c.cases.push_back(std::move(w));
    }
    for (const weather_case& w : c.cases) {
      const attain::weather_input in{w.points, w.target, 2030,
                                     w.polarity > 0 ? attain::polarity::higher_is_better : attain::polarity::lower_is_better,
                                     w.maintain};
      const attain::weather a = attain::weather_of(attain::assess_weather(in));
      double margin = 1;
      const attain::weather b = weather_double(w, margin);
      if (margin < 1e-9) {
        ++c.near_threshold;
        continue;
      }
      if (a != b) {
        ok = fail(state, __func__, "the weather differs from the double implementation");
        break;
      }
    }
  } else if (!ok) {
    fail(state, "checked_weather", "a weather differs (see above)");
  }
  return ok ? &c : nullptr;
}

void BM_progress_assess_weather(benchmark::State& state) {
  const weather_check* c = checked_weather(state);
  if (c == nullptr) return;
  std::vector<attain::weather> out(c->cases.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < c->cases.size(); ++i) {
      const weather_case& w = c->cases[i];
      const attain::weather_input in{w.points, w.target, 2030,
                                     w.polarity > 0 ? attain::polarity::higher_is_better : attain::polarity::lower_is_better,
                                     w.maintain};
      out[i] = attain::weather_of(attain::assess_weather(in));
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, c->cases.size());
  state.counters["near_threshold"] = static_cast<double>(c->near_threshold);
}
void BM_double_assess_weather(benchmark::State& state) {
  const weather_check* c = checked_weather(state);
  if (c == nullptr) return;
  std::vector<attain::weather> out(c->cases.size());
  for (auto _ : state) {
    double margin = 0;
    for (std::size_t i = 0; i < c->cases.size(); ++i) out[i] = weather_double(c->cases[i], margin);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, c->cases.size());
  state.counters["near_threshold"] = static_cast<double>(c->near_threshold);
}
BENCHMARK(BM_progress_assess_weather)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_assess_weather)->Unit(benchmark::kMillisecond);

// RANKING: standard competition (1224), higher is better ----------------------------------------

struct rank_set {
  std::vector<std::int64_t> coef;  // scores at 2 decimals
  std::vector<decimal> scores;
  std::vector<double> scores_d;
  std::vector<std::int64_t> expected;  // 1 + how many scores are higher (counting, no sort)
};

const rank_set& ranking_set() {
  static const rank_set s = [] {
    rank_set r;
    splitmix64 g{seed ^ 0x4A4C};
    constexpr std::int64_t top = 10'000;  // 100.00
    std::vector<std::int64_t> higher(top + 2, 0);
    for (std::size_t i = 0; i < rank_count; ++i) {
      r.coef.push_back(g.between(0, top));
      r.scores.push_back(decimal{r.coef.back(), 2});
      r.scores_d.push_back(double_of(r.scores.back()));
      ++higher[static_cast<std::size_t>(r.coef.back())];
    }
    for (std::int64_t c = top - 1; c >= 0; --c)  // higher[c] := how many scores exceed c
      higher[static_cast<std::size_t>(c)] += higher[static_cast<std::size_t>(c + 1)];
    for (const std::int64_t c : r.coef) r.expected.push_back(1 + higher[static_cast<std::size_t>(c + 1)]);
    return r;
  }();
  return s;
}

// The same algorithm on doubles: an index sort, then the standard tie numbering.
std::vector<double> rank_double(const std::vector<double>& scores) {
  std::vector<std::size_t> idx(scores.size());
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<double> ranks(scores.size());
  for (std::size_t i = 0; i < idx.size();) {
    std::size_t j = i + 1;
    while (j < idx.size() && scores[idx[j]] == scores[idx[i]]) ++j;
    for (std::size_t k = i; k < j; ++k) ranks[idx[k]] = static_cast<double>(i + 1);
    i = j;
  }
  return ranks;
}

void BM_ranking_rank(benchmark::State& state) {
  const rank_set& s = ranking_set();
  const std::vector<decimal> ranks = attain::rank(s.scores, attain::rank_order::higher_is_better, attain::rank_method::standard);
  for (std::size_t i = 0; i < rank_count; ++i)
    if (ranks[i] != decimal{s.expected[i]}) return static_cast<void>(fail(state, __func__, "a rank differs"));
  for (auto _ : state)
    benchmark::DoNotOptimize(attain::rank(s.scores, attain::rank_order::higher_is_better, attain::rank_method::standard));
  per_item(state, rank_count);
}
void BM_double_rank(benchmark::State& state) {
  const rank_set& s = ranking_set();
  const std::vector<double> ranks = rank_double(s.scores_d);
  for (std::size_t i = 0; i < rank_count; ++i)
    if (ranks[i] != static_cast<double>(s.expected[i])) return static_cast<void>(fail(state, __func__, "a rank differs"));
  for (auto _ : state) benchmark::DoNotOptimize(rank_double(s.scores_d));
  per_item(state, rank_count);
}
BENCHMARK(BM_ranking_rank)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_double_rank)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return failures == 0 ? 0 : 1;
}
