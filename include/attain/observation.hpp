// attain/observation.hpp — a value with its period and its status.
//
// An observation is what a statistical table holds in one cell: the value of an indicator
// for a unit in a period, and how final it is — actual, provisional, estimated ("ước đạt"),
// forecast. Status travels with every figure derived from it: a growth rate computed from an
// estimate is an estimate, and a report says so.
//
// GLOSSARY (users' words → ours)
//   thực hiện = actual (normal); sơ bộ = provisional; ước đạt / ước tính = estimate;
//   dự báo = forecast; kế hoạch / chỉ tiêu = plan / target (not an observation: see target.hpp).
//
// STATUS (SDMX OBS_STATUS codes)
//   normal A, provisional P, estimate E, forecast F, break_in_series B, missing M.
//   combine(a, b) is the least final of the two, in that order: a sum of an actual and an
//   estimate is an estimate; anything with a forecast in it is a forecast.
//
// CASE STUDY: the mid-term review is made of estimates
//   A review held in June 2023 reports 2023 "ước đạt": every figure that uses 2023 — the
//   average growth 2021–2023, the cumulative investment — is itself an estimate, and is
//   labelled so ("ước đạt 5,7%"), however exact the arithmetic.
#ifndef ATTAIN_OBSERVATION_HPP
#define ATTAIN_OBSERVATION_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/period.hpp"

namespace attain {

// The status of an observation (SDMX OBS_STATUS), ordered from most to least final.
enum class value_status : std::uint8_t {
  normal = 0,       // A: thực hiện (actual)
  provisional,      // P: sơ bộ
  estimate,         // E: ước đạt
  forecast,         // F: dự báo
  break_in_series,  // B
  missing,          // M
};
inline constexpr std::size_t value_status_count = 6;

constexpr std::string_view to_string(value_status s) noexcept {
  switch (s) {
    case value_status::normal: return "normal";
    case value_status::provisional: return "provisional";
    case value_status::estimate: return "estimate";
    case value_status::forecast: return "forecast";
    case value_status::break_in_series: return "break";
    case value_status::missing: return "missing";
  }
  return "?";
}

// The SDMX OBS_STATUS code: 'A', 'P', 'E', 'F', 'B', 'M'.
constexpr char sdmx_code(value_status s) noexcept { return "APEFBM"[static_cast<std::size_t>(s)]; }

constexpr std::optional<value_status> value_status_from_sdmx(char code) noexcept {
  switch (code) {
    case 'A': return value_status::normal;
    case 'P': return value_status::provisional;
    case 'E': return value_status::estimate;
    case 'F': return value_status::forecast;
    case 'B': return value_status::break_in_series;
    case 'M': return value_status::missing;
    default: return std::nullopt;
  }
}

// The status of a figure derived from figures of statuses a and b: the less final one.
constexpr value_status combine(value_status a, value_status b) noexcept { return a > b ? a : b; }

// One value of one indicator for one unit in one period.
struct observation {
  period when;
  decimal value;
  value_status status = value_status::normal;

  friend bool operator==(const observation&, const observation&) = default;
};

}  // namespace attain

#endif  // ATTAIN_OBSERVATION_HPP
