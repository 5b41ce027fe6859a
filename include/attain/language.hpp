// attain/language.hpp — the languages attain writes reports and explanations in.
//
// Text for people (human period names, explanations, reports) is produced in one of these,
// chosen explicitly by the caller; nothing reads the process locale. Every sentence and label
// is in one catalogue (attain/words.hpp).
#ifndef ATTAIN_LANGUAGE_HPP
#define ATTAIN_LANGUAGE_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace attain {

enum class language : std::uint8_t {
  en,  // English: 5,540.5; "Q1 2024"
  vi,  // Vietnamese: 5.540,5; "quý I/2024"
  fr,  // French: 5 540,5 (narrow no-break space); "T1 2024"
};

inline constexpr std::array<language, 3> all_languages{language::en, language::vi, language::fr};

constexpr std::string_view to_string(language l) noexcept {
  switch (l) {
    case language::en: return "en";
    case language::vi: return "vi";
    case language::fr: return "fr";
  }
  return "?";
}

// "en", "vi", "fr"; none otherwise.
constexpr std::optional<language> parse_language(std::string_view text) noexcept {
  for (const language l : all_languages)
    if (to_string(l) == text) return l;
  return std::nullopt;
}

}  // namespace attain

#endif  // ATTAIN_LANGUAGE_HPP
