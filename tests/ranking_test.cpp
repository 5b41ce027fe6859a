// Tests of attain/ranking.hpp: the tie methods of FORMULAS.md §5, the seed's "7/27, up 5".
#include "attain/ranking.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "attain/io.hpp"

namespace {

using attain::decimal;
using attain::rank_method;
using attain::rank_order;
using namespace attain::literals;

std::vector<decimal> d(std::initializer_list<const char*> xs) {
  std::vector<decimal> out;
  for (const char* x : xs) out.push_back(decimal::parse(x));
  return out;
}

TEST(ranking, every_tie_method_on_the_published_vector) {
  const auto scores = d({"44", "42", "42", "41", "41", "41", "39"});
  const auto r = [&](rank_method m) { return attain::rank(scores, rank_order::higher_is_better, m); };
  EXPECT_EQ(r(rank_method::standard), d({"1", "2", "2", "4", "4", "4", "7"}));
  EXPECT_EQ(r(rank_method::modified), d({"1", "3", "3", "6", "6", "6", "7"}));
  EXPECT_EQ(r(rank_method::dense), d({"1", "2", "2", "3", "3", "3", "4"}));
  EXPECT_EQ(r(rank_method::ordinal), d({"1", "2", "3", "4", "5", "6", "7"}));
  EXPECT_EQ(r(rank_method::fractional), d({"1", "2.5", "2.5", "5", "5", "5", "7"}));
}

TEST(ranking, lower_is_better_and_input_order_kept) {
  const auto scores = d({"3", "1", "2", "1.0"});
  EXPECT_EQ(attain::rank(scores, rank_order::lower_is_better, rank_method::standard), d({"4", "1", "3", "1"}));
  // 1 and 1.0 are equal values: ordinal keeps the input order.
  EXPECT_EQ(attain::rank(scores, rank_order::lower_is_better, rank_method::ordinal), d({"4", "1", "3", "2"}));
}

attain::ranking districts(std::int64_t our_score) {
  // 27 districts; ours is "cam_thuy". Scores distinct, 80.0 … 93.0 in 0.5 steps, ours set.
  std::vector<std::string> units;
  std::vector<decimal> scores;
  for (int i = 0; i < 26; ++i) {
    units.push_back("district_" + std::to_string(i));
    scores.push_back(decimal{800 + 5 * i, 1});
  }
  units.push_back("cam_thuy");
  scores.push_back(decimal{our_score, 1});
  return attain::ranking(units, scores, rank_order::higher_is_better, rank_method::standard);
}

TEST(ranking, seed_ranked_7_of_27_up_5_places) {
  // The other districts score 80.0, 80.5, …, 92.5. In 2021 ours (87.2) is below 11 of them
  // (87.5 … 92.5): 12th; in 2022 (89.7) below 6 (90.0 … 92.5): 7th.
  const auto y2021 = districts(872);
  const auto y2022 = districts(897);
  EXPECT_EQ(attain::to_string(*y2021.rank_of("cam_thuy")), "12/27");
  EXPECT_EQ(attain::to_string(*y2022.rank_of("cam_thuy")), "7/27");
  EXPECT_EQ(*attain::places_gained(y2021, y2022, "cam_thuy"), 5_d);
  EXPECT_EQ(*attain::places_gained(y2022, y2021, "cam_thuy"), -5_d);
}

TEST(ranking, places_gained_refuses_mismatched_populations) {
  const auto a = districts(867);
  auto units = a.units();
  units[0] = "another_district";
  const attain::ranking b(units, a.scores(), rank_order::higher_is_better, rank_method::standard);
  EXPECT_EQ(attain::places_gained(a, b, "cam_thuy").error().reason, attain::why::population_mismatch);
  const attain::ranking dense(a.units(), a.scores(), rank_order::higher_is_better, rank_method::dense);
  EXPECT_EQ(attain::places_gained(a, dense, "cam_thuy").error().reason, attain::why::population_mismatch);
  EXPECT_EQ(attain::places_gained(a, a, "nowhere").error().reason, attain::why::not_ranked);
  EXPECT_EQ(a.rank_of("nowhere").error().reason, attain::why::not_ranked);
}

TEST(ranking, invalid_rankings_throw_with_the_reason) {
  EXPECT_THROW(attain::ranking({"a", "b"}, d({"1"}), rank_order::higher_is_better, rank_method::dense),
               attain::domain_error);
  try {
    attain::ranking({"a", "a"}, d({"1", "2"}), rank_order::higher_is_better, rank_method::dense);
    FAIL() << "no throw";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "ranking: unit \"a\" appears twice");
  }
}

TEST(ranking_property, ranks_agree_with_counting_definitions) {
  std::mt19937_64 rng(27);
  std::uniform_int_distribution<int> value(0, 20), size(0, 40);
  for (int iter = 0; iter < 2000; ++iter) {
    std::vector<decimal> s(static_cast<std::size_t>(size(rng)));
    for (auto& x : s) x = decimal{value(rng)};
    const auto standard = attain::rank(s, rank_order::higher_is_better, rank_method::standard);
    const auto modified = attain::rank(s, rank_order::higher_is_better, rank_method::modified);
    const auto dense = attain::rank(s, rank_order::higher_is_better, rank_method::dense);
    const auto frac = attain::rank(s, rank_order::higher_is_better, rank_method::fractional);
    for (std::size_t i = 0; i < s.size(); ++i) {
      std::int64_t better = 0, not_worse = 0;
      std::vector<decimal> distinct_better;
      for (std::size_t j = 0; j < s.size(); ++j) {
        if (s[j] > s[i]) {
          ++better;
          if (std::find(distinct_better.begin(), distinct_better.end(), s[j]) == distinct_better.end())
            distinct_better.push_back(s[j]);
        }
        if (s[j] >= s[i]) ++not_worse;
      }
      ASSERT_EQ(standard[i], decimal{better + 1});
      ASSERT_EQ(modified[i], decimal{not_worse});
      ASSERT_EQ(dense[i], decimal{static_cast<std::int64_t>(distinct_better.size()) + 1});
      ASSERT_EQ(frac[i] * decimal{2}, decimal{better + 1 + not_worse});
    }
  }
}

// IN WORDS -----------------------------------------------------------------------------------------

using attain::language;

TEST(ranking_words, a_change_of_rank_singular_and_plural_in_every_language) {
  using attain::explain_rank_change;
  EXPECT_EQ(explain_rank_change(5, language::en), "up 5 places");
  EXPECT_EQ(explain_rank_change(1, language::en), "up 1 place");
  EXPECT_EQ(explain_rank_change(-2, language::en), "down 2 places");
  EXPECT_EQ(explain_rank_change(-1, language::en), "down 1 place");
  EXPECT_EQ(explain_rank_change(0, language::en), "unchanged");
  EXPECT_EQ(explain_rank_change(5, language::vi), "tăng 5 hạng");
  EXPECT_EQ(explain_rank_change(1, language::vi), "tăng 1 hạng");
  EXPECT_EQ(explain_rank_change(-2, language::vi), "giảm 2 hạng");
  EXPECT_EQ(explain_rank_change(-1, language::vi), "giảm 1 hạng");
  EXPECT_EQ(explain_rank_change(0, language::vi), "giữ nguyên hạng");
  EXPECT_EQ(explain_rank_change(5, language::fr), "gagne 5 places");
  EXPECT_EQ(explain_rank_change(1, language::fr), "gagne 1 place");
  EXPECT_EQ(explain_rank_change(-2, language::fr), "perd 2 places");
  EXPECT_EQ(explain_rank_change(-1, language::fr), "perd 1 place");
  EXPECT_EQ(explain_rank_change(0, language::fr), "rang inchangé");
  // A large change is grouped as the language groups thousands.
  EXPECT_EQ(explain_rank_change(-1200, language::en), "down 1,200 places");
  EXPECT_EQ(explain_rank_change(1200, language::fr), "gagne 1\u202F200 places");
}

TEST(ranking_words, the_seed_up_5_places_from_places_gained) {
  const auto y2021 = districts(872);
  const auto y2022 = districts(897);
  const decimal gained = *attain::places_gained(y2021, y2022, "cam_thuy");
  EXPECT_EQ(attain::explain_rank_change(gained, language::vi), "tăng 5 hạng");
  EXPECT_EQ(attain::explain_rank_change(gained, language::en), "up 5 places");
  EXPECT_EQ(attain::explain_rank(*y2022.rank_of("cam_thuy"), language::vi), "đứng thứ 7/27");
  EXPECT_EQ(attain::explain_rank(*y2022.rank_of("cam_thuy"), language::en), "ranked 7 of 27");
  EXPECT_EQ(attain::explain_rank(*y2022.rank_of("cam_thuy"), language::fr), "classé 7e sur 27");
  // Fractional ties: in the language's number format; 1.0 places is one place.
  EXPECT_EQ(attain::explain_rank_change(decimal{15, 1}, language::vi), "tăng 1,5 hạng");
  EXPECT_EQ(attain::explain_rank_change(decimal{-25, 1}, language::en), "down 2.5 places");
  EXPECT_EQ(attain::explain_rank_change(decimal{10, 1}, language::fr), "gagne 1 place");
  EXPECT_EQ(attain::explain_rank_change(decimal{0, 2}, language::en), "unchanged");
}

TEST(ranking_words, a_rank_in_its_population) {
  using attain::explain_rank;
  using attain::rank_position;
  EXPECT_EQ(explain_rank(rank_position{decimal{1}, 27}, language::en), "ranked 1 of 27");
  EXPECT_EQ(explain_rank(rank_position{decimal{1}, 27}, language::vi), "đứng thứ 1/27");
  EXPECT_EQ(explain_rank(rank_position{decimal{1}, 27}, language::fr), "classé 1er sur 27");
  EXPECT_EQ(explain_rank(rank_position{decimal{12}, 27}, language::en), "ranked 12 of 27");
  EXPECT_EQ(explain_rank(rank_position{decimal{12}, 27}, language::vi), "đứng thứ 12/27");
  EXPECT_EQ(explain_rank(rank_position{decimal{12}, 27}, language::fr), "classé 12e sur 27");
  EXPECT_EQ(explain_rank(rank_position{decimal{25, 1}, 27}, language::fr), "classé 2,5e sur 27");
  EXPECT_EQ(explain_rank(rank_position{decimal{25, 1}, 27}, language::en), "ranked 2.5 of 27");
}

TEST(ranking_words, tie_methods_in_words) {
  EXPECT_EQ(attain::describe(rank_method::standard, language::en), attain::to_string(rank_method::standard));
  EXPECT_EQ(attain::describe(rank_method::dense, language::fr), "dense (1223)");
  EXPECT_EQ(attain::describe(rank_method::fractional, language::fr), "fractionnaire (1 2,5 2,5 4)");
  EXPECT_EQ(attain::describe(rank_method::modified, language::vi), "cạnh tranh điều chỉnh (1334)");
  for (int m = 0; m <= static_cast<int>(rank_method::fractional); ++m)
    EXPECT_EQ(attain::describe(static_cast<rank_method>(m), language::en), attain::to_string(static_cast<rank_method>(m)));
  EXPECT_EQ(attain::describe(static_cast<rank_method>(99), language::en), "?");
}

}  // namespace
