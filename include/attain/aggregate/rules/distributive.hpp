// attain/aggregate/rules/distributive.hpp — the distributive rules: partial results
// combine directly. sum_rule (Σ x), count_rule (n), min_rule, max_rule, first_rule and
// last_rule (the value of the earliest / latest period), count_if_rule (#{x : x op t}, the
// units meeting a standard). attain/aggregate.hpp, RULES, lists every rule with its result.
#ifndef ATTAIN_AGGREGATE_RULES_DISTRIBUTIVE_HPP
#define ATTAIN_AGGREGATE_RULES_DISTRIBUTIVE_HPP

#include <cstdint>
#include <limits>
#include <string_view>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/no_value.hpp"

namespace attain {

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
ATTAIN_API detail::aligned_threshold align_threshold(compare_op op, const decimal& t, int scale);  // src/aggregate/rules/distributive.cpp
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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_RULES_DISTRIBUTIVE_HPP
