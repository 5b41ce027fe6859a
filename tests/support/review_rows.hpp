// Rows of the four tidy tables, made in code, for the review's tests (report_test.cpp,
// report_html_test.cpp): an indicator, a target of the 2020–2025 term (or of any term), an
// observation of unit "d" (or of any unit).
#ifndef ATTAIN_TESTS_SUPPORT_REVIEW_ROWS_HPP
#define ATTAIN_TESTS_SUPPORT_REVIEW_ROWS_HPP

#include <string>
#include <utility>

#include "attain/io/tidy.hpp"
#include "attain/term.hpp"

namespace attain::test {

inline io::indicator_row ind(std::string code, std::string name, std::string unit, measure_kind kind, int decimals,
                             std::string name_en = {}, polarity p = polarity::higher_is_better) {
  io::indicator_row r;
  r.indicator.code = std::move(code);
  r.indicator.name = std::move(name);
  r.indicator.unit = unit_of_measure::parse(unit);
  r.indicator.kind = kind;
  r.indicator.decimals = decimals;
  r.indicator.polarity = p;
  r.name_en = std::move(name_en);
  return r;
}

inline io::target_row tgt(std::string indicator, target_kind kind, decimal value, int baseline, int last,
                          std::string unit = "d") {
  io::target_row r;
  r.target.indicator = std::move(indicator);
  r.target.unit = std::move(unit);
  r.target.kind = kind;
  r.target.term = term::from_baseline(baseline, last);
  r.target.value = value;
  return r;
}
inline io::target_row tgt(std::string indicator, target_kind kind, decimal value, std::string unit = "d") {
  return tgt(std::move(indicator), kind, value, 2020, 2025, std::move(unit));
}

inline io::observation_row obs(std::string indicator, std::string unit, int y, decimal v,
                               value_status s = value_status::normal) {
  return {std::move(indicator), std::move(unit), period{year{y}}, v, s, 0};
}
inline io::observation_row obs(std::string indicator, int y, decimal v, value_status s = value_status::normal) {
  return obs(std::move(indicator), "d", y, v, s);
}

}  // namespace attain::test

#endif  // ATTAIN_TESTS_SUPPORT_REVIEW_ROWS_HPP
