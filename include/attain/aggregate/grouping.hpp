// attain/aggregate/grouping.hpp — which rows a query reads and which group each falls
// into: a key per indicator × unit × period × dimension members, each dimension collapsed
// or split, and filtered. attain/aggregate.hpp, GROUPING, shows a query; the class comment
// below has the DIMENSIONS OF A QUERY and the FREQUENCIES a key may mix.
#ifndef ATTAIN_AGGREGATE_GROUPING_HPP
#define ATTAIN_AGGREGATE_GROUPING_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/config.hpp"
#include "attain/hierarchy.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"
#include "attain/period_span.hpp"
#include "attain/table.hpp"

namespace attain {

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

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_GROUPING_HPP
