// Tests for attain/table.hpp: dictionaries, scales, the wide column, duplicate policies,
// validation at the boundary.
#include "attain/table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "attain/hierarchy.hpp"

namespace {

using attain::decimal;
using attain::dictionary;
using attain::duplicate_policy;
using attain::observation_table;
using attain::period_span;
using attain::value_status;

constexpr period_span y2023{19358, 19722};  // 2023-01-01 … 2023-12-31
constexpr period_span y2024{19723, 20088};

static_assert(observation_table::bytes_per_observation == 21);
static_assert(observation_table::bytes_per_observation <= 24, "issue: an observation in <= 24 bytes");
static_assert(std::is_trivially_copyable_v<period_span>);
static_assert(attain::day_span<period_span>);
static_assert(!attain::day_span<int>);

TEST(table, dictionary_interns_each_code_once) {
  dictionary d;
  EXPECT_EQ(d.intern("D01"), 0u);
  EXPECT_EQ(d.intern("D02"), 1u);
  EXPECT_EQ(d.intern("D01"), 0u);
  EXPECT_EQ(d.find("D09"), dictionary::npos);
  EXPECT_EQ(d[1], "D02");
  EXPECT_EQ(d.size(), 2u);
}

TEST(table, dictionary_survives_growth_with_many_codes) {
  dictionary d;
  for (int i = 0; i < 20000; ++i) EXPECT_EQ(d.intern("unit-" + std::to_string(i)), static_cast<std::uint32_t>(i));
  for (int i = 0; i < 20000; i += 97) EXPECT_EQ(d.find("unit-" + std::to_string(i)), static_cast<std::uint32_t>(i));
  EXPECT_EQ(d.find(""), dictionary::npos);
  EXPECT_EQ(d.intern(""), 20000u);
  EXPECT_EQ(d.find("a-very-long-code-that-spans-more-than-sixteen-bytes"), dictionary::npos);
}

TEST(table, dictionary_tells_codes_apart_by_length_when_their_bytes_agree) {
  // Up to 8 bytes a slot holds the code's bytes zero-padded, so "", "\0", "\0\0" … and
  // "AAAA", "AAAAA" … share those bytes and differ only in length.
  dictionary d;
  std::vector<std::string> codes;
  for (std::size_t n = 0; n <= 10; ++n) codes.emplace_back(n, '\0');
  for (std::size_t n = 1; n <= 10; ++n) codes.emplace_back(n, 'A');
  for (std::size_t i = 0; i < codes.size(); ++i) EXPECT_EQ(d.intern(codes[i]), static_cast<std::uint32_t>(i)) << i;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(d.find(codes[i]), static_cast<std::uint32_t>(i)) << i;
    EXPECT_EQ(d[static_cast<std::uint32_t>(i)], codes[i]);
  }
  EXPECT_EQ(d.find(std::string(11, '\0')), dictionary::npos);
}

TEST(table, dictionary_bulk_interning_matches_one_by_one) {
  // Codes of every length 0…40, long ones sharing their first and last 8 bytes.
  std::vector<std::string> codes;
  for (int n = 0; n <= 40; ++n) codes.push_back(std::string(static_cast<std::size_t>(n), 'x'));
  for (int i = 0; i < 500; ++i) codes.push_back("AAAAAAAA-" + std::to_string(i) + "-BBBBBBBB");
  for (int i = 0; i < 500; ++i) codes.push_back("u" + std::to_string(i));
  std::string chars;
  std::vector<std::uint32_t> offsets{0};
  std::vector<std::size_t> which;
  std::uint64_t s = 5;
  for (int r = 0; r < 5000; ++r) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::size_t k = static_cast<std::size_t>(s >> 33) % codes.size();
    which.push_back(k);
    chars += codes[k];
    offsets.push_back(static_cast<std::uint32_t>(chars.size()));
  }
  dictionary bulk, single;
  std::vector<std::uint32_t> ids(which.size());
  bulk.intern(chars.data(), offsets, ids.data());
  for (std::size_t r = 0; r < which.size(); ++r) {
    ASSERT_EQ(ids[r], single.intern(codes[which[r]])) << r;
    ASSERT_EQ(bulk[ids[r]], codes[which[r]]);
  }
  EXPECT_EQ(bulk.size(), single.size());
  for (const std::string& c : codes) EXPECT_EQ(bulk.find(c), single.find(c)) << c;
  EXPECT_EQ(bulk.find("AAAAAAAA-9999-BBBBBBBB"), dictionary::npos);
}

TEST(table, dictionary_bulk_interning_of_short_codes_matches_one_by_one) {
  // Batches of codes of up to 8 bytes only (the bulk path's bucket compare): 30,000
  // distinct codes, so buckets fill and codes probe past them and the table grows between
  // calls; codes that differ only in length, zero bytes and the empty code among them.
  std::vector<std::string> codes;
  for (std::size_t n = 0; n <= 8; ++n) codes.emplace_back(n, '\0');
  for (std::size_t n = 1; n <= 8; ++n) codes.emplace_back(n, 'A');
  for (int i = 0; i < 30000; ++i) codes.push_back("G" + std::to_string(i));
  std::string chars;
  std::vector<std::uint32_t> offsets{0};
  std::vector<std::size_t> which;
  std::uint64_t s = 11;
  for (int r = 0; r < 200000; ++r) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    // Early rows draw from few codes, later ones from all: new codes keep arriving.
    const std::size_t span = std::min(codes.size(), static_cast<std::size_t>(r) / 4 + 20);
    const std::size_t k = static_cast<std::size_t>(s >> 33) % span;
    which.push_back(k);
    chars += codes[k];
    offsets.push_back(static_cast<std::uint32_t>(chars.size()));
  }
  dictionary bulk, single;
  std::vector<std::uint32_t> ids(which.size());
  // Several calls of uneven sizes, each starting where the last ended.
  for (std::size_t from = 0, step = 1; from < which.size(); from += step, step = step * 3 + 7) {
    const std::size_t to = std::min(which.size(), from + step);
    bulk.intern(chars.data(), std::span<const std::uint32_t>(offsets).subspan(from, to - from + 1), ids.data() + from);
  }
  for (std::size_t r = 0; r < which.size(); ++r) {
    ASSERT_EQ(ids[r], single.intern(codes[which[r]])) << r;
    ASSERT_EQ(bulk[ids[r]], codes[which[r]]);
  }
  EXPECT_EQ(bulk.size(), single.size());
  for (const std::string& c : codes) EXPECT_EQ(bulk.find(c), single.find(c)) << c;
  EXPECT_EQ(bulk.find(std::string(9, '\0')), dictionary::npos);
  EXPECT_EQ(bulk.find("G30000"), dictionary::npos);
}

TEST(table, values_are_stored_at_the_indicator_scale) {
  observation_table t;
  t.add_indicator("INVEST", 2);
  t.append("INVEST", "D01", y2023, decimal{162141, 2});
  t.append("INVEST", "D01", y2024, decimal::parse("3918.5"));
  t.seal();
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t.value_column()[0], 162141);
  EXPECT_EQ(t.value_column()[1], 391850);
  EXPECT_EQ(t.value(1), decimal::parse("3918.50"));
  EXPECT_EQ(t.value(1).scale(), 2);
}

TEST(table, more_decimals_than_the_scale_is_rejected_exactly) {
  observation_table t;
  t.add_indicator("INVEST", 2);
  try {
    t.append("INVEST", "D01", y2023, decimal{1, 3});
    FAIL();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::inexact);
    EXPECT_STREQ(e.what(), "value 0.001 of indicator \"INVEST\" has more decimals than its scale 2");
  }
  // Trailing zeros are fine.
  t.append("INVEST", "D01", y2023, decimal{1000, 3});
  EXPECT_EQ(t.value_column()[0], 100);
  EXPECT_EQ(t.try_append("INVEST", "D02", y2023, decimal{1, 3}), attain::errc::inexact);
  EXPECT_EQ(t.try_append("NOPE", "D02", y2023, decimal{1}), attain::errc::invalid_argument);
}

TEST(table, indicator_scale_is_declared_once) {
  observation_table t;
  EXPECT_EQ(t.add_indicator("A", 2), 0u);
  EXPECT_EQ(t.add_indicator("A", 2), 0u);
  EXPECT_THROW(t.add_indicator("A", 3), attain::domain_error);
  EXPECT_THROW(t.add_indicator("B", 19), attain::domain_error);
}

TEST(table, a_value_beyond_18_digits_moves_the_indicator_to_the_wide_column) {
  observation_table t;
  t.add_indicator("BIG", 2);
  t.add_indicator("SMALL", 0);
  t.append("BIG", "U", y2023, decimal{5, 0});
  t.append("SMALL", "U", y2023, decimal{7, 0});
  EXPECT_FALSE(t.indicator(0).wide);
  const decimal huge = decimal::parse("123456789012345678901234.56");
  t.append("BIG", "U", y2024, huge);
  EXPECT_TRUE(t.indicator(0).wide);
  EXPECT_FALSE(t.indicator(1).wide);
  t.seal();
  EXPECT_EQ(t.value(0), decimal{5});
  EXPECT_EQ(t.value(1), decimal{7});
  EXPECT_EQ(t.value(2), huge);
}

TEST(table, duplicates_are_rejected_by_default_with_the_key) {
  observation_table t;
  t.add_indicator("INVEST", 2);
  t.append("INVEST", "D01", y2024, decimal{1});
  t.append("INVEST", "D02", y2024, decimal{2});
  t.append("INVEST", "D01", y2024, decimal{3});
  try {
    t.seal();
    FAIL();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::invalid_argument);
    EXPECT_STREQ(e.what(), "duplicate observation: indicator \"INVEST\", unit \"D01\", period 2024-01-01...2024-12-31");
  }
}

TEST(table, keep_last_keeps_the_row_appended_last) {
  observation_table t(duplicate_policy::keep_last);
  t.add_indicator("X", 0);
  t.append("X", "A", y2024, decimal{1});
  t.append("X", "B", y2024, decimal{2});
  t.append("X", "A", y2024, decimal{3}, value_status::estimate);
  t.append("X", "A", y2023, decimal{4});
  const attain::seal_report r = t.seal();
  EXPECT_EQ(r.duplicates, 1u);
  EXPECT_EQ(r.rows_removed, 1u);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t.value(0), decimal{2});
  EXPECT_EQ(t.value(1), decimal{3});
  EXPECT_EQ(t.status_column()[1], value_status::estimate);
  EXPECT_EQ(t.flagged_rows(), 1u);
}

TEST(table, sum_policy_adds_duplicates_and_keeps_the_least_final_status) {
  observation_table t(duplicate_policy::sum);
  t.add_indicator("X", 1);
  t.append("X", "A", y2024, decimal{15, 1});
  t.append("X", "A", y2024, decimal{25, 1}, value_status::estimate);
  t.append("X", "A", y2024, decimal{1});
  EXPECT_EQ(t.seal().rows_removed, 2u);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t.value(0), decimal{5});
  EXPECT_EQ(t.status_column()[0], value_status::estimate);
}

TEST(table, sum_of_duplicates_beyond_18_digits_goes_wide_not_wrong) {
  observation_table t(duplicate_policy::sum);
  t.add_indicator("X", 0);
  const decimal big = decimal::parse("900000000000000000");  // 9e17 fits int64
  for (int i = 0; i < 20; ++i) t.append("X", "A", y2024, big);
  t.seal();
  EXPECT_TRUE(t.indicator(0).wide);
  EXPECT_EQ(t.value(0), decimal::parse("18000000000000000000"));
}

TEST(table, a_table_over_a_hierarchy_rejects_unknown_units) {
  attain::unit_hierarchy h;
  h.add("P1");
  h.add("D1", "P1");
  h.seal();
  observation_table t(h);
  t.add_indicator("X", 0);
  t.append("X", "D1", y2024, decimal{1});
  EXPECT_EQ(t.unit_column()[0], h.id("D1"));
  try {
    t.append("X", "D9", y2024, decimal{1});
    FAIL();
  } catch (const attain::domain_error& e) {
    EXPECT_EQ(e.code(), attain::errc::unknown_unit);
    EXPECT_STREQ(e.what(), "unknown unit \"D9\"");
  }
  EXPECT_EQ(t.try_append("X", "D9", y2024, decimal{1}), attain::errc::unknown_unit);
}

TEST(table, coded_bulk_append_and_periods_by_days) {
  observation_table t;
  const auto ind = t.add_indicator("X", 2);
  const auto u = t.unit_id("A");
  const auto p = t.period_id(y2024);
  EXPECT_EQ(t.period_id(period_span{19723, 20088}), p);
  EXPECT_THROW(t.period_id(period_span{5, 4}), attain::domain_error);
  std::vector<attain::coded_observation> rows{{ind, u, p, 12345, value_status::normal}};
  t.append(rows);
  t.seal();
  EXPECT_EQ(t.value(0), decimal(12345, 2));
  EXPECT_GE(t.memory_bytes(), observation_table::bytes_per_observation);
}

TEST(table, many_random_keys_seal_in_linear_time) {
  observation_table t(duplicate_policy::keep_last);
  t.add_indicator("X", 0);
  std::vector<std::uint32_t> per;
  for (int d = 0; d < 50; ++d) per.push_back(t.period_id(period_span{d, d}));
  for (int u = 0; u < 1000; ++u) t.unit_id("U" + std::to_string(u));
  std::uint64_t s = 7;
  for (int i = 0; i < 60000; ++i) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    t.append(attain::coded_observation{0, static_cast<std::uint32_t>((s >> 33) % 1000), per[(s >> 20) % 50], i,
                                       value_status::normal});
  }
  const auto r = t.seal();
  EXPECT_EQ(r.rows_removed, 60000u - t.size());
  EXPECT_LE(t.size(), 50000u);
}

}  // namespace
