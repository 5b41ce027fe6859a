// attain/detail/civil.hpp — constexpr proleptic-Gregorian day arithmetic for periods.
//
// Days are counted from 1970-01-01 (day 0) in a 32-bit signed integer. The algorithms are
// Howard Hinnant's "chrono-compatible low-level date algorithms", restricted to the years
// attain accepts (1401…9998, see attain/period.hpp), so every intermediate value is small:
// the value range of each step is given beside it. Boost.Date_Time is the interface type
// (boost::gregorian::date); these functions are what the inner loops run.
#ifndef ATTAIN_DETAIL_CIVIL_HPP
#define ATTAIN_DETAIL_CIVIL_HPP

#include <cstdint>

namespace attain::detail {

struct civil_date {
  int year;
  int month;  // 1…12
  int day;    // 1…31
  friend constexpr bool operator==(const civil_date&, const civil_date&) = default;
};

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int days_in_month(int y, int m) noexcept {
  constexpr int table[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : table[m - 1];
}

constexpr int days_in_year(int y) noexcept { return is_leap(y) ? 366 : 365; }

// Days since 1970-01-01 of y-m-d. y in [1, 9999] here, so every step fits in int.
constexpr std::int32_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;                                      // [0, 9999]
  const int era = y / 400;                          // [0, 24]
  const int yoe = y - era * 400;                    // [0, 399]
  const int mp = (m + 9) % 12;                      // [0, 11], March = 0
  const int doy = (153 * mp + 2) / 5 + d - 1;       // [0, 365]
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
  return era * 146097 + doe - 719468;               // [-719468, 2932896]
}

constexpr civil_date civil_from_days(std::int32_t z) noexcept {
  z += 719468;                                      // [0, ~3.7e6] for our years
  const int era = z / 146097;
  const int doe = z - era * 146097;                 // [0, 146096]
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const int mp = (5 * doy + 2) / 153;               // [0, 11]
  const int d = doy - (153 * mp + 2) / 5 + 1;       // [1, 31]
  const int m = mp < 10 ? mp + 3 : mp - 9;          // [1, 12]
  const int y = yoe + era * 400 + (m <= 2);
  return {y, m, d};
}

// ISO weekday of a day number: Monday = 1 … Sunday = 7. 1970-01-01 was a Thursday.
constexpr int iso_weekday(std::int32_t z) noexcept {
  const int r = static_cast<int>(((static_cast<std::int64_t>(z) % 7) + 7 + 3) % 7);  // Monday = 0
  return r + 1;
}

// The latest day <= z that falls on `weekday` (1 = Monday … 7 = Sunday).
constexpr std::int32_t on_or_before(std::int32_t z, int weekday) noexcept {
  return z - (iso_weekday(z) - weekday + 7) % 7;
}

// First day of week 1 of week-year y, for weeks starting on `weekday`: week 1 is the week
// that contains January 4 (ISO 8601 for Monday weeks; DHIS2 uses the same rule for its
// Wednesday, Thursday, Saturday and Sunday weeks).
constexpr std::int32_t week_one_start(int y, int weekday) noexcept {
  return on_or_before(days_from_civil(y, 1, 4), weekday);
}

// 52 or 53.
constexpr int weeks_in_week_year(int y, int weekday) noexcept {
  return (week_one_start(y + 1, weekday) - week_one_start(y, weekday)) / 7;
}

// The week-year a week starting on day `start` belongs to: the year of its fourth day.
constexpr int week_year_of_start(std::int32_t start) noexcept { return civil_from_days(start + 3).year; }

// Floor division and modulo for signed values.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) noexcept { return a - floor_div(a, b) * b; }

}  // namespace attain::detail

#endif  // ATTAIN_DETAIL_CIVIL_HPP
