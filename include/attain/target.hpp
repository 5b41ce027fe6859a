// attain/target.hpp — what a plan promises: kinds of targets.
//
// A plan target ("chỉ tiêu kế hoạch") fixes a value an indicator should reach by the end of
// a term, measured from the term's baseline. Targets come in kinds that are assessed
// differently, and attain keeps the kind explicit rather than guessing from the numbers.
//
// GLOSSARY (users' words → ours)
//   chỉ tiêu = target; mục tiêu = objective/target value; nhiệm kỳ = term; năm gốc = baseline
//   year; tổng vốn đầu tư giai đoạn = cumulative total over the term; tốc độ tăng bình quân =
//   average growth; xã đạt chuẩn = units meeting a standard; tiêu chí = criteria;
//   duy trì = maintain.
//
// KINDS (examples from a district plan for the 2020–2025 term)
//   level                   income per head reaches 60 million đồng by 2025 (or, lower is
//                           better: poverty rate down to 2 % by 2025)
//   cumulative              total investment 2021–2025 of 10,000 billion đồng (sum of flows)
//   average_growth          production value grows 7 % a year on average (CAGR from the baseline)
//   units_meeting_standard  16 communes certified "new rural" by 2025
//   criteria_met            the district meets all 9 district criteria
//   band                    inflation between 2 and 4 %
//   maintain                forest cover not below its 2020 level in any year
//
// CASE STUDY: the baseline is the year before the term
//   "Nhiệm kỳ 2020–2025" has baseline 2020 and plan years 2021–2025: a growth target is
//   measured from 2020, a cumulative target sums 2021–2025. The target stores the term (with
//   its baseline), so no assessment has to guess which year is the base.
#ifndef ATTAIN_TARGET_HPP
#define ATTAIN_TARGET_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/indicator.hpp"
#include "attain/term.hpp"

namespace attain {

enum class target_kind : std::uint8_t {
  level,
  cumulative,
  average_growth,
  units_meeting_standard,
  criteria_met,
  band,
  maintain,
};

constexpr std::string_view to_string(target_kind k) noexcept {
  switch (k) {
    case target_kind::level: return "level";
    case target_kind::cumulative: return "cumulative";
    case target_kind::average_growth: return "average_growth";
    case target_kind::units_meeting_standard: return "units_meeting_standard";
    case target_kind::criteria_met: return "criteria_met";
    case target_kind::band: return "band";
    case target_kind::maintain: return "maintain";
  }
  return "?";
}

struct target {
  std::string indicator;                 // indicator code
  std::string unit;                      // the unit the target is for ("cam_thuy"); may be empty
  target_kind kind = target_kind::level;
  attain::term term;                     // baseline and plan years; due at the term's last year
  attain::polarity polarity = polarity::higher_is_better;
  decimal value;                         // the level, total, rate (0.07 = 7 %) or count to reach
  std::optional<decimal> upper;          // band: value <= x <= upper
  std::optional<decimal> baseline;       // the baseline value when the series lacks it
  std::string source;                    // where the target was set, for explanations

  friend bool operator==(const target&, const target&) = default;
};

}  // namespace attain

#endif  // ATTAIN_TARGET_HPP
