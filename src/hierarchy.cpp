// unit_hierarchy: parent resolution, orphan and cycle detection, orders (attain/hierarchy.hpp).
#include "attain/hierarchy.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace attain {

namespace {
[[noreturn]] void raise_hierarchy(errc code, const std::string& message) { detail::raise_domain(code, message); }
// A code in a message: quoted, control characters escaped, a long one cut (error.hpp).
std::string quoted(std::string_view s) { return detail::quote_excerpt(s); }
}  // namespace

std::uint32_t unit_hierarchy::add(std::string_view code, std::string_view parent_code) {
  if (code.empty()) raise_hierarchy(errc::invalid_argument, "empty unit code");
  if (codes_.find(code) != npos) raise_hierarchy(errc::invalid_argument, "duplicate unit " + quoted(code));
  const std::uint32_t id = codes_.intern(code);
  parent_codes_.emplace_back(parent_code);
  sealed_ = false;
  return id;
}

std::uint32_t unit_hierarchy::add_group(std::string_view name, std::initializer_list<std::string_view> codes) {
  std::vector<std::string> v;
  v.reserve(codes.size());
  for (const std::string_view c : codes) v.emplace_back(c);
  return add_group(name, std::span<const std::string>(v));
}

std::uint32_t unit_hierarchy::add_group(std::string_view name, std::span<const std::string> codes) {
  if (group_names_.find(name) != npos) raise_hierarchy(errc::invalid_argument, "duplicate group " + quoted(name));
  const std::uint32_t g = group_names_.intern(name);
  group_codes_.emplace_back(codes.begin(), codes.end());
  sealed_ = false;
  return g;
}

std::uint32_t unit_hierarchy::id(std::string_view code) const {
  const std::uint32_t u = codes_.find(code);
  if (u == npos) raise_hierarchy(errc::unknown_unit, "unknown unit " + quoted(code));
  return u;
}

std::uint32_t unit_hierarchy::group_id(std::string_view name) const {
  const std::uint32_t g = group_names_.find(name);
  if (g == npos) raise_hierarchy(errc::invalid_argument, "unknown group " + quoted(name));
  return g;
}

void unit_hierarchy::seal() {
  const std::size_t n = size();
  // Parents: every parent code must be a unit (else the unit is an orphan).
  parent_.assign(n, npos);
  for (std::uint32_t u = 0; u < n; ++u) {
    const std::string& pc = parent_codes_[u];
    if (pc.empty()) continue;
    const std::uint32_t p = codes_.find(pc);
    if (p == npos) raise_hierarchy(errc::invalid_argument, "orphan unit " + quoted(code(u)) + ": parent " + quoted(pc) + " is not a unit");
    parent_[u] = p;
  }
  // Cycles: walk up from each unit; a unit met twice on the current walk closes a cycle.
  // state: 0 unvisited, 1 on the current walk, 2 known to reach a root.
  std::vector<std::uint8_t> state(n, 0);
  std::vector<std::uint32_t> walk;
  for (std::uint32_t start = 0; start < n; ++start) {
    walk.clear();
    std::uint32_t u = start;
    while (u != npos && state[u] == 0) {
      state[u] = 1;
      walk.push_back(u);
      u = parent_[u];
    }
    if (u != npos && state[u] == 1) {
      std::string msg = "cycle of units: ";
      const auto at = std::find(walk.begin(), walk.end(), u);
      for (auto it = at; it != walk.end(); ++it) msg += quoted(code(*it)) + " -> ";
      msg += quoted(code(u));
      raise_hierarchy(errc::invalid_argument, msg);
    }
    for (const std::uint32_t w : walk) state[w] = 2;
  }
  // Depths (parents first by memoised walk).
  depth_.assign(n, -1);
  levels_ = 0;
  for (std::uint32_t start = 0; start < n; ++start) {
    walk.clear();
    std::uint32_t u = start;
    while (u != npos && depth_[u] < 0) {
      walk.push_back(u);
      u = parent_[u];
    }
    int d = u == npos ? -1 : depth_[u];
    for (auto it = walk.rbegin(); it != walk.rend(); ++it) depth_[*it] = ++d;
  }
  for (std::uint32_t u = 0; u < n; ++u) levels_ = std::max(levels_, depth_[u] + 1);
  // Children (CSR).
  child_begin_.assign(n + 1, 0);
  for (std::uint32_t u = 0; u < n; ++u)
    if (parent_[u] != npos) ++child_begin_[parent_[u] + 1];
  for (std::size_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_list_.assign(child_begin_[n], 0);
  {
    std::vector<std::uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
    for (std::uint32_t u = 0; u < n; ++u)
      if (parent_[u] != npos) child_list_[fill[parent_[u]]++] = u;
  }
  // Levels, and the bottom-up order (deepest level first).
  level_begin_.assign(static_cast<std::size_t>(levels_) + 1, 0);
  for (std::uint32_t u = 0; u < n; ++u) ++level_begin_[static_cast<std::size_t>(depth_[u]) + 1];
  for (std::size_t l = 0; l < static_cast<std::size_t>(levels_); ++l) level_begin_[l + 1] += level_begin_[l];
  by_level_.assign(n, 0);
  {
    std::vector<std::uint32_t> fill(level_begin_.begin(), level_begin_.end() - 1);
    for (std::uint32_t u = 0; u < n; ++u) by_level_[fill[static_cast<std::size_t>(depth_[u])]++] = u;
  }
  bottom_up_.clear();
  bottom_up_.reserve(n);
  for (int l = levels_ - 1; l >= 0; --l) {
    const auto units = units_at(l);
    bottom_up_.insert(bottom_up_.end(), units.begin(), units.end());
  }
  // Preorder numbering and subtree sizes (subtree membership in O(1)).
  pre_.assign(n, 0);
  subtree_size_.assign(n, 1);
  std::uint32_t counter = 0;
  std::vector<std::uint32_t> stack;
  for (std::uint32_t r = 0; r < n; ++r) {
    if (parent_[r] != npos) continue;
    stack.push_back(r);
    while (!stack.empty()) {
      const std::uint32_t u = stack.back();
      stack.pop_back();
      pre_[u] = counter++;
      const auto ch = children(u);
      for (auto it = ch.rbegin(); it != ch.rend(); ++it) stack.push_back(*it);
    }
  }
  for (const std::uint32_t u : bottom_up_)
    if (parent_[u] != npos) subtree_size_[parent_[u]] += subtree_size_[u];
  // Groups.
  group_members_.assign(group_codes_.size(), {});
  for (std::size_t g = 0; g < group_codes_.size(); ++g) {
    for (const std::string& c : group_codes_[g]) {
      const std::uint32_t u = codes_.find(c);
      if (u == npos)
        raise_hierarchy(errc::unknown_unit, "unknown unit " + quoted(c) + " in group " +
                                                quoted(group_names_[static_cast<std::uint32_t>(g)]));
      group_members_[g].push_back(u);
    }
    std::sort(group_members_[g].begin(), group_members_[g].end());
    group_members_[g].erase(std::unique(group_members_[g].begin(), group_members_[g].end()), group_members_[g].end());
  }
  sealed_ = true;
}

void out_of_line::advise_huge_pages(void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto a = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t first = (a + huge - 1) & ~(huge - 1), last = (a + bytes) & ~(huge - 1);
  if (p == nullptr || last <= first) return;
  (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // NOLINT: a hint; failure changes nothing
#else
  (void)p;
  (void)bytes;
#endif
}

void out_of_line::populate_pages(void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  constexpr std::uintptr_t page = 4096;
  const auto a = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t first = (a + page - 1) & ~(page - 1), last = (a + bytes) & ~(page - 1);
  if (p == nullptr || last <= first) return;
  (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);  // NOLINT: a hint; failure changes nothing
#else
  (void)p;
  (void)bytes;
#endif
}

}  // namespace attain
