// Tests for attain/hierarchy.hpp: levels, orders, subtrees, groups, orphans and cycles.
#include "attain/hierarchy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using attain::unit_hierarchy;

unit_hierarchy seed() {
  unit_hierarchy h;
  h.add("C1", "D1");  // children before parents is fine
  h.add("C2", "D1");
  h.add("C3", "D2");
  h.add("D1", "P1");
  h.add("D2", "P1");
  h.add("P1");
  h.add("P2");
  h.add_group("mountainous", {"C2", "C3"});
  h.seal();
  return h;
}

TEST(hierarchy, levels_parents_and_ancestors) {
  const unit_hierarchy h = seed();
  EXPECT_EQ(h.levels(), 3);
  EXPECT_EQ(h.depth(h.id("P1")), 0);
  EXPECT_EQ(h.depth(h.id("D2")), 1);
  EXPECT_EQ(h.depth(h.id("C3")), 2);
  EXPECT_EQ(h.parent(h.id("C3")), h.id("D2"));
  EXPECT_EQ(h.parent(h.id("P1")), unit_hierarchy::npos);
  EXPECT_EQ(h.ancestor_at(h.id("C1"), 0), h.id("P1"));
  EXPECT_EQ(h.ancestor_at(h.id("C1"), 1), h.id("D1"));
  EXPECT_EQ(h.ancestor_at(h.id("C1"), 2), h.id("C1"));
  EXPECT_EQ(h.ancestor_at(h.id("D1"), 2), unit_hierarchy::npos);
  EXPECT_EQ(h.units_at(0).size(), 2u);
  EXPECT_EQ(h.units_at(2).size(), 3u);
  EXPECT_EQ(h.children(h.id("D1")).size(), 2u);
}

TEST(hierarchy, subtrees_and_bottom_up_order) {
  const unit_hierarchy h = seed();
  EXPECT_TRUE(h.contains(h.id("P1"), h.id("C3")));
  EXPECT_TRUE(h.contains(h.id("D1"), h.id("D1")));
  EXPECT_FALSE(h.contains(h.id("D1"), h.id("C3")));
  EXPECT_FALSE(h.contains(h.id("P2"), h.id("C1")));
  const auto order = h.bottom_up();
  ASSERT_EQ(order.size(), h.size());
  for (std::size_t i = 1; i < order.size(); ++i) EXPECT_GE(h.depth(order[i - 1]), h.depth(order[i]));
}

TEST(hierarchy, groups_cut_across_the_tree) {
  const unit_hierarchy h = seed();
  const auto g = h.group(h.group_id("mountainous"));
  ASSERT_EQ(g.size(), 2u);
  EXPECT_TRUE(std::find(g.begin(), g.end(), h.id("C3")) != g.end());
  EXPECT_THROW(static_cast<void>(h.group_id("coastal")), attain::domain_error);
}

std::string seal_error(unit_hierarchy& h) {
  try {
    h.seal();
  } catch (const attain::domain_error& e) {
    return e.what();
  }
  return "no error";
}

TEST(hierarchy, orphans_are_named) {
  unit_hierarchy h;
  h.add("P1");
  h.add("D1", "P9");
  EXPECT_EQ(seal_error(h), "orphan unit \"D1\": parent \"P9\" is not a unit");
}

TEST(hierarchy, cycles_are_named_unit_by_unit) {
  unit_hierarchy h;
  h.add("P1");
  h.add("A", "B");
  h.add("B", "C");
  h.add("C", "A");
  EXPECT_EQ(seal_error(h), "cycle of units: \"A\" -> \"B\" -> \"C\" -> \"A\"");
  unit_hierarchy self;
  self.add("S", "S");
  EXPECT_EQ(seal_error(self), "cycle of units: \"S\" -> \"S\"");
}

TEST(hierarchy, duplicates_unknowns_and_bad_groups) {
  unit_hierarchy h;
  h.add("P1");
  try {
    h.add("P1");
    FAIL();
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "duplicate unit \"P1\"");
  }
  try {
    static_cast<void>(h.id("X"));
    FAIL();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::unknown_unit);
    EXPECT_STREQ(e.what(), "unknown unit \"X\"");
  }
  h.add_group("g", {"P1", "Q"});
  EXPECT_EQ(seal_error(h), "unknown unit \"Q\" in group \"g\"");
}

TEST(hierarchy, a_deep_chain_and_a_wide_tree) {
  unit_hierarchy h;
  h.add("L0");
  for (int i = 1; i < 2000; ++i) h.add("L" + std::to_string(i), "L" + std::to_string(i - 1));
  h.seal();
  EXPECT_EQ(h.levels(), 2000);
  EXPECT_EQ(h.ancestor_at(h.id("L1999"), 0), h.id("L0"));
  EXPECT_TRUE(h.contains(h.id("L5"), h.id("L1999")));
  EXPECT_FALSE(h.contains(h.id("L1999"), h.id("L5")));
}

}  // namespace
