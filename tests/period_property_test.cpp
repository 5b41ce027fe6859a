// attain/period.hpp and attain/period_format.hpp: properties over random periods of every
// kind (fixed seed; raw engine output only, so every standard library draws the same cases).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "attain/period.hpp"
#include "attain/period_format.hpp"

namespace {

using attain::period;
using attain::period_kind;
using attain::period_syntax;
using attain::weekday;
using attain::year_start;
namespace bg = boost::gregorian;
namespace a = attain;

constexpr int cases = 100'000;

// Days of 1700…9700, so that shifting by a few dozen periods stays within 1401…9998.
constexpr std::int64_t min_day = a::detail::days_from_civil(1700, 1, 1);
constexpr std::int64_t max_day = a::detail::days_from_civil(9700, 12, 31);

class generator {
 public:
  explicit generator(std::uint64_t seed) : rng_(seed) {}

  std::int64_t uniform(std::int64_t lo, std::int64_t hi) {  // [lo, hi]
    return lo + static_cast<std::int64_t>(rng_() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  int small(int lo, int hi) { return static_cast<int>(uniform(lo, hi)); }

  period any() {
    const int y = small(1700, 9700);
    switch (small(0, 10)) {
      case 0: return period::of_day(bg::date(1970, 1, 1) + bg::days(uniform(min_day, max_day)));
      case 1: {
        constexpr weekday starts[] = {weekday::monday, weekday::tuesday,  weekday::wednesday, weekday::thursday,
                                      weekday::friday, weekday::saturday, weekday::sunday};
        const weekday ws = starts[small(0, 6)];
        return period::week(y, small(1, a::detail::weeks_in_week_year(y, static_cast<int>(ws))), ws);
      }
      case 2: return period::biweek(y, small(1, 26));
      case 3: return period::plan_term(y, y + small(0, 9));
      case 4: {
        const std::int64_t f = uniform(min_day, max_day);
        return period::range(bg::date(1970, 1, 1) + bg::days(f), bg::date(1970, 1, 1) + bg::days(f + uniform(0, 2000)));
      }
      default: {
        constexpr period_kind kinds[] = {period_kind::month,     period_kind::bimonth,   period_kind::quarter,
                                         period_kind::trimester, period_kind::half_year, period_kind::year};
        const period_kind k = kinds[small(0, 5)];
        const year_start start = small(0, 1) == 0
                                     ? a::calendar_year_start
                                     : year_start{static_cast<std::uint8_t>(small(1, 12)), static_cast<std::uint8_t>(small(1, 28))};
        return period::reporting(k, y, small(1, 12 / a::detail::months_per(k)), start);
      }
    }
  }

 private:
  std::mt19937_64 rng_;
};

bg::date from_number(std::int64_t z) { return bg::date(1970, 1, 1) + bg::days(z); }

TEST(property, next_prev_shift_and_difference_agree) {
  generator g(20230629);
  for (int i = 0; i < cases; ++i) {
    const period p = g.any();
    ASSERT_EQ(a::next(a::prev(p)), p) << a::to_string(p);
    ASSERT_EQ(a::prev(a::next(p)), p) << a::to_string(p);
    // Periods of one kind tile the timeline: the next begins the day after this one ends.
    ASSERT_EQ(a::next(p).first_day_number(), p.last_day_number() + 1) << a::to_string(p);
    const std::int64_t n = p.kind() == period_kind::term ? g.uniform(-3, 3) : g.uniform(-40, 40);
    const period q = a::shift(p, n);
    ASSERT_EQ(a::difference(q, p), n) << a::to_string(p) << " " << n;
    ASSERT_EQ(a::shift(q, -n), p) << a::to_string(p) << " " << n;
    ASSERT_EQ(q.kind(), p.kind());
  }
}

TEST(property, contains_agrees_with_day_level_checks_on_boost_dates) {
  generator g(42);
  for (int i = 0; i < cases; ++i) {
    const period p = g.any();
    // First and last day agree with Boost's own day arithmetic from the epoch.
    ASSERT_EQ(p.first(), from_number(p.first_day_number()));
    ASSERT_EQ(p.last(), from_number(p.last_day_number()));
    ASSERT_EQ(a::days(p), (p.last() - p.first()).days() + 1);
    const bg::date probe = p.first() + bg::days(g.uniform(-3, a::days(p) + 2));
    const bool expected = p.first() <= probe && probe <= p.last();
    ASSERT_EQ(a::contains(p, probe), expected) << a::to_string(p) << " " << a::to_string(period::of_day(probe));
    ASSERT_EQ(a::contains(p, period::of_day(probe)), expected);
    ASSERT_EQ(a::overlaps(p, period::of_day(probe)), expected);
    const a::exact_fraction f = a::elapsed_fraction(p, probe);
    ASSERT_TRUE(f.numerator >= 0 && f.numerator <= f.denominator);
    if (p.kind() != period_kind::term && p.kind() != period_kind::range) {
      // The period of this kind that contains any of its days is itself.
      ASSERT_EQ(period::containing(p.first() + bg::days(g.uniform(0, a::days(p) - 1)), p.kind(), p.start(), p.week_start()), p)
          << a::to_string(p);
    }
  }
}

TEST(property, split_covers_exactly) {
  generator g(7);
  constexpr period_kind finer[] = {period_kind::month, period_kind::bimonth, period_kind::quarter, period_kind::half_year,
                                   period_kind::day};
  int checked = 0;
  while (checked < cases) {
    const period p = g.any();
    const period_kind k = finer[g.small(0, 4)];
    if (a::days(p) > (k == period_kind::day ? 31 : 400)) continue;
    std::vector<period> parts;
    try {
      parts = a::split(p, k);
    } catch (const attain::domain_error& e) {
      ASSERT_EQ(e.code(), attain::errc::not_aligned);
      // Not aligned: the covering periods really do stick out at an end.
      const auto over = a::periods_overlapping(p, k);
      ASSERT_TRUE(over.front().first_day_number() < p.first_day_number() ||
                  over.back().last_day_number() > p.last_day_number());
      continue;
    }
    ASSERT_FALSE(parts.empty());
    ASSERT_EQ(parts.front().first_day_number(), p.first_day_number()) << a::to_string(p);
    ASSERT_EQ(parts.back().last_day_number(), p.last_day_number()) << a::to_string(p);
    std::int64_t total = 0;
    for (std::size_t j = 0; j < parts.size(); ++j) {
      ASSERT_EQ(parts[j].kind(), k);
      ASSERT_TRUE(a::contains(p, parts[j]));
      if (j > 0) {
        ASSERT_EQ(parts[j].first_day_number(), parts[j - 1].last_day_number() + 1);
      }
      total += a::days(parts[j]);
    }
    ASSERT_EQ(total, a::days(p));
    ++checked;
  }
}

TEST(property, canonical_text_round_trips) {
  generator g(2025);
  for (int i = 0; i < cases; ++i) {
    const period p = g.any();
    const std::string s = a::to_string(p);
    const auto r = a::try_parse_period(s);
    ASSERT_TRUE(r.has_value()) << s << ": " << a::to_string(r.error());
    ASSERT_EQ(*r, p) << s;
  }
}

TEST(property, every_syntax_round_trips) {
  generator g(99);
  int formatted = 0;
  for (int i = 0; i < cases; ++i) {
    const period p = g.any();
    for (const period_syntax s : {period_syntax::sdmx, period_syntax::dhis2, period_syntax::iso}) {
      if (!a::can_format(p, s)) continue;
      const std::string text = a::format_period(p, s);
      ++formatted;
      if (s == period_syntax::sdmx) {
        // SDMX passes the reporting-year start separately and has no plan term.
        const auto r = a::try_parse_sdmx_period(text, p.is_reporting() ? p.start() : a::calendar_year_start);
        ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
        if (p.kind() == period_kind::term) {
          ASSERT_TRUE(a::same_days(*r, p)) << text;
        } else {
          ASSERT_EQ(*r, p) << text;
        }
        continue;
      }
      const auto r = a::try_parse_period(text, s);
      ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
      ASSERT_EQ(*r, p) << text;
    }
    // Report labels parse back where the label determines the period.
    const bool labelled = !p.is_reporting() && p.kind() != period_kind::range && p.kind() != period_kind::biweek &&
                          (p.kind() != period_kind::week || p.week_start() == weekday::monday);
    if (labelled) {
      for (const auto lang : {a::language::en, a::language::vi}) {
        const std::string text = a::format_human(p, lang);
        const auto r = a::try_parse_period(text, period_syntax::human);
        ASSERT_TRUE(r.has_value()) << text << ": " << a::to_string(r.error());
        ASSERT_EQ(*r, p) << text;
      }
      if (p.kind() == period_kind::term) {
        const std::string text = a::format_human(p, a::language::vi, a::term_label::baseline);
        ASSERT_EQ(a::parse_period(text), p) << text;
      }
    }
  }
  EXPECT_GT(formatted, cases);
}

TEST(property, typed_and_run_time_periods_agree) {
  generator g(11);
  for (int i = 0; i < cases; ++i) {
    const int y = g.small(1450, 9950);
    const a::quarter q(y, g.small(1, 4));
    const a::month m(y, g.small(1, 12));
    const std::int64_t n = g.uniform(-100, 100);
    ASSERT_EQ(period{q + a::quarters{n}}, a::shift(period{q}, n));
    ASSERT_EQ(period{m + a::months{n}}, a::shift(period{m}, n));
    ASSERT_EQ(period{a::quarter_of(m)}, a::enclosing(period{m}, period_kind::quarter));
    ASSERT_EQ(period{a::year_of(q)}, a::enclosing(period{q}, period_kind::year));
    const a::iso_week w = a::iso_week_of(m.first() + bg::days(g.uniform(0, m.days() - 1)));
    ASSERT_TRUE(a::overlaps(w, m));
    ASSERT_EQ(period{w}, period::week(w.year(), w.week()));
  }
}

}  // namespace
