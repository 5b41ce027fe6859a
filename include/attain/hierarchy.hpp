// attain/hierarchy.hpp — the tree of administrative units, and groups outside it.
//
// A `unit_hierarchy` holds units (province → district → commune) with their parents. Units
// are added by code with their parent's code, in any order; `seal()` resolves the parents,
// rejects orphans (a parent code that was never added) and cycles with a message that names
// the units, and computes each unit's depth (its level: 0 for a root), the bottom-up order
// used by roll-ups, and the units of each level. Groups — "mountainous communes", "coastal
// districts" — are named sets of units that cut across the tree.
//
// GLOSSARY (users' words → ours)
//   đơn vị hành chính = unit; tỉnh = province (level 0); huyện = district (level 1);
//   xã = commune (level 2); xã miền núi = mountainous commune (a group); cấp = level.
//
// BUILDING (results in comments)
//   unit_hierarchy h;
//   h.add("P1");  h.add("D1", "P1");  h.add("C1", "D1");  h.add("C2", "D1");
//   h.add_group("mountainous", {"C2"});
//   h.seal();
//   h.depth(h.id("C1"))                       // 2
//   h.ancestor_at(h.id("C1"), 0)              // id of "P1"
//   h.units_at(1)                             // {id of "D1"}
//   h.contains(h.id("D1"), h.id("C2"))        // true: C2 lies in D1's subtree
//
// ERRORS (domain_error, errc::invalid_argument unless said otherwise)
//   h.add("D1", "P9"); h.seal()     orphan unit "D1": parent "P9" is not a unit
//   A → B → A; h.seal()             cycle of units: "A" → "B" → "A"
//   h.add("D1") twice               duplicate unit "D1"
//   h.id("X")                       unknown unit "X" (errc::unknown_unit)
//
// CASE STUDY: ratio of sums vs mean of ratios, across the tree
//   A district with communes of 9/10 and 1/90 households meeting a standard has a share of
//   (9 + 1) / (10 + 90) = 10 %; the mean of its communes' shares, (90 % + 1.1 %) / 2, is
//   45.6 %. Rolling up merges the communes' partial *sums* into the district and then into
//   the province, so every level gets the ratio of its own sums (attain/rollup.hpp).
#ifndef ATTAIN_HIERARCHY_HPP
#define ATTAIN_HIERARCHY_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/config.hpp"
#include "attain/error.hpp"
#include "attain/table.hpp"

namespace attain {

class ATTAIN_API unit_hierarchy {
 public:
  static constexpr std::uint32_t npos = dictionary::npos;

  // Adds a unit, with the code of its parent (empty: a root). Parents may be added later;
  // they are resolved by seal(). A code added twice throws (duplicate unit).
  std::uint32_t add(std::string_view code, std::string_view parent_code = {});
  // A named group of unit codes outside the tree. Codes are resolved by seal().
  std::uint32_t add_group(std::string_view name, std::initializer_list<std::string_view> codes);
  std::uint32_t add_group(std::string_view name, std::span<const std::string> codes);

  // Resolves parents and groups, detects orphans and cycles, computes depths and orders.
  void seal();
  bool sealed() const noexcept { return sealed_; }

  // LOOKUP
  std::size_t size() const noexcept { return codes_.size(); }
  std::uint32_t id(std::string_view code) const;              // throws unknown_unit
  std::uint32_t find(std::string_view code) const noexcept {  // npos when unknown
    return codes_.find(code);
  }
  std::string_view code(std::uint32_t unit) const noexcept { return codes_[unit]; }
  const dictionary& codes() const noexcept { return codes_; }

  // STRUCTURE (sealed)
  std::uint32_t parent(std::uint32_t unit) const noexcept { return parent_[unit]; }  // npos for a root
  int depth(std::uint32_t unit) const noexcept { return depth_[unit]; }
  int levels() const noexcept { return levels_; }  // 1 + the largest depth
  // The ancestor of `unit` at `level` (the unit itself at its own level); npos when the unit
  // lies above that level.
  std::uint32_t ancestor_at(std::uint32_t unit, int level) const noexcept {
    if (depth_[unit] < level) return npos;
    std::uint32_t u = unit;
    while (depth_[u] > level) u = parent_[u];
    return u;
  }
  // Whether `unit` lies in the subtree of `root` (a unit lies in its own subtree).
  bool contains(std::uint32_t root, std::uint32_t unit) const noexcept {
    return unit_in(root, unit);
  }
  std::span<const std::uint32_t> children(std::uint32_t unit) const noexcept {
    return std::span<const std::uint32_t>(child_list_).subspan(child_begin_[unit], child_begin_[unit + 1] - child_begin_[unit]);
  }
  std::span<const std::uint32_t> units_at(int level) const noexcept {
    return std::span<const std::uint32_t>(by_level_).subspan(level_begin_[static_cast<std::size_t>(level)],
                                                             level_begin_[static_cast<std::size_t>(level) + 1] -
                                                                 level_begin_[static_cast<std::size_t>(level)]);
  }
  // Every unit, deepest level first: the order in which roll-ups merge into parents.
  std::span<const std::uint32_t> bottom_up() const noexcept { return bottom_up_; }

  // GROUPS
  std::size_t group_count() const noexcept { return group_names_.size(); }
  std::uint32_t group_id(std::string_view name) const;  // throws invalid_argument when unknown
  std::string_view group_name(std::uint32_t g) const noexcept { return group_names_[g]; }
  std::span<const std::uint32_t> group(std::uint32_t g) const noexcept { return group_members_[g]; }

 private:
  bool unit_in(std::uint32_t root, std::uint32_t unit) const noexcept {
    // Preorder numbering: the subtree of root is [pre_[root], pre_[root] + size_[root]).
    return pre_[unit] - pre_[root] < subtree_size_[root];
  }

  dictionary codes_;
  std::vector<std::string> parent_codes_;
  std::vector<std::uint32_t> parent_;
  std::vector<int> depth_;
  std::vector<std::uint32_t> pre_, subtree_size_;
  std::vector<std::uint32_t> child_begin_, child_list_;
  std::vector<std::uint32_t> by_level_, level_begin_;
  std::vector<std::uint32_t> bottom_up_;
  dictionary group_names_;
  std::vector<std::vector<std::string>> group_codes_;
  std::vector<std::vector<std::uint32_t>> group_members_;
  int levels_ = 0;
  bool sealed_ = false;
};

// The out-of-line halves of roll-up code (attain/config.hpp, SYMBOL VISIBILITY: exported
// helpers live here, never in `detail`).
namespace out_of_line {
// Asks the system to back [p, p + bytes) with huge pages where it can (Linux: madvise
// MADV_HUGEPAGE over the 2 MiB pages wholly inside; elsewhere nothing): a roll-up's states,
// tens of megabytes first touched at once, then fault once per 2 MiB instead of per 4 KiB.
// A hint: contents never change.
ATTAIN_API void advise_huge_pages(void* p, std::size_t bytes) noexcept;
// Asks the system to map the pages of [p, p + bytes) now, writable (Linux 5.14: madvise
// MADV_POPULATE_WRITE; elsewhere nothing), so that threads fault their own parts of a
// buffer at once instead of one thread faulting it all as it writes. Contents never change.
ATTAIN_API void populate_pages(void* p, std::size_t bytes) noexcept;
}  // namespace out_of_line

}  // namespace attain

#endif  // ATTAIN_HIERARCHY_HPP
