// Compile-only specification of attain/period.hpp and attain/term.hpp: the shape of the
// period types, their constexpr arithmetic, and — through requires-expressions — the
// operations that must not exist (adding two periods, comparing a year with a quarter).
// Built as an object library: if this file compiles, the spec holds.
#include <concepts>
#include <cstdint>
#include <type_traits>

#include "attain/period.hpp"
#include "attain/term.hpp"

namespace {

namespace a = attain;
using a::iso_week;
using a::period;
using a::quarter;
using a::year;

// Requires-expressions must depend on template parameters to be checked softly.
template <class A, class B>
concept addable = requires(A x, B y) { x + y; };
template <class A, class B>
concept subtractable = requires(A x, B y) { x - y; };
template <class A, class B>
concept less_comparable = requires(A x, B y) { x < y; };
template <class A, class B>
concept three_way = requires(A x, B y) { x <=> y; };
template <class A, class B>
concept equality = requires(A x, B y) { x == y; };
template <class A, class B>
concept has_difference = requires(A x, B y) { a::difference(x, y); };
template <class To, class From>
concept has_enclosing = requires(From x) { a::enclosing<To>(x); };

// SHAPE -----------------------------------------------------------------------------------
static_assert(sizeof(period) == 12);
static_assert(sizeof(year) == 4 && sizeof(quarter) == 4 && sizeof(a::month) == 4);
static_assert(sizeof(iso_week) == 4);
static_assert(sizeof(a::years) == 8);
static_assert(sizeof(a::term) == 4);
static_assert(std::is_trivially_copyable_v<period> && std::is_trivially_destructible_v<period>);
static_assert(std::is_trivially_copyable_v<quarter> && std::is_trivially_copyable_v<iso_week>);
static_assert(std::is_trivially_copyable_v<a::term>);
static_assert(std::regular<period> && std::regular<quarter> && std::regular<iso_week> && std::regular<a::term>);
static_assert(std::totally_ordered<quarter> && std::totally_ordered<iso_week> && std::totally_ordered<a::years>);

// A run-time period has equality but no order: "2023 < 2023-Q1" means nothing.
static_assert(std::equality_comparable<period>);
static_assert(!std::totally_ordered<period>);
static_assert(!less_comparable<period, period>);
static_assert(!three_way<period, period>);

// CONVERSIONS: lossless ones implicit, lossy ones named ---------------------------------------
static_assert(std::is_convertible_v<quarter, period>);
static_assert(std::is_convertible_v<iso_week, period>);
static_assert(std::is_convertible_v<a::term, period>);
static_assert(!std::is_convertible_v<period, quarter>);
static_assert(!std::is_convertible_v<a::month, quarter>);  // quarter_of(month) is the way
static_assert(!std::is_convertible_v<quarter, year>);      // year_of(quarter)
static_assert(!std::is_convertible_v<int, year>);          // year{2023} is explicit
static_assert(!std::is_convertible_v<std::int64_t, a::years>);

// ARITHMETIC: point − point = count; point + count = point -----------------------------------
static_assert(std::same_as<decltype(year{2023} - year{2020}), a::years>);
static_assert(std::same_as<decltype(quarter{2023, 1} + a::quarters{1}), quarter>);
static_assert(std::same_as<decltype(iso_week{2023, 1} - iso_week{2022, 1}), a::weeks>);
static_assert(std::same_as<decltype(a::years{1} + a::years{2}), a::years>);
static_assert(addable<year, a::years> && subtractable<year, year> && equality<period, period>);

// MUST NOT COMPILE -------------------------------------------------------------------------
static_assert(!addable<year, year>);                         // year + year
static_assert(!addable<quarter, quarter>);
static_assert(!addable<period, period>);                     // period + period
static_assert(!subtractable<period, period>);                // use difference(p, q)
static_assert(!addable<period, int>);                        // use shift(p, 1)
static_assert(!less_comparable<year, quarter>);              // a year is not < a quarter
static_assert(!three_way<year, quarter>);
static_assert(!equality<year, quarter>);
static_assert(!subtractable<year, quarter>);
static_assert(!has_difference<year, quarter>);
static_assert(has_difference<year, year>);
static_assert(!addable<year, a::quarters>);                  // a year moves by years
static_assert(!addable<a::years, a::quarters>);
static_assert(!addable<year, int>);                          // counts are typed: y + years{1}
static_assert(!has_enclosing<a::trimester, quarter>);        // a quarter straddles trimesters
static_assert(has_enclosing<a::half_year, quarter>);
static_assert(!has_enclosing<quarter, year>);                // enclosing goes coarser only

// CONSTEXPR --------------------------------------------------------------------------------
static_assert(year{2023} - year{2020} == a::years{3});
static_assert((year{2023} - year{2020}).count() == 3);
static_assert(quarter{2023, 4} + a::quarters{1} == quarter{2024, 1});
static_assert(a::next(quarter{2023, 4}) == quarter{2024, 1});
static_assert(quarter{2024, 1}.first_day_number() == a::detail::days_from_civil(2024, 1, 1));
static_assert(quarter{2024, 1}.days() == 91);
static_assert(a::month{2024, 2}.days() == 29);
static_assert(a::quarter_of(a::month{2023, 5}) == quarter{2023, 2});
static_assert(a::year_of(quarter{2023, 2}) == year{2023});
static_assert(iso_week{2009, 1}.first_day_number() == a::detail::days_from_civil(2008, 12, 29));
static_assert(iso_week{2013, 1}.first_day_number() == a::detail::days_from_civil(2012, 12, 31));
static_assert(a::iso_weeks_in_year(2020) == 53 && a::iso_weeks_in_year(2023) == 52);
static_assert(quarter{2023, 1} < quarter{2023, 2});
static_assert(a::contains(period{year{2023}}, period{a::month{2023, 6}}));
static_assert(a::precedes(period{year{2022}}, period{quarter{2023, 1}}));
static_assert(a::exact_fraction{910, 1826} == a::exact_fraction{455, 913});
static_assert(a::detail::civil_from_days(a::detail::days_from_civil(2024, 2, 29)) == a::detail::civil_date{2024, 2, 29});

}  // namespace
