// Ranking (see attain/ranking.hpp).
#include "attain/ranking.hpp"

#include <algorithm>
#include <numeric>

#include "attain/explain.hpp"
#include "attain/words.hpp"

namespace attain {

std::vector<decimal> rank(std::span<const decimal> scores, rank_order order, rank_method method) {
  const std::size_t n = scores.size();
  std::vector<std::size_t> idx(n);
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    return order == rank_order::higher_is_better ? scores[a] > scores[b] : scores[a] < scores[b];
  });
  std::vector<decimal> ranks(n);
  std::size_t dense = 0;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && scores[idx[j]] == scores[idx[i]]) ++j;
    ++dense;
    // Tied positions i+1 … j (1-based).
    const auto first = static_cast<std::int64_t>(i + 1);
    const auto last = static_cast<std::int64_t>(j);
    for (std::size_t k = i; k < j; ++k) {
      decimal r;
      switch (method) {
        case rank_method::standard: r = decimal{first}; break;
        case rank_method::modified: r = decimal{last}; break;
        case rank_method::dense: r = decimal{static_cast<std::int64_t>(dense)}; break;
        case rank_method::ordinal: r = decimal{static_cast<std::int64_t>(k + 1)}; break;
        case rank_method::fractional: r = trim(divide(decimal{first + last}, decimal{2}, 1, rounding::half_even)); break;
      }
      ranks[idx[k]] = r;
    }
    i = j;
  }
  return ranks;
}

std::string to_string(const rank_position& p) { return to_string(p.rank) + "/" + std::to_string(p.population); }

ranking::ranking(std::vector<std::string> units, std::vector<decimal> scores, rank_order order, rank_method method)
    : units_(std::move(units)), scores_(std::move(scores)), order_(order), method_(method) {
  if (units_.size() != scores_.size())
    detail::raise_domain(errc::invalid_argument, "ranking: " + std::to_string(units_.size()) + " units but " +
                                                     std::to_string(scores_.size()) + " scores");
  std::vector<std::string> sorted = units_;
  std::sort(sorted.begin(), sorted.end());
  const auto dup = std::adjacent_find(sorted.begin(), sorted.end());
  if (dup != sorted.end()) detail::raise_domain(errc::invalid_argument, "ranking: unit \"" + *dup + "\" appears twice");
  ranks_ = rank(scores_, order_, method_);
}

computed<rank_position> ranking::rank_of(std::string_view unit) const {
  const auto it = std::find(units_.begin(), units_.end(), unit);
  if (it == units_.end()) return none(why::not_ranked);
  return rank_position{ranks_[static_cast<std::size_t>(it - units_.begin())], units_.size()};
}

computed<decimal> places_gained(const ranking& previous, const ranking& current, std::string_view unit) {
  if (previous.method() != current.method() || previous.order() != current.order() ||
      previous.size() != current.size())
    return none(why::population_mismatch);
  std::vector<std::string> a = previous.units(), b = current.units();
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  if (a != b) return none(why::population_mismatch);
  const auto before = previous.rank_of(unit);
  const auto now = current.rank_of(unit);
  if (!before || !now) return none(why::not_ranked);
  return before->rank - now->rank;
}

std::string_view describe(rank_method m, language l) noexcept {
  switch (m) {
    case rank_method::standard: return text(word::rank_method_standard, l);
    case rank_method::modified: return text(word::rank_method_modified, l);
    case rank_method::dense: return text(word::rank_method_dense, l);
    case rank_method::ordinal: return text(word::rank_method_ordinal, l);
    case rank_method::fractional: return text(word::rank_method_fractional, l);
  }
  return "?";
}

std::string explain_rank_change(const decimal& places_gained, language l) {
  const int sign = signum(places_gained);
  if (sign == 0) return std::string(text(word::rank_unchanged, l));
  const decimal n = trim(abs(places_gained));
  if (n == decimal{1}) return std::string(text(sign > 0 ? word::rank_up_one : word::rank_down_one, l));
  return fill(sign > 0 ? word::rank_up : word::rank_down, l, {format(n, format_of(l))});
}

std::string explain_rank_change(int places_gained, language l) {
  return explain_rank_change(decimal{static_cast<std::int64_t>(places_gained)}, l);
}

std::string explain_rank(const rank_position& p, language l) {
  const std::string population = std::to_string(p.population);
  const decimal r = trim(p.rank);
  if (r == decimal{1}) return fill(word::rank_position_first, l, {population});
  return fill(word::rank_position, l, {format(r, format_of(l)), population});
}

}  // namespace attain
