// attain/ranking.hpp — ranks of units by a score, with the tie rule named.
//
// "Cải cách hành chính năm 2022 đứng thứ 7/27, tăng 5 hạng so với năm 2021": a district is
// 7th of 27 by its administrative-reform index, up 5 places on the year before. A rank needs
// three things said: which way the score is good (the ranked value's direction), how ties
// are numbered, and over which population. attain takes all three explicitly.
//
// GLOSSARY (users' words → ours)
//   xếp hạng / đứng thứ = rank; tăng N hạng = places_gained = +N; giảm N hạng = −N.
//
// TIE METHODS (scores 44, 42, 42, 41, 41, 41, 39; higher is better)
//   standard    1 2 2 4 4 4 7      "1224", SQL rank()
//   modified    1 3 3 6 6 6 7      "1334"
//   dense       1 2 2 3 3 3 4      "1223", SQL dense_rank()
//   ordinal     1 2 3 4 5 6 7      "1234", SQL row_number(); ties keep the input order
//   fractional  1 2.5 2.5 5 5 5 7  the mean of the tied positions
//
// IN WORDS (the catalogue, attain/words.hpp; singular and plural are separate entries)
//   explain_rank_change(5, language::en)      "up 5 places"     explain_rank_change(1, en)  "up 1 place"
//   explain_rank_change(-2, language::vi)     "giảm 2 hạng"     explain_rank_change(0, vi)  "giữ nguyên hạng"
//   explain_rank_change(-1, language::fr)     "perd 1 place"    explain_rank_change(5, fr)  "gagne 5 places"
//   explain_rank({7, 27}, language::en)       "ranked 7 of 27"
//   explain_rank({7, 27}, language::vi)       "đứng thứ 7/27"
//   explain_rank({1, 27}, language::fr)       "classé 1er sur 27"  ("classé 7e sur 27")
//
// CASE STUDY: up 5 places means the rank number fell
//   12th → 7th is "tăng 5 hạng": places_gained = previous − current = 12 − 7 = +5. It is
//   only defined between two rankings of the same units by the same method; otherwise
//   places_gained says why::population_mismatch.
#ifndef ATTAIN_RANKING_HPP
#define ATTAIN_RANKING_HPP

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/language.hpp"
#include "attain/no_value.hpp"

namespace attain {

enum class rank_method : std::uint8_t { standard, modified, dense, ordinal, fractional };
enum class rank_order : std::uint8_t {
  higher_is_better,  // the largest score ranks 1st
  lower_is_better,   // the smallest score ranks 1st
};

constexpr std::string_view to_string(rank_method m) noexcept {
  switch (m) {
    case rank_method::standard: return "standard competition (1224)";
    case rank_method::modified: return "modified competition (1334)";
    case rank_method::dense: return "dense (1223)";
    case rank_method::ordinal: return "ordinal (1234)";
    case rank_method::fractional: return "fractional (1 2.5 2.5 4)";
  }
  return "?";
}
// The tie method in words: "standard competition (1224)", "compétition standard (1224)".
ATTAIN_API std::string_view describe(rank_method m, language l) noexcept;

// The ranks of `scores`, in input order. Exact: fractional ranks are decimals (2.5).
ATTAIN_API std::vector<decimal> rank(std::span<const decimal> scores, rank_order order, rank_method method);

// A position: rank within a population ("7/27").
struct rank_position {
  decimal rank;
  std::size_t population = 0;
  friend bool operator==(const rank_position&, const rank_position&) = default;
};
ATTAIN_API std::string to_string(const rank_position& p);  // "7/27", "2.5/27"

// The units of one ranking, with their scores and ranks.
class ATTAIN_API ranking {
 public:
  ranking(std::vector<std::string> units, std::vector<decimal> scores, rank_order order, rank_method method);

  const std::vector<std::string>& units() const noexcept { return units_; }
  const std::vector<decimal>& scores() const noexcept { return scores_; }
  const std::vector<decimal>& ranks() const noexcept { return ranks_; }
  rank_order order() const noexcept { return order_; }
  rank_method method() const noexcept { return method_; }
  std::size_t size() const noexcept { return units_.size(); }

  // "7/27" for a unit; no value (why::not_ranked) for a unit not in the ranking.
  computed<rank_position> rank_of(std::string_view unit) const;

 private:
  std::vector<std::string> units_;
  std::vector<decimal> scores_;
  std::vector<decimal> ranks_;
  rank_order order_;
  rank_method method_;
};

// previous rank − current rank: +5 for 12th → 7th ("tăng 5 hạng"). No value when the two
// rankings are of different unit sets, methods or orders (population_mismatch), or the
// unit is in neither (not_ranked).
ATTAIN_API computed<decimal> places_gained(const ranking& previous, const ranking& current, std::string_view unit);

// IN WORDS -------------------------------------------------------------------------------------

// A change of rank, places_gained in words: +5 "up 5 places" / "tăng 5 hạng" / "gagne 5
// places"; +1 "up 1 place"; −2 "down 2 places" / "giảm 2 hạng" / "perd 2 places"; 0
// "unchanged" / "giữ nguyên hạng" / "rang inchangé". A fractional change (ties ranked
// fractionally) is written in the language's number format: "up 1.5 places".
ATTAIN_API std::string explain_rank_change(int places_gained, language l);
ATTAIN_API std::string explain_rank_change(const decimal& places_gained, language l);

// A rank in its population: "ranked 7 of 27" / "đứng thứ 7/27" / "classé 7e sur 27" (French
// "1er" for the first); a fractional rank in the language's format ("classé 2,5e sur 27").
ATTAIN_API std::string explain_rank(const rank_position& p, language l);

}  // namespace attain

#endif  // ATTAIN_RANKING_HPP
