// The catalogue's lookup (attain/words.hpp): the area tables joined into one index by word.
#include <array>
#include <cstddef>
#include <string>

#include "attain/error.hpp"
#include "catalogue.hpp"

namespace attain {
namespace {

using detail::words::row;
constexpr std::size_t word_count = static_cast<std::size_t>(word::count_);

// Each word's row; a word with no row (or two) is caught by the catalogue's tests, which
// read every entry through text().
const std::array<const row*, word_count>& index() noexcept {
  static const std::array<const row*, word_count> rows = [] {
    std::array<const row*, word_count> out{};
    for (const auto table : {detail::words::review_rows(), detail::words::html_rows(), detail::words::explain_rows(),
                             detail::words::ranking_rows(), detail::words::cli_rows()})
      for (const row& r : table)
        if (static_cast<std::size_t>(r.id) < word_count && out[static_cast<std::size_t>(r.id)] == nullptr)
          out[static_cast<std::size_t>(r.id)] = &r;
    return out;
  }();
  return rows;
}

}  // namespace

std::string_view text(word w, language l) noexcept {
  const std::size_t i = static_cast<std::size_t>(w);
  if (i >= word_count || index()[i] == nullptr) return {};
  const row& r = *index()[i];
  switch (l) {
    case language::en: return r.en;
    case language::vi: return r.vi;
    case language::fr: return r.fr;
  }
  return r.en;
}

std::string fill(word w, language l, std::initializer_list<std::string_view> args) {
  const std::string_view t = text(w, l);
  std::string out;
  out.reserve(t.size() + 16);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '{' && i + 2 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] == '}') {
      const auto n = static_cast<std::size_t>(t[i + 1] - '0');
      if (n >= args.size())
        detail::raise_domain(errc::invalid_argument, "word " + std::to_string(static_cast<std::size_t>(w)) + " (" +
                                                         std::string(to_string(l)) + "): no argument for {" +
                                                         std::to_string(n) + "}");
      out += *(args.begin() + n);
      i += 2;
    } else {
      out += t[i];
    }
  }
  return out;
}

}  // namespace attain
