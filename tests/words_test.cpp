// The catalogue of words (attain/words.hpp): complete in every language, placeholders that
// agree across languages, and fill's substitution and errors.
#include "attain/words.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "attain/error.hpp"

namespace {

using attain::language;
using attain::word;

// The placeholders a text uses: {0} {1} … as a set of digits.
std::set<int> placeholders(std::string_view t) {
  std::set<int> out;
  for (std::size_t i = 0; i + 2 < t.size(); ++i)
    if (t[i] == '{' && t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] == '}') out.insert(t[i + 1] - '0');
  return out;
}

TEST(Words, EveryEntryHasATextInEveryLanguage) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(word::count_); ++i)
    for (const language l : attain::all_languages)
      EXPECT_FALSE(attain::text(static_cast<word>(i), l).empty())
          << "word " << i << " has no text in " << attain::to_string(l);
}

TEST(Words, EveryLanguageHasTheSamePlaceholders) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(word::count_); ++i) {
    const auto w = static_cast<word>(i);
    const std::set<int> en = placeholders(attain::text(w, language::en));
    EXPECT_EQ(placeholders(attain::text(w, language::vi)), en) << "word " << i << " (vi): " << attain::text(w, language::vi);
    EXPECT_EQ(placeholders(attain::text(w, language::fr)), en) << "word " << i << " (fr): " << attain::text(w, language::fr);
  }
}

TEST(Words, PlaceholdersAreNumberedFromZeroWithoutGaps) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(word::count_); ++i) {
    const std::set<int> p = placeholders(attain::text(static_cast<word>(i), language::en));
    int expected = 0;
    for (const int n : p) EXPECT_EQ(n, expected++) << "word " << i << ": " << attain::text(static_cast<word>(i), language::en);
  }
}

TEST(Words, AWordOutsideTheCatalogueHasNoText) {
  EXPECT_TRUE(attain::text(word::count_, language::en).empty());
}

TEST(Words, LanguagesParseAndPrint) {
  EXPECT_EQ(attain::parse_language("fr"), language::fr);
  EXPECT_EQ(attain::parse_language("vi"), language::vi);
  EXPECT_EQ(attain::parse_language("en"), language::en);
  EXPECT_EQ(attain::parse_language("de"), std::nullopt);
  EXPECT_EQ(attain::to_string(language::fr), "fr");
}

// The explain, ranking and command-line sections (each a contiguous run of enumerators).
std::vector<word> explain_ranking_cli_words() {
  std::vector<word> out;
  const std::pair<word, word> runs[] = {{word::status_actual, word::explain_progress_score},
                                        {word::rank_up, word::rollup_discrepancy},
                                        {word::cli_note, word::cli_problem_one}};
  for (const auto& [first, last] : runs)
    for (auto i = static_cast<std::size_t>(first); i <= static_cast<std::size_t>(last); ++i) out.push_back(static_cast<word>(i));
  return out;
}

TEST(Words, FrenchSetsTheSpacesOfFrenchTypography) {
  // Before a colon a no-break space (U+00A0), before a semicolon a narrow one (U+202F); never
  // an ordinary space, which a line could break at.
  for (const word w : explain_ranking_cli_words()) {
    const std::string_view t = attain::text(w, language::fr);
    EXPECT_EQ(t.find(" :"), std::string_view::npos) << t;
    EXPECT_EQ(t.find(" ;"), std::string_view::npos) << t;
    EXPECT_EQ(t.find(" %"), std::string_view::npos) << t;
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i] == ':' || t[i] == ';') {
        EXPECT_TRUE((i >= 2 && t.substr(i - 2, 2) == "\u00A0") || (i >= 3 && t.substr(i - 3, 3) == "\u202F")) << t;
      }
  }
}

TEST(Words, ExamplesOfTheHeader) {
  EXPECT_EQ(attain::fill(word::rank_up, language::en, {"5"}), "up 5 places");
  EXPECT_EQ(attain::fill(word::rank_up_one, language::vi, {}), "tăng 1 hạng");
  EXPECT_EQ(attain::fill(word::rank_down, language::fr, {"2"}), "perd 2 places");
  EXPECT_EQ(attain::fill(word::rank_position, language::fr, {"7", "27"}), "classé 7e sur 27");
  EXPECT_EQ(attain::text(word::status_estimate, language::fr), "estimation");
  EXPECT_EQ(attain::text(word::status_provisional, language::fr), "provisoire");
  // Singular and plural are separate entries, each in every language.
  EXPECT_NE(attain::text(word::rank_up, language::en), attain::text(word::rank_up_one, language::en));
  EXPECT_NE(attain::text(word::cli_problems, language::fr), attain::text(word::cli_problem_one, language::fr));
}

TEST(Words, FillSubstitutesAndRefusesAMissingArgument) {
  EXPECT_EQ(attain::fill(word::explain_elapsed, language::en, {"2.5", "5"}), "2.5 of 5 years elapsed");
  EXPECT_EQ(attain::fill(word::explain_elapsed, language::vi, {"2,5", "5"}), "đã qua 2,5/5 năm");
  EXPECT_THROW((void)attain::fill(word::explain_elapsed, language::en, {"2.5"}), attain::domain_error);
}

}  // namespace
