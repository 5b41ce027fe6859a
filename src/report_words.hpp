// The words and figures the review renderers share (src/report.cpp, src/report_html.cpp).
// Internal: not installed.
#ifndef ATTAIN_SRC_REPORT_WORDS_HPP
#define ATTAIN_SRC_REPORT_WORDS_HPP

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attain/report.hpp"
#include "attain/words.hpp"

namespace attain::detail::report {

// A language, its number format and the percent decimals of a rendering. Every word comes
// from the catalogue (attain/words.hpp, src/words/review.cpp): say() and fill() in `lang`.
struct words {
  attain::language lang = language::vi;
  int percent_decimals = 1;
  rounding mode = rounding::half_up;  // the one rounding of every figure shown

  number_format nf() const noexcept { return format_of(lang); }
  explain_options explain() const noexcept { return {lang, percent_decimals, mode}; }
  // The catalogue's entry in `lang`; with its placeholders {0}, {1}, … filled.
  std::string say(word x) const { return std::string(text(x, lang)); }
  std::string fill(word x, std::initializer_list<std::string_view> args) const { return attain::fill(x, lang, args); }
};

// "2015–2030, 2020–2028, 2020–2035": the distinct terms, baseline to last year, in the order
// of the targets.
std::string distinct_terms_text(const review& r);
// "summed over 16 units", "summed over 1 unit".
std::string summed_over_text(std::size_t units, const words& w);
// "16 exceed" (en, vi); "dépasser : 16" (fr): a count and the status it counts.
std::string tally_item(std::size_t count, std::string_view status, const words& w);
// "Forecast for 2025" when the targets share a term, else "Forecast for the end of each
// target's term (2030, 2028)": the distinct last years, in the order of the targets.
std::string forecast_heading(const review& r, const words& w);
// The catalogue's word of a mid-term verdict: "ahead of schedule", "vượt tiến độ", "en avance
// sur le calendrier".
word verdict_word(review_verdict v) noexcept;

// The series a target is about: "GTSX · cam_thuy", "POV · CA · SEX=F" (no empty unit).
std::string series_text(const target_review& t);
// Its members alone: "SEX=F; AGE=Y15-24" ("" for a headline series).
std::string members_text(const target_review& t);

// "5.540 tỷ đồng", "57,6%": a number with its indicator's unit.
std::string with_unit(const std::string& number, const indicator& ind);
// The same in the typography of `w`'s language: "57,6 %" in French (U+202F before a percent
// unit, as format_percent writes a percent).
std::string with_unit(const std::string& number, const indicator& ind, const words& w);
// Rounded to the indicator's decimals (half up), in the language's format, with the unit.
std::string value_text(const decimal& v, const indicator& ind, const words& w);
std::string percent(const decimal& ratio, const words& w);
// An exact ratio rounded once at the percent decimals: 5544.996/10000 → "55,4%".
std::string percent(const exact_fraction& ratio, const words& w);
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

// The review's header lines: term (or the distinct terms when the targets' terms differ),
// date and elapsed share (only when the targets share one term), method; and the
// definitions (met; the forecast, for one year or each target's term end; the statuses).
std::string term_line(const review& r, const words& w);
std::string date_line(const review& r, const words& w);
std::string method_line(const review& r, const words& w);
std::vector<std::string> definitions(const review& r, const words& w);
// The summary lines, always three: mid-term verdicts, progress statuses, forecast (for one
// year, or each target's term end).
std::vector<std::string> summary_lines(const review& r, const words& w);
std::string report_title(const review& r, const words& w);

}  // namespace attain::detail::report

#endif  // ATTAIN_SRC_REPORT_WORDS_HPP
