// Benchmarks for attain/aggregate.hpp and attain/table.hpp: exact grouped aggregation
// against the same kernel on `double` in the same binary, and against DuckDB (peer script
// bench/aggregate_peer_duckdb.mjs, which runs this binary and DuckDB on the same data).
//
// WORKLOAD (fixed seed): ATTAIN_AGG_ROWS observations (default 10,000,000) of one
// indicator at scale 2, values up to ±10^12 with 2 decimals, 10,000 groups (units);
// each unit's rows have distinct periods, so the table seals with duplicate_policy::reject.
//   BM_aggregate_gsum_exact       SUM per group, exact (int64 coefficients, int128 sums; the
//                                 row counts of a plain group-by-unit come from the table)
//   BM_aggregate_gsum_double      the same loop on double (inexact: counts wrong groups)
//   BM_aggregate_full_exact       count, sum, min, max, mean per group (summary_rule)
//   BM_aggregate_full_double      the same on double
//   BM_aggregate_full_exact/threads:2   two row partitions, merged
//   BM_aggregate_full_exact_side_by_side  two one-thread queries at once over two tables of
//                                 half the rows: the machine's ceiling for two threads
//   BM_aggregate_full_string_keys keys given as strings, interned by the query
//                                 (aggregate_codes: bulk interning, then the kernel)
//   BM_aggregate_dims_exact       the same rows with two dimensions, SEX (_T, M, F) and AGE
//                                 (_T and 4 groups), each row's members from a fixed hash of
//                                 its number: SUM per unit × SEX over the age groups
//                                 (by_dimension("SEX").over_dimension("AGE"): the AGE _T rows
//                                 left out), 30,000 groups; the kernel reads both member columns
//   BM_aggregate_dims_double      the same loop on double (same columns, a spare slot for the
//                                 rows left out: no branch)
//   BM_table_load                 append + seal (duplicate check) of the rows; RSS counters;
//                                 bytes/obs (21), bytes/dim (4), the measured table bytes per
//                                 row (table_bytes/obs) and with the two dimensions
//                                 (dims_table_bytes/obs)
//   BM_table_load_dims            append + seal of the rows with their two members
// Each benchmark checks its result (checksum of exact group sums) before timing. The roll-up
// over a unit hierarchy has its own program, bench/rollup_bench.cpp.
//
//   ./aggregate_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//   ./aggregate_bench --write_csv=data.csv      # the same rows as CSV `g,v,sex,age` for DuckDB
//
// REFERENCE RUN (2 × AMD EPYC vCPU, otherwise idle; g++ 12 -O3 Release; 2,000,000 rows; medians
// of 5 wall-clock runs; DuckDB 1.5.6 on the same rows, via bench/aggregate_peer_duckdb.mjs)
//   query                      attain exact   double   DuckDB   exact/double   DuckDB/exact
//   grouped SUM                1.96 ns/row    1.51     15.9     1.30×          8.1×
//   sum+min+max+count+mean     4.21           2.81     31.2     1.50×          7.4×
//   the same, string keys      23.1           —        47.8     —              2.07× (DuckDB on the
//                                                                 same VARCHAR codes; 1.35× against
//                                                                 its integer keys)
//   the same, 2 threads        2.45           —        18.0     —              7.4×
//   2 threads / 1 thread (4,000,000 rows, 9 interleaved repetitions, both cores free): 1.78–1.79×
// A SECOND RUN after sum, count, mean and summary took a plain group-by-unit's row counts from
// the table (observation_table::unit_rows) instead of counting per row: 10,000,000 rows, the
// peer script with 3 repetitions, everything pinned to one core (the other busy with a
// fuzzer; DuckDB's two-thread lines are therefore not meaningful and left out)
//   grouped SUM                1.47 ns/row    1.46     21.6     1.01×          14.7×
//   sum+min+max+count+mean     2.95           3.49     36.2     0.85×          12.3×
//   the same, string keys      21.0           —        40.0     —              1.90× (1.72× against
//                                                                 its integer keys)
// A THIRD RUN after the dictionary's 16-byte slots (a code of up to 8 bytes is one hash and one
// slot), group states fetched ahead when they take 128 KiB or more, uncounted states for a
// plain group-by-unit (8 bytes a sum, 24 a summary) and table counts on every partition:
// 10,000,000 rows, two runs of the peer script (5 repetitions in random order, both cores
// free; the two medians)
//   grouped SUM                1.79, 1.90     1.64, 1.84  19.9, 19.8  1.09×, 1.03×  11.2×, 10.4×
//   sum+min+max+count+mean     2.84, 2.99     3.47, 2.84  32.9, 31.2  0.82×, 1.05×  11.6×, 10.4×
//   the same, string keys      14.6, 14.7     —           49.3, 54.0  —             3.37×, 3.68× (2.25×,
//                                                                 2.13× against its integer keys)
//   the same, 2 threads        1.59, 1.61     —           17.3, 13.8  —             10.9×, 8.6×
//   2 threads / 1 thread: 1.79×, 1.86×; two one-thread queries side by side: 1.79×, 1.91×
//   peak RSS after loading 10,000,000 observations: 244.6 MB (21 bytes an observation)
// A FOURTH RUN after dimensions (SEX, AGE) became columns of the table: 10,000,000 rows, this
// binary alone (3 repetitions, medians; the machine shared with builds of other work, so
// compare within the run)
//   query                      attain exact   double   DuckDB   exact/double   DuckDB/exact
//   grouped SUM                1.33 ns/row    1.31     —        1.02×          —
//   unit × SEX, over AGE       3.99           2.60     —        1.53×          —
//   load + seal                41.7 ns/row plain, 59.2 with two dimensions
//   table bytes per observation: 21 plain (bytes/obs), + 4 per dimension (bytes/dim); measured
//   with the two dimensions: 29.01 (dims_table_bytes/obs, dictionaries included)
// A FIFTH RUN, the peer script with DuckDB on the same rows (10,000,000 rows, 3 repetitions in
// random order, both cores free; totals agree, each sex's too): DuckDB 1.5.6 runs
// `SELECT g, sex, SUM(v) … WHERE age <> '_T' GROUP BY g, sex` on VARCHAR sex and age columns
//   query                      attain exact   double   DuckDB   exact/double   DuckDB/exact
//   grouped SUM                1.13 ns/row    1.15     8.70     0.98×          7.7×
//   sum+min+max+count+mean     1.78           1.75     13.75    1.02×          7.7×
//   the same, string keys      8.33           —        22.81    —              2.74× (1.65× against
//                                                                 its integer keys)
//   the same, 2 threads        0.95           —        7.21     —              7.6×
//   unit × SEX, over AGE       3.78           2.42     30.94    1.56×          8.2× (goal ≥ 4×)
//   2 threads / 1 thread: 1.87×; two one-thread queries side by side: 1.91×
// A SIXTH RUN (issue #17, round two) after the dictionary's buckets (four 16-byte slots to a
// cache line, check words side by side: a short code's bucket compared at once, no branch on
// where in it the code sits) and line-fitted kernel states (a summary's 24 bytes padded to 32,
// none straddling two cache lines). 2 × Intel Xeon vCPU, g++ 12 -O3 Release, 10,000,000 rows,
// the peer script (3 rounds, each DuckDB 1.5.6 once then this binary once, medians; totals
// agree). The machine was SHARED WITH BUILDS of other work (load average 3–5 on 2 cores), so
// absolute figures are high and the two-thread lines are not meaningful (left out)
//   query                      attain exact   double   DuckDB   exact/double   DuckDB/exact
//   grouped SUM                1.42 ns/row    1.38     11.73    1.03×          8.3×
//   sum+min+max+count+mean     1.89           2.66     17.70    0.71×          9.4× (goal ≥ 10×)
//   the same, string keys      7.15           —        44.22    —              6.2× (goal ≥ 4×; 2.5×
//                                                                 against its integer keys)
//   unit × SEX, over AGE       5.20           2.94     38.14    1.77×          7.3×
//   load + seal                55.8 ns/row plain, 79.9 with two dimensions; DuckDB, threads 1,
//                              CREATE TABLE t2 AS SELECT g, v FROM t: 24.7 (attain 0.44×);
//                              … SELECT * (g, v, sex, age): 110.4 (attain 1.38×). Not the same
//                              work: attain generates its rows, appends them (unit, period,
//                              indicator, value, status) and seals (sort, duplicate check);
//                              DuckDB copies an in-memory table.
//   table bytes per row        attain 21.01 (memory_bytes(), dictionaries included; 29.01 with
//                              SEX and AGE); DuckDB's IN_MEMORY_TABLE growth (duckdb_memory(),
//                              uncompressed): 17.12 for (g, v), 38.49 for (g, v, sex, age)
// The same script right after, on the binary before and after this round (one run each, the
// machine as loaded): full query 2.96 → 2.01 ns/row (DuckDB/exact 8.7× → 12.4×), string keys
// 14.73 → 7.13 (3.5× → 7.6×), grouped SUM 1.87 → 1.52.
// A SEVENTH RUN, the same binary and script with BOTH CORES FREE (nothing else running; 10,000,000
// rows, 3 rounds, medians; totals agree, each sex's too):
//   query                      attain exact   double   DuckDB   exact/double   DuckDB/exact
//   grouped SUM                1.43 ns/row    1.32     11.20    1.08×          7.8×
//   sum+min+max+count+mean     1.95           2.31     25.20    0.84×          12.9× (goal ≥ 10×: met)
//   the same, 2 threads        1.18           —         9.42    —              8.0×
//   the same, string keys      6.80           —        36.10    —              5.3× (goal ≥ 4×: met;
//                                                                 3.7× against its integer keys)
//   unit × SEX, over AGE       4.89           3.18     38.68    1.54×          7.9×
//   1 thread / 2 threads, full: 1.65× (two one-thread queries side by side, the ceiling: 1.72×)
//   load + seal                44.6 ns/row plain (DuckDB's CREATE TABLE … AS SELECT g, v: 24.9,
//                              attain 0.56×), 92.6 with two dimensions (DuckDB's SELECT *: 120.6,
//                              attain 1.30×); not the same work (see the sixth run)
//   table bytes per row        attain 21.01 (29.01 with SEX, AGE); DuckDB 17.12 (38.49)
// Absolute numbers vary by machine and load: compare within one run.
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "attain/aggregate.hpp"

namespace {

using namespace attain;

constexpr std::uint32_t groups = 10000;

std::uint64_t splitmix(std::uint64_t& s) {
  std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::size_t row_count() {
  const char* env = std::getenv("ATTAIN_AGG_ROWS");
  return env != nullptr ? static_cast<std::size_t>(std::strtoull(env, nullptr, 10)) : 10000000;
}

// The generator: row r's group and coefficient (at scale 2, |c| < 10^14).
struct generator {
  std::uint64_t state = 20240601;
  std::pair<std::uint32_t, std::int64_t> next() {
    const std::uint64_t a = splitmix(state), b = splitmix(state);
    const auto g = static_cast<std::uint32_t>(a % groups);
    const auto c = static_cast<std::int64_t>(b % 200000000000000ULL) - 100000000000000LL;
    return {g, c};
  }
};

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

struct dataset {
  observation_table table;
  std::vector<int128> exact_sums;  // the reference, by a plain loop
  long rss_before_kb = 0, rss_after_kb = 0;
  std::size_t periods_needed = 0;
};

// The dimensions' members of row r: SEX 0…2 (_T, M, F), AGE 0…4 (_T, four age groups).
constexpr std::uint32_t sexes = 3, ages = 5;
constexpr const char* sex_codes[sexes] = {"_T", "M", "F"};
constexpr const char* age_codes[ages] = {"_T", "Y0T14", "Y15T24", "Y25T64", "Y_GE65"};
std::pair<std::uint32_t, std::uint32_t> members_of(std::size_t r) {
  std::uint64_t s = static_cast<std::uint64_t>(r) ^ 0x5DEECE66DULL;
  const std::uint64_t h = splitmix(s);
  return {static_cast<std::uint32_t>(h % sexes), static_cast<std::uint32_t>((h >> 32) % ages)};
}

// The generated rows into `t`; with `dims`, each with its SEX and AGE members (member ids =
// the indices above).
void load(observation_table& t, std::size_t n, bool dims = false) {
  const std::uint32_t ind = t.add_indicator("V", 2);
  if (dims) {
    const std::uint32_t sex = t.add_dimension("SEX"), age = t.add_dimension("AGE");
    for (const char* c : sex_codes) t.member_id(sex, c);
    for (const char* c : age_codes) t.member_id(age, c);
  }
  std::vector<std::uint32_t> units(groups);
  char code[16];
  for (std::uint32_t g = 0; g < groups; ++g) {
    std::snprintf(code, sizeof code, "G%05u", g);
    units[g] = t.unit_id(code);
  }
  std::vector<std::uint32_t> seq(groups, 0);
  std::vector<std::uint32_t> period_ids;
  t.reserve(n);
  generator gen;
  for (std::size_t r = 0; r < n; ++r) {
    const auto [g, c] = gen.next();
    const std::uint32_t k = seq[g]++;
    while (period_ids.size() <= k) {
      const auto d = static_cast<std::int32_t>(period_ids.size());
      period_ids.push_back(t.period_id(period_span{d, d}));
    }
    const coded_observation o{ind, units[g], period_ids[k], c, value_status::normal};
    if (dims) {
      const auto [sx, ag] = members_of(r);
      const std::uint32_t m[2] = {sx, ag};
      t.append(o, m);
    } else {
      t.append(o);
    }
  }
  t.seal();
}
void load_dims(observation_table& t, std::size_t n) { load(t, n, true); }

struct dims_dataset {
  observation_table table;
  std::vector<int128> exact_sums;  // unit · 3 + sex, rows of an age group (AGE not _T), by a plain loop
};
const dims_dataset& dims_data() {
  static const std::unique_ptr<dims_dataset> d = [] {
    auto p = std::make_unique<dims_dataset>();
    load_dims(p->table, row_count());
    p->exact_sums.assign(std::size_t{groups} * sexes, 0);
    generator gen;
    for (std::size_t r = 0; r < row_count(); ++r) {
      const auto [g, c] = gen.next();
      const auto [sx, ag] = members_of(r);
      if (ag != 0) p->exact_sums[std::size_t{g} * sexes + sx] += c;
    }
    return p;
  }();
  return *d;
}

const dataset& data() {
  static const std::unique_ptr<dataset> d = [] {
    auto p = std::make_unique<dataset>();
    p->rss_before_kb = peak_rss_kb();
    load(p->table, row_count());
    p->rss_after_kb = peak_rss_kb();
    p->exact_sums.assign(groups, 0);
    generator gen;
    for (std::size_t r = 0; r < row_count(); ++r) {
      const auto [g, c] = gen.next();
      p->exact_sums[g] += c;
    }
    return p;
  }();
  return *d;
}

std::uint64_t checksum(const std::vector<int128>& sums) {
  std::uint64_t h = 0;
  for (const int128 s : sums) h = h * 1000003 + static_cast<std::uint64_t>(s) + static_cast<std::uint64_t>(static_cast<uint128>(s) >> 64);
  return h;
}

grouping by_unit(const observation_table& t) {
  grouping g(t);
  g.by_unit();
  return g;
}

template <class Rule>
bool check_sums(benchmark::State& state, const partial<Rule>& p, const grouping& g) {
  const dataset& d = data();
  std::vector<int128> got(groups, 0);
  for (std::uint32_t u = 0; u < groups; ++u) got[u] = p[g.unit_key(u)].sum;
  if (checksum(got) != checksum(d.exact_sums)) {
    state.SkipWithError("wrong group sums");
    return false;
  }
  return true;
}

void set_rows(benchmark::State& state, std::size_t n) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
  state.counters["ns/row"] = benchmark::Counter(static_cast<double>(n) * static_cast<double>(state.iterations()),
                                                benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_aggregate_gsum_exact(benchmark::State& state) {
  const observation_table& t = data().table;
  const grouping g = by_unit(t);
  const aggregate_options one{1, 1};
  if (!check_sums(state, aggregate(t, g, sum_rule{}, one), g)) return;
  for (auto _ : state) benchmark::DoNotOptimize(aggregate(t, g, sum_rule{}, one));
  set_rows(state, t.size());
}

// The baseline: the same grouped loop on double (values converted once, outside timing).
struct double_column {
  std::vector<double> v;
  std::vector<std::uint32_t> g;
};
const double_column& doubles() {
  static const double_column d = [] {
    double_column c;
    const observation_table& t = data().table;
    c.v.resize(t.size());
    c.g.assign(t.unit_column().begin(), t.unit_column().end());
    for (std::size_t r = 0; r < t.size(); ++r) c.v[r] = static_cast<double>(t.value_column()[r]) / 100.0;
    return c;
  }();
  return d;
}

void BM_aggregate_gsum_double(benchmark::State& state) {
  const double_column& c = doubles();
  std::vector<double> sums(groups);
  for (auto _ : state) {
    std::fill(sums.begin(), sums.end(), 0.0);
    const double* v = c.v.data();
    const std::uint32_t* g = c.g.data();
    for (std::size_t r = 0, n = c.v.size(); r < n; ++r) sums[g[r]] += v[r];
    benchmark::DoNotOptimize(sums.data());
  }
  // How many groups the double sum gets wrong (at the column's 2 decimals).
  std::int64_t wrong = 0;
  const dataset& d = data();
  for (std::uint32_t u = 0; u < groups; ++u) {  // unit ids are the group numbers (interned in order)
    const auto cents = static_cast<long double>(sums[u]) * 100.0L;
    const auto rounded = static_cast<std::int64_t>(cents < 0 ? cents - 0.5L : cents + 0.5L);
    wrong += static_cast<int128>(rounded) != d.exact_sums[u];
  }
  state.counters["wrong_groups_%"] = 100.0 * static_cast<double>(wrong) / groups;
  set_rows(state, c.v.size());
}

void BM_aggregate_full_exact(benchmark::State& state) {
  const observation_table& t = data().table;
  const grouping g = by_unit(t);
  const aggregate_options opt{static_cast<unsigned>(state.range(0)), 1};
  if (!check_sums(state, aggregate(t, g, summary_rule{}, opt), g)) return;
  for (auto _ : state) benchmark::DoNotOptimize(aggregate(t, g, summary_rule{}, opt));
  set_rows(state, t.size());
}

void BM_aggregate_full_double(benchmark::State& state) {
  const double_column& c = doubles();
  struct st {
    double sum, min, max;
    std::uint64_t n;
  };
  std::vector<st> s(groups);
  std::vector<double> mean(groups);
  for (auto _ : state) {
    std::fill(s.begin(), s.end(), st{0.0, std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), 0});
    const double* v = c.v.data();
    const std::uint32_t* g = c.g.data();
    for (std::size_t r = 0, n = c.v.size(); r < n; ++r) {
      st& x = s[g[r]];
      x.sum += v[r];
      x.min = v[r] < x.min ? v[r] : x.min;
      x.max = v[r] > x.max ? v[r] : x.max;
      ++x.n;
    }
    for (std::uint32_t k = 0; k < groups; ++k) mean[k] = s[k].sum / static_cast<double>(s[k].n);
    benchmark::DoNotOptimize(mean.data());
  }
  set_rows(state, c.v.size());
}

// Unit × SEX over the age groups (the AGE _T rows left out).
grouping by_unit_and_sex(const observation_table& t) {
  grouping g(t);
  g.by_unit().by_dimension("SEX").over_dimension("AGE");
  return g;
}

void BM_aggregate_dims_exact(benchmark::State& state) {
  const dims_dataset& d = dims_data();
  const observation_table& t = d.table;
  const grouping g = by_unit_and_sex(t);
  const aggregate_options one{1, 1};
  {
    const auto p = aggregate(t, g, sum_rule{}, one);
    std::vector<int128> got(d.exact_sums.size(), 0);
    for (std::uint32_t u = 0; u < groups; ++u)
      for (std::uint32_t sx = 0; sx < sexes; ++sx) got[std::size_t{u} * sexes + sx] = p[g.group_of(0, g.unit_key(u), 0, sx)].sum;
    if (g.size() != d.exact_sums.size() || checksum(got) != checksum(d.exact_sums)) {
      state.SkipWithError("wrong group sums");
      return;
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(aggregate(t, g, sum_rule{}, one));
  set_rows(state, t.size());
}

void BM_aggregate_dims_double(benchmark::State& state) {
  struct columns {
    std::vector<double> v;
    std::vector<std::uint32_t> unit, sex, age;
  };
  static const columns c = [] {
    columns x;
    const observation_table& t = dims_data().table;
    x.v.resize(t.size());
    for (std::size_t r = 0; r < t.size(); ++r) x.v[r] = static_cast<double>(t.value_column()[r]) / 100.0;
    x.unit.assign(t.unit_column().begin(), t.unit_column().end());
    x.sex.assign(t.dimension_column(0).begin(), t.dimension_column(0).end());
    x.age.assign(t.dimension_column(1).begin(), t.dimension_column(1).end());
    return x;
  }();
  const std::size_t spare = std::size_t{groups} * sexes;
  std::vector<double> sums(spare + 1);
  for (auto _ : state) {
    std::fill(sums.begin(), sums.end(), 0.0);
    const double* v = c.v.data();
    const std::uint32_t *u = c.unit.data(), *sx = c.sex.data(), *ag = c.age.data();
    for (std::size_t r = 0, n = c.v.size(); r < n; ++r) {
      const std::size_t k = ag[r] != 0 ? std::size_t{u[r]} * sexes + sx[r] : spare;
      sums[k] += v[r];
    }
    benchmark::DoNotOptimize(sums.data());
  }
  std::int64_t wrong = 0;
  const dims_dataset& d = dims_data();
  for (std::size_t k = 0; k < spare; ++k) {
    const auto cents = static_cast<long double>(sums[k]) * 100.0L;
    const auto rounded = static_cast<std::int64_t>(cents < 0 ? cents - 0.5L : cents + 0.5L);
    wrong += static_cast<int128>(rounded) != d.exact_sums[k];
  }
  state.counters["wrong_groups_%"] = 100.0 * static_cast<double>(wrong) / static_cast<double>(spare);
  set_rows(state, c.v.size());
}

// The machine's own ceiling for two threads: two one-thread queries at once, each over its own
// table of the first half of the rows (separate memory, nothing shared). 1 thread / this is
// what two cores give this query when the engine adds nothing of its own.
struct half_tables {
  observation_table a, b;
  std::vector<int128> exact_sums;  // of the first half of the rows, by a plain loop
};
const half_tables& halves() {
  static const std::unique_ptr<half_tables> h = [] {
    auto p = std::make_unique<half_tables>();
    const std::size_t n = row_count() / 2;
    load(p->a, n);
    load(p->b, n);
    p->exact_sums.assign(groups, 0);
    generator gen;
    for (std::size_t r = 0; r < n; ++r) {
      const auto [g, c] = gen.next();
      p->exact_sums[g] += c;
    }
    return p;
  }();
  return *h;
}

void BM_aggregate_full_exact_side_by_side(benchmark::State& state) {
  const half_tables& h = halves();
  const grouping ga = by_unit(h.a), gb = by_unit(h.b);
  const aggregate_options one{1, 1};
  for (const auto* t : {&h.a, &h.b}) {
    const grouping& g = t == &h.a ? ga : gb;
    const auto p = aggregate(*t, g, summary_rule{}, one);
    std::vector<int128> got(groups, 0);
    for (std::uint32_t u = 0; u < groups; ++u) got[u] = p[g.unit_key(u)].sum;
    if (checksum(got) != checksum(h.exact_sums)) {
      state.SkipWithError("wrong group sums");
      return;
    }
  }
  for (auto _ : state) {
    std::jthread other([&] { benchmark::DoNotOptimize(aggregate(h.b, gb, summary_rule{}, one)); });
    benchmark::DoNotOptimize(aggregate(h.a, ga, summary_rule{}, one));
  }
  set_rows(state, h.a.size() + h.b.size());
}

// Keys as strings: the query interns them (no pre-built dense ids).
struct string_keys {
  std::string chars;
  std::vector<std::uint32_t> offsets;
  std::vector<std::int64_t> values;
};
const string_keys& strings() {
  static const string_keys k = [] {
    string_keys s;
    const std::size_t n = row_count();
    s.offsets.reserve(n + 1);
    s.values.reserve(n);
    s.chars.reserve(n * 6);
    s.offsets.push_back(0);
    generator gen;
    char code[16];
    for (std::size_t r = 0; r < n; ++r) {
      const auto [g, c] = gen.next();
      std::snprintf(code, sizeof code, "G%05u", g);
      s.chars += code;
      s.offsets.push_back(static_cast<std::uint32_t>(s.chars.size()));
      s.values.push_back(c);
    }
    return s;
  }();
  return k;
}

void BM_aggregate_full_string_keys(benchmark::State& state) {
  const string_keys& k = strings();
  const auto run = [&] { return aggregate_codes(k.chars, k.offsets, k.values, 2, summary_rule{}); };
  {
    const auto r = run();
    std::vector<int128> got(groups, 0);
    char code[16];
    for (std::uint32_t g = 0; g < groups; ++g) {
      std::snprintf(code, sizeof code, "G%05u", g);
      const std::uint32_t id = r.codes.find(code);
      got[g] = id == dictionary::npos ? 0 : r.states[id].sum;  // a code of no row (few rows): sum 0, as the reference
    }
    if (checksum(got) != checksum(data().exact_sums)) {
      state.SkipWithError("wrong group sums");
      return;
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(run());
  set_rows(state, k.values.size());
}

void BM_table_load(benchmark::State& state) {
  const dataset& d = data();  // the first load, measured by RSS
  const std::size_t n = row_count();
  for (auto _ : state) {
    observation_table t;
    load(t, n);
    benchmark::DoNotOptimize(t.size());
  }
  set_rows(state, n);
  state.counters["bytes/obs"] = static_cast<double>(observation_table::bytes_per_observation);
  state.counters["bytes/dim"] = static_cast<double>(observation_table::bytes_per_dimension);
  state.counters["table_MB"] = static_cast<double>(d.table.memory_bytes()) / 1e6;
  state.counters["table_bytes/obs"] = static_cast<double>(d.table.memory_bytes()) / static_cast<double>(d.table.size());
  const observation_table& dims = dims_data().table;
  state.counters["dims_table_bytes/obs"] = static_cast<double>(dims.memory_bytes()) / static_cast<double>(dims.size());
  state.counters["peak_RSS_MB_after_load"] = static_cast<double>(d.rss_after_kb) / 1024.0;
  state.counters["peak_RSS_MB_before_load"] = static_cast<double>(d.rss_before_kb) / 1024.0;
}

void BM_table_load_dims(benchmark::State& state) {
  const std::size_t n = row_count();
  for (auto _ : state) {
    observation_table t;
    load_dims(t, n);
    benchmark::DoNotOptimize(t.size());
  }
  set_rows(state, n);
}

BENCHMARK(BM_table_load)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_table_load_dims)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_aggregate_gsum_exact)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_gsum_double)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_full_exact)->Arg(1)->ArgName("threads")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_full_exact)->Arg(2)->ArgName("threads")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_aggregate_full_exact_side_by_side)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_aggregate_full_double)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_full_string_keys)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_dims_exact)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_aggregate_dims_double)->Unit(benchmark::kMillisecond);

// --write_csv=PATH writes the rows as `g,v,sex,age` (v with 2 decimals; the members' codes)
// and exits, printing the total and, for the dimension query, each sex's total over the age
// groups (`dims_sum SEX total`).
int write_csv(const char* path) {
  std::FILE* f = std::fopen(path, "w");
  if (f == nullptr) return 1;
  std::fputs("g,v,sex,age\n", f);
  generator gen;
  int128 total = 0, by_sex[sexes] = {};
  for (std::size_t r = 0, n = row_count(); r < n; ++r) {
    const auto [g, c] = gen.next();
    const auto [sx, ag] = members_of(r);
    total += c;
    if (ag != 0) by_sex[sx] += c;
    const std::uint64_t m = c < 0 ? static_cast<std::uint64_t>(-c) : static_cast<std::uint64_t>(c);
    std::fprintf(f, "%u,%s%llu.%02llu,%s,%s\n", g, c < 0 ? "-" : "", static_cast<unsigned long long>(m / 100),
                 static_cast<unsigned long long>(m % 100), sex_codes[sx], age_codes[ag]);
  }
  std::fprintf(stderr, "total_sum %s\n", to_string(decimal::from_parts(total, 2)).c_str());
  for (std::uint32_t sx = 0; sx < sexes; ++sx)
    std::fprintf(stderr, "dims_sum %s %s\n", sex_codes[sx], to_string(decimal::from_parts(by_sex[sx], 2)).c_str());
  return std::fclose(f) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--write_csv=", 12) == 0) return write_csv(argv[i] + 12);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
