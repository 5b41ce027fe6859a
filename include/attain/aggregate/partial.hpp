// attain/aggregate/partial.hpp — the states of every group of a query, for one rule:
// `partial<Rule>`. Partial states merge (partitions computed in different threads or on
// different machines merge into the exact answer of one pass) and serialize to bytes
// ("ATPS", a version, the rule's name, the shape, the states, the status tallies;
// little-endian) that deserialize only as the same rule and version.
#ifndef ATTAIN_AGGREGATE_PARTIAL_HPP
#define ATTAIN_AGGREGATE_PARTIAL_HPP

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "attain/aggregate/detail/accumulate.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/no_value.hpp"
#include "attain/observation.hpp"

namespace attain {

namespace out_of_line {
// Throws domain_error (invalid_argument) for a corrupt serialized state (src/aggregate/partial.cpp).
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_bad_state(const char* what);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise_bad_state;

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

}  // namespace detail

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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_PARTIAL_HPP
