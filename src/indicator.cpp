// Indicators (see attain/indicator.hpp).
#include "attain/indicator.hpp"

#include "attain/number_format.hpp"

namespace attain {

unit_of_measure unit_of_measure::parse(std::string_view text) {
  unit_of_measure u;
  u.text = std::string(text);
  std::size_t pos = 0;
  const auto skip_spaces = [&] {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  };
  skip_spaces();
  for (;;) {
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t') ++end;
    if (end == pos) break;
    const int e = magnitude_exponent(text.substr(pos, end - pos));
    if (e < 0) break;
    u.magnitude += e;
    pos = end;
    skip_spaces();
  }
  std::size_t last = text.size();
  while (last > pos && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
  u.base = std::string(text.substr(pos, last - pos));
  u.percent = u.base == "%";
  return u;
}

}  // namespace attain
