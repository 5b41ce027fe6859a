// attain/report.hpp — the reports people read of a plan review (attain/review.hpp): text,
// Markdown, HTML with charts, JSON and CSV.
//
// The renderers write the review model and hold no arithmetic of their own: every figure is
// exact in the model and is rounded once here, at the digits and in the mode render_options
// names; every word comes from the catalogue (attain/words.hpp), in English, Vietnamese or
// French; every figure is shown with the sentence that explains it (attain/explain.hpp).
//
// USE
//   review r = make_review(...);                        // attain/review.hpp
//   render(std::cout, r, {.format = report_format::markdown, .language = language::fr});
//
// CASE STUDY: "55,4%" is ahead of schedule
//   A completion bar that reads 55,4 % looks half-empty. The HTML report draws, on every
//   bar, the line of the elapsed share of the target's own term (49,8 % on 2023-06-29): the
//   bar past the line is ahead of a straight-line schedule, and the explanation under it says
//   so in words.
#ifndef ATTAIN_REPORT_HPP
#define ATTAIN_REPORT_HPP

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "attain/explain.hpp"
#include "attain/language.hpp"
#include "attain/review.hpp"
#include "attain/rounding.hpp"

namespace attain {

// FORMATS ---------------------------------------------------------------------------------------
enum class report_format : std::uint8_t { text, markdown, html, json, csv };
ATTAIN_API std::string_view to_string(report_format f) noexcept;
ATTAIN_API std::optional<report_format> parse_report_format(std::string_view text) noexcept;

// RENDERING -------------------------------------------------------------------------------------

// How figures are rounded, once, where they are shown (the model keeps them exact):
// percents at `percent_decimals`, values at their indicator's decimals, the time-adjusted
// ratio at 2 decimals; JSON and CSV write ratios at `ratio_scale` (and JSON their exact
// fraction beside). Every rounding uses `mode`.
struct render_options {
  report_format format = report_format::text;
  attain::language language = language::vi;
  int percent_decimals = 1;
  rounding mode = default_rounding;
  int ratio_scale = 6;       // json, csv: 0.554500
  bool explanations = true;  // text, markdown: the sentences under each target
};

// Writes the review. text: a plain-text report (UTF-8, one block per target); markdown:
// tables that paste into a report, then the explanations; html: one self-contained page
// (inline CSS and SVG, no scripts or external assets) readable on a phone and printable;
// json: io::json_writer's conventions (decimals as strings, no value as null + reason);
// csv: one row per target, canonical numbers, the figures' words in `language`.
ATTAIN_API void render(std::ostream& out, const review& r, const render_options& options = {});
ATTAIN_API std::string render(const review& r, const render_options& options = {});

ATTAIN_API void render_text(std::ostream& out, const review& r, const render_options& options = {});
ATTAIN_API void render_markdown(std::ostream& out, const review& r, const render_options& options = {});
ATTAIN_API void render_html(std::ostream& out, const review& r, const render_options& options = {});
ATTAIN_API void render_json(std::ostream& out, const review& r, const render_options& options = {});
ATTAIN_API void render_csv(std::ostream& out, const review& r, const render_options& options = {});
}  // namespace attain

#endif  // ATTAIN_REPORT_HPP
