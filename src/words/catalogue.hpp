// Private to src/words/: the rows of the catalogue (attain/words.hpp), one table per area.
#ifndef ATTAIN_SRC_WORDS_CATALOGUE_HPP
#define ATTAIN_SRC_WORDS_CATALOGUE_HPP

#include <span>
#include <string_view>

#include "attain/words.hpp"

namespace attain::detail::words {

struct row {
  word id;
  std::string_view en;
  std::string_view vi;
  std::string_view fr;
};

std::span<const row> review_rows() noexcept;
std::span<const row> html_rows() noexcept;
std::span<const row> explain_rows() noexcept;
std::span<const row> ranking_rows() noexcept;
std::span<const row> cli_rows() noexcept;

}  // namespace attain::detail::words

#endif  // ATTAIN_SRC_WORDS_CATALOGUE_HPP
