// attain/period.hpp — the periods every observation and target belongs to.
//
// A period is a run of whole days with a *kind*: a day, a week, a month, a quarter, a year,
// a fiscal (reporting) year, a plan term, or an arbitrary range. Each period knows its first
// and last day (boost::gregorian::date) and its kind. Granularity is never implied: a year
// is not "less than" a quarter, and two periods of different kinds cannot be subtracted.
// Ask `contains`, `overlaps` or `precedes`; move between granularities with named, lossy
// functions (`quarter_of(month)`, `year_of(quarter)`, `enclosing(p, kind)`).
//
// Two layers share one model:
//   * Typed calendar periods — `year`, `half_year`, `trimester`, `quarter`, `bimonth`,
//     `month` (calendar_period<K>) and `iso_week` — carry their granularity in the type.
//     `quarter{2024, 1} - quarter{2023, 3}` is `quarters{2}`; `year + year` and
//     `year < quarter` do not compile. 4 bytes each, trivially copyable, constexpr.
//   * `period` — the run-time value a parser returns: any kind, including fiscal/reporting
//     years and their sub-periods, weeks starting on any weekday (DHIS2's Wednesday/
//     Thursday/Saturday/Sunday weeks; Tuesday and Friday too), DHIS2 bi-weeks, plan terms
//     and date ranges. 12 bytes, trivially copyable, regular (== only).
//     Every typed period converts to it implicitly (losslessly).
//
// GLOSSARY (users' words → ours)
//   năm = year; quý = quarter; tháng = month; tuần = week; 6 tháng đầu năm = first half-year;
//   năm tài chính = fiscal year; kỳ báo cáo = reporting period; giai đoạn = span of plan
//   years (see term.hpp); nhiệm kỳ = term (see term.hpp); năm gốc = baseline year.
//
// CONSTRUCTION (results in comments)
//   quarter{2024, 1}.first()                       // 2024-01-01
//   quarter{2024, 5}                               // throws attain::domain_error
//   month{2024, 2}.days()                          // 29 (leap year)
//   iso_week{2009, 1}.first()                      // 2008-12-29
//   iso_week_of(date(2012, 12, 31))                // iso_week{2013, 1}
//   period::fiscal_year(2004, year_start{4, 1})    // 2004-04-01 … 2005-03-31
//   period::reporting(period_kind::quarter, 2001, 1, year_start{7, 1})
//                                                  // 2001-07-01 … 2001-09-30 (SDMX 2001-Q1
//                                                  //    with REPORTING_YEAR_START_DAY --07-01)
//   period::week(2015, 5, weekday::wednesday)      // DHIS2 2015WedW5: 2015-01-28 … 2015-02-03
//   period::plan_term(2021, 2025)                  // the plan years 2021…2025 (baseline 2020)
//   period::range(date(2021, 1, 1), date(2025, 12, 31))
//
// ARITHMETIC
//   next(quarter{2023, 4})                         // quarter{2024, 1}
//   year{2023} - year{2020}                        // years{3}: the n of growth formulas
//   quarter{2023, 1} + quarters{5}                 // quarter{2024, 2}
//   difference(period{year{2023}}, period{year{2020}})   // 3 (run-time kinds must match)
//   days(period{year{2024}})                       // 366
//   contains(period{year{2023}}, date(2023, 6, 29))// true
//   contains(year{2023}, month{2023, 6})           // true
//   overlaps(quarter{2023, 2}, month{2023, 6})     // true
//   precedes(year{2022}, quarter{2023, 1})         // true
//   split(period::plan_term(2021, 2025), period_kind::year)  // 2021, 2022, 2023, 2024, 2025
//   split(period{quarter{2023, 1}}, period_kind::month)      // 2023-01, 2023-02, 2023-03
//   enclosing(period{month{2023, 5}}, period_kind::quarter)  // 2023-Q2
//   quarter_of(month{2023, 5})                     // quarter{2023, 2}
//   year_of(quarter{2023, 2})                      // year{2023}
//
// ELAPSED SHARE (exact)
//   elapsed_fraction(period::plan_term(2021, 2025), date(2023, 6, 29))
//                                                  // 910/1826: 910 of the term's 1826 days
//                                                  // have passed at the end of 2023-06-29
//   elapsed_fraction(...).to_decimal(4, rounding::half_up)   // 0.4984
//   A day share such as 910/1826 has no finite decimal expansion, so "exact" means the
//   rational; rounding happens once, where the caller asks (to_decimal).
//
// WEEKS THAT STRADDLE YEARS (decision)
//   A week belongs to the week-year of its fourth day (ISO 8601; DHIS2 applies the same rule
//   to weeks starting on Wednesday, Thursday, Saturday or Sunday, and attain to Tuesday and
//   Friday weeks as well): week 1 is the week that contains January 4. 2012-12-31 lies in
//   2013-W01; 2009-W01 starts 2008-12-29. A calendar year is never a whole number of weeks
//   (365 and 366 are not multiples of 7), so `split(year, period_kind::week)` throws
//   (errc::not_aligned) instead of silently clipping or spilling. `weeks_of(2020)` returns
//   the 53 weeks *labelled* 2020 — 2019-12-30 … 2021-01-03 — and
//   `periods_overlapping(year, period_kind::week)` returns every week that touches the year,
//   straddlers included. Choose the one your aggregation means.
//   A 53-week year's DHIS2 bi-week 26 runs three weeks (weeks 51–53), so bi-weeks tile the
//   timeline with no gap or overlap; DHIS2 itself labels week-53 days as bi-week 26.
//
// CASE STUDY: growth "over 2021–2023" is measured from 2020
//   The district's production grew 5.7 % a year "over 2021–2023". The value of 2021 is not
//   the base: the base is the end of 2020, the term's baseline year, and the growth has
//   n = year{2023} - year{2020} = 3 compounding steps, not 2023 - 2021 = 2 and not the
//   three-year count "minus one". Subtracting periods gives counts of steps between them;
//   counting the periods in a span (`split(...).size()`) gives how many there are. See
//   term.hpp for the term that carries its baseline.
//
// REFERENCE YEARS: which year a period stands for in yearly computations
//   reference_year(year{2023})                      // {2023, calendar_year}
//   reference_year(period::plan_term(2005, 2007))   // {2005, first_year_of_range}: pooled
//                                                  //   survey years 2005–2007 count as 2005
//   reference_year(period::fiscal_year(2004, {4, 1}))  // {2004, reporting_year}
//   reference_year(quarter{2023, 1})                // no value (not_applicable)
//   A multi-year period of whole calendar years counts as its FIRST year, as in Statistics
//   Canada's progress measure (Statistics Canada, Canadian Indicator Framework progress
//   methodology; docs/formats.md, "Multi-year periods"). Growth from 2005–2007 to 2012 has
//   n = 2012 − 2005 = 7 steps. A period shorter than a year (a quarter, a month, a week, a
//   day) or a range that does not run from a January 1 to a December 31 has no reference year:
//   no value (why::not_applicable), never a guess at "its" year.
//
// LIMITS
//   Years 1401…9998, so that every period's days (and the week-years that straddle them)
//   lie within Boost.Date_Time's calendar, 1400-01-01 … 9999-12-31. A reporting year may
//   start on day 1…28 of any month (a start on the 29th–31st has no consistent monthly
//   sub-periods). A shift (shift, next, typed + and −) by more than 4,000,000 periods is
//   refused before any arithmetic (year_out_of_range). Violations throw attain::domain_error
//   with the matching errc. docs/explanation/limits.md lists every limit.
#ifndef ATTAIN_PERIOD_HPP
#define ATTAIN_PERIOD_HPP

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/fraction.hpp"
#include "attain/detail/civil.hpp"
#include "attain/error.hpp"
#include "attain/no_value.hpp"
#include "attain/period_span.hpp"
#include "attain/rounding.hpp"

namespace attain {

inline constexpr int min_period_year = 1401;
inline constexpr int max_period_year = 9998;

// The granularity of a period.
enum class period_kind : std::uint8_t {
  day,
  week,       // 7 days; ISO (Monday) or a DHIS2 week starting on another weekday
  biweek,     // DHIS2 bi-week: two ISO weeks (three for bi-week 26 of a 53-week year)
  month,
  bimonth,    // two months: Jan–Feb, Mar–Apr, …
  quarter,
  trimester,  // four months: Jan–Apr, May–Aug, Sep–Dec
  half_year,  // six months (semester)
  year,       // a calendar year, or a fiscal/reporting year with another start
  term,       // whole calendar years first…last: the plan years of a term (term.hpp)
  range,      // any run of days
};

constexpr std::string_view to_string(period_kind k) noexcept {
  switch (k) {
    case period_kind::day: return "day";
    case period_kind::week: return "week";
    case period_kind::biweek: return "biweek";
    case period_kind::month: return "month";
    case period_kind::bimonth: return "bimonth";
    case period_kind::quarter: return "quarter";
    case period_kind::trimester: return "trimester";
    case period_kind::half_year: return "half_year";
    case period_kind::year: return "year";
    case period_kind::term: return "term";
    case period_kind::range: return "range";
  }
  return "?";
}

// ISO weekday numbers.
enum class weekday : std::uint8_t { monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday };

// The first day of a reporting (fiscal) year: SDMX's REPORTING_YEAR_START_DAY (--MM-DD).
// January 1 is the calendar year. `day` is 1…28.
struct year_start {
  std::uint8_t month = 1;
  std::uint8_t day = 1;
  friend constexpr bool operator==(const year_start&, const year_start&) = default;
};
inline constexpr year_start calendar_year_start{1, 1};

namespace detail {

// Months in one period of a month-based kind; 0 for the others.
constexpr int months_per(period_kind k) noexcept {
  switch (k) {
    case period_kind::month: return 1;
    case period_kind::bimonth: return 2;
    case period_kind::quarter: return 3;
    case period_kind::trimester: return 4;
    case period_kind::half_year: return 6;
    case period_kind::year: return 12;
    default: return 0;
  }
}
constexpr bool is_month_based(period_kind k) noexcept { return months_per(k) != 0; }

constexpr errc index_error(period_kind k) noexcept {
  switch (k) {
    case period_kind::month: return errc::month_out_of_range;
    case period_kind::bimonth: return errc::bimonth_out_of_range;
    case period_kind::quarter: return errc::quarter_out_of_range;
    case period_kind::trimester: return errc::trimester_out_of_range;
    case period_kind::half_year: return errc::half_out_of_range;
    case period_kind::week:
    case period_kind::biweek: return errc::week_out_of_range;
    case period_kind::day: return errc::day_out_of_range;
    default: return errc::period_out_of_range;
  }
}

}  // namespace detail

namespace out_of_line {
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_period(errc code, const char* what, long long a, long long b = 0);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise_period;

constexpr bool year_ok(long long y) noexcept { return y >= min_period_year && y <= max_period_year; }
constexpr void check_year(long long y) {
  if (ATTAIN_UNLIKELY(!year_ok(y))) raise_period(errc::year_out_of_range, "year", y);
}
// A shift by n periods: |n| beyond 4,000,000 leaves the supported years for every kind (the
// shortest, a day, spans 3.1 million of them), and bounding it first keeps n · 7 days and
// ordinal + n from wrapping.
inline constexpr std::int64_t max_shift = 4'000'000;
constexpr void check_shift(std::int64_t n) {
  if (ATTAIN_UNLIKELY(n > max_shift || n < -max_shift))
    raise_period(errc::year_out_of_range, "year", n > 0 ? max_period_year + 1 : min_period_year - 1);
}

// First day of sub-period `index` (1-based) of kind k in the reporting year `y` that starts
// on `start`. index may run past the year (it is an offset in periods).
constexpr std::int32_t monthly_first(period_kind k, std::int64_t y, std::int64_t index, year_start start) noexcept {
  const std::int64_t total = (start.month - 1) + (index - 1) * months_per(k);  // months since Jan of y
  const auto yy = static_cast<int>(y + floor_div(total, 12));
  const auto mm = static_cast<int>(floor_mod(total, 12) + 1);
  return days_from_civil(yy, mm, start.day);
}

// The reporting year (labelled by the year it begins) that contains day z.
constexpr int reporting_year_of(std::int32_t z, year_start start) noexcept {
  const civil_date c = civil_from_days(z);
  const bool before = c.month < start.month || (c.month == start.month && c.day < start.day);
  return c.year - (before ? 1 : 0);
}

// Ordinal of the month-based period of kind k containing day z: year × per_year + index − 1.
constexpr std::int64_t monthly_ordinal_of(std::int32_t z, period_kind k, year_start start) noexcept {
  const civil_date c = civil_from_days(z);
  const int y = reporting_year_of(z, start);
  int months = (c.year - y) * 12 + c.month - start.month;  // 0…11 (+/- by day-of-month below)
  if (c.day < start.day) --months;
  const int per_year = 12 / months_per(k);
  return static_cast<std::int64_t>(y) * per_year + months / months_per(k);
}

}  // namespace detail

// ---------------------------------------------------------------------------------------
// Typed periods
// ---------------------------------------------------------------------------------------

// A count of periods of type P: what subtracting two P gives, and what shifts a P.
//   year{2023} - year{2020} == years{3};   years{3}.count() == 3
template <class P>
class period_count {
 public:
  constexpr period_count() noexcept = default;
  constexpr explicit period_count(std::int64_t n) noexcept : n_(n) {}
  constexpr std::int64_t count() const noexcept { return n_; }

  friend constexpr bool operator==(period_count, period_count) noexcept = default;
  friend constexpr auto operator<=>(period_count, period_count) noexcept = default;
  friend constexpr period_count operator+(period_count a, period_count b) noexcept { return period_count{a.n_ + b.n_}; }
  friend constexpr period_count operator-(period_count a, period_count b) noexcept { return period_count{a.n_ - b.n_}; }
  constexpr period_count operator-() const noexcept { return period_count{-n_}; }
  friend constexpr period_count operator*(period_count a, std::int64_t k) noexcept { return period_count{a.n_ * k}; }
  friend constexpr period_count operator*(std::int64_t k, period_count a) noexcept { return period_count{a.n_ * k}; }

 private:
  std::int64_t n_ = 0;
};

// A calendar period of a month-based kind (years start on January 1). K is one of year,
// half_year, trimester, quarter, bimonth, month. Stored as one ordinal: year × n + index − 1.
template <period_kind K>
class calendar_period {
  static_assert(detail::is_month_based(K), "calendar_period is for month-based kinds");

 public:
  static constexpr period_kind kind = K;
  static constexpr int per_year = 12 / detail::months_per(K);

  // 1970 (index 1): regular types need a default.
  constexpr calendar_period() noexcept : ord_(1970 * per_year) {}

  // year{2023}. Throws domain_error (year_out_of_range) outside 1401…9998.
  constexpr explicit calendar_period(int y)
    requires(K == period_kind::year)
      : ord_(y) {
    detail::check_year(y);
  }
  // quarter{2024, 1}, month{2023, 6}. Throws domain_error (quarter_out_of_range, …).
  constexpr calendar_period(int y, int index)
    requires(K != period_kind::year)
      : ord_(static_cast<std::int32_t>(static_cast<std::int64_t>(y) * per_year + index - 1)) {  // checked below
    detail::check_year(y);
    if (ATTAIN_UNLIKELY(index < 1 || index > per_year))
      detail::raise_period(detail::index_error(K), to_string(K).data(), index, per_year);
  }

  // The period of this kind that contains a day.
  static calendar_period containing(const boost::gregorian::date& d);

  constexpr int year() const noexcept { return static_cast<int>(detail::floor_div(ord_, per_year)); }
  constexpr int index() const noexcept { return static_cast<int>(detail::floor_mod(ord_, per_year)) + 1; }
  constexpr std::int32_t ordinal() const noexcept { return ord_; }
  constexpr std::int32_t first_day_number() const noexcept {
    return detail::monthly_first(K, year(), index(), calendar_year_start);
  }
  constexpr std::int32_t last_day_number() const noexcept {
    return detail::monthly_first(K, year(), index() + 1, calendar_year_start) - 1;
  }
  boost::gregorian::date first() const;
  boost::gregorian::date last() const;
  constexpr int days() const noexcept { return last_day_number() - first_day_number() + 1; }

  friend constexpr bool operator==(calendar_period, calendar_period) noexcept = default;
  friend constexpr auto operator<=>(calendar_period, calendar_period) noexcept = default;

  friend constexpr calendar_period operator+(calendar_period p, period_count<calendar_period> n) {
    detail::check_shift(n.count());
    return from_ordinal(p.ord_ + n.count());
  }
  friend constexpr calendar_period operator-(calendar_period p, period_count<calendar_period> n) {
    detail::check_shift(n.count());
    return from_ordinal(p.ord_ - n.count());
  }
  friend constexpr period_count<calendar_period> operator-(calendar_period a, calendar_period b) noexcept {
    return period_count<calendar_period>{static_cast<std::int64_t>(a.ord_) - b.ord_};
  }

  static constexpr calendar_period from_ordinal(std::int64_t ord) {
    detail::check_year(detail::floor_div(ord, per_year));
    calendar_period p;
    p.ord_ = static_cast<std::int32_t>(ord);
    return p;
  }

 private:
  std::int32_t ord_;
};

using year = calendar_period<period_kind::year>;
using half_year = calendar_period<period_kind::half_year>;
using trimester = calendar_period<period_kind::trimester>;
using quarter = calendar_period<period_kind::quarter>;
using bimonth = calendar_period<period_kind::bimonth>;
using month = calendar_period<period_kind::month>;

using years = period_count<year>;
using half_years = period_count<half_year>;
using trimesters = period_count<trimester>;
using quarters = period_count<quarter>;
using bimonths = period_count<bimonth>;
using months = period_count<month>;

// An ISO 8601 week: Monday to Sunday, numbered within its week-year (week 1 contains Jan 4).
class iso_week {
 public:
  static constexpr period_kind kind = period_kind::week;

  constexpr iso_week() noexcept : start_(detail::week_one_start(1970, 1)) {}
  // iso_week{2009, 1} starts 2008-12-29. Throws domain_error (week_out_of_range) for a week
  // the year does not have (week 53 of a 52-week year).
  constexpr iso_week(int week_year, int week) : start_(0) {
    detail::check_year(week_year);
    const int n = detail::weeks_in_week_year(week_year, 1);
    if (ATTAIN_UNLIKELY(week < 1 || week > n)) detail::raise_period(errc::week_out_of_range, "week", week, n);
    start_ = detail::week_one_start(week_year, 1) + 7 * (week - 1);
  }
  static iso_week containing(const boost::gregorian::date& d);

  constexpr int year() const noexcept { return detail::week_year_of_start(start_); }
  constexpr int week() const noexcept { return (start_ - detail::week_one_start(year(), 1)) / 7 + 1; }
  constexpr std::int32_t first_day_number() const noexcept { return start_; }
  constexpr std::int32_t last_day_number() const noexcept { return start_ + 6; }
  boost::gregorian::date first() const;
  boost::gregorian::date last() const;
  static constexpr int days() noexcept { return 7; }

  friend constexpr bool operator==(iso_week, iso_week) noexcept = default;
  friend constexpr auto operator<=>(iso_week, iso_week) noexcept = default;
  friend constexpr iso_week operator+(iso_week w, period_count<iso_week> n) {
    detail::check_shift(n.count());
    return from_start(w.start_ + 7 * n.count());
  }
  friend constexpr iso_week operator-(iso_week w, period_count<iso_week> n) {
    detail::check_shift(n.count());
    return from_start(w.start_ - 7 * n.count());
  }
  friend constexpr period_count<iso_week> operator-(iso_week a, iso_week b) noexcept {
    return period_count<iso_week>{(static_cast<std::int64_t>(a.start_) - b.start_) / 7};
  }

  // The week that starts on day number `start` (a Monday).
  static constexpr iso_week from_start(std::int64_t start) {
    if (ATTAIN_UNLIKELY(start < -250000000 || start > 250000000)) detail::check_year(0);
    detail::check_year(detail::week_year_of_start(static_cast<std::int32_t>(start)));
    iso_week w;
    w.start_ = static_cast<std::int32_t>(start);
    return w;
  }

 private:
  std::int32_t start_;  // day number of the Monday
};
using weeks = period_count<iso_week>;

template <class P>
inline constexpr bool is_typed_period_v = false;
template <period_kind K>
inline constexpr bool is_typed_period_v<calendar_period<K>> = true;
template <>
inline constexpr bool is_typed_period_v<iso_week> = true;

template <class P>
concept typed_period = is_typed_period_v<P>;

// next / prev for typed periods.
template <typed_period P>
constexpr P next(P p) { return p + period_count<P>{1}; }
template <typed_period P>
constexpr P prev(P p) { return p - period_count<P>{1}; }

// LOSSY MOVES, named. A coarser calendar period that contains a finer one:
//   enclosing<quarter>(month{2023, 5}) == quarter{2023, 2}.
// Only where the coarser kind is a whole number of the finer one (a quarter is not inside
// one trimester, so enclosing<trimester>(quarter{…}) does not compile).
template <class To, period_kind From>
  requires(detail::is_month_based(To::kind) && detail::months_per(To::kind) >= detail::months_per(From) &&
           detail::months_per(To::kind) % detail::months_per(From) == 0)
constexpr To enclosing(calendar_period<From> p) {
  constexpr int ratio = detail::months_per(To::kind) / detail::months_per(From);
  return To::from_ordinal(detail::floor_div(p.ordinal(), ratio));
}
template <period_kind From>
constexpr year year_of(calendar_period<From> p) { return enclosing<year>(p); }
template <period_kind From>
constexpr half_year half_year_of(calendar_period<From> p) { return enclosing<half_year>(p); }
template <period_kind From>
constexpr trimester trimester_of(calendar_period<From> p) { return enclosing<trimester>(p); }
template <period_kind From>
constexpr quarter quarter_of(calendar_period<From> p) { return enclosing<quarter>(p); }
template <period_kind From>
constexpr bimonth bimonth_of(calendar_period<From> p) { return enclosing<bimonth>(p); }

// The typed period that contains a day: month_of(date(2023, 6, 29)) == month{2023, 6}.
inline year year_of(const boost::gregorian::date& d) { return year::containing(d); }
inline half_year half_year_of(const boost::gregorian::date& d) { return half_year::containing(d); }
inline trimester trimester_of(const boost::gregorian::date& d) { return trimester::containing(d); }
inline quarter quarter_of(const boost::gregorian::date& d) { return quarter::containing(d); }
inline bimonth bimonth_of(const boost::gregorian::date& d) { return bimonth::containing(d); }
inline month month_of(const boost::gregorian::date& d) { return month::containing(d); }
inline iso_week iso_week_of(const boost::gregorian::date& d) { return iso_week::containing(d); }

// Number of ISO weeks in a week-year: 52 or 53 (2015, 2020, 2026 have 53).
constexpr int iso_weeks_in_year(int week_year) { return detail::weeks_in_week_year(week_year, 1); }

// ---------------------------------------------------------------------------------------
// The run-time period
// ---------------------------------------------------------------------------------------

class period;
namespace detail {
struct period_access;
}

class ATTAIN_API period {
 public:
  // The day 1970-01-01 (regular types need a default).
  constexpr period() noexcept = default;

  // Lossless, implicit: a typed period is a period.
  template <period_kind K>
  constexpr period(calendar_period<K> p) noexcept  // NOLINT(google-explicit-constructor)
      : first_(p.first_day_number()), last_(p.last_day_number()), kind_(K) {}
  constexpr period(iso_week w) noexcept  // NOLINT(google-explicit-constructor)
      : first_(w.first_day_number()), last_(w.last_day_number()), kind_(period_kind::week),
        week_start_(1) {}

  // FACTORIES (all throw attain::domain_error with the matching errc on invalid input)
  static period of_day(const boost::gregorian::date& d);
  // Sub-period `index` of a month-based kind in calendar year y: (quarter, 2024, 1).
  static period calendar(period_kind kind, int y, int index);
  // Sub-period `index` of the reporting year that begins in y on `start`:
  //   reporting(period_kind::half_year, 2004, 1, {4, 1})  → 2004-04-01 … 2004-09-30
  static period reporting(period_kind kind, int y, int index, year_start start);
  // The fiscal year that begins in `start_year` on `start`: (2004, {4, 1}) → 2004-04-01 … 2005-03-31.
  static period fiscal_year(int start_year, year_start start) {
    return reporting(period_kind::year, start_year, 1, start);
  }
  // Week `n` of week-year y, weeks starting on `start_day`: ISO for Monday. Canonical text
  // 2015-W05 for Monday, 2015WedW5 (DHIS2), 2015TueW5 and 2015FriW5 (attain's extension).
  static period week(int week_year, int n, weekday start_day = weekday::monday);
  // DHIS2 bi-week n (1…26) of ISO week-year y.
  static period biweek(int week_year, int n);
  // The plan years first…last of a term, whole calendar years (baseline: first − 1).
  static period plan_term(int first_plan_year, int last_plan_year);
  // Any run of days first…last (inclusive). last < first throws (errc::bad_range).
  static period range(const boost::gregorian::date& first, const boost::gregorian::date& last);
  // The period of `kind` that contains day d (not for term or range).
  static period containing(const boost::gregorian::date& d, period_kind kind, year_start start = calendar_year_start,
                           weekday week_start_day = weekday::monday);

  // TEXT (attain/period_format.hpp has every syntax). Autodetects the syntax; throws
  // attain::invalid_input ("quarter out of range at 5 in \"2023Q5\""); try_parse returns it.
  static period parse(std::string_view text);
  static result<period> try_parse(std::string_view text) noexcept;

  // OBSERVERS
  constexpr period_kind kind() const noexcept { return kind_; }
  boost::gregorian::date first() const;
  boost::gregorian::date last() const;
  constexpr std::int32_t first_day_number() const noexcept { return first_; }  // days since 1970-01-01
  constexpr std::int32_t last_day_number() const noexcept { return last_; }
  // Reporting-year start of a month-based period (January 1 for calendar periods).
  constexpr year_start start() const noexcept { return {start_month_, start_day_}; }
  // First weekday of a week (Monday for ISO and bi-weeks); Monday for other kinds.
  constexpr weekday week_start() const noexcept {
    return week_start_ == 0 ? weekday::monday : static_cast<weekday>(week_start_);
  }
  // Whether this is a fiscal/reporting period (a month-based period whose year does not
  // start on January 1).
  constexpr bool is_reporting() const noexcept { return start_month_ != 1 || start_day_ != 1; }

  // The label: the year a period is named by and its index within that year.
  //   month/quarter/…: calendar or reporting year (the year it begins) and the sub-period;
  //   week/biweek: week-year and number; day: year and day of year; year: (y, 1);
  //   term: (first plan year, number of plan years); range: (year of first day, 1).
  // Declared inline (defined in detail/period_inl.hpp) so that they stay out of a shared
  // libattain's exports, like every inline function.
  inline int label_year() const noexcept;
  inline int label_index() const noexcept;

  friend constexpr bool operator==(const period&, const period&) noexcept = default;

 private:
  friend struct detail::period_access;
  constexpr period(std::int32_t f, std::int32_t l, period_kind k, year_start s, std::uint8_t ws) noexcept
      : first_(f), last_(l), kind_(k), start_month_(s.month), start_day_(s.day), week_start_(ws) {}

  std::int32_t first_ = 0;
  std::int32_t last_ = 0;
  period_kind kind_ = period_kind::day;
  std::uint8_t start_month_ = 1;
  std::uint8_t start_day_ = 1;
  std::uint8_t week_start_ = 0;  // 1…7 for week kinds, 0 otherwise
};

namespace detail {
struct period_access {
  static constexpr period make(std::int32_t f, std::int32_t l, period_kind k, year_start s, std::uint8_t ws) noexcept {
    return period(f, l, k, s, ws);
  }
};
}  // namespace detail

// An ordering for containers (by first day, then last day, then kind, then start). It is
// deliberately not operator<: "2023 < 2023-Q1" has no meaning in the domain.
struct period_less {
  constexpr bool operator()(const period& a, const period& b) const noexcept {
    if (a.first_day_number() != b.first_day_number()) return a.first_day_number() < b.first_day_number();
    if (a.last_day_number() != b.last_day_number()) return a.last_day_number() < b.last_day_number();
    if (a.kind() != b.kind()) return a.kind() < b.kind();
    if (a.start().month != b.start().month) return a.start().month < b.start().month;
    if (a.start().day != b.start().day) return a.start().day < b.start().day;
    return a.week_start() < b.week_start();
  }
};

// ---------------------------------------------------------------------------------------
// Operations on periods (typed periods convert implicitly)
// ---------------------------------------------------------------------------------------

// Number of days, last − first + 1.   days(period{year{2024}}) == 366
constexpr std::int64_t days(const period& p) noexcept {
  return static_cast<std::int64_t>(p.last_day_number()) - p.first_day_number() + 1;
}

namespace detail {
inline std::int32_t to_day_number(const boost::gregorian::date& d) {
  if (ATTAIN_UNLIKELY(d.is_special())) raise_period(errc::day_out_of_range, "date", 0);
  return static_cast<std::int32_t>(d.day_number()) - 2440588;  // Julian day of 1970-01-01
}
inline boost::gregorian::date to_date(std::int32_t z) {
  const civil_date c = civil_from_days(z);
  return boost::gregorian::date(static_cast<unsigned short>(c.year), static_cast<unsigned short>(c.month),
                                static_cast<unsigned short>(c.day));
}
}  // namespace detail

// Whether day d lies in p.
inline bool contains(const period& p, const boost::gregorian::date& d) {
  const std::int32_t z = detail::to_day_number(d);
  return z >= p.first_day_number() && z <= p.last_day_number();
}
// Whether every day of q lies in p.   contains(year{2023}, month{2023, 6}) == true
constexpr bool contains(const period& p, const period& q) noexcept {
  return q.first_day_number() >= p.first_day_number() && q.last_day_number() <= p.last_day_number();
}
// Whether p and q share at least one day.
constexpr bool overlaps(const period& p, const period& q) noexcept {
  return p.first_day_number() <= q.last_day_number() && q.first_day_number() <= p.last_day_number();
}
// Whether p ends before q begins.   precedes(year{2022}, quarter{2023, 1}) == true
constexpr bool precedes(const period& p, const period& q) noexcept { return p.last_day_number() < q.first_day_number(); }
// Whether p and q cover the same days, whatever their kinds (a term 2021…2025 and the range
// 2021-01-01/P5Y).
constexpr bool same_days(const period& p, const period& q) noexcept {
  return p.first_day_number() == q.first_day_number() && p.last_day_number() == q.last_day_number();
}

// The days p and q share: p (or q) itself when it lies within the other, else a range;
// std::nullopt when they do not overlap.
std::optional<period> intersection(const period& p, const period& q);

// The period n periods after p (n < 0: before). Month-based kinds move by whole sub-periods
// of their (reporting) year; weeks by 7n days; a term by n terms of its length
// (2021–2025 → 2026–2030); a range by n times its length in days.
// Throws domain_error (year_out_of_range) past the supported years.
period shift(const period& p, std::int64_t n);
inline period next(const period& p) { return shift(p, 1); }
inline period prev(const period& p) { return shift(p, -1); }

// Whole periods from b to a, so that shift(b, difference(a, b)) == a:
//   difference(period{year{2023}}, period{year{2020}}) == 3.
// a and b must have the same kind, start and week start (else domain_error kind_mismatch);
// terms and ranges must have the same length and lie a whole number of lengths apart
// (else domain_error not_aligned).
std::int64_t difference(const period& a, const period& b);

// The sub-periods of `kind` that make up p, in order, with no gap or overlap:
//   split(period::plan_term(2021, 2025), period_kind::year) → 2021 … 2025
// Month-based sub-periods keep p's reporting-year start when p has one (a fiscal year splits
// into fiscal quarters); weeks keep p's week start. Throws domain_error (not_aligned) when p
// does not begin and end on boundaries of `kind` — a year into weeks, a month into weeks —
// and (kind_mismatch) for kind term or range. See "weeks that straddle years" above.
std::vector<period> split(const period& p, period_kind kind);
// Every period of `kind` that shares a day with p, the partial ones at either end included.
std::vector<period> periods_overlapping(const period& p, period_kind kind);
// The week-year's weeks 1…52 or 1…53 (starting on `start_day`).
std::vector<period> weeks_of(int week_year, weekday start_day = weekday::monday);

// The period of `kind` that contains all of p (lossy):
//   enclosing(period{month{2023, 5}}, period_kind::quarter) → 2023-Q2.
// Throws domain_error (not_aligned) when no single period of `kind` contains p (a week that
// straddles two months has no enclosing month).
period enclosing(const period& p, period_kind kind);

// The share of p's days that have passed at the end of day d, clamped to [0, 1]:
// 0/days before p, days/days from its last day on.
//   elapsed_fraction(period::plan_term(2021, 2025), date(2023, 6, 29)) == exact_fraction{910, 1826}
exact_fraction elapsed_fraction(const period& p, const boost::gregorian::date& d);

// ---------------------------------------------------------------------------------------
// Reference years
// ---------------------------------------------------------------------------------------

// How a period's reference year was chosen.
enum class reference_rule : std::uint8_t {
  calendar_year,        // a calendar year (or a one-year term or range of exactly its days): itself
  reporting_year,       // a fiscal/reporting year not starting on January 1: the year it begins
  first_year_of_range,  // whole calendar years first…last, last > first: the first year
                        // (Statistics Canada, Canadian Indicator Framework progress methodology)
};

constexpr std::string_view to_string(reference_rule r) noexcept {
  switch (r) {
    case reference_rule::calendar_year: return "calendar_year";
    case reference_rule::reporting_year: return "reporting_year";
    case reference_rule::first_year_of_range: return "first_year_of_range";
  }
  return "?";
}

// The year a period stands for in yearly computations (growth steps, progress years) and the
// rule that chose it.
struct year_reference {
  int year = 0;
  reference_rule rule = reference_rule::calendar_year;
  friend constexpr bool operator==(const year_reference&, const year_reference&) = default;
};

// The reference year of p (see REFERENCE YEARS above):
//   a year (kind year, January start)                  → {its year, calendar_year}
//   a fiscal/reporting year (kind year, other start)   → {label_year(), reporting_year}:
//     the year it begins (period::fiscal_year(2004, {4, 1}) → 2004; DHIS2's 2010Nov → 2009)
//   a term or a range of whole calendar years a…b      → {a, first_year_of_range} when b > a,
//                                                         {a, calendar_year} when b == a
//   anything else (a half-year, quarter, month, week, day, or a range not of whole calendar
//   years)                                             → no value (why::not_applicable)
constexpr computed<year_reference> reference_year(const period& p) noexcept {
  const detail::civil_date f = detail::civil_from_days(p.first_day_number());
  const detail::civil_date l = detail::civil_from_days(p.last_day_number());
  switch (p.kind()) {
    case period_kind::year:
      if (p.is_reporting()) return year_reference{f.year, reference_rule::reporting_year};  // it begins on day 1
      return year_reference{f.year, reference_rule::calendar_year};
    case period_kind::term:
    case period_kind::range:
      if (f.month != 1 || f.day != 1 || l.month != 12 || l.day != 31) return none(why::not_applicable);
      return year_reference{f.year, l.year > f.year ? reference_rule::first_year_of_range : reference_rule::calendar_year};
    default: return none(why::not_applicable);
  }
}

// The year a plan review counts an observation in: a pooled multi-year period (2005–2007)
// its first year, as reference_year says; any other period the year it ends in (a fiscal
// year 2010Nov… by 2010, a quarter by its year), as reviews have always counted them.
//   review_year(period{year{2023}}) == 2023;  review_year(pooled 2005–2007) == 2005
constexpr int review_year(const period& p) noexcept {
  if (const computed<year_reference> r = reference_year(p); r && r->rule == reference_rule::first_year_of_range) return r->year;
  return detail::civil_from_days(p.last_day_number()).year;
}

// ---------------------------------------------------------------------------------------
// Inline definitions
// ---------------------------------------------------------------------------------------

template <period_kind K>
calendar_period<K> calendar_period<K>::containing(const boost::gregorian::date& d) {
  return from_ordinal(detail::monthly_ordinal_of(detail::to_day_number(d), K, calendar_year_start));
}
template <period_kind K>
boost::gregorian::date calendar_period<K>::first() const {
  return detail::to_date(first_day_number());
}
template <period_kind K>
boost::gregorian::date calendar_period<K>::last() const {
  return detail::to_date(last_day_number());
}
inline iso_week iso_week::containing(const boost::gregorian::date& d) {
  return from_start(detail::on_or_before(detail::to_day_number(d), 1));
}
inline boost::gregorian::date iso_week::first() const { return detail::to_date(start_); }
inline boost::gregorian::date iso_week::last() const { return detail::to_date(start_ + 6); }
inline boost::gregorian::date period::first() const { return detail::to_date(first_); }
inline boost::gregorian::date period::last() const { return detail::to_date(last_); }

// Typed periods of different types have no difference and no order; these overloads make
// the mistake a compile error instead of a run-time kind_mismatch.
template <typed_period A, typed_period B>
  requires(!std::is_same_v<A, B>)
std::int64_t difference(A, B) = delete;

}  // namespace attain

#include "attain/detail/period_inl.hpp"

template <>
struct std::hash<attain::period> {
  std::size_t operator()(const attain::period& p) const noexcept {
    const auto a = static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.first_day_number()));
    const auto b = static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.last_day_number()));
    const auto c = static_cast<std::uint64_t>(p.kind()) | (static_cast<std::uint64_t>(p.start().month) << 8) |
                   (static_cast<std::uint64_t>(p.start().day) << 16) |
                   (static_cast<std::uint64_t>(p.week_start()) << 24);
    std::uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x7F4A7C159E3779B9ULL + (a << 6));
    h ^= c * 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(h ^ (h >> 31));
  }
};

#endif  // ATTAIN_PERIOD_HPP
