// attain/aggregate/rule.hpp — what an aggregation rule is and what it sees.
//
// A rule is a policy struct (STYLE §16): a `state`, `init`, `step` over an `observation_ref`,
// `merge`, `finish` with a `finish_context`, a `name`, a `formula` and a `rule_class`; the
// `aggregation_rule` concept checks it. A rule may add a 64-bit `kernel` (`has_kernel`), the
// engine's fast path, and pair rules say `pairs`. The rules themselves, by class:
// attain/aggregate/rules/distributive.hpp, algebraic.hpp and holistic.hpp.
#ifndef ATTAIN_AGGREGATE_RULE_HPP
#define ATTAIN_AGGREGATE_RULE_HPP

#include <concepts>
#include <cstdint>
#include <string_view>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"

namespace attain {

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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_RULE_HPP
