// attain/aggregate/rules/holistic.hpp — the holistic rules: the state is the data.
// median_rule (the middle value; with n even, the exact mean of the two middle values).
#ifndef ATTAIN_AGGREGATE_RULES_HOLISTIC_HPP
#define ATTAIN_AGGREGATE_RULES_HOLISTIC_HPP

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/no_value.hpp"

namespace attain {

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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_RULES_HOLISTIC_HPP
