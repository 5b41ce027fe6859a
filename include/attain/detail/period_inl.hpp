// attain/detail/period_inl.hpp — inline definitions of attain/period.hpp's run-time operations.
// Included by attain/period.hpp only.
#ifndef ATTAIN_DETAIL_PERIOD_INL_HPP
#define ATTAIN_DETAIL_PERIOD_INL_HPP

#include <algorithm>

namespace attain {
namespace detail {

inline constexpr std::int32_t min_day_number = days_from_civil(min_period_year, 1, 1);
inline constexpr std::int32_t max_day_number = days_from_civil(max_period_year, 12, 31);

}  // namespace detail

namespace out_of_line {
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_not_aligned(const period& p, period_kind kind, bool enclosing);
[[noreturn]] ATTAIN_COLD ATTAIN_API void raise_kind_mismatch(const period& a, const period& b);
}  // namespace out_of_line

namespace detail {
using out_of_line::raise_kind_mismatch;
using out_of_line::raise_not_aligned;

inline void check_start(year_start s) {
  if (ATTAIN_UNLIKELY(s.month < 1 || s.month > 12))
    raise_period(errc::month_out_of_range, "reporting year start month", s.month, 12);
  if (ATTAIN_UNLIKELY(s.day < 1 || s.day > 28)) raise_period(errc::day_out_of_range, "reporting year start day", s.day, 28);
}
inline void check_weekday(weekday w) {
  const auto v = static_cast<int>(w);
  if (ATTAIN_UNLIKELY(v < 1 || v > 7)) raise_period(errc::day_out_of_range, "weekday", v, 7);
}
inline void check_day_number(std::int64_t z) {
  if (ATTAIN_UNLIKELY(z < min_day_number || z > max_day_number)) {
    raise_period(errc::year_out_of_range, "year",
                 z < min_day_number ? min_period_year - 1 : static_cast<long long>(max_period_year) + 1);
  }
}

inline period make_day(std::int64_t z) {
  check_day_number(z);
  const auto d = static_cast<std::int32_t>(z);
  return period_access::make(d, d, period_kind::day, calendar_year_start, 0);
}

inline period make_monthly(period_kind k, std::int64_t ord, year_start s) {
  const int per = 12 / months_per(k);
  const std::int64_t y = floor_div(ord, per);
  check_year(y);
  const std::int64_t i = floor_mod(ord, per) + 1;
  return period_access::make(monthly_first(k, y, i, s), monthly_first(k, y, i + 1, s) - 1, k, s, 0);
}
inline std::int64_t monthly_ordinal(const period& p) noexcept {
  return monthly_ordinal_of(p.first_day_number(), p.kind(), p.start());
}

inline period make_week(std::int64_t start, std::uint8_t ws) {
  if (ATTAIN_UNLIKELY(start < min_day_number - 14 || start > max_day_number + 14)) check_day_number(start);
  check_year(week_year_of_start(static_cast<std::int32_t>(start)));
  const auto f = static_cast<std::int32_t>(start);
  return period_access::make(f, f + 6, period_kind::week, calendar_year_start, ws);
}

inline period make_biweek(std::int64_t ord) {
  const std::int64_t y64 = floor_div(ord, 26);
  check_year(y64);
  const auto y = static_cast<int>(y64);
  const auto n = static_cast<int>(floor_mod(ord, 26)) + 1;
  const std::int32_t f = week_one_start(y, 1) + 14 * (n - 1);
  const std::int32_t l = n == 26 ? week_one_start(y + 1, 1) - 1 : f + 13;
  return period_access::make(f, l, period_kind::biweek, calendar_year_start, 1);
}
inline std::int64_t biweek_ordinal(const period& p) noexcept {
  const int y = week_year_of_start(p.first_day_number());
  return static_cast<std::int64_t>(y) * 26 + (p.first_day_number() - week_one_start(y, 1)) / 14;
}

inline period make_term(std::int64_t first_year, std::int64_t last_year) {
  check_year(first_year);
  check_year(last_year);
  if (ATTAIN_UNLIKELY(last_year < first_year)) raise_period(errc::bad_range, "term ending in", last_year, first_year);
  return period_access::make(days_from_civil(static_cast<int>(first_year), 1, 1),
                             days_from_civil(static_cast<int>(last_year), 12, 31), period_kind::term,
                             calendar_year_start, 0);
}

inline period make_range(std::int64_t f, std::int64_t l) {
  check_day_number(f);
  check_day_number(l);
  if (ATTAIN_UNLIKELY(l < f)) raise_period(errc::bad_range, "range of days", l - f + 1);
  return period_access::make(static_cast<std::int32_t>(f), static_cast<std::int32_t>(l), period_kind::range,
                             calendar_year_start, 0);
}

inline int term_years(const period& p) noexcept {
  return civil_from_days(p.last_day_number()).year - civil_from_days(p.first_day_number()).year + 1;
}

inline period containing_day(std::int32_t z, period_kind kind, year_start start, weekday ws) {
  switch (kind) {
    case period_kind::day: return make_day(z);
    case period_kind::week:
      check_weekday(ws);
      return make_week(on_or_before(z, static_cast<int>(ws)), static_cast<std::uint8_t>(ws));
    case period_kind::biweek: {
      const std::int32_t s = on_or_before(z, 1);
      const int y = week_year_of_start(s);
      const int n = std::min((s - week_one_start(y, 1)) / 14 + 1, 26);
      return make_biweek(static_cast<std::int64_t>(y) * 26 + n - 1);
    }
    case period_kind::term:
    case period_kind::range:
      raise_domain(errc::invalid_argument, "a term or a range is not determined by one day");
    default:
      check_start(start);
      return make_monthly(kind, monthly_ordinal_of(z, kind, start), start);
  }
}

// The start and week start a sub-period or enclosing period of `kind` inherits from p.
inline year_start inherited_start(const period& p, period_kind kind) noexcept {
  return is_month_based(kind) && is_month_based(p.kind()) ? p.start() : calendar_year_start;
}
inline weekday inherited_week_start(const period& p, period_kind kind) noexcept {
  return kind == period_kind::week && p.kind() == period_kind::week ? p.week_start() : weekday::monday;
}

}  // namespace detail

inline period period::of_day(const boost::gregorian::date& d) { return detail::make_day(detail::to_day_number(d)); }

inline period period::reporting(period_kind kind, int y, int index, year_start start) {
  if (ATTAIN_UNLIKELY(!detail::is_month_based(kind)))
    detail::raise_domain(errc::invalid_argument, "a reporting period is a year or a month-based part of one");
  detail::check_start(start);
  detail::check_year(y);
  const int per = 12 / detail::months_per(kind);
  if (ATTAIN_UNLIKELY(index < 1 || index > per))
    detail::raise_period(detail::index_error(kind), to_string(kind).data(), index, per);
  return detail::make_monthly(kind, static_cast<std::int64_t>(y) * per + index - 1, start);
}
inline period period::calendar(period_kind kind, int y, int index) { return reporting(kind, y, index, calendar_year_start); }

inline period period::week(int week_year, int n, weekday start_day) {
  detail::check_weekday(start_day);
  detail::check_year(week_year);
  const int ws = static_cast<int>(start_day);
  const int count = detail::weeks_in_week_year(week_year, ws);
  if (ATTAIN_UNLIKELY(n < 1 || n > count)) detail::raise_period(errc::week_out_of_range, "week", n, count);
  return detail::make_week(detail::week_one_start(week_year, ws) + 7 * (n - 1), static_cast<std::uint8_t>(ws));
}

inline period period::biweek(int week_year, int n) {
  detail::check_year(week_year);
  if (ATTAIN_UNLIKELY(n < 1 || n > 26)) detail::raise_period(errc::week_out_of_range, "bi-week", n, 26);
  return detail::make_biweek(static_cast<std::int64_t>(week_year) * 26 + n - 1);
}

inline period period::plan_term(int first_plan_year, int last_plan_year) {
  return detail::make_term(first_plan_year, last_plan_year);
}

inline period period::range(const boost::gregorian::date& first, const boost::gregorian::date& last) {
  return detail::make_range(detail::to_day_number(first), detail::to_day_number(last));
}

inline period period::containing(const boost::gregorian::date& d, period_kind kind, year_start start,
                                 weekday week_start_day) {
  return detail::containing_day(detail::to_day_number(d), kind, start, week_start_day);
}

inline int period::label_year() const noexcept {
  switch (kind_) {
    case period_kind::week:
    case period_kind::biweek: return detail::week_year_of_start(first_);
    case period_kind::day:
    case period_kind::term:
    case period_kind::range: return detail::civil_from_days(first_).year;
    default: return static_cast<int>(detail::floor_div(detail::monthly_ordinal(*this), 12 / detail::months_per(kind_)));
  }
}

inline int period::label_index() const noexcept {
  switch (kind_) {
    case period_kind::day: return first_ - detail::days_from_civil(detail::civil_from_days(first_).year, 1, 1) + 1;
    case period_kind::week: {
      const int y = detail::week_year_of_start(first_);
      return (first_ - detail::week_one_start(y, week_start_)) / 7 + 1;
    }
    case period_kind::biweek: return static_cast<int>(detail::floor_mod(detail::biweek_ordinal(*this), 26)) + 1;
    case period_kind::term: return detail::term_years(*this);
    case period_kind::range: return 1;
    default: return static_cast<int>(detail::floor_mod(detail::monthly_ordinal(*this), 12 / detail::months_per(kind_))) + 1;
  }
}

inline std::optional<period> intersection(const period& p, const period& q) {
  const std::int32_t lo = std::max(p.first_day_number(), q.first_day_number());
  const std::int32_t hi = std::min(p.last_day_number(), q.last_day_number());
  if (lo > hi) return std::nullopt;
  if (lo == p.first_day_number() && hi == p.last_day_number()) return p;
  if (lo == q.first_day_number() && hi == q.last_day_number()) return q;
  return detail::make_range(lo, hi);
}

inline period shift(const period& p, std::int64_t n) {
  detail::check_shift(n);
  switch (p.kind()) {
    case period_kind::day: return detail::make_day(p.first_day_number() + n);
    case period_kind::week:
      return detail::make_week(p.first_day_number() + 7 * n, static_cast<std::uint8_t>(p.week_start()));
    case period_kind::biweek: return detail::make_biweek(detail::biweek_ordinal(p) + n);
    case period_kind::term: {
      const std::int64_t len = detail::term_years(p);
      const std::int64_t fy = detail::civil_from_days(p.first_day_number()).year + n * len;
      return detail::make_term(fy, fy + len - 1);
    }
    case period_kind::range: {
      const std::int64_t step = days(p) * n;
      return detail::make_range(p.first_day_number() + step, p.last_day_number() + step);
    }
    default: return detail::make_monthly(p.kind(), detail::monthly_ordinal(p) + n, p.start());
  }
}

inline std::int64_t difference(const period& a, const period& b) {
  if (ATTAIN_UNLIKELY(a.kind() != b.kind() || a.start() != b.start() || a.week_start() != b.week_start()))
    detail::raise_kind_mismatch(a, b);
  const std::int64_t delta = static_cast<std::int64_t>(a.first_day_number()) - b.first_day_number();
  switch (a.kind()) {
    case period_kind::day: return delta;
    case period_kind::week: return delta / 7;
    case period_kind::biweek: return detail::biweek_ordinal(a) - detail::biweek_ordinal(b);
    case period_kind::term: {
      const std::int64_t len = detail::term_years(a);
      const std::int64_t dy = detail::civil_from_days(a.first_day_number()).year - detail::civil_from_days(b.first_day_number()).year;
      if (ATTAIN_UNLIKELY(len != detail::term_years(b) || dy % len != 0)) detail::raise_kind_mismatch(a, b);
      return dy / len;
    }
    case period_kind::range: {
      const std::int64_t len = days(a);
      if (ATTAIN_UNLIKELY(len != days(b) || delta % len != 0)) detail::raise_kind_mismatch(a, b);
      return delta / len;
    }
    default: return detail::monthly_ordinal(a) - detail::monthly_ordinal(b);
  }
}

inline std::vector<period> periods_overlapping(const period& p, period_kind kind) {
  if (ATTAIN_UNLIKELY(kind == period_kind::term || kind == period_kind::range)) detail::raise_not_aligned(p, kind, false);
  std::vector<period> out;
  period piece = detail::containing_day(p.first_day_number(), kind, detail::inherited_start(p, kind),
                                        detail::inherited_week_start(p, kind));
  for (;;) {
    out.push_back(piece);
    if (piece.last_day_number() >= p.last_day_number()) break;
    piece = shift(piece, 1);
  }
  return out;
}

inline std::vector<period> split(const period& p, period_kind kind) {
  if (ATTAIN_UNLIKELY(kind == period_kind::term || kind == period_kind::range)) detail::raise_not_aligned(p, kind, false);
  period piece = detail::containing_day(p.first_day_number(), kind, detail::inherited_start(p, kind),
                                        detail::inherited_week_start(p, kind));
  if (ATTAIN_UNLIKELY(piece.first_day_number() != p.first_day_number())) detail::raise_not_aligned(p, kind, false);
  std::vector<period> out;
  out.reserve(static_cast<std::size_t>(days(p) / days(piece) + 1));
  for (;;) {
    out.push_back(piece);
    if (piece.last_day_number() >= p.last_day_number()) break;
    piece = shift(piece, 1);
  }
  if (ATTAIN_UNLIKELY(out.back().last_day_number() != p.last_day_number())) detail::raise_not_aligned(p, kind, false);
  return out;
}

inline std::vector<period> weeks_of(int week_year, weekday start_day) {
  detail::check_weekday(start_day);
  detail::check_year(week_year);
  const int ws = static_cast<int>(start_day);
  const int n = detail::weeks_in_week_year(week_year, ws);
  std::vector<period> out;
  out.reserve(static_cast<std::size_t>(n));
  const std::int32_t f = detail::week_one_start(week_year, ws);
  for (int i = 0; i < n; ++i) out.push_back(detail::make_week(f + 7 * i, static_cast<std::uint8_t>(ws)));
  return out;
}

inline period enclosing(const period& p, period_kind kind) {
  if (ATTAIN_UNLIKELY(kind == period_kind::term || kind == period_kind::range)) detail::raise_not_aligned(p, kind, true);
  const period e = detail::containing_day(p.first_day_number(), kind, detail::inherited_start(p, kind),
                                          detail::inherited_week_start(p, kind));
  if (ATTAIN_UNLIKELY(!contains(e, p))) detail::raise_not_aligned(p, kind, true);
  return e;
}

inline exact_fraction elapsed_fraction(const period& p, const boost::gregorian::date& d) {
  const std::int64_t total = days(p);
  const std::int32_t z = detail::to_day_number(d);
  if (z < p.first_day_number()) return {0, total};
  if (z >= p.last_day_number()) return {total, total};
  return {static_cast<std::int64_t>(z) - p.first_day_number() + 1, total};
}

}  // namespace attain

#endif  // ATTAIN_DETAIL_PERIOD_INL_HPP
