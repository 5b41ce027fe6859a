// attain/language.hpp — the languages attain writes reports and explanations in.
//
// Text for people (human period names, explanations, reports) is produced in one of these,
// chosen explicitly by the caller; nothing reads the process locale.
#ifndef ATTAIN_LANGUAGE_HPP
#define ATTAIN_LANGUAGE_HPP

#include <cstdint>
#include <string_view>

namespace attain {

enum class language : std::uint8_t {
  en,  // English: 5,540.5; "Q1 2024"
  vi,  // Vietnamese: 5.540,5; "quý I/2024"
};

constexpr std::string_view to_string(language l) noexcept { return l == language::vi ? "vi" : "en"; }

}  // namespace attain

#endif  // ATTAIN_LANGUAGE_HPP
