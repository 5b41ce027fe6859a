// attain/aggregate/value.hpp — what an aggregation returns.
//
// `aggregate_value` is an exact decimal (a sum), an exact quotient (a mean: 5/3), a value
// correctly rounded at a scale the rule was given (a standard deviation), or no value with a
// reason (attain/no_value.hpp); `status_tally` counts its inputs by status, `summary_value`
// holds summary_rule's five figures, `rule_class` names a rule's class. attain/aggregate.hpp,
// RESULTS, has the whole story.
#ifndef ATTAIN_AGGREGATE_VALUE_HPP
#define ATTAIN_AGGREGATE_VALUE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/fraction.hpp"
#include "attain/no_value.hpp"
#include "attain/observation.hpp"
#include "attain/rounding.hpp"

namespace attain {

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
  // The exact figure as the one exact quotient type (attain/fraction.hpp): a quotient as it is
  // (a mean 5/3), a decimal over 1. A rounded figure (no exact form) or no value throws
  // domain_error (invalid_argument); ask is_exact() first.
  exact_fraction fraction() const {
    if (!has_value()) detail::raise_domain(errc::invalid_argument, to_string(no_value{reason_}));
    if (kind_ == kind::rounded)
      detail::raise_domain(errc::invalid_argument, "a rounded figure has no exact fraction");
    return kind_ == kind::quotient ? exact_fraction::of(numerator_, denominator_) : exact_fraction{numerator_};
  }

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
  decimal exact_quotient() const;  // src/aggregate/value.cpp
  // a/b == c/d, in as many digits as it takes (src/aggregate/value.cpp).
  static bool same_quotient(const decimal& a, const decimal& b, const decimal& c, const decimal& d);
  decimal numerator_{};
  decimal denominator_{1};
  kind kind_ = kind::none;
  why reason_ = why::empty_group;
  status_tally statuses_{};
};

namespace out_of_line {
// a / b as a decimal when it is a finite one of ≤ 38 digits (src/aggregate/value.cpp).
ATTAIN_API decimal exact_quotient(const decimal& numerator, const decimal& denominator);  // throws inexact
}  // namespace out_of_line

namespace detail {
using out_of_line::exact_quotient;
}  // namespace detail

// summary_rule's figures: count, sum, min, max and mean of one group (attain/aggregate/rules/algebraic.hpp).
struct summary_value {
  aggregate_value count, sum, min, max, mean;
  void set_statuses(const status_tally& t) noexcept {
    for (aggregate_value* v : {&count, &sum, &min, &max, &mean}) v->set_statuses(t);
  }
  friend bool operator==(const summary_value&, const summary_value&) = default;
};

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_VALUE_HPP
