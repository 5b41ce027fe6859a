// attain/explain.hpp — how each figure was obtained, in words a report can use.
//
// Every figure of a review should be checkable by its reader: the numbers it came from, the
// formula, the period, the status of the inputs. `explain` turns a result into one sentence
// in English, Vietnamese or French, with numbers in the language's format (5,540.5 / 5.540,5
// / 5 540,5), ready to paste into a report. The words are those of the catalogue
// (attain/words.hpp): a sentence exists once, in every language.
//
// GLOSSARY (users' words → ours)
//   chỉ tiêu / cible = target; ước đạt / estimation = value_status::estimate; sơ bộ /
//   provisoire = provisional; vượt tiến độ / en avance sur le calendrier = schedule ahead.
//
// EXAMPLES (the 2020–2025 term; review on 2023-06-29)
//   explain(attainment, target, indicator, {language::en})
//     "5,540 / 10,000 tỷ đồng = 55.4% of the 2021–2025 target (estimate); 2.5 of 5 years
//      elapsed: ahead of a straight-line schedule"
//   explain(attainment, target, indicator, {language::vi})
//     "5.540 / 10.000 tỷ đồng = 55,4% mục tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5
//      năm: vượt tiến độ"
//   explain(attainment, target, indicator, {language::fr})
//     "5 540 / 10 000 tỷ đồng = 55,4 % de la cible 2021–2025 (estimation) ; 2,5 années
//      écoulées sur 5 : en avance sur le calendrier"   (U+202F in 5 540, before % and ;
//      U+00A0 before :, as French statistical publications set them)
//   explain(forecast, target, indicator, {language::vi})
//     "dự báo năm 2025: 10.022,5 tỷ đồng = 100,2% mục tiêu (phương pháp: tăng bình quân) → hoàn thành"
//   explain(no_value{why::zero_base}, {language::vi})   "không tính được: kỳ gốc bằng 0"
//   explain(no_value{why::zero_base}, {language::fr})   "non calculable : croissance depuis une base nulle"
//
// CASE STUDY: a sentence beats a number
//   "55,4%" alone invites the reader to think "behind". "5.540 / 10.000 tỷ đồng = 55,4% mục
//   tiêu giai đoạn 2021–2025 (ước đạt); đã qua 2,5/5 năm: vượt tiến độ" says what was added,
//   against what, that 2023 is an estimate, and how it compares with the calendar.
#ifndef ATTAIN_EXPLAIN_HPP
#define ATTAIN_EXPLAIN_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "attain/attainment.hpp"
#include "attain/indicator.hpp"
#include "attain/language.hpp"
#include "attain/no_value.hpp"
#include "attain/number_format.hpp"
#include "attain/progress.hpp"
#include "attain/target.hpp"

namespace attain {

struct explain_options {
  attain::language language = language::en;
  int percent_decimals = 1;            // 55.4%
  rounding mode = default_rounding;   // how displayed figures are rounded
};

// The number format of a language: en 5,540.5; vi 5.540,5; fr 5 540,5 (U+202F) and 55,4 %.
constexpr number_format format_of(language l) noexcept {
  switch (l) {
    case language::vi: return number_format::vi();
    case language::fr: return number_format::fr();
    case language::en: break;
  }
  return number_format::en();
}

// Words for statuses and reasons, from the catalogue: describe(value_status::estimate,
// language::fr) is "estimation"; "?" for a value outside the enumerators.
ATTAIN_API std::string_view describe(value_status s, language l) noexcept;
ATTAIN_API std::string_view describe(why reason, language l) noexcept;
ATTAIN_API std::string_view describe(progress_status s, language l) noexcept;
ATTAIN_API std::string_view describe(forecast_class c, language l) noexcept;
ATTAIN_API std::string_view describe(schedule_status s, language l) noexcept;
ATTAIN_API std::string_view describe(projection_method m, language l) noexcept;  // "average growth"

// "2021–2025" (en dash), the plan years of a term.
ATTAIN_API std::string plan_years_text(const term& t);

ATTAIN_API std::string explain(const no_value& n, const explain_options& options = {});
ATTAIN_API std::string explain(const attainment& a, const target& t, const indicator& ind, const explain_options& options = {});
ATTAIN_API std::string explain(const target_forecast& f, const target& t, const indicator& ind,
                    const explain_options& options = {});
ATTAIN_API std::string explain(const progress_assessment& a, const explain_options& options = {});

}  // namespace attain

#endif  // ATTAIN_EXPLAIN_HPP
