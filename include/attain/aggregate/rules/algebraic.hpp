// attain/aggregate/rules/algebraic.hpp — the algebraic rules: a fixed-size state of
// distributive parts combines. mean_rule (Σ x / n, exact), share_rule (#{x : x op t} / n),
// variance_rule and standard_deviation_rule (correctly rounded at a named scale), the pair
// rules weighted_mean_rule, ratio_of_sums_rule and mean_of_ratios_rule (never the same thing
// as the ratio of sums: attain/aggregate.hpp, CASE STUDY), and summary_rule (count, sum, min,
// max and mean in one pass).
#ifndef ATTAIN_AGGREGATE_RULES_ALGEBRAIC_HPP
#define ATTAIN_AGGREGATE_RULES_ALGEBRAIC_HPP

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/rules/distributive.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/no_value.hpp"
#include "attain/rounding.hpp"

namespace attain {

namespace out_of_line {
// Finishers of the algebraic rules that need more than 128 bits (src/aggregate/rules/algebraic.cpp).
ATTAIN_API aggregate_value variance_value(std::uint64_t n, int128 sum, const detail::u256& sum_squares,
                                          int scale_of_values, int scale, rounding mode, bool square_root);
}  // namespace out_of_line

namespace detail {
using out_of_line::variance_value;
}  // namespace detail

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
  rounding mode = working_rounding;
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
  // 32 bytes a group, like the same query's state on double; 24 when the table counts (the
  // engine pads those to 32 so that none straddles two cache lines: detail::line_fitted).
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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_RULES_ALGEBRAIC_HPP
