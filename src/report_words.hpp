// The words and figures the review renderers share (src/report.cpp, src/report_html.cpp).
// Internal: not installed.
#ifndef ATTAIN_SRC_REPORT_WORDS_HPP
#define ATTAIN_SRC_REPORT_WORDS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "attain/report.hpp"

namespace attain::detail::report {

// A language, its number format and the percent decimals of a rendering.
struct words {
  attain::language lang = language::vi;
  int percent_decimals = 1;

  bool vi() const noexcept { return lang == language::vi; }
  number_format nf() const noexcept { return format_of(lang); }
  std::string pick(std::string_view v, std::string_view e) const { return std::string(vi() ? v : e); }
  explain_options explain() const noexcept { return {lang, percent_decimals, rounding::half_up}; }
};

// The series a target is about: "GTSX · cam_thuy", "POV · CA · SEX=F" (no empty unit).
std::string series_text(const target_review& t);
// Its members alone: "SEX=F; AGE=Y15-24" ("" for a headline series).
std::string members_text(const target_review& t);

// "5.540 tỷ đồng", "57,6%": a number with its indicator's unit.
std::string with_unit(const std::string& number, const indicator& ind);
// Rounded to the indicator's decimals (half up), in the language's format, with the unit.
std::string value_text(const decimal& v, const indicator& ind, const words& w);
std::string percent(const decimal& ratio, const words& w);
// "2020–2025" with an en dash.
std::string years_text(int first, int last);
// "ngày 29/6/2023", "29 June 2023".
std::string date_text(const boost::gregorian::date& d, const words& w);
std::string kind_text(target_kind k, const words& w);
std::string method_text(assessment_method m, const words& w);

// The cells of a target's row: "5.540 tỷ đồng (2021–2023, ước đạt)", "10.000 tỷ đồng
// (2021–2025)", "55,4%", "1,11 (vượt tiến độ)", "+5,7%/năm (2020–2023)", …
std::string actual_text(const target_review& r, const words& w);
std::string target_text(const target_review& r, const words& w);
std::string completion_text(const target_review& r, const words& w);
std::string time_adjusted_text(const target_review& r, const words& w);
std::string growth_text(const target_review& r, const words& w);
std::string progress_text(const target_review& r, const words& w);
std::string forecast_text(const target_review& r, const words& w);
std::string verdict_text(const target_review& r, const words& w);

// The sentences that explain a target's figures: attainment, growth, progress, forecast.
struct explanation {
  std::string attainment, growth, progress, forecast;
};
explanation explain_target(const target_review& r, const words& w);

// The review's header lines: term, date and elapsed share, method; and the definitions.
std::string term_line(const review& r, const words& w);
std::string date_line(const review& r, const words& w);
std::string method_line(const review& r, const words& w);
std::vector<std::string> definitions(const review& r, const words& w);
// The summary lines: mid-term verdicts, progress statuses, forecast.
std::vector<std::string> summary_lines(const review& r, const words& w);
std::string report_title(const review& r, const words& w);

}  // namespace attain::detail::report

#endif  // ATTAIN_SRC_REPORT_WORDS_HPP
