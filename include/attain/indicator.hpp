// attain/indicator.hpp — what is measured: code, name, unit, direction, kind.
//
// An indicator ("chỉ tiêu" in the statistical sense) says what its values mean: its unit and
// magnitude ("tỷ đồng" = 10^9 đồng), which way is good (polarity), how values combine over
// time (a flow such as investment adds up over years; a level such as income per head does
// not), and how many decimals a report shows. Every computation that depends on these reads
// them from the indicator instead of guessing.
//
// GLOSSARY (users' words → ours)
//   chỉ tiêu = indicator (or target, by context); đơn vị tính = unit; tỷ đồng = billion đồng;
//   triệu đồng/người = million đồng per person; càng cao càng tốt = higher is better.
//
// MEASURE KINDS
//   level   a stock or state at a point in time (population, income per head): over time,
//           take the last value; never sum.
//   flow    an amount per period (investment, revenue): over time, sum.
//   rate    a ratio or percentage (poverty rate, growth): never sum; combine numerators and
//           denominators (ratio of sums).
//   count   a number of things (communes certified, criteria met): sum over units, last over
//           time.
//
// EXAMPLE
//   indicator inv{.code = "INV", .name = "Tổng vốn đầu tư toàn xã hội",
//                 .unit = unit_of_measure::parse("tỷ đồng"), .polarity = polarity::higher_is_better,
//                 .kind = measure_kind::flow, .decimals = 0};
//   inv.unit.magnitude   // 9
//   inv.unit.base        // "đồng"
//
// CASE STUDY: a percentage is not a flow
//   Summing the poverty rates of 16 communes, or averaging them without weights, gives a
//   number that is no rate of anything. measure_kind::rate makes the default aggregation a
//   ratio of sums (see aggregate.hpp).
#ifndef ATTAIN_INDICATOR_HPP
#define ATTAIN_INDICATOR_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "attain/error.hpp"

namespace attain {

// Which way is good for an indicator.
enum class polarity : std::int8_t {
  higher_is_better = 1,
  lower_is_better = -1,
  target_band = 0,  // good inside a band (inflation between 2 and 4 %)
};

constexpr std::string_view to_string(polarity p) noexcept {
  switch (p) {
    case polarity::higher_is_better: return "higher_is_better";
    case polarity::lower_is_better: return "lower_is_better";
    case polarity::target_band: return "target_band";
  }
  return "?";
}

enum class measure_kind : std::uint8_t { level, flow, rate, count };

constexpr std::string_view to_string(measure_kind k) noexcept {
  switch (k) {
    case measure_kind::level: return "level";
    case measure_kind::flow: return "flow";
    case measure_kind::rate: return "rate";
    case measure_kind::count: return "count";
  }
  return "?";
}

// How an indicator's values aggregate, by the name DHIS2 gives it (its aggregationType, the
// `aggregation` column of an indicators file: attain/io/tidy.hpp). Each is a pair, over
// periods then over units (FORMULAS.md §3): rule_pair_of (attain/aggregate/dhis2.hpp) gives
// it, dhis2_aggregate (attain/aggregate.hpp) computes it.
enum class dhis2_aggregation : std::uint8_t {
  sum, average, average_sum_org_unit,
  last, last_average_org_unit, last_last_org_unit, last_in_period,
  first, first_average_org_unit, first_first_org_unit,
  min, max, min_sum_org_unit, max_sum_org_unit,
  count, stddev, variance,
};

// A unit as written ("tỷ đồng"), split into its magnitude (10^9) and base unit ("đồng").
struct ATTAIN_API unit_of_measure {
  std::string text;       // as written: "tỷ đồng", "%", "triệu đồng/người", "xã"
  int magnitude = 0;      // power of ten of the magnitude words: 9 for tỷ, 6 for triệu
  std::string base;       // the rest: "đồng", "%", "đồng/người", "xã"
  bool percent = false;   // values are percentages (55.4 means 55.4 %)

  // Reads leading magnitude words (nghìn/ngàn, triệu, tỷ/tỉ, thousand, million, billion,
  // trillion; consecutive words multiply) and keeps the rest as the base unit.
  static unit_of_measure parse(std::string_view text);

  friend bool operator==(const unit_of_measure&, const unit_of_measure&) = default;
};

struct indicator {
  std::string code;                 // "INV"
  std::string name;                 // UTF-8, as the plan writes it
  unit_of_measure unit;
  attain::polarity polarity = polarity::higher_is_better;
  measure_kind kind = measure_kind::level;
  int decimals = 1;                 // display decimals in reports

  friend bool operator==(const indicator&, const indicator&) = default;
};

}  // namespace attain

#endif  // ATTAIN_INDICATOR_HPP
