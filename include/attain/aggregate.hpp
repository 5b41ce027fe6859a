// attain/aggregate.hpp — aggregation rules, group-by, mergeable partial states.
//
// An aggregation rule is a policy struct (DuckDB's model): a small `state`, `init`, `step`
// (one observation), `merge` (two partial states), `finish` (the figure), a `name`, the
// `formula` it computes, and its class — distributive (sum, count, min, max: partial results
// combine directly), algebraic (mean, ratio, variance: a fixed-size state of distributive
// parts combines) or holistic (median: the state is the data). States accumulate exactly —
// integer coefficients in 128 bits — and are mergeable: partitions computed in different
// threads, or on different machines (serialize / deserialize), merge into the same exact
// answer as one sequential pass.
//
// GLOSSARY (users' words → ours)
//   tổng = sum; bình quân = mean; số xã đạt chuẩn = count_if (units meeting a standard);
//   tỷ lệ = share / ratio; bình quân gia quyền = weighted mean; trung vị = median;
//   độ lệch chuẩn = standard deviation; ước đạt = estimate (status).
//
// RULES (results in comments; values of one indicator at scale 2)
//   sum_rule{}            Σ x                     1.50, 2.25        → 3.75 (exact decimal)
//   count_rule{}          n                       1.50, 2.25        → 2
//   mean_rule{}           Σ x / n                 1, 2, 2           → 5/3 exactly; value(2, half_up) 1.67
//   min_rule{}, max_rule{}
//   first_rule{}, last_rule{}   value of the earliest / latest period (ties: the unit of
//                               lower / higher id); last-in-period = last_rule under a
//                               period filter; LAST's look-back: dhis2_aggregate
//   weighted_mean_rule{}  Σ x·w / Σ w             (pairs: x with the weight w of the same
//                                                  unit and period; aggregate_pairs)
//   ratio_of_sums_rule{}  Σ x / Σ y               (pairs)
//   mean_of_ratios_rule{} (Σ x/y) / n             (pairs; NOT the ratio of sums — see below)
//   count_if_rule{op, t}  #{x : x op t}           units meeting a standard: 10 of 16
//   share_rule{op, t}     #{x : x op t} / n       10/16 = 0.625 exactly
//   variance_rule{s, m}   Σ(x − x̄)² / (n − 1)     correctly rounded at scale s, mode m
//   standard_deviation_rule{s, m}  √variance      correctly rounded at scale s, mode m
//   median_rule{}         middle value (mean of the two middle values when n is even)
//   summary_rule{}        count, sum, min, max, mean together (one pass)
//
// RESULTS
//   An `aggregate_value` is an exact decimal (a sum), an exact quotient (a mean: 5/3), a
//   value correctly rounded at a scale the rule was given (a standard deviation), or "no
//   value" with a reason — attain's `why` (attain/no_value.hpp), the vocabulary of every
//   other figure: why::empty_group (never 0), why::zero_denominator, why::too_few_points
//   (fewer than two values for a variance). A quotient becomes a decimal only where the caller names the
//   scale and mode: value(2, rounding::half_up). Each result carries the status tally of
//   its inputs: an aggregate including estimated values is an estimate, and says how many.
//   A row with value_status::missing (M) never steps into a rule — it is not a 0 that
//   counts, and count and mean leave it out — but it is tallied, so an aggregate with a
//   missing input says so: 10 (A) and a missing row sum to 10 with status() missing; a
//   group whose only inputs are missing has no value, why::missing_value.
//
// GROUPING (see `grouping`)
//   grouping g(table);
//   g.by_indicator().by_level(h, 1).by_period(period_kind::year)   // district × year
//    .periods_within({first, last}).within(h, "P01").statuses({value_status::normal});
//   auto sums = aggregate(table, g, sum_rule{});            // multi-threaded by default
//   sums.value(g.group_of(ind, district_key, year_key))     // the figure of one group
//
// STRING KEYS (no pre-built ids: the query interns them; see aggregate_codes)
//   auto r = aggregate_codes(chars, offsets, coefficients, 2, summary_rule{});
//   r.states.value(r.codes.find("D01")).sum                 // that code's exact sum
//
// SPEED
//   When a query reads 64-bit coefficients at the group's scale (one scale, no wide values,
//   no statuses to count), sum, count, mean, min, max and summary run a `kernel`: 64-bit
//   minima, maxima and sums whose rare wrap is carried exactly into 128 bits (never
//   checked per row, never lost), one tight loop over the columns with dense group ids.
//   Threads fill partials of their own over row partitions, merged at the end.
//
// ERRORS
//   A sum beyond 38 digits throws attain::overflow_error (never wraps); so does a variance
//   whose sum of squares passes 256 bits. A query of 2^30 groups or more throws
//   attain::domain_error (invalid_argument) before allocating them. Merging partial states
//   of different shapes, or reading a serialized state of another rule or version, or with a
//   scale outside 0…38 or an integer its field cannot hold, throws attain::domain_error
//   (invalid_argument). docs/explanation/limits.md lists every limit.
//
// CASE STUDY: ratio of sums vs mean of ratios
//   Commune A: 9 of 10 households have clean water (90 %); commune B: 1 of 90 (1.1 %). The
//   district's share is the ratio of sums, (9 + 1) / (10 + 90) = 10 / 100 = 10 %: every
//   household counts once. The mean of ratios, (9/10 + 1/90) / 2 = 41/90 ≈ 45.6 %, counts
//   the 10 households of A as much as the 90 of B — and would change if A were split in
//   two. Statistical offices (and DHIS2) aggregate ratios as ratios of sums; attain offers
//   mean_of_ratios_rule only under its own name, for the rare question it answers ("the
//   typical commune's share").
#ifndef ATTAIN_AGGREGATE_HPP
#define ATTAIN_AGGREGATE_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/hierarchy.hpp"
#include "attain/no_value.hpp"
#include "attain/rounding.hpp"
#include "attain/table.hpp"

namespace attain {

// ---------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------

enum class rule_class : std::uint8_t { distributive, algebraic, holistic };
constexpr std::string_view to_string(rule_class c) noexcept {
  switch (c) {
    case rule_class::distributive: return "distributive";
    case rule_class::algebraic: return "algebraic";
    case rule_class::holistic: return "holistic";
  }
  return "?";
}

// How many inputs of a group had each status that is not `normal`.
struct status_tally {
  std::array<std::uint64_t, value_status_count> count{};

  std::uint64_t of(value_status s) const noexcept { return count[static_cast<std::size_t>(s)]; }
  // The least final status present: an aggregate with one estimate is an estimate.
  value_status status() const noexcept {
    for (std::size_t i = value_status_count; i-- > 1;)
      if (count[i] != 0) return static_cast<value_status>(i);
    return value_status::normal;
  }
  status_tally& operator+=(const status_tally& o) noexcept {
    for (std::size_t i = 0; i < value_status_count; ++i) count[i] += o.count[i];
    return *this;
  }
  friend bool operator==(const status_tally&, const status_tally&) = default;
};

// An aggregate's figure: an exact decimal, an exact quotient, a value correctly rounded at a
// named scale (irrational results), or no value with a reason.
class ATTAIN_API aggregate_value {
 public:
  // An exact decimal (a sum, a count, a minimum).
  static aggregate_value exact(const decimal& v) noexcept {
    aggregate_value r;
    r.numerator_ = v;
    r.kind_ = kind::decimal;
    return r;
  }
  // numerator / denominator, exactly; denominator 0 gives no value (zero_denominator).
  static aggregate_value quotient(const decimal& numerator, const decimal& denominator) noexcept {
    if (denominator == decimal{}) return none(why::zero_denominator);
    aggregate_value r;
    r.numerator_ = numerator;
    r.denominator_ = denominator;
    r.kind_ = kind::quotient;
    return r;
  }
  // A value already correctly rounded (at its scale) from an irrational or too-wide exact result.
  static aggregate_value rounded(const decimal& v) noexcept {
    aggregate_value r = exact(v);
    r.kind_ = kind::rounded;
    return r;
  }
  // No value, for `reason` (attain/no_value.hpp): why::empty_group, why::zero_denominator,
  // why::too_few_points (a sample variance of fewer than two values).
  static aggregate_value none(why reason) noexcept {
    aggregate_value r;
    r.reason_ = reason;
    return r;
  }

  bool has_value() const noexcept { return kind_ != kind::none; }
  explicit operator bool() const noexcept { return has_value(); }
  // Why there is no value (only asked of a figure without one).
  why reason() const noexcept {
    ATTAIN_EXPECTS(!has_value());
    return reason_;
  }
  no_value error() const noexcept { return no_value{reason()}; }
  // Whether the figure is exact (a decimal or a quotient), not rounded.
  bool is_exact() const noexcept { return has_value() && kind_ != kind::rounded; }
  bool is_quotient() const noexcept { return has_value() && kind_ == kind::quotient; }
  const decimal& numerator() const noexcept { return numerator_; }
  const decimal& denominator() const noexcept { return denominator_; }

  // The exact decimal. A quotient that is not a finite decimal of ≤ 38 digits (5/3), or no
  // value, throws domain_error: name a scale and mode instead.
  decimal value() const {
    if (!has_value()) detail::raise_domain(errc::invalid_argument, to_string(no_value{reason_}));
    if (kind_ != kind::quotient) return numerator_;
    return exact_quotient();
  }
  // The figure at `scale` decimals, correctly rounded in `mode` (once). A rounded figure can
  // only be asked at its own scale or a larger one (no double rounding).
  decimal value(int scale, rounding mode) const {
    if (!has_value()) detail::raise_domain(errc::invalid_argument, to_string(no_value{reason_}));
    if (kind_ == kind::quotient) return divide(numerator_, denominator_, scale, mode);
    if (kind_ == kind::rounded && scale < numerator_.scale())
      detail::raise_domain(errc::inexact, "a figure rounded at scale " + std::to_string(numerator_.scale()) +
                                              " cannot be rounded again at scale " + std::to_string(scale));
    return round(numerator_, scale, mode);
  }

  const status_tally& statuses() const noexcept { return statuses_; }
  value_status status() const noexcept { return statuses_.status(); }
  void set_statuses(const status_tally& t) noexcept { statuses_ = t; }

  // Equal figures: same presence, reason, kind and exact value (5/3 == 10/6).
  friend bool operator==(const aggregate_value& a, const aggregate_value& b) {
    if (a.has_value() != b.has_value()) return false;
    if (!a.has_value()) return a.reason_ == b.reason_;
    if ((a.kind_ == kind::rounded) != (b.kind_ == kind::rounded)) return false;
    return same_quotient(a.numerator_, a.denominator_, b.numerator_, b.denominator_);
  }

 private:
  enum class kind : std::uint8_t { none, decimal, quotient, rounded };
  decimal exact_quotient() const;  // src/aggregate.cpp
  // a/b == c/d, in as many digits as it takes (src/aggregate.cpp).
  static bool same_quotient(const decimal& a, const decimal& b, const decimal& c, const decimal& d);
  decimal numerator_{};
  decimal denominator_{1};
  kind kind_ = kind::none;
  why reason_ = why::empty_group;
  status_tally statuses_{};
};

// ---------------------------------------------------------------------------------------
// What a rule sees
// ---------------------------------------------------------------------------------------

// One observation as a rule's step sees it: the coefficient at the group's scale, the
// period's days, the unit, and — for pair rules — the partner value (weight or denominator)
// at its own indicator's scale.
struct observation_ref {
  int128 value;
  std::int32_t first_day;
  std::int32_t last_day;
  std::uint32_t unit;
  int128 partner;
};

// The scales a rule's finish needs: of the values, and of the partner values (pair rules).
struct finish_context {
  int scale = 0;
  int partner_scale = 0;
};

namespace detail {

// Checked 128-bit accumulation: the only way a sum can fail, reported, never wrapped.
ATTAIN_COLD [[noreturn]] inline void raise_sum_overflow() {
  raise_overflow("aggregate sum does not fit 38 digits");
}
inline void add_checked(int128& acc, int128 x) {
  if (ATTAIN_UNLIKELY(__builtin_add_overflow(acc, x, &acc) || acc == -int128_max - 1)) raise_sum_overflow();
}

// KERNELS. A rule's `kernel` is its step on 64-bit coefficients (the engine's fast path,
// taken when a query reads int64 columns at the group's scale): a compact state — 64-bit
// sums, minima and maxima — and `widen` to the rule's exact state at the end. A 64-bit sum
// that would wrap hands a carry of ±2^64 to the engine (`carry(±1)`, kept outside the hot
// state), so the widened sum is exact: never wrapped, never checked per row.
template <class Carry>
inline void add_carrying(std::int64_t& sum, std::int64_t v, const Carry& carry) {
  if (ATTAIN_UNLIKELY(__builtin_add_overflow(sum, v, &sum))) carry(v < 0 ? -1 : 1);
}
// sum + carries · 2^64. |carries| ≤ rows / 2 + 1 ≤ 2^62, so this never leaves 127 bits.
constexpr int128 with_carry(std::int64_t sum, std::int64_t carries) noexcept {
  return static_cast<int128>(sum) + static_cast<int128>(carries) * (static_cast<int128>(1) << 64);
}
struct ignore_carry {
  void operator()(int) const noexcept {}
};

// An unsigned 256-bit accumulator (sums of squares of 128-bit values). A square is below
// 2^254, so only the sums can leave 256 bits (16 values of 2^126 already do): that throws
// overflow_error, never wraps.
struct u256 {
  uint128 lo = 0, hi = 0;
  void add_square(int128 x) {
    const uint128 m = magnitude(x);
    const auto a0 = static_cast<std::uint64_t>(m), a1 = static_cast<std::uint64_t>(m >> 64);
    const uint128 p00 = static_cast<uint128>(a0) * a0, p01 = static_cast<uint128>(a0) * a1,
                  p11 = static_cast<uint128>(a1) * a1;
    // m² = p11·2^128 + 2·p01·2^64 + p00
    uint128 l = p00, h = p11;
    const uint128 mid_lo = p01 << 65, mid_hi = p01 >> 63;
    l += mid_lo;
    h += mid_hi + (l < mid_lo);
    add(l, h);
  }
  void add(uint128 l, uint128 h) {
    lo += l;
    const auto carry = static_cast<uint128>(lo < l);
    if (ATTAIN_UNLIKELY(__builtin_add_overflow(hi, h, &hi) || __builtin_add_overflow(hi, carry, &hi)))
      raise_overflow("variance: sum of squares beyond 256 bits");
  }
  friend bool operator==(const u256&, const u256&) = default;
};

}  // namespace detail

namespace out_of_line {
// Finishers of the algebraic rules that need more than 128 bits (src/aggregate.cpp).
ATTAIN_API aggregate_value variance_value(std::uint64_t n, int128 sum, const detail::u256& sum_squares,
                                          int scale_of_values, int scale, rounding mode, bool square_root);
ATTAIN_API decimal exact_quotient(const decimal& numerator, const decimal& denominator);  // throws inexact
}  // namespace out_of_line

namespace detail {
using out_of_line::exact_quotient;
using out_of_line::variance_value;
// x / y summed over pairs as one exact quotient: Σ (x_i / y_i) kept as a reduced fraction.
struct fraction_sum;  // opaque: mean_of_ratios keeps its sum as numerator/denominator in cpp_int

// A serialization archive: a writer appends little-endian bytes, a reader consumes them.
class byte_writer {
 public:
  explicit byte_writer(std::vector<std::byte>& out) : out_(out) {}
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_same_v<T, int128> || std::is_same_v<T, uint128>) {
      const auto u = static_cast<uint128>(v);
      put64(static_cast<std::uint64_t>(u));
      put64(static_cast<std::uint64_t>(u >> 64));
    } else if constexpr (std::is_same_v<T, bool>) {
      out_.push_back(static_cast<std::byte>(v ? 1 : 0));
    } else if constexpr (std::is_enum_v<T>) {
      put64(static_cast<std::uint64_t>(v));
    } else if constexpr (std::is_integral_v<T>) {
      put64(static_cast<std::uint64_t>(v));
    } else if constexpr (std::is_same_v<T, u256>) {
      (*this)(v.lo);
      (*this)(v.hi);
    } else if constexpr (std::is_same_v<T, decimal>) {
      (*this)(v.coefficient());
      (*this)(static_cast<std::int64_t>(v.scale()));
    } else {  // a vector
      put64(v.size());
      for (const auto& e : v) (*this)(e);
    }
  }
  void put64(std::uint64_t x) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<std::byte>((x >> (8 * i)) & 0xFF));
  }
  void put_bytes(std::string_view s) {
    put64(s.size());
    for (const char c : s) out_.push_back(static_cast<std::byte>(c));
  }

 private:
  std::vector<std::byte>& out_;
};

}  // namespace detail

namespace out_of_line {
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_bad_state(const char* what);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise_bad_state;

class byte_reader {
 public:
  explicit byte_reader(std::span<const std::byte> in) : in_(in) {}
  template <class T>
  void operator()(T& v) {
    if constexpr (std::is_same_v<T, int128> || std::is_same_v<T, uint128>) {
      const std::uint64_t lo = get64();
      const std::uint64_t hi = get64();
      v = static_cast<T>((static_cast<uint128>(hi) << 64) | lo);
    } else if constexpr (std::is_same_v<T, bool>) {
      v = get_byte() != 0;
    } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
      // Written as 64 bits (signed values sign-extended); a value its type cannot hold is
      // corrupt data, never truncated.
      using I = typename std::conditional_t<std::is_enum_v<T>, std::underlying_type<T>, std::type_identity<T>>::type;
      const std::uint64_t x = get64();
      if constexpr (std::is_signed_v<I>) {
        const auto y = static_cast<std::int64_t>(x);
        if (y < std::numeric_limits<I>::min() || y > std::numeric_limits<I>::max()) raise_bad_state("integer out of range");
      } else {
        if (x > std::numeric_limits<I>::max()) raise_bad_state("integer out of range");
      }
      v = static_cast<T>(x);
    } else if constexpr (std::is_same_v<T, u256>) {
      (*this)(v.lo);
      (*this)(v.hi);
    } else if constexpr (std::is_same_v<T, decimal>) {
      int128 c;
      std::int64_t s;
      (*this)(c);
      (*this)(s);
      if (s < 0 || s > decimal::max_scale) raise_bad_state("scale out of range");
      v = decimal::from_parts(c, static_cast<int>(s));
    } else {
      const std::uint64_t n = get64();
      if (n > in_.size() - pos_) raise_bad_state("truncated");
      v.resize(static_cast<std::size_t>(n));
      for (auto& e : v) (*this)(e);
    }
  }
  std::uint64_t get64() {
    if (in_.size() - pos_ < 8) raise_bad_state("truncated");
    std::uint64_t x = 0;
    for (int i = 0; i < 8; ++i) x |= static_cast<std::uint64_t>(in_[pos_ + static_cast<std::size_t>(i)]) << (8 * i);
    pos_ += 8;
    return x;
  }
  std::uint8_t get_byte() {
    if (pos_ >= in_.size()) raise_bad_state("truncated");
    return static_cast<std::uint8_t>(in_[pos_++]);
  }
  std::string get_bytes() {
    const std::uint64_t n = get64();
    if (n > in_.size() - pos_) raise_bad_state("truncated");
    std::string s(static_cast<std::size_t>(n), '\0');
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>(in_[pos_ + i]);
    pos_ += s.size();
    return s;
  }
  bool done() const noexcept { return pos_ == in_.size(); }

 private:
  std::span<const std::byte> in_;
  std::size_t pos_ = 0;
};

inline decimal at_scale(int128 coefficient, int scale) noexcept { return decimal::from_parts(coefficient, scale); }

}  // namespace detail

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

// Σ x. Distributive. An empty group has no value (not 0).
struct sum_rule {
  static constexpr std::string_view name = "sum";
  static constexpr std::string_view formula = "sum = Σ x";
  static constexpr rule_class kind = rule_class::distributive;
  struct state {
    int128 sum = 0;
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const {
    detail::add_checked(s.sum, o.value);
    ++s.n;
  }
  void merge(state& s, const state& o) const {
    detail::add_checked(s.sum, o.sum);
    s.n += o.n;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    return s.n == 0 ? aggregate_value::none(why::empty_group)
                    : aggregate_value::exact(detail::at_scale(s.sum, c.scale));
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.sum); a(s.n); }
  struct kernel {
    struct uncounted {
      std::int64_t sum = 0;
    };
    struct state : uncounted {
      std::uint64_t n = 0;
    };
    template <class Carry>
    static void step_uncounted(uncounted& s, std::int64_t v, const Carry& carry) noexcept {
      detail::add_carrying(s.sum, v, carry);
    }
    template <class Carry>
    static void step(state& s, std::int64_t v, const Carry& carry) noexcept {
      step_uncounted(s, v, carry);
      ++s.n;
    }
    static sum_rule::state widen(const state& s, std::int64_t carries) noexcept {
      return {detail::with_carry(s.sum, carries), s.n};
    }
  };
};

// n, the number of observations. Distributive. An empty group counts 0 (a count has a value).
struct count_rule {
  static constexpr std::string_view name = "count";
  static constexpr std::string_view formula = "count = n";
  static constexpr rule_class kind = rule_class::distributive;
  struct state {
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref&) const noexcept { ++s.n; }
  void merge(state& s, const state& o) const noexcept { s.n += o.n; }
  aggregate_value finish(const state& s, const finish_context&) const { return aggregate_value::exact(decimal{s.n}); }
  template <class A>
  void visit(A& a, state& s) const { a(s.n); }
  struct kernel {
    struct uncounted {};
    struct state : uncounted {
      std::uint64_t n = 0;
    };
    template <class Carry>
    static void step_uncounted(uncounted&, std::int64_t, const Carry&) noexcept {}
    template <class Carry>
    static void step(state& s, std::int64_t, const Carry&) noexcept { ++s.n; }
    static count_rule::state widen(const state& s, std::int64_t) noexcept { return {s.n}; }
  };
};

// Σ x / n, exactly (a quotient). Algebraic: (sum, n).
struct mean_rule {
  static constexpr std::string_view name = "mean";
  static constexpr std::string_view formula = "mean = Σ x / n";
  static constexpr rule_class kind = rule_class::algebraic;
  using state = sum_rule::state;
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const { sum_rule{}.step(s, o); }
  void merge(state& s, const state& o) const { sum_rule{}.merge(s, o); }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    return aggregate_value::quotient(detail::at_scale(s.sum, c.scale), decimal{s.n});
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.sum); a(s.n); }
  using kernel = sum_rule::kernel;
};

namespace detail {
struct extreme_state {
  int128 value = 0;
  bool has = false;
  friend bool operator==(const extreme_state&, const extreme_state&) = default;
};
// min (Less = true) or max over 64-bit values: branch-free select, a flag for "some value".
template <bool Less>
struct extreme_kernel {
  struct state {
    std::int64_t value = Less ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    std::int64_t has = 0;
  };
  template <class Carry>
  static void step(state& s, std::int64_t v, const Carry&) noexcept {
    s.value = (Less ? v < s.value : v > s.value) ? v : s.value;
    s.has = 1;
  }
  static extreme_state widen(const state& s, std::int64_t) noexcept {
    return s.has != 0 ? extreme_state{s.value, true} : extreme_state{};
  }
};
}  // namespace detail

// min x. Distributive.
struct min_rule {
  static constexpr std::string_view name = "min";
  static constexpr std::string_view formula = "min = min x";
  static constexpr rule_class kind = rule_class::distributive;
  using state = detail::extreme_state;
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const noexcept {
    s.value = (!s.has || o.value < s.value) ? o.value : s.value;
    s.has = true;
  }
  void merge(state& s, const state& o) const noexcept {
    if (o.has && (!s.has || o.value < s.value)) s = o;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    return s.has ? aggregate_value::exact(detail::at_scale(s.value, c.scale)) : aggregate_value::none(why::empty_group);
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.value); a(s.has); }
  using kernel = detail::extreme_kernel<true>;
};

// max x. Distributive.
struct max_rule {
  static constexpr std::string_view name = "max";
  static constexpr std::string_view formula = "max = max x";
  static constexpr rule_class kind = rule_class::distributive;
  using state = detail::extreme_state;
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const noexcept {
    s.value = (!s.has || o.value > s.value) ? o.value : s.value;
    s.has = true;
  }
  void merge(state& s, const state& o) const noexcept {
    if (o.has && (!s.has || o.value > s.value)) s = o;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    return s.has ? aggregate_value::exact(detail::at_scale(s.value, c.scale)) : aggregate_value::none(why::empty_group);
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.value); a(s.has); }
  using kernel = detail::extreme_kernel<false>;
};

namespace detail {
// The observation at an end of time: by day, then unit id, then value (a total order, so
// merging in any order gives the same answer).
struct timed_state {
  int128 value = 0;
  std::int32_t day = 0;
  std::uint32_t unit = 0;
  bool has = false;
  friend bool operator==(const timed_state&, const timed_state&) = default;
};
inline bool later(std::int32_t d1, std::uint32_t u1, int128 v1, const timed_state& s) noexcept {
  if (d1 != s.day) return d1 > s.day;
  if (u1 != s.unit) return u1 > s.unit;
  return v1 > s.value;
}
}  // namespace detail

// The value of the latest period (by last day); ties between units: the higher unit id.
// Distributive. DHIS2's LAST over periods; LAST_IN_PERIOD is this rule under a period
// filter; LAST's 10-year look-back is dhis2_aggregate's job.
struct last_rule {
  static constexpr std::string_view name = "last";
  static constexpr std::string_view formula = "last = x at max(period end)";
  static constexpr rule_class kind = rule_class::distributive;
  using state = detail::timed_state;
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const noexcept {
    if (!s.has || detail::later(o.last_day, o.unit, o.value, s)) s = {o.value, o.last_day, o.unit, true};
  }
  void merge(state& s, const state& o) const noexcept {
    if (o.has && (!s.has || detail::later(o.day, o.unit, o.value, s))) s = o;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    return s.has ? aggregate_value::exact(detail::at_scale(s.value, c.scale)) : aggregate_value::none(why::empty_group);
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.value); a(s.day); a(s.unit); a(s.has); }
};

// The value of the earliest period (by first day); ties: the lower unit id. Distributive.
struct first_rule {
  static constexpr std::string_view name = "first";
  static constexpr std::string_view formula = "first = x at min(period start)";
  static constexpr rule_class kind = rule_class::distributive;
  using state = detail::timed_state;
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  static bool earlier(std::int32_t d, std::uint32_t u, int128 v, const state& s) noexcept {
    if (d != s.day) return d < s.day;
    if (u != s.unit) return u < s.unit;
    return v < s.value;
  }
  void step(state& s, const observation_ref& o) const noexcept {
    if (!s.has || earlier(o.first_day, o.unit, o.value, s)) s = {o.value, o.first_day, o.unit, true};
  }
  void merge(state& s, const state& o) const noexcept {
    if (o.has && (!s.has || earlier(o.day, o.unit, o.value, s))) s = o;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    return s.has ? aggregate_value::exact(detail::at_scale(s.value, c.scale)) : aggregate_value::none(why::empty_group);
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.value); a(s.day); a(s.unit); a(s.has); }
};

// Comparison of a value with a standard.
enum class compare_op : std::uint8_t { less, less_equal, equal, greater_equal, greater };

namespace detail {
// A threshold aligned to a column scale: compare x·xf with t (both at max(scale, t.scale)).
struct aligned_threshold {
  compare_op op = compare_op::greater_equal;
  int128 t = 0;
  int128 xf = 1;
  bool test(int128 x) const noexcept {
    int128 v;
    if (__builtin_mul_overflow(x, xf, &v)) {  // |x·xf| beyond 2^127: its sign decides
      return x > 0 ? (op == compare_op::greater || op == compare_op::greater_equal)
                   : (op == compare_op::less || op == compare_op::less_equal);
    }
    switch (op) {
      case compare_op::less: return v < t;
      case compare_op::less_equal: return v <= t;
      case compare_op::equal: return v == t;
      case compare_op::greater_equal: return v >= t;
      case compare_op::greater: return v > t;
    }
    return false;
  }
};
}  // namespace detail

namespace out_of_line {
ATTAIN_API detail::aligned_threshold align_threshold(compare_op op, const decimal& t, int scale);  // src/aggregate.cpp
}  // namespace out_of_line

namespace detail {
using out_of_line::align_threshold;
}  // namespace detail

// #{x : x op standard} — the units meeting a standard ("10 of 16 communes"). Distributive.
struct count_if_rule {
  static constexpr std::string_view name = "count_if";
  static constexpr std::string_view formula = "count_if = #{x : x op t}";
  static constexpr rule_class kind = rule_class::distributive;
  compare_op op = compare_op::greater_equal;
  decimal standard{};
  detail::aligned_threshold bound{};
  struct state {
    std::uint64_t hits = 0;
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  count_if_rule() = default;
  count_if_rule(compare_op o, const decimal& t) : op(o), standard(t) {}
  // The engine calls bind with the column's scale before stepping.
  count_if_rule bind(int scale) const {
    count_if_rule r = *this;
    r.bound = detail::align_threshold(op, standard, scale);
    return r;
  }
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const noexcept {
    s.hits += bound.test(o.value);
    ++s.n;
  }
  void merge(state& s, const state& o) const noexcept {
    s.hits += o.hits;
    s.n += o.n;
  }
  aggregate_value finish(const state& s, const finish_context&) const { return aggregate_value::exact(decimal{s.hits}); }
  template <class A>
  void visit(A& a, state& s) const { a(s.hits); a(s.n); }
};

// #{x : x op standard} / n: 10/16 exactly. Algebraic.
struct share_rule : count_if_rule {
  static constexpr std::string_view name = "share";
  static constexpr std::string_view formula = "share = #{x : x op t} / n";
  static constexpr rule_class kind = rule_class::algebraic;
  using count_if_rule::count_if_rule;
  share_rule bind(int scale) const {
    share_rule r = *this;
    r.bound = detail::align_threshold(op, standard, scale);
    return r;
  }
  aggregate_value finish(const state& s, const finish_context&) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    return aggregate_value::quotient(decimal{s.hits}, decimal{s.n});
  }
};

// Sample variance Σ(x − x̄)²/(n − 1) = (nΣx² − (Σx)²) / (n(n − 1)), correctly rounded at
// `scale` in `mode`. Algebraic: (n, Σx, Σx²) with Σx² in 256 bits.
struct variance_rule {
  static constexpr std::string_view name = "variance";
  static constexpr std::string_view formula = "variance = (n Σx² − (Σx)²) / (n (n − 1))";
  static constexpr rule_class kind = rule_class::algebraic;
  int scale = 6;
  rounding mode = rounding::half_even;
  struct state {
    std::uint64_t n = 0;
    int128 sum = 0;
    detail::u256 squares{};
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const {
    ++s.n;
    detail::add_checked(s.sum, o.value);
    s.squares.add_square(o.value);
  }
  void merge(state& s, const state& o) const {
    s.n += o.n;
    detail::add_checked(s.sum, o.sum);
    s.squares.add(o.squares.lo, o.squares.hi);
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    return detail::variance_value(s.n, s.sum, s.squares, c.scale, scale, mode, false);
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.n); a(s.sum); a(s.squares); }
};

// √(sample variance), correctly rounded at `scale` in `mode`. Algebraic.
struct standard_deviation_rule : variance_rule {
  static constexpr std::string_view name = "standard_deviation";
  static constexpr std::string_view formula = "stddev = √((n Σx² − (Σx)²) / (n (n − 1)))";
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    return detail::variance_value(s.n, s.sum, s.squares, c.scale, scale, mode, true);
  }
};

// The middle value; with n even, the mean of the two middle values (exact: one more
// decimal at most). Holistic: the state keeps every value.
struct median_rule {
  static constexpr std::string_view name = "median";
  static constexpr std::string_view formula = "median = x_(n+1)/2 (n odd), (x_n/2 + x_n/2+1) / 2 (n even)";
  static constexpr rule_class kind = rule_class::holistic;
  struct state {
    std::vector<int128> values;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const { s.values.clear(); }
  void step(state& s, const observation_ref& o) const { s.values.push_back(o.value); }
  void merge(state& s, const state& o) const { s.values.insert(s.values.end(), o.values.begin(), o.values.end()); }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.values.empty()) return aggregate_value::none(why::empty_group);
    std::vector<int128> v = s.values;
    const std::size_t n = v.size(), mid = n / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const int128 hi = v[mid];
    if (n % 2 == 1) return aggregate_value::exact(detail::at_scale(hi, c.scale));
    const int128 lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return aggregate_value::quotient(detail::at_scale(lo, c.scale) + detail::at_scale(hi, c.scale), decimal{2});
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.values); }
};

// Pair rules: each observation x comes with its partner y (the weight, or the denominator)
// of the same unit and period; see aggregate_pairs.

// Σ x·w / Σ w: per-capita income weighted by population. Algebraic.
struct weighted_mean_rule {
  static constexpr std::string_view name = "weighted_mean";
  static constexpr std::string_view formula = "weighted_mean = Σ x·w / Σ w";
  static constexpr rule_class kind = rule_class::algebraic;
  static constexpr bool pairs = true;
  struct state {
    int128 products = 0;
    int128 weights = 0;
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const {
    int128 p;
    if (__builtin_mul_overflow(o.value, o.partner, &p)) detail::raise_sum_overflow();
    detail::add_checked(s.products, p);
    detail::add_checked(s.weights, o.partner);
    ++s.n;
  }
  void merge(state& s, const state& o) const {
    detail::add_checked(s.products, o.products);
    detail::add_checked(s.weights, o.weights);
    s.n += o.n;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    if (c.scale + c.partner_scale > decimal::max_scale) detail::raise_overflow("weighted mean: scale beyond 38");
    return aggregate_value::quotient(detail::at_scale(s.products, c.scale + c.partner_scale),
                                     detail::at_scale(s.weights, c.partner_scale));
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.products); a(s.weights); a(s.n); }
};

// Σ x / Σ y over pairs: the district's share is the ratio of its sums. Algebraic.
struct ratio_of_sums_rule {
  static constexpr std::string_view name = "ratio_of_sums";
  static constexpr std::string_view formula = "ratio_of_sums = Σ x / Σ y";
  static constexpr rule_class kind = rule_class::algebraic;
  static constexpr bool pairs = true;
  struct state {
    int128 x = 0;
    int128 y = 0;
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const {
    detail::add_checked(s.x, o.value);
    detail::add_checked(s.y, o.partner);
    ++s.n;
  }
  void merge(state& s, const state& o) const {
    detail::add_checked(s.x, o.x);
    detail::add_checked(s.y, o.y);
    s.n += o.n;
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    return aggregate_value::quotient(detail::at_scale(s.x, c.scale), detail::at_scale(s.y, c.partner_scale));
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.x); a(s.y); a(s.n); }
};

// (Σ x/y) / n over pairs: the mean of per-unit ratios — NOT the ratio of sums (see the case
// study above). Algebraic, exact: the state keeps Σ x/y as a fraction p/q in 128 bits,
// reduced at each step; a fraction beyond 128 bits throws overflow_error.
struct mean_of_ratios_rule {
  static constexpr std::string_view name = "mean_of_ratios";
  static constexpr std::string_view formula = "mean_of_ratios = (Σ x/y) / n";
  static constexpr rule_class kind = rule_class::algebraic;
  static constexpr bool pairs = true;
  struct state {
    int128 p = 0;  // Σ x/y = p / q (coefficients: x/y scaled by 10^(sy − sx))
    int128 q = 1;
    std::uint64_t n = 0;
    std::uint64_t zero_denominators = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = aggregate_value;
  void init(state& s) const noexcept { s = state{}; }
  static int128 gcd(int128 a, int128 b) noexcept {
    uint128 x = detail::magnitude(a), y = detail::magnitude(b);
    while (y != 0) {
      const uint128 t = x % y;
      x = y;
      y = t;
    }
    return static_cast<int128>(x);
  }
  static void add_fraction(state& s, int128 p, int128 q) {
    if (q < 0) {
      p = -p;
      q = -q;
    }
    const int128 g = gcd(s.q, q);
    const int128 qg = q / g;
    int128 a, b, num, den;
    if (__builtin_mul_overflow(s.p, qg, &a) || __builtin_mul_overflow(p, s.q / g, &b) ||
        __builtin_add_overflow(a, b, &num) || __builtin_mul_overflow(s.q, qg, &den))
      detail::raise_overflow("mean of ratios: fraction beyond 38 digits");
    const int128 h = gcd(num, den);
    s.p = h == 0 ? 0 : num / h;
    s.q = h == 0 ? 1 : den / h;
  }
  void step(state& s, const observation_ref& o) const {
    ++s.n;
    if (o.partner == 0) {
      ++s.zero_denominators;
      return;
    }
    add_fraction(s, o.value, o.partner);
  }
  void merge(state& s, const state& o) const {
    s.n += o.n;
    s.zero_denominators += o.zero_denominators;
    add_fraction(s, o.p, o.q);
  }
  aggregate_value finish(const state& s, const finish_context& c) const {
    if (s.n == 0) return aggregate_value::none(why::empty_group);
    if (s.zero_denominators != 0) return aggregate_value::none(why::zero_denominator);
    // Σ x/y in values = (p/q)·10^(sy − sx); mean = that / n.
    int128 den;
    if (__builtin_mul_overflow(s.q, static_cast<int128>(s.n), &den)) detail::raise_overflow("mean of ratios: n·q beyond 38 digits");
    if (c.scale >= c.partner_scale)
      return aggregate_value::quotient(detail::at_scale(s.p, c.scale - c.partner_scale), decimal{den});
    return aggregate_value::quotient(decimal{s.p}, detail::at_scale(den, c.partner_scale - c.scale));
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.p); a(s.q); a(s.n); a(s.zero_denominators); }
};

// count, sum, min, max and mean in one pass (the benchmark's query).
struct summary_value {
  aggregate_value count, sum, min, max, mean;
  void set_statuses(const status_tally& t) noexcept {
    for (aggregate_value* v : {&count, &sum, &min, &max, &mean}) v->set_statuses(t);
  }
  friend bool operator==(const summary_value&, const summary_value&) = default;
};
struct summary_rule {
  static constexpr std::string_view name = "summary";
  static constexpr std::string_view formula = "count = n; sum = Σ x; min; max; mean = Σ x / n";
  static constexpr rule_class kind = rule_class::algebraic;
  struct state {
    int128 sum = 0;
    int128 min = std::numeric_limits<std::int64_t>::max();
    int128 max = std::numeric_limits<std::int64_t>::min();
    std::uint64_t n = 0;
    friend bool operator==(const state&, const state&) = default;
  };
  using result_type = summary_value;
  void init(state& s) const noexcept { s = state{}; }
  void step(state& s, const observation_ref& o) const {
    detail::add_checked(s.sum, o.value);
    s.min = o.value < s.min ? o.value : s.min;
    s.max = o.value > s.max ? o.value : s.max;
    ++s.n;
  }
  void merge(state& s, const state& o) const {
    if (o.n == 0) return;
    if (s.n == 0) {
      s = o;
      return;
    }
    detail::add_checked(s.sum, o.sum);
    s.min = std::min(s.min, o.min);
    s.max = std::max(s.max, o.max);
    s.n += o.n;
  }
  summary_value finish(const state& s, const finish_context& c) const {
    summary_value r;
    r.count = aggregate_value::exact(decimal{s.n});
    if (s.n == 0) {
      r.sum = r.min = r.max = r.mean = aggregate_value::none(why::empty_group);
      return r;
    }
    r.sum = aggregate_value::exact(detail::at_scale(s.sum, c.scale));
    r.min = aggregate_value::exact(detail::at_scale(s.min, c.scale));
    r.max = aggregate_value::exact(detail::at_scale(s.max, c.scale));
    r.mean = aggregate_value::quotient(detail::at_scale(s.sum, c.scale), decimal{s.n});
    return r;
  }
  template <class A>
  void visit(A& a, state& s) const { a(s.sum); a(s.min); a(s.max); a(s.n); }
  // 32 bytes a group, like the same query's state on double; 24 when the table counts.
  struct kernel {
    struct uncounted {
      std::int64_t sum = 0;
      std::int64_t min = std::numeric_limits<std::int64_t>::max();
      std::int64_t max = std::numeric_limits<std::int64_t>::min();
    };
    struct state : uncounted {
      std::uint64_t n = 0;
    };
    template <class Carry>
    static void step_uncounted(uncounted& s, std::int64_t v, const Carry& carry) noexcept {
      detail::add_carrying(s.sum, v, carry);
      s.min = v < s.min ? v : s.min;
      s.max = v > s.max ? v : s.max;
    }
    template <class Carry>
    static void step(state& s, std::int64_t v, const Carry& carry) noexcept {
      step_uncounted(s, v, carry);
      ++s.n;
    }
    static summary_rule::state widen(const state& s, std::int64_t carries) noexcept {
      return {detail::with_carry(s.sum, carries), s.min, s.max, s.n};
    }
  };
};

// What every rule provides (STYLE §16).
template <class R>
concept aggregation_rule = requires(const R& r, typename R::state& s, const typename R::state& cs,
                                    const observation_ref& o, const finish_context& c) {
  { R::name } -> std::convertible_to<std::string_view>;
  { R::formula } -> std::convertible_to<std::string_view>;
  { R::kind } -> std::convertible_to<rule_class>;
  r.init(s);
  r.step(s, o);
  r.merge(s, cs);
  { r.finish(cs, c) } -> std::same_as<typename R::result_type>;
};

template <class R>
constexpr bool is_pair_rule = requires { R::pairs; };

// A rule with a 64-bit kernel (see detail::add_carrying): sum, count, mean, min, max, summary.
template <class R>
concept has_kernel = requires(typename R::kernel::state& k, const typename R::kernel::state& ck) {
  R::kernel::step(k, std::int64_t{}, detail::ignore_carry{});
  { R::kernel::widen(ck, std::int64_t{}) } -> std::same_as<typename R::state>;
};

// A kernel that counts rows in `n` and can leave the count to the table: its state is an
// `uncounted` part and n, and step_uncounted steps the part alone. A plain group-by-unit of
// a sealed table steps only the parts (smaller, so more of them stay cached) and takes n from
// observation_table::unit_rows() (sum, count, mean, summary).
template <class K>
concept kernel_with_row_count =
    std::derived_from<typename K::state, typename K::uncounted> && requires(typename K::uncounted& u, typename K::state& k) {
      K::step_uncounted(u, std::int64_t{}, detail::ignore_carry{});
      k.n = std::uint64_t{};
    };

// ---------------------------------------------------------------------------------------
// Grouping
// ---------------------------------------------------------------------------------------

// Which rows count and which group each falls into: a key per indicator × unit × period,
// each dimension either collapsed (one key, the default) or split, and filtered.
//   grouping g(t);                                // everything: one group
//   g.by_unit();                                  // a group per unit
//   g.by_level(h, 1);                             // a group per district (level 1)
//   g.by_period(period_kind::year);             // × a group per year
//   g.periods_within({f, l}).within(h, "P1");     // filters
// The group of keys (i, u, s, p) is ((i · units + u) · slices + s) · periods + p, where s is
// the slice of the dimensions' keys (see DIMENSIONS OF A QUERY; slices = 1 when no
// dimension is split, which leaves (i · units + u) · periods + p). The groups of one
// (i, u) are contiguous: [(i · units + u) · slices · periods, (i · units + u + 1) · …).
//
// DIMENSIONS OF A QUERY (observation_table, DIMENSIONS; results for a table of POP in VN:
// _T 100, M 49, F 51)
//   A dimension the query does not name stands at its total: only rows whose member is the
//   total (_T) count, so the national row and its M/F breakdown are never added together
//   by accident.
//   grouping(t)                                  // one group: 100 (the _T row only)
//   grouping(t).by_dimension("SEX")              // keys _T, M, F (member-id order): 100, 49, 51
//   grouping(t).over_dimension("SEX")            // one key, M + F: 100 (the _T row left out)
//   grouping(t).members("SEX", {"F"})            // the F slice: 51
//   grouping(t).by_dimension("SEX").members("SEX", {"M", "F"})   // keys M, F: 49, 51
//   An unknown dimension throws domain_error (invalid_argument) `unknown dimension "AGE"`.
//   members(): codes the dimension does not have select nothing; when none of the codes is a
//   member, domain_error (invalid_argument) `dimension "SEX" has no member "X"` (the first).
//
// FREQUENCIES
//   A query never adds different frequencies together (the year 2023, its Q1 and its January
//   summed into one figure) unless asked by name. Each period is classified by its days: a
//   calendar day, ISO week, month, quarter, half-year or year, else a range. When one group
//   key would receive periods of two frequencies (of the indicators and periods the grouping
//   selects), make_plan — hence aggregate() — throws domain_error (invalid_argument)
//   `a group mixes frequencies: 2023-01-01...2023-12-31 (year) and 2023-01-01...2023-03-31
//   (quarter); convert by name with grouping::convert_frequencies()`. Periods all of one
//   frequency, finer than the key (months into a quarter by by_period(period_kind::quarter)),
//   are a conversion by name and allowed. convert_frequencies() allows mixing.
class ATTAIN_API grouping {
 public:
  static constexpr std::uint32_t npos = dictionary::npos;

  explicit grouping(const observation_table& t);

  // DIMENSIONS
  grouping& by_indicator();                              // a key per (selected) indicator
  grouping& by_unit();                                   // a key per unit of the table
  grouping& by_level(const unit_hierarchy& h, int level);  // a key per unit at `level`; rows of
                                                           // units above it are left out
  grouping& by_period();                                 // a key per distinct period
  grouping& by_period(period_kind k);                    // a key per enclosing calendar day,
                                                         // month, bimonth, quarter, trimester,
                                                         // half-year or year (attain/period.hpp);
                                                         // a period that straddles two throws;
                                                         // after indicators(), only their
                                                         // periods count (and make keys)
  grouping& by_periods(std::span<const period_span> targets);  // a key per target span (terms,
                                                               // fiscal years…); rows of periods
                                                               // within none are left out
  // FILTERS
  grouping& indicators(std::initializer_list<std::string_view> codes);
  grouping& indicator(std::string_view code) { return indicators({code}); }
  grouping& within(const unit_hierarchy& h, std::string_view root);  // the unit's subtree
  grouping& in_group(const unit_hierarchy& h, std::string_view group);
  grouping& periods_within(period_span range);  // periods lying wholly inside `range`
  grouping& statuses(std::initializer_list<value_status> keep);

  // DIMENSIONS OF A QUERY (see above)
  // A key per member (the total included, in member-id order), only members() if given.
  grouping& by_dimension(std::string_view name);
  // One key: the sum over every member except the total ("M + F"), only members() if given.
  grouping& over_dimension(std::string_view name);
  // Only these members: with by_dimension a key each, with over_dimension their sum, alone
  // one key over them (a single member "F" selects the F slice).
  grouping& members(std::string_view name, std::initializer_list<std::string_view> codes);
  grouping& members(std::string_view name, std::span<const std::string> codes);
  // Periods of different frequencies may share a key: quarters and months add into a year.
  grouping& convert_frequencies() {
    convert_frequencies_ = true;
    return *this;
  }
  // Product of the dimensions' key counts (1 when no dimension is split).
  std::size_t slice_keys() const noexcept { return slices_; }
  // Keys of dimension d: its members when split, else 1.
  std::size_t dimension_keys(std::uint32_t d) const noexcept {
    return d < dims_.size() && dims_[d].how == dimension_mode::split ? dims_[d].keys.size() : 1;
  }
  // The member id of key k of dimension d (npos when d is not split).
  std::uint32_t member_of_key(std::uint32_t d, std::size_t k) const noexcept {
    return d < dims_.size() && dims_[d].how == dimension_mode::split ? dims_[d].keys[k] : npos;
  }
  // The slice of one key per dimension (dimension order, row-major; a span of the table's
  // dimension count, or shorter: missing trailing keys are 0).
  std::size_t slice_of(std::span<const std::size_t> key_per_dimension) const noexcept {
    std::size_t s = 0;
    for (std::uint32_t d = 0; d < dims_.size(); ++d) s = s * dimension_keys(d) + (d < key_per_dimension.size() ? key_per_dimension[d] : 0);
    return s;
  }
  std::size_t group_of(std::size_t i, std::size_t u, std::size_t p, std::size_t slice) const noexcept {
    return ((i * unit_keys_.size() + u) * slices_ + slice) * period_keys_.size() + p;
  }
  // Whether the query reads a dimension other than at its total (split, summed or filtered).
  bool touches_dimensions() const noexcept {
    for (const dimension_query& q : dims_)
      if (q.how != dimension_mode::total || !q.selected.empty()) return true;
    return false;
  }

  // KEYS
  std::size_t size() const noexcept {
    return indicator_keys_.size() * unit_keys_.size() * slices_ * period_keys_.size();
  }
  std::size_t indicator_keys() const noexcept { return indicator_keys_.size(); }
  std::size_t unit_keys() const noexcept { return unit_keys_.size(); }
  std::size_t period_keys() const noexcept { return period_keys_.size(); }
  std::size_t group_of(std::size_t i, std::size_t u, std::size_t p) const noexcept { return group_of(i, u, p, 0); }
  // The indicator id / unit id of a key (npos for a collapsed dimension), and a period key's span.
  std::uint32_t indicator_of_key(std::size_t i) const noexcept { return indicator_keys_[i]; }
  std::uint32_t unit_of_key(std::size_t u) const noexcept { return unit_keys_[u]; }
  period_span period_of_key(std::size_t p) const noexcept { return period_keys_[p]; }
  // The key of a unit id (npos when the unit has no key of its own).
  std::uint32_t unit_key(std::uint32_t unit) const noexcept { return unit_map_[unit]; }
  std::uint32_t period_key(std::uint32_t period) const noexcept { return period_map_[period]; }
  std::uint32_t indicator_key(std::uint32_t ind) const noexcept { return indicator_map_[ind]; }
  // The scale of a group's values (its indicator's, or the largest of the selected ones).
  int scale_of(std::size_t group) const noexcept {
    return key_scale_[group / (unit_keys_.size() * slices_ * period_keys_.size())];
  }
  const observation_table& table() const noexcept { return *table_; }

  // For the engine.
  struct plan {
    std::vector<std::uint32_t> indicator_offset, unit_offset, period_offset;  // pre-multiplied; ≥ skip: left out
    std::vector<std::int64_t> factor;  // per indicator: 10^(group scale − indicator scale)
    std::vector<std::uint8_t> wide;    // per indicator: values in the wide column
    std::uint8_t status_mask;
    bool use_indicator, use_period, general;
    // The dimensions whose column is read, and each one's offsets by member id
    // (pre-multiplied; ≥ skip: left out). A dimension whose rows all stand at the total
    // and whose total is offset 0 is not read.
    std::vector<std::uint32_t> used_dimensions;
    std::vector<std::vector<std::uint32_t>> dimension_offset;
  };
  static constexpr std::uint32_t skip = 1u << 30;
  // Throws domain_error (invalid_argument) when a group key mixes frequencies (FREQUENCIES).
  plan make_plan() const;

 private:
  enum class dimension_mode : std::uint8_t { total, split, over };
  struct dimension_query {
    dimension_mode how = dimension_mode::total;
    std::vector<bool> selected;        // empty: every member
    std::vector<std::uint32_t> map;    // member id → key, npos: left out
    std::vector<std::uint32_t> keys;   // split: key → member id
  };
  std::uint32_t dimension_index(std::string_view name) const;
  void rebuild_dimension(std::uint32_t d);
  grouping& select_members(std::string_view name, std::span<const std::string_view> codes);
  void check_frequencies() const;
  void rebuild_indicator_scales();
  const observation_table* table_;
  std::vector<std::uint32_t> indicator_map_, unit_map_, period_map_;  // id → key or npos
  std::vector<std::uint32_t> indicator_keys_, unit_keys_;             // key → id (npos: all)
  std::vector<period_span> period_keys_;
  std::vector<int> key_scale_;
  std::vector<dimension_query> dims_;
  std::size_t slices_ = 1;
  bool indicator_split_ = false, indicator_filtered_ = false, unit_filtered_ = false, period_filtered_ = false;
  bool convert_frequencies_ = false;
  std::uint8_t status_mask_ = 0x3F;
};

// ---------------------------------------------------------------------------------------
// Partial states
// ---------------------------------------------------------------------------------------

// The states of every group of a grouping, for one rule: mergeable, serializable.
template <class Rule>
class partial {
 public:
  using state = typename Rule::state;
  using result_type = typename Rule::result_type;
  static constexpr std::uint16_t format_version = 1;

  partial() = default;
  partial(const Rule& rule, std::size_t groups, std::vector<int> scales, int partner_scale)
      : rule_(rule), states_(groups), scales_(std::move(scales)), partner_scale_(partner_scale) {
    for (state& s : states_) rule_.init(s);
  }

  std::size_t size() const noexcept { return states_.size(); }
  const Rule& rule() const noexcept { return rule_; }
  state& operator[](std::size_t g) noexcept { return states_[g]; }
  const state& operator[](std::size_t g) const noexcept { return states_[g]; }
  std::vector<state>& states() noexcept { return states_; }
  int scale_of(std::size_t g) const noexcept { return scales_[g]; }
  int partner_scale() const noexcept { return partner_scale_; }
  // Rows that found no partner (pair rules).
  std::uint64_t unpaired() const noexcept { return unpaired_; }
  void add_unpaired(std::uint64_t n) noexcept { unpaired_ += n; }

  // Status tallies (empty when every input row was `normal`).
  bool tracks_statuses() const noexcept { return !tallies_.empty(); }
  void track_statuses() { tallies_.assign(states_.size(), status_tally{}); }
  status_tally& tally(std::size_t g) noexcept { return tallies_[g]; }
  status_tally statuses(std::size_t g) const noexcept { return tallies_.empty() ? status_tally{} : tallies_[g]; }

  // The figure of group g.
  // A group whose only inputs were missing (status M) has no value for why::missing_value.
  result_type value(std::size_t g) const {
    result_type r = rule_.finish(states_[g], finish_context{scales_[g], partner_scale_});
    const status_tally t = statuses(g);
    if constexpr (std::is_same_v<result_type, aggregate_value>) {
      if (!r.has_value() && r.reason() == why::empty_group && t.of(value_status::missing) != 0)
        r = aggregate_value::none(why::missing_value);
    }
    r.set_statuses(t);
    return r;
  }

  // Merges another partial of the same shape into this one: the result equals one pass over
  // both partitions' rows.
  void merge(const partial& o) {
    if (o.states_.size() != states_.size() || o.scales_ != scales_ || o.partner_scale_ != partner_scale_)
      detail::raise_domain(errc::invalid_argument, "merge of partial states of different shapes");
    for (std::size_t g = 0; g < states_.size(); ++g) rule_.merge(states_[g], o.states_[g]);
    if (!o.tallies_.empty()) {
      if (tallies_.empty()) track_statuses();
      for (std::size_t g = 0; g < states_.size(); ++g) tallies_[g] += o.tallies_[g];
    }
    unpaired_ += o.unpaired_;
  }

  // SERIALIZATION: "ATPS", version, rule name, shape, states, tallies; little-endian.
  std::vector<std::byte> serialize() const {
    std::vector<std::byte> out;
    detail::byte_writer w(out);
    for (const char c : std::string_view("ATPS")) out.push_back(static_cast<std::byte>(c));
    w.put64(format_version);
    w.put_bytes(Rule::name);
    w(states_.size());
    w(scales_);
    w(static_cast<std::int64_t>(partner_scale_));
    w(unpaired_);
    for (const state& s : states_) rule_.visit(w, const_cast<state&>(s));  // NOLINT: visit only reads for a writer
    w(!tallies_.empty());
    for (const status_tally& t : tallies_)
      for (const std::uint64_t c : t.count) w(c);
    return out;
  }
  static partial deserialize(std::span<const std::byte> bytes, const Rule& rule = Rule{}) {
    if (bytes.size() < 4 || bytes[0] != std::byte{'A'} || bytes[1] != std::byte{'T'} || bytes[2] != std::byte{'P'} ||
        bytes[3] != std::byte{'S'})
      detail::raise_bad_state("not a partial state");
    detail::byte_reader r(bytes.subspan(4));
    if (r.get64() != format_version) detail::raise_bad_state("unsupported version");
    if (r.get_bytes() != Rule::name) detail::raise_bad_state("state of another rule");
    partial p;
    p.rule_ = rule;
    std::uint64_t groups;
    r(groups);
    if (groups > bytes.size()) detail::raise_bad_state("truncated");
    r(p.scales_);
    for (const int s : p.scales_)
      if (s < 0 || s > decimal::max_scale) detail::raise_bad_state("scale out of range");
    std::int64_t ps;
    r(ps);
    if (ps < 0 || ps > decimal::max_scale) detail::raise_bad_state("scale out of range");
    p.partner_scale_ = static_cast<int>(ps);
    r(p.unpaired_);
    p.states_.resize(static_cast<std::size_t>(groups));
    for (state& s : p.states_) rule.visit(r, s);
    bool tallies;
    r(tallies);
    if (tallies) {
      p.track_statuses();
      for (status_tally& t : p.tallies_)
        for (std::uint64_t& c : t.count) r(c);
    }
    if (!r.done() || p.scales_.size() != p.states_.size()) detail::raise_bad_state("trailing or inconsistent data");
    return p;
  }

 private:
  Rule rule_{};
  std::vector<state> states_;
  std::vector<status_tally> tallies_;
  std::vector<int> scales_;
  int partner_scale_ = 0;
  std::uint64_t unpaired_ = 0;
};

// ---------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------

struct aggregate_options {
  // Threads over row partitions; 0: std::thread::hardware_concurrency(). Partitions merge
  // into the exact answer of one pass.
  unsigned threads = 0;
  // Fewer rows than this per thread run on fewer threads.
  std::size_t min_rows_per_thread = 1u << 16;
};

namespace detail {

template <class Rule>
Rule bound_rule(const Rule& rule, int scale) {
  if constexpr (requires { rule.bind(scale); }) return rule.bind(scale);
  else return rule;
}

// The per-row loop, specialised on which key columns are read. `Partner` fills
// observation_ref::partner and returns false to leave a row out (pair rules).
template <class Rule, bool UseIndicator, bool UsePeriod, bool General, class Partner>
void run_rows(const Rule& rule, const observation_table& t, const grouping::plan& plan, partial<Rule>& out,
              std::size_t begin, std::size_t end, const Partner& partner) {
  const std::uint32_t* ind = t.indicator_column().data();
  const std::uint32_t* unit = t.unit_column().data();
  const std::uint32_t* per = t.period_column().data();
  const std::int64_t* val = t.value_column().data();
  const value_status* st = t.status_column().data();
  const period_span* spans = t.periods().data();
  const int128* wide = t.wide_column().data();
  const std::uint32_t* io = plan.indicator_offset.data();
  const std::uint32_t* uo = plan.unit_offset.data();
  const std::uint32_t* po = plan.period_offset.data();
  const std::int64_t* factor = plan.factor.data();
  const std::uint8_t* is_wide = plan.wide.data();
  auto* states = out.states().data();
  const bool tally = out.tracks_statuses();
  // The general path reads the dimension columns too (a loop over the used ones). Group ids
  // add up in 64 bits there: five offsets of `skip` would wrap 32.
  const std::size_t dims = General ? plan.used_dimensions.size() : 0;
  std::vector<const std::uint32_t*> dim_col(dims), dim_off(dims);
  for (std::size_t j = 0; j < dims; ++j) {
    dim_col[j] = t.dimension_column(plan.used_dimensions[j]).data();
    dim_off[j] = plan.dimension_offset[j].data();
  }
  for (std::size_t r = begin; r < end; ++r) {
    std::uint64_t g = uo[unit[r]];
    if constexpr (UseIndicator) g += io[ind[r]];
    if constexpr (UsePeriod) g += po[per[r]];
    for (std::size_t j = 0; j < dims; ++j) g += dim_off[j][dim_col[j][r]];
    if (ATTAIN_UNLIKELY(g >= grouping::skip)) continue;
    observation_ref o;
    const std::uint32_t p = per[r];
    o.first_day = spans[p].first_day;
    o.last_day = spans[p].last_day;
    o.unit = unit[r];
    o.partner = 0;
    if constexpr (General) {
      if (((plan.status_mask >> static_cast<unsigned>(st[r])) & 1u) == 0) continue;
      // A missing value (status M) is no 0 that counts: tallied, never stepped.
      if (ATTAIN_UNLIKELY(st[r] == value_status::missing)) {
        if (tally) ++out.tally(g).count[static_cast<std::size_t>(st[r])];
        continue;
      }
      const std::uint32_t i = ind[r];
      const int128 c = is_wide[i] ? wide[val[r]] : static_cast<int128>(val[r]);
      if (factor[i] != 1) {
        if (__builtin_mul_overflow(c, static_cast<int128>(factor[i]), &o.value)) raise_sum_overflow();
      } else {
        o.value = c;
      }
      if (!partner(r, o)) {
        out.add_unpaired(1);
        continue;
      }
      if (tally) ++out.tally(g).count[static_cast<std::size_t>(st[r])];
    } else {
      o.value = val[r];
    }
    rule.step(states[g], o);
  }
}

template <class Rule, class Partner>
void run_partition(const Rule& rule, const observation_table& t, const grouping::plan& plan, partial<Rule>& out,
                   std::size_t begin, std::size_t end, const Partner& partner) {
  if (plan.general || !plan.used_dimensions.empty()) {
    run_rows<Rule, true, true, true>(rule, t, plan, out, begin, end, partner);
  } else if (plan.use_indicator) {
    if (plan.use_period) run_rows<Rule, true, true, false>(rule, t, plan, out, begin, end, partner);
    else run_rows<Rule, true, false, false>(rule, t, plan, out, begin, end, partner);
  } else {
    if (plan.use_period) run_rows<Rule, false, true, false>(rule, t, plan, out, begin, end, partner);
    else run_rows<Rule, false, false, false>(rule, t, plan, out, begin, end, partner);
  }
}

// A carry of a 64-bit kernel sum into its group's counter of ±2^64 (rare: kept out of line).
ATTAIN_COLD inline void add_carry(std::vector<std::int64_t>& carries, std::size_t slots, std::uint32_t g, int d) {
  if (carries.empty()) carries.assign(slots, 0);
  carries[g] += d;
}

// How many rows ahead the kernel loops fetch a group's state, and from what size of all the
// states on: 10,000 summary states (240 KB) do not stay cached beside a stream of values,
// and waiting for them costs more than the step; 10,000 sums (80 KB) stay, and fetching
// them only adds work (measured, docs in bench/aggregate_bench.cpp).
inline constexpr std::size_t state_fetch_ahead = 16;
inline constexpr std::size_t state_fetch_from_bytes = std::size_t{128} << 10;
template <class State>
bool fetch_states_ahead(std::size_t groups) noexcept {
  return groups * sizeof(State) >= state_fetch_from_bytes;
}

// The kernel loop over rows [begin, end): dense group ids straight from the plan's offsets
// (rows left out go to a spare slot past the last group: no branch per row), one kernel step
// per row on the int64 value column. A plain group-by-unit can fetch the state of the row
// state_fetch_ahead rows on (FetchAhead).
// Dims (0, 1 or 2) dimension columns add their offsets too, in 64 bits (see run_rows).
template <class Kernel, bool Identity, bool UseIndicator, bool UsePeriod, bool Count = true, bool FetchAhead = false,
          std::size_t Dims = 0, class State>
void kernel_rows(const observation_table& t, const grouping::plan& plan, State* states, std::vector<std::int64_t>& carries,
                 std::uint32_t groups, std::size_t begin, std::size_t end) {
  const std::uint32_t* ind = t.indicator_column().data();
  const std::uint32_t* unit = t.unit_column().data();
  const std::uint32_t* per = t.period_column().data();
  const std::int64_t* val = t.value_column().data();
  const std::uint32_t* io = plan.indicator_offset.data();
  const std::uint32_t* uo = plan.unit_offset.data();
  const std::uint32_t* po = plan.period_offset.data();
  std::array<const std::uint32_t*, Dims == 0 ? 1 : Dims> dim_col{}, dim_off{};
  for (std::size_t j = 0; j < Dims; ++j) {
    dim_col[j] = t.dimension_column(plan.used_dimensions[j]).data();
    dim_off[j] = plan.dimension_offset[j].data();
  }
  const std::size_t slots = std::size_t{groups} + 1;
  for (std::size_t r = begin; r < end; ++r) {
    std::uint32_t g;
    if constexpr (Identity) {
      if constexpr (FetchAhead)
        if (ATTAIN_LIKELY(r + state_fetch_ahead < end)) prefetch_for_write(states + unit[r + state_fetch_ahead]);
      g = unit[r];
    } else if constexpr (Dims != 0) {
      std::uint64_t w = uo[unit[r]];
      if constexpr (UseIndicator) w += io[ind[r]];
      if constexpr (UsePeriod) w += po[per[r]];
      for (std::size_t j = 0; j < Dims; ++j) w += dim_off[j][dim_col[j][r]];
      g = w < groups ? static_cast<std::uint32_t>(w) : groups;
    } else {
      g = uo[unit[r]];
      if constexpr (UseIndicator) g += io[ind[r]];
      if constexpr (UsePeriod) g += po[per[r]];
      g = g < groups ? g : groups;
    }
    const auto carry = [&carries, slots, g](int d) { add_carry(carries, slots, g, d); };
    if constexpr (Count) Kernel::step(states[g], val[r], carry);
    else Kernel::step_uncounted(states[g], val[r], carry);
  }
}

// Whether a plain group-by-unit takes its row counts from the table (counted at seal(), see
// kernel_with_row_count) instead of counting them row by row.
template <class Rule>
concept state_with_row_count = requires(typename Rule::state& s) { s.n = std::uint64_t{}; };
template <class Rule>
bool counts_from_table(const observation_table& t, bool identity, std::size_t groups) noexcept {
  if constexpr (has_kernel<Rule>) {
    if constexpr (kernel_with_row_count<typename Rule::kernel> && state_with_row_count<Rule>)
      return identity && t.unit_rows().size() == groups;
  }
  return false;
}

// Rows [begin, end) through the rule's kernel into `out` (freshly initialised). With
// `table_counts`, the rows are not counted: every group claims the table's whole count of its
// unit, in every partition, and `run` sets the merged count back to the table's (see there).
template <class Rule>
void run_kernel(const Rule& rule, const observation_table& t, const grouping::plan& plan, bool identity,
                bool table_counts, partial<Rule>& out, std::size_t begin, std::size_t end) {
  using Kernel = typename Rule::kernel;
  const auto groups = static_cast<std::uint32_t>(out.size());
  std::vector<typename Kernel::state> states(std::size_t{groups} + 1);
  std::vector<std::int64_t> carries;  // allocated by the first carry
  typename Kernel::state* k = states.data();
  bool counted = false;
  if constexpr (kernel_with_row_count<Kernel>) {
    if (table_counts) {
      const std::span<const std::uint32_t> rows = t.unit_rows();
      std::vector<typename Kernel::uncounted> parts(std::size_t{groups} + 1);
      if (fetch_states_ahead<typename Kernel::uncounted>(parts.size()))
        kernel_rows<Kernel, true, false, false, false, true>(t, plan, parts.data(), carries, groups, begin, end);
      else
        kernel_rows<Kernel, true, false, false, false, false>(t, plan, parts.data(), carries, groups, begin, end);
      for (std::uint32_t g = 0; g < groups; ++g) {
        static_cast<typename Kernel::uncounted&>(k[g]) = parts[g];
        k[g].n = rows[g];
      }
      counted = true;
    }
  }
  const std::size_t dims = plan.used_dimensions.size();
  if (counted) {
  } else if (dims == 1) {
    if (plan.use_indicator || plan.use_period) kernel_rows<Kernel, false, true, true, true, false, 1>(t, plan, k, carries, groups, begin, end);
    else kernel_rows<Kernel, false, false, false, true, false, 1>(t, plan, k, carries, groups, begin, end);
  } else if (dims == 2) {
    if (plan.use_indicator || plan.use_period) kernel_rows<Kernel, false, true, true, true, false, 2>(t, plan, k, carries, groups, begin, end);
    else kernel_rows<Kernel, false, false, false, true, false, 2>(t, plan, k, carries, groups, begin, end);
  } else if (identity && fetch_states_ahead<typename Kernel::state>(states.size())) {
    kernel_rows<Kernel, true, false, false, true, true>(t, plan, k, carries, groups, begin, end);
  } else if (identity) kernel_rows<Kernel, true, false, false>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_indicator && plan.use_period) kernel_rows<Kernel, false, true, true>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_indicator) kernel_rows<Kernel, false, true, false>(t, plan, k, carries, groups, begin, end);
  else if (plan.use_period) kernel_rows<Kernel, false, false, true>(t, plan, k, carries, groups, begin, end);
  else kernel_rows<Kernel, false, false, false>(t, plan, k, carries, groups, begin, end);
  for (std::uint32_t g = 0; g < groups; ++g)
    rule.merge(out[g], Kernel::widen(states[g], carries.empty() ? 0 : carries[g]));
}

// Whether group ids are the unit ids themselves (a plain group-by-unit): no lookup per row.
inline bool identity_plan(const grouping::plan& plan, std::size_t groups) noexcept {
  if (plan.use_indicator || plan.use_period || !plan.used_dimensions.empty() || plan.unit_offset.size() != groups) return false;
  for (std::size_t u = 0; u < groups; ++u)
    if (plan.unit_offset[u] != u) return false;
  return true;
}

template <class Rule, class Partner>
partial<Rule> run(const observation_table& t, const grouping& g, const Rule& rule, const aggregate_options& options,
                  int partner_scale, const Partner& partner, bool force_general) {
  ATTAIN_EXPECTS(t.sealed());
  grouping::plan plan = g.make_plan();
  plan.general = plan.general || force_general;
  std::vector<int> scales(g.size());
  for (std::size_t k = 0; k < scales.size(); ++k) scales[k] = g.scale_of(k);
  // Rules bound to a scale (count_if's standard) need one scale for every group.
  const Rule bound = bound_rule(rule, scales.empty() ? 0 : scales[0]);
  if constexpr (requires { rule.bind(0); }) {
    for (const int s : scales)
      if (s != scales[0]) raise_domain(errc::invalid_argument, std::string(Rule::name) + " over indicators of different scales: group by indicator");
  }
  unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t n = t.size();
  const std::size_t by_size = std::max<std::size_t>(1, n / std::max<std::size_t>(1, options.min_rows_per_thread));
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, by_size));
  const bool tally = plan.general && t.flagged_rows() != 0;
  // The kernel reads at most two dimension columns; more take the general path.
  [[maybe_unused]] const bool use_kernel = has_kernel<Rule> && !plan.general && plan.used_dimensions.size() <= 2;
  [[maybe_unused]] const bool identity = use_kernel && identity_plan(plan, g.size());
  const bool table_counts = counts_from_table<Rule>(t, identity, g.size());
  // One partition: a fresh partial, built (and first touched) by the thread that fills it.
  const auto compute = [&](std::size_t begin, std::size_t end) {
    partial<Rule> p(bound, g.size(), scales, partner_scale);
    if (tally) p.track_statuses();
    if constexpr (has_kernel<Rule>) {
      if (use_kernel) {
        run_kernel(bound, t, plan, identity, table_counts, p, begin, end);
        return p;
      }
    }
    run_partition(bound, t, plan, p, begin, end, partner);
    return p;
  };
  if (threads <= 1) return compute(0, n);
  // Each thread owns its partial (separate allocations; the shared vector is written once
  // per thread, at the end), merged in partition order.
  std::vector<partial<Rule>> parts(threads);
  std::vector<std::exception_ptr> errors(threads);
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (unsigned i = 1; i < threads; ++i) {
      pool.emplace_back([&, i] {
        try {
          parts[i] = compute(n * i / threads, n * (i + 1) / threads);
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    }
    try {
      parts[0] = compute(0, n / threads);
    } catch (...) {
      errors[0] = std::current_exception();
    }
  }  // joins
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
  partial<Rule> result = std::move(parts[0]);
  for (unsigned i = 1; i < threads; ++i) result.merge(parts[i]);
  // Each partition claimed the table's count of every unit, so the merge added it `threads`
  // times; the other fields are unharmed (a group a partition did not see merges as zero
  // sum and neutral extremes). The count is the table's.
  if constexpr (state_with_row_count<Rule>) {
    if (table_counts) {
      const std::span<const std::uint32_t> rows = t.unit_rows();
      for (std::size_t k = 0; k < result.size(); ++k) result[k].n = rows[k];
    }
  }
  return result;
}

struct no_partner {
  bool operator()(std::size_t, observation_ref&) const noexcept { return true; }
};

}  // namespace detail

// Aggregates the table's rows into the grouping's groups with `rule`, on `options.threads`
// threads (each over a contiguous partition of rows; their partial states are merged).
//   auto s = aggregate(t, grouping(t).by_unit(), sum_rule{});
//   s.value(k)           // aggregate_value: the sum of unit key k, or no value (empty group)
template <class Rule>
  requires aggregation_rule<Rule> && (!is_pair_rule<Rule>)
partial<Rule> aggregate(const observation_table& t, const grouping& g, const Rule& rule = Rule{},
                        const aggregate_options& options = {}) {
  return detail::run(t, g, rule, options, 0, detail::no_partner{}, false);
}

// Aggregates pairs: each row of `x_indicator` (selected by the grouping, which should select
// that indicator) with the row of `y_indicator` of the same unit and period — the weight of
// a weighted mean, the denominator of a ratio. Rows without a partner are left out and
// counted (partial::unpaired()).
//   aggregate_pairs(t, grouping(t).indicator("INCOME").by_level(h, 1), weighted_mean_rule{},
//                   "INCOME", "POPULATION")
template <class Rule>
  requires aggregation_rule<Rule> && is_pair_rule<Rule>
partial<Rule> aggregate_pairs(const observation_table& t, grouping g, const Rule& rule, std::string_view x_indicator,
                              std::string_view y_indicator, const aggregate_options& options = {}) {
  const std::uint32_t x = t.find_indicator(x_indicator), y = t.find_indicator(y_indicator);
  if (x == dictionary::npos || y == dictionary::npos)
    detail::raise_domain(errc::invalid_argument, "unknown indicator " + std::string(x == dictionary::npos ? x_indicator : y_indicator));
  // Pairs are matched by unit and period at every dimension's total only (a documented limit,
  // docs/explanation/limits.md): a query that splits, sums or filters a dimension is refused
  // rather than paired across members.
  if (g.touches_dimensions())
    detail::raise_domain(errc::invalid_argument, "aggregate_pairs pairs rows at the dimensions' totals only");
  g.indicators({x_indicator});
  std::unordered_map<std::uint64_t, int128> partners;
  const auto units = t.unit_column();
  const auto periods = t.period_column();
  const auto inds = t.indicator_column();
  const auto st = t.status_column();
  const auto at_total = [&t](std::size_t r) {
    for (std::uint32_t d = 0; d < t.dimension_count(); ++d)
      if (t.dimension_column(d)[r] != observation_table::total_member) return false;
    return true;
  };
  // A missing partner (status M) is no partner: its row is left unpaired.
  for (std::size_t r = 0; r < t.size(); ++r)
    if (inds[r] == y && st[r] != value_status::missing && at_total(r))
      partners.emplace((static_cast<std::uint64_t>(units[r]) << 32) | periods[r], t.coefficient(r));
  const auto partner = [&](std::size_t r, observation_ref& o) {
    const auto it = partners.find((static_cast<std::uint64_t>(units[r]) << 32) | periods[r]);
    if (it == partners.end()) return false;
    o.partner = it->second;
    return true;
  };
  return detail::run(t, g, rule, options, t.indicator(y).scale, partner, true);
}

// Groups by keys given as strings, one per row, interned by the query (no pre-built ids):
// Arrow-style, row r's code is chars[offsets[r], offsets[r + 1]) and its value
// coefficients[r] at `scale`. Group k is the k-th distinct code in order of appearance,
// `codes[k]`. One thread; rules with a 64-bit kernel (sum, count, mean, min, max, summary).
//   auto r = aggregate_codes("D01D02D01", offsets {0, 3, 6, 9}, {150, 225, 100}, 2, sum_rule{});
//   r.codes[0] == "D01";  r.states.value(0).value()   // 2.50
template <class Rule>
struct coded_aggregate {
  dictionary codes;
  partial<Rule> states;
};
template <class Rule>
  requires aggregation_rule<Rule> && has_kernel<Rule>
coded_aggregate<Rule> aggregate_codes(std::string_view chars, std::span<const std::uint32_t> offsets,
                                      std::span<const std::int64_t> coefficients, int scale, const Rule& rule = Rule{}) {
  if (offsets.size() != coefficients.size() + 1 || (!offsets.empty() && offsets.back() > chars.size()))
    detail::raise_domain(errc::invalid_argument, "aggregate_codes: offsets must be one more than the values and lie within the characters");
  using Kernel = typename Rule::kernel;
  coded_aggregate<Rule> out;
  std::vector<typename Kernel::state> states(64);
  std::vector<std::int64_t> carries;
  constexpr std::size_t batch = 256;
  std::uint32_t ids[batch];
  const std::size_t n = coefficients.size();
  for (std::size_t b = 0; b < n; b += batch) {
    const std::size_t m = std::min(batch, n - b);
    out.codes.intern(chars.data(), offsets.subspan(b, m + 1), ids);
    if (ATTAIN_UNLIKELY(out.codes.size() > states.size())) {
      states.resize(std::max(out.codes.size(), 2 * states.size()));
      if (!carries.empty()) carries.resize(states.size(), 0);
    }
    typename Kernel::state* k = states.data();
    const std::int64_t* v = coefficients.data() + b;
    const std::size_t slots = states.size();
    const bool ahead = detail::fetch_states_ahead<typename Kernel::state>(slots);
    for (std::size_t j = 0; j < m; ++j) {
      const std::uint32_t g = ids[j];
      if (ahead && ATTAIN_LIKELY(j + detail::state_fetch_ahead < m)) detail::prefetch_for_write(k + ids[j + detail::state_fetch_ahead]);
      Kernel::step(k[g], v[j], [&carries, slots, g](int d) { detail::add_carry(carries, slots, g, d); });
    }
  }
  const std::size_t groups = out.codes.size();
  out.states = partial<Rule>(rule, groups, std::vector<int>(groups, scale), 0);
  for (std::size_t g = 0; g < groups; ++g) rule.merge(out.states[g], Kernel::widen(states[g], carries.empty() ? 0 : carries[g]));
  return out;
}

// ---------------------------------------------------------------------------------------
// DHIS2 aggregation types: each a pair (over periods, over units). FORMULAS.md §3.
// ---------------------------------------------------------------------------------------

enum class dhis2_aggregation : std::uint8_t {
  sum, average, average_sum_org_unit,
  last, last_average_org_unit, last_last_org_unit, last_in_period,
  first, first_average_org_unit, first_first_org_unit,
  min, max, min_sum_org_unit, max_sum_org_unit,
  count, stddev, variance,
};

// How a unit's periods combine into its value for the query period.
enum class period_rule : std::uint8_t {
  pooled,             // no separate period step: the unit rule runs over every value
  day_weighted_mean,  // Σ(x · days) / days of the query period
  last,               // latest value ending by the query's end, looking back `look_back_years`
  last_in_period,     // latest value inside the query period
  first,              // earliest value inside the query period
  min, max,
};
// How the units' values combine.
enum class unit_rule : std::uint8_t { sum, mean, first, last, min, max, count, stddev, variance };

struct rule_pair {
  period_rule over_periods;
  unit_rule over_units;
  int look_back_years = 0;
  friend constexpr bool operator==(const rule_pair&, const rule_pair&) = default;
};

// The pair of a DHIS2 aggregation type (FORMULAS.md §3).
//   rule_pair_of(dhis2_aggregation::average_sum_org_unit) → {day_weighted_mean, sum}
//   rule_pair_of(dhis2_aggregation::last)                 → {last (10-year look-back), sum}
constexpr rule_pair rule_pair_of(dhis2_aggregation a) noexcept {
  using P = period_rule;
  using U = unit_rule;
  switch (a) {
    case dhis2_aggregation::sum: return {P::pooled, U::sum};
    case dhis2_aggregation::average: return {P::pooled, U::mean};
    case dhis2_aggregation::average_sum_org_unit: return {P::day_weighted_mean, U::sum};
    case dhis2_aggregation::last: return {P::last, U::sum, 10};
    case dhis2_aggregation::last_average_org_unit: return {P::last, U::mean, 10};
    case dhis2_aggregation::last_last_org_unit: return {P::last, U::last, 10};
    case dhis2_aggregation::last_in_period: return {P::last_in_period, U::sum};
    case dhis2_aggregation::first: return {P::first, U::sum};
    case dhis2_aggregation::first_average_org_unit: return {P::first, U::mean};
    case dhis2_aggregation::first_first_org_unit: return {P::first, U::first};
    case dhis2_aggregation::min: return {P::pooled, U::min};
    case dhis2_aggregation::max: return {P::pooled, U::max};
    case dhis2_aggregation::min_sum_org_unit: return {P::min, U::sum};
    case dhis2_aggregation::max_sum_org_unit: return {P::max, U::sum};
    case dhis2_aggregation::count: return {P::pooled, U::count};
    case dhis2_aggregation::stddev: return {P::pooled, U::stddev};
    case dhis2_aggregation::variance: return {P::pooled, U::variance};
  }
  return {P::pooled, U::sum};
}

struct dhis2_options {
  int scale = 6;                        // for stddev / variance (correctly rounded)
  rounding mode = rounding::half_even;
};

// The value of `indicator` for the units of `units` (each with its whole subtree when a
// hierarchy is given, else just the unit) over the query period, by a DHIS2 rule pair.
//   LAST over districts with latest values 100, 150, 200  → 450
//   AVERAGE_SUM_ORG_UNIT over 2023-Q1 with Jan 100, Feb 120, Mar 110
//                                   → (3100 + 3360 + 3410) / 90 exactly
// Units with no value in the window are left out; none at all gives no value.
ATTAIN_API aggregate_value dhis2_aggregate(const observation_table& t, std::string_view indicator,
                                std::span<const std::uint32_t> units, period_span query, rule_pair pair,
                                const dhis2_options& options = {});
inline aggregate_value dhis2_aggregate(const observation_table& t, std::string_view indicator,
                                       std::span<const std::uint32_t> units, period_span query, dhis2_aggregation a,
                                       const dhis2_options& options = {}) {
  return dhis2_aggregate(t, indicator, units, query, rule_pair_of(a), options);
}

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_HPP
