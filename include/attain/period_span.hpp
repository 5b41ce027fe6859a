// attain/period_span.hpp — a period as the days it covers: `period_span{first_day, last_day}`.
//
// Day numbers count from 1970-01-01 (day 0), both ends inclusive: the year 2024 is
// period_span{19723, 20088}, 366 days. A span knows nothing of calendars; anything that says
// which days it covers (attain::period, year, quarter, month … of attain/period.hpp) meets
// the `day_span` concept, and to_span takes its days. The observation table stores a period
// this way (attain/table.hpp), and queries group and filter by spans (attain/aggregate.hpp).
//   to_span(quarter{2024, 1})             // {19723, 19813}
//   period_span{19723, 19813}.days()      // 91
#ifndef ATTAIN_PERIOD_SPAN_HPP
#define ATTAIN_PERIOD_SPAN_HPP

#include <concepts>
#include <cstdint>

namespace attain {

// A run of whole days, first_day … last_day (days since 1970-01-01, inclusive).
struct period_span {
  std::int32_t first_day = 0;
  std::int32_t last_day = 0;
  constexpr std::int64_t days() const noexcept { return static_cast<std::int64_t>(last_day) - first_day + 1; }
  constexpr std::int32_t first_day_number() const noexcept { return first_day; }
  constexpr std::int32_t last_day_number() const noexcept { return last_day; }
  friend constexpr bool operator==(const period_span&, const period_span&) = default;
};

// Anything that says which days it covers: attain::period, the typed periods, period_span.
template <class P>
concept day_span = requires(const P& p) {
  { p.first_day_number() } -> std::convertible_to<std::int32_t>;
  { p.last_day_number() } -> std::convertible_to<std::int32_t>;
};

template <day_span P>
constexpr period_span to_span(const P& p) noexcept {
  return {static_cast<std::int32_t>(p.first_day_number()), static_cast<std::int32_t>(p.last_day_number())};
}

}  // namespace attain

#endif  // ATTAIN_PERIOD_SPAN_HPP
