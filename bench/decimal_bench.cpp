// bench/decimal_bench.cpp — attain::decimal beside `double` and Boost's cpp_dec_float_50,
// each doing the same work on the same inputs in the same binary.
//
// INPUTS
//   4096 plan values from a fixed seed (splitmix64, so every platform draws the same numbers):
//   2 decimals, 1 to 12 integer digits, one in eight negative — `1621.41`, `-37.05`,
//   `918274651203.99`. Rates are growth indices 0.5000…1.4999 (4 decimals); plans for the
//   divisions are nonzero values of the same kind. Every benchmark first checks its kernel's
//   answer against a value computed independently (exact 128-bit integer arithmetic, or a
//   byte-for-byte expected text) and aborts if it is wrong: a fast wrong answer fails the run.
//
// OPERATIONS (per item; the arrays are walked once per iteration)
//   add             running sum of the 4096 values                  (a dependent chain)
//   compare         count of a[i] < b[i]
//   multiply        value × rate, exact (scale 2 + 4 = 6)
//   divide          actual / plan at 4 decimals, half_up            (a completion ratio)
//   round           value × rate products (scale 6) to 2 decimals, half_even
//   parse_plain     `1621.41`          one token, bytes/s = token length
//   parse_vi        `1.621,41`         number_format::vi(); the double baseline parses `1621.41`
//   parse_csv_*     4096 newline-separated tokens (MB/s over the whole buffer)
//   format          canonical text of 4096 values into a CSV buffer
//   Baselines: double arithmetic (divide/round via std::round(x · 10^k) / 10^k, which is not
//   correctly rounded), std::from_chars / std::to_chars on double (inexact, and no grouping),
//   cpp_dec_float_50 arithmetic, construction from text and str().
//
// REFERENCE RUN — Release, g++ 12.2 -O3, "Run on (2 X 2445.4 MHz CPU s)", AMD EPYC (Zen 3),
// L1d 32 KiB, L2 512 KiB, L3 32 MiB; a shared machine at load average 11 on its 2 cores, so
// absolute times are inflated — compare within a row. Median of 3 repetitions of
//   decimal_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
//   operation          decimal               double                cpp_dec_float_50      time ratio
//                      ns/item  Mitems/s     ns/item  Mitems/s     ns/item  Mitems/s     dec/dbl dec50
//   add                  1.51     664          1.01     987           32.4     30.8     1.5×    21× faster
//   compare              1.64     611          0.66    1516            4.02    248      2.5×    2.5× faster
//   multiply             2.84     352          0.39    2545           68.8     14.5     7.2×    24× faster
//   divide (4 dp)        6.42     156          6.19     161         1467        0.68    1.04×   229× faster
//   round (to 2 dp)      5.48     182          5.20     192          935        1.07    1.05×   171× faster
//   parse_plain         14.1  474 MB/s        17.9  374 MB/s         313   21 MB/s      0.79×   22× faster
//   parse_vi            17.4  438 MB/s        (from_chars has no grouping: see parse_plain)
//   parse_csv_plain     36.2  278 MB/s        41.0  245 MB/s         322   31 MB/s      0.88×   8.9× faster
//   parse_csv_vi        30.4  377 MB/s
//   format              35.5  283 MB/s        79.3  125 MB/s (shortest)   1164  8.6 MB/s  0.45×  33× faster
//                                             82.0  123 MB/s (fixed, 2 dp)
//   format_vi          121    95 MB/s         (attain::format → std::string per value)
#include <benchmark/benchmark.h>

#include <boost/multiprecision/cpp_dec_float.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/number_format.hpp"

namespace {

using attain::decimal;
using attain::int128;
using attain::number_format;
using attain::rounding;
using dec50 = boost::multiprecision::cpp_dec_float_50;

constexpr std::size_t count = 4096;
constexpr std::uint64_t seed = 0x5EED'2024'A77A'1D00ULL;

// A wrong answer ends the run: a benchmark that is fast because it is wrong must not pass.
[[noreturn]] void fail(const char* where, const char* what) {
  std::fprintf(stderr, "decimal_bench: %s: wrong result: %s\n", where, what);
  std::abort();
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
};

std::uint64_t pow10(int k) {
  std::uint64_t p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// A plan value's coefficient at scale 2: 1–12 integer digits, cents, one in eight negative.
std::int64_t plan_value(splitmix64& g) {
  const int digits = 1 + static_cast<int>(g.below(12));
  const auto whole = static_cast<std::int64_t>(g.below(pow10(digits)));
  const auto c = whole * 100 + static_cast<std::int64_t>(g.below(100));
  return g.below(8) == 0 ? -c : c;
}

// Text written here, independently of attain's formatter: `-1621.41` / `-1.621,41`.
std::string text_of(std::int64_t coef, int scale, char decimal_mark, char group_mark) {
  const bool negative = coef < 0;
  std::string digits = std::to_string(negative ? -coef : coef);
  if (digits.size() <= static_cast<std::size_t>(scale)) digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
  const std::size_t int_len = digits.size() - static_cast<std::size_t>(scale);
  std::string out = negative ? "-" : "";
  for (std::size_t k = 0; k < int_len; ++k) {
    if (group_mark != '\0' && k != 0 && (int_len - k) % 3 == 0) out += group_mark;
    out += digits[k];
  }
  if (scale > 0) {
    out += decimal_mark;
    out.append(digits, int_len, std::string::npos);
  }
  return out;
}

double nearest_double(std::int64_t coef, int scale) {
  double d = 0;
  const std::string t = text_of(coef, scale, '.', '\0');
  std::from_chars(t.data(), t.data() + t.size(), d);
  return d;
}

bool same(const decimal& x, int128 coef, int scale) { return x.coefficient() == coef && x.scale() == scale; }

// Everything the benchmarks read, built once.
struct inputs {
  std::vector<std::int64_t> a_coef, b_coef, rate_coef, plan_coef;  // scales 2, 2, 4, 2
  std::vector<decimal> a, b, rate, plan, product;
  std::vector<double> a_d, b_d, rate_d, plan_d, product_d;
  std::vector<dec50> a_50, b_50, rate_50, plan_50, product_50;
  std::vector<std::string> a_text;  // canonical text of a
  std::string csv_plain, csv_vi;    // a, one value a line, each line ending in '\n'
  int128 sum_a = 0;                 // exact sum of a's coefficients
  std::size_t less_count = 0;       // how many a[i] < b[i]

  inputs() {
    splitmix64 g{seed};
    for (std::size_t i = 0; i < count; ++i) {
      a_coef.push_back(plan_value(g));
      b_coef.push_back(plan_value(g));
      rate_coef.push_back(5000 + static_cast<std::int64_t>(g.below(10000)));
      std::int64_t p = plan_value(g);
      plan_coef.push_back(p == 0 ? 1 : p);
    }
    for (std::size_t i = 0; i < count; ++i) {
      a.push_back(decimal{a_coef[i], 2});
      b.push_back(decimal{b_coef[i], 2});
      rate.push_back(decimal{rate_coef[i], 4});
      plan.push_back(decimal{plan_coef[i], 2});
      product.push_back(decimal{static_cast<int128>(a_coef[i]) * rate_coef[i], 6});
      a_d.push_back(nearest_double(a_coef[i], 2));
      b_d.push_back(nearest_double(b_coef[i], 2));
      rate_d.push_back(nearest_double(rate_coef[i], 4));
      plan_d.push_back(nearest_double(plan_coef[i], 2));
      product_d.push_back(a_d[i] * rate_d[i]);
      a_text.push_back(text_of(a_coef[i], 2, '.', '\0'));
      a_50.emplace_back(a_text.back());
      b_50.emplace_back(text_of(b_coef[i], 2, '.', '\0'));
      rate_50.emplace_back(text_of(rate_coef[i], 4, '.', '\0'));
      plan_50.emplace_back(text_of(plan_coef[i], 2, '.', '\0'));
      product_50.push_back(a_50[i] * rate_50[i]);
      csv_plain += a_text.back() + '\n';
      csv_vi += text_of(a_coef[i], 2, ',', '.') + '\n';
      sum_a += a_coef[i];
      less_count += a_coef[i] < b_coef[i] ? 1U : 0U;
    }
  }
};

const inputs& in() {
  static const inputs data;
  return data;
}

// n / d rounded in `mode` (half_up or half_even), with truncating 128-bit division: the
// reference the divide and round kernels are checked against.
int128 reference_round_div(int128 n, int128 d, rounding mode) {
  int128 q = n / d;
  const int128 r = n % d;
  const int128 twice = 2 * (r < 0 ? -r : r);
  const int128 ad = d < 0 ? -d : d;
  const bool away = twice > ad || (twice == ad && (mode == rounding::half_up || (q % 2 != 0)));
  if (away) q += (n < 0) != (d < 0) ? -1 : 1;
  return q;
}

void per_item(benchmark::State& state, std::size_t items) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(items));
  state.counters["time_per_item"] = benchmark::Counter(static_cast<double>(items),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

void per_byte(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}

// ADD ----------------------------------------------------------------------------------------

template <class T>
T sum_of(const std::vector<T>& v) {
  T s{};
  for (const T& x : v) s += x;
  return s;
}

void BM_decimal_add(benchmark::State& state) {
  const auto& v = in().a;
  if (!same(sum_of(v), in().sum_a, 2)) fail(__func__, "sum differs from the exact sum");
  for (auto _ : state) benchmark::DoNotOptimize(sum_of(v));
  per_item(state, count);
}
void BM_double_add(benchmark::State& state) {
  const auto& v = in().a_d;
  const double exact = static_cast<double>(in().sum_a) / 100;
  if (std::fabs(sum_of(v) - exact) > 1e-9 * std::fabs(exact)) fail(__func__, "sum far from the exact sum");
  for (auto _ : state) benchmark::DoNotOptimize(sum_of(v));
  per_item(state, count);
}
void BM_cpp_dec_float_add(benchmark::State& state) {
  const auto& v = in().a_50;
  if (sum_of(v) != dec50(attain::to_string(decimal::from_parts(in().sum_a, 2)))) fail(__func__, "sum differs");
  for (auto _ : state) benchmark::DoNotOptimize(sum_of(v));
  per_item(state, count);
}
BENCHMARK(BM_decimal_add);
BENCHMARK(BM_double_add);
BENCHMARK(BM_cpp_dec_float_add);

// COMPARE ------------------------------------------------------------------------------------

template <class T>
std::size_t count_less(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < a.size(); ++i) n += a[i] < b[i] ? 1U : 0U;
  return n;
}

template <class T>
void compare_bench(benchmark::State& state, const std::vector<T>& a, const std::vector<T>& b) {
  if (count_less(a, b) != in().less_count) fail(__func__, "count of a < b differs");
  for (auto _ : state) benchmark::DoNotOptimize(count_less(a, b));
  per_item(state, count);
}
void BM_decimal_compare(benchmark::State& state) { compare_bench(state, in().a, in().b); }
void BM_double_compare(benchmark::State& state) { compare_bench(state, in().a_d, in().b_d); }
void BM_cpp_dec_float_compare(benchmark::State& state) { compare_bench(state, in().a_50, in().b_50); }
BENCHMARK(BM_decimal_compare);
BENCHMARK(BM_double_compare);
BENCHMARK(BM_cpp_dec_float_compare);

// MULTIPLY -----------------------------------------------------------------------------------

template <class T>
void multiply_all(const std::vector<T>& a, const std::vector<T>& b, std::vector<T>& out) {
  for (std::size_t i = 0; i < a.size(); ++i) out[i] = a[i] * b[i];
}

void BM_decimal_multiply(benchmark::State& state) {
  std::vector<decimal> out(count);
  multiply_all(in().a, in().rate, out);
  for (std::size_t i = 0; i < count; ++i)
    if (!same(out[i], static_cast<int128>(in().a_coef[i]) * in().rate_coef[i], 6)) fail(__func__, "product differs");
  for (auto _ : state) {
    multiply_all(in().a, in().rate, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_double_multiply(benchmark::State& state) {
  std::vector<double> out(count);
  multiply_all(in().a_d, in().rate_d, out);
  for (std::size_t i = 0; i < count; ++i) {
    const double exact = static_cast<double>(static_cast<int128>(in().a_coef[i]) * in().rate_coef[i]) / 1e6;
    if (std::fabs(out[i] - exact) > 1e-15 * std::fabs(exact) + 1e-12) fail(__func__, "product far from exact");
  }
  for (auto _ : state) {
    multiply_all(in().a_d, in().rate_d, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_cpp_dec_float_multiply(benchmark::State& state) {
  std::vector<dec50> out(count);
  multiply_all(in().a_50, in().rate_50, out);
  for (std::size_t i = 0; i < count; ++i)
    if (out[i] != dec50(attain::to_string(in().product[i]))) fail(__func__, "product differs");
  for (auto _ : state) {
    multiply_all(in().a_50, in().rate_50, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
BENCHMARK(BM_decimal_multiply);
BENCHMARK(BM_double_multiply);
BENCHMARK(BM_cpp_dec_float_multiply);

// DIVIDE WITH ROUNDING: actual / plan at 4 decimals, half_up ------------------------------------

constexpr int ratio_scale = 4;

void divide_all(const std::vector<decimal>& a, const std::vector<decimal>& b, std::vector<decimal>& out, rounding mode) {
  for (std::size_t i = 0; i < a.size(); ++i) out[i] = attain::divide(a[i], b[i], ratio_scale, mode);
}
void divide_all(const std::vector<double>& a, const std::vector<double>& b, std::vector<double>& out) {
  for (std::size_t i = 0; i < a.size(); ++i) out[i] = std::round(a[i] / b[i] * 1e4) / 1e4;
}
void divide_all(const std::vector<dec50>& a, const std::vector<dec50>& b, std::vector<dec50>& out) {
  const dec50 scale{10000};
  for (std::size_t i = 0; i < a.size(); ++i) out[i] = boost::multiprecision::round(a[i] / b[i] * scale) / scale;
}

int128 reference_ratio(std::size_t i) {  // a·10^4 / plan, half_up
  return reference_round_div(static_cast<int128>(in().a_coef[i]) * 10000, in().plan_coef[i], rounding::half_up);
}

void BM_decimal_divide(benchmark::State& state) {
  rounding mode = rounding::half_up;
  benchmark::DoNotOptimize(mode);  // a run-time mode, as in a report loop
  std::vector<decimal> out(count);
  divide_all(in().a, in().plan, out, mode);
  for (std::size_t i = 0; i < count; ++i)
    if (!same(out[i], reference_ratio(i), ratio_scale)) fail(__func__, "quotient differs");
  for (auto _ : state) {
    divide_all(in().a, in().plan, out, mode);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_double_divide(benchmark::State& state) {
  std::vector<double> out(count);
  divide_all(in().a_d, in().plan_d, out);
  for (std::size_t i = 0; i < count; ++i) {
    const double exact = static_cast<double>(reference_ratio(i)) / 1e4;
    if (std::fabs(out[i] - exact) > 1.01e-4 + 1e-15 * std::fabs(exact)) fail(__func__, "quotient far from exact");
  }
  for (auto _ : state) {
    divide_all(in().a_d, in().plan_d, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_cpp_dec_float_divide(benchmark::State& state) {
  std::vector<dec50> out(count);
  divide_all(in().a_50, in().plan_50, out);
  for (std::size_t i = 0; i < count; ++i)
    if (out[i] != dec50(attain::to_string(decimal::from_parts(reference_ratio(i), ratio_scale)))) fail(__func__, "quotient differs");
  for (auto _ : state) {
    divide_all(in().a_50, in().plan_50, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
BENCHMARK(BM_decimal_divide);
BENCHMARK(BM_double_divide);
BENCHMARK(BM_cpp_dec_float_divide);

// ROUND: value × rate (scale 6) to 2 decimals, half_even -------------------------------------

void round_all(const std::vector<decimal>& x, std::vector<decimal>& out, rounding mode) {
  for (std::size_t i = 0; i < x.size(); ++i) out[i] = attain::round(x[i], 2, mode);
}
void round_all(const std::vector<double>& x, std::vector<double>& out) {
  for (std::size_t i = 0; i < x.size(); ++i) out[i] = std::round(x[i] * 100) / 100;
}
void round_all(const std::vector<dec50>& x, std::vector<dec50>& out) {
  const dec50 hundred{100};
  for (std::size_t i = 0; i < x.size(); ++i) out[i] = boost::multiprecision::round(x[i] * hundred) / hundred;
}

int128 reference_rounded(std::size_t i, rounding mode) {
  return reference_round_div(static_cast<int128>(in().a_coef[i]) * in().rate_coef[i], 10000, mode);
}

void BM_decimal_round(benchmark::State& state) {
  rounding mode = rounding::half_even;
  benchmark::DoNotOptimize(mode);
  std::vector<decimal> out(count);
  round_all(in().product, out, mode);
  for (std::size_t i = 0; i < count; ++i)
    if (!same(out[i], reference_rounded(i, rounding::half_even), 2)) fail(__func__, "rounded value differs");
  for (auto _ : state) {
    round_all(in().product, out, mode);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_double_round(benchmark::State& state) {
  std::vector<double> out(count);
  round_all(in().product_d, out);
  for (std::size_t i = 0; i < count; ++i) {
    const double exact = static_cast<double>(reference_rounded(i, rounding::half_up)) / 100;
    if (std::fabs(out[i] - exact) > 1.01e-2 + 1e-15 * std::fabs(exact)) fail(__func__, "rounded value far from exact");
  }
  for (auto _ : state) {
    round_all(in().product_d, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
void BM_cpp_dec_float_round(benchmark::State& state) {  // round() is half away from zero: half_up
  std::vector<dec50> out(count);
  round_all(in().product_50, out);
  for (std::size_t i = 0; i < count; ++i)
    if (out[i] != dec50(attain::to_string(decimal::from_parts(reference_rounded(i, rounding::half_up), 2))))
      fail(__func__, "rounded value differs");
  for (auto _ : state) {
    round_all(in().product_50, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  per_item(state, count);
}
BENCHMARK(BM_decimal_round);
BENCHMARK(BM_double_round);
BENCHMARK(BM_cpp_dec_float_round);

// PARSE ONE TOKEN ----------------------------------------------------------------------------

const std::string plain_token = "1621.41";
const std::string vi_token = "1.621,41";

void parse_one_bench(benchmark::State& state, const std::string& token, const number_format& f) {
  const attain::result<decimal> r = decimal::try_parse(token, f);
  if (!r || !same(*r, 162141, 2)) fail(__func__, "parsed value differs");
  const char* p = token.data();
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);  // the compiler may not fold the parse of a known string
    benchmark::DoNotOptimize(decimal::try_parse(std::string_view(p, token.size()), f));
  }
  per_byte(state, token.size());
  per_item(state, 1);
}
void BM_decimal_parse_plain(benchmark::State& state) { parse_one_bench(state, plain_token, number_format::plain()); }
void BM_decimal_parse_vi(benchmark::State& state) { parse_one_bench(state, vi_token, number_format::vi()); }
void BM_double_parse_plain(benchmark::State& state) {
  double d = 0;
  std::from_chars(plain_token.data(), plain_token.data() + plain_token.size(), d);
  if (d != 1621.41) fail(__func__, "parsed value differs");
  const char* p = plain_token.data();
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);
    benchmark::DoNotOptimize(std::from_chars(p, p + plain_token.size(), d));
    benchmark::DoNotOptimize(d);
  }
  per_byte(state, plain_token.size());
  per_item(state, 1);
}
void BM_cpp_dec_float_parse_plain(benchmark::State& state) {
  if (dec50(plain_token.c_str()) != dec50(162141) / 100) fail(__func__, "parsed value differs");
  const char* p = plain_token.c_str();
  for (auto _ : state) {
    benchmark::DoNotOptimize(p);
    benchmark::DoNotOptimize(dec50(p));
  }
  per_byte(state, plain_token.size());
  per_item(state, 1);
}
BENCHMARK(BM_decimal_parse_plain);
BENCHMARK(BM_decimal_parse_vi);
BENCHMARK(BM_double_parse_plain);
BENCHMARK(BM_cpp_dec_float_parse_plain);

// PARSE A CSV COLUMN: 4096 newline-separated tokens --------------------------------------------

// Parses every line of `buf` into out; returns how many lines parsed.
std::size_t parse_lines(std::string_view buf, const number_format& f, std::vector<decimal>& out) {
  const char* p = buf.data();
  const char* const end = p + buf.size();
  std::size_t n = 0;
  while (p != end) {
    const char* q = p;
    while (*q != '\n') ++q;  // every line, the last included, ends in '\n'
    const attain::result<decimal> r = decimal::try_parse(std::string_view(p, static_cast<std::size_t>(q - p)), f);
    if (!r) return n;
    out[n++] = *r;
    p = q + 1;
  }
  return n;
}
std::size_t parse_lines(std::string_view buf, std::vector<double>& out) {
  const char* p = buf.data();
  const char* const end = p + buf.size();
  std::size_t n = 0;
  while (p != end) {
    const std::from_chars_result r = std::from_chars(p, end, out[n]);
    if (r.ec != std::errc{} || *r.ptr != '\n') return n;
    ++n;
    p = r.ptr + 1;
  }
  return n;
}
std::size_t parse_lines(std::string_view buf, std::vector<dec50>& out) {
  std::string token;
  std::size_t n = 0;
  for (std::size_t p = 0; p != buf.size();) {
    const std::size_t q = buf.find('\n', p);
    token.assign(buf, p, q - p);
    out[n++] = dec50(token.c_str());
    p = q + 1;
  }
  return n;
}

void csv_bench(benchmark::State& state, const std::string& buf, const number_format& f) {
  std::vector<decimal> out(count);
  if (parse_lines(buf, f, out) != count) fail(__func__, "a line did not parse");
  for (std::size_t i = 0; i < count; ++i)
    if (!same(out[i], in().a_coef[i], 2)) fail(__func__, "parsed value differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(parse_lines(buf, f, out));
    benchmark::ClobberMemory();
  }
  per_byte(state, buf.size());
  per_item(state, count);
}
void BM_decimal_parse_csv_plain(benchmark::State& state) { csv_bench(state, in().csv_plain, number_format::plain()); }
void BM_decimal_parse_csv_vi(benchmark::State& state) { csv_bench(state, in().csv_vi, number_format::vi()); }
void BM_double_parse_csv_plain(benchmark::State& state) {
  std::vector<double> out(count);
  if (parse_lines(in().csv_plain, out) != count || out != in().a_d) fail(__func__, "parsed value differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(parse_lines(in().csv_plain, out));
    benchmark::ClobberMemory();
  }
  per_byte(state, in().csv_plain.size());
  per_item(state, count);
}
void BM_cpp_dec_float_parse_csv_plain(benchmark::State& state) {
  std::vector<dec50> out(count);
  if (parse_lines(in().csv_plain, out) != count || out != in().a_50) fail(__func__, "parsed value differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(parse_lines(in().csv_plain, out));
    benchmark::ClobberMemory();
  }
  per_byte(state, in().csv_plain.size());
  per_item(state, count);
}
BENCHMARK(BM_decimal_parse_csv_plain);
BENCHMARK(BM_decimal_parse_csv_vi);
BENCHMARK(BM_double_parse_csv_plain);
BENCHMARK(BM_cpp_dec_float_parse_csv_plain);

// FORMAT: 4096 values into a newline-separated buffer ------------------------------------------

std::size_t format_lines(const std::vector<decimal>& v, std::string& buf) {
  char* p = buf.data();
  char* const end = p + buf.size();
  for (const decimal& x : v) {
    p = attain::to_chars(p, end, x);
    *p++ = '\n';
  }
  return static_cast<std::size_t>(p - buf.data());
}
std::size_t format_lines_vi(const std::vector<decimal>& v, std::string& buf) {
  buf.clear();
  for (const decimal& x : v) {
    buf += attain::format(x, number_format::vi());
    buf += '\n';
  }
  return buf.size();
}
std::size_t format_lines(const std::vector<double>& v, std::string& buf, bool fixed2) {
  char* p = buf.data();
  char* const end = p + buf.size();
  for (const double x : v) {
    p = (fixed2 ? std::to_chars(p, end, x, std::chars_format::fixed, 2) : std::to_chars(p, end, x)).ptr;
    *p++ = '\n';
  }
  return static_cast<std::size_t>(p - buf.data());
}
std::size_t format_lines(const std::vector<dec50>& v, std::string& buf) {
  buf.clear();
  for (const dec50& x : v) {
    buf += x.str(2, std::ios_base::fixed);
    buf += '\n';
  }
  return buf.size();
}

void BM_decimal_format(benchmark::State& state) {
  std::string buf(count * (attain::max_chars + 1), '\0');
  const std::size_t n = format_lines(in().a, buf);
  if (std::string_view(buf.data(), n) != in().csv_plain) fail(__func__, "text differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(format_lines(in().a, buf));
    benchmark::ClobberMemory();
  }
  per_byte(state, n);
  per_item(state, count);
}
void BM_decimal_format_vi(benchmark::State& state) {
  std::string buf;
  if (format_lines_vi(in().a, buf) != in().csv_vi.size() || buf != in().csv_vi) fail(__func__, "text differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(format_lines_vi(in().a, buf));
    benchmark::ClobberMemory();
  }
  per_byte(state, buf.size());
  per_item(state, count);
}
void double_format_bench(benchmark::State& state, bool fixed2) {
  std::string buf(count * 32, '\0');
  const std::size_t n = format_lines(in().a_d, buf, fixed2);
  std::vector<double> back(count);
  if (parse_lines(std::string_view(buf.data(), n), back) != count || back != in().a_d) fail(__func__, "text does not round-trip");
  if (fixed2 && std::string_view(buf.data(), n) != in().csv_plain) fail(__func__, "text differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(format_lines(in().a_d, buf, fixed2));
    benchmark::ClobberMemory();
  }
  per_byte(state, n);
  per_item(state, count);
}
void BM_double_format(benchmark::State& state) { double_format_bench(state, false); }
void BM_double_format_fixed2(benchmark::State& state) { double_format_bench(state, true); }
void BM_cpp_dec_float_format(benchmark::State& state) {
  std::string buf;
  if (format_lines(in().a_50, buf) != in().csv_plain.size() || buf != in().csv_plain) fail(__func__, "text differs");
  for (auto _ : state) {
    benchmark::DoNotOptimize(format_lines(in().a_50, buf));
    benchmark::ClobberMemory();
  }
  per_byte(state, buf.size());
  per_item(state, count);
}
BENCHMARK(BM_decimal_format);
BENCHMARK(BM_decimal_format_vi);
BENCHMARK(BM_double_format);
BENCHMARK(BM_double_format_fixed2);
BENCHMARK(BM_cpp_dec_float_format);

}  // namespace

BENCHMARK_MAIN();
