// Compile-only specification of attain::decimal: the shape of the type, its constexpr
// arithmetic, and — through requires-expressions — the mixings with binary floating point
// that must not compile. Built as an object library: if this file compiles, the spec holds.
#include <compare>
#include <concepts>
#include <cstdint>
#include <type_traits>

#include "attain/decimal.hpp"

namespace {

using attain::decimal;
using attain::rounding;
using namespace attain::literals;

// SHAPE ---------------------------------------------------------------------------------------
static_assert(sizeof(decimal) == 32);
static_assert(std::is_trivially_copyable_v<decimal>);
static_assert(std::is_trivially_destructible_v<decimal>);
static_assert(std::is_nothrow_default_constructible_v<decimal>);
static_assert(std::regular<decimal>);
static_assert(std::totally_ordered<decimal>);
static_assert(std::three_way_comparable<decimal, std::strong_ordering>);
static_assert(std::same_as<decltype(1_d <=> 2_d), std::strong_ordering>);
static_assert(std::same_as<decimal::coefficient_type, attain::int128>);
static_assert(decimal::max_scale == 38);

// CONSTRUCTION --------------------------------------------------------------------------------
static_assert(decimal{}.coefficient() == 0 && decimal{}.scale() == 0);
static_assert(decimal{162141, 2}.coefficient() == 162141 && decimal{162141, 2}.scale() == 2);
static_assert(decimal{-5, 1} == -0.5_d);
static_assert(decimal{7} == 7_d && decimal{7}.scale() == 0);
static_assert(decimal{std::uint64_t{18446744073709551615U}}.coefficient() == 18446744073709551615U);
static_assert(decimal{attain::int128{1} << 100}.coefficient() == attain::int128{1} << 100);

// Integers convert implicitly and exactly; floating point, bool and characters do not.
static_assert(std::convertible_to<int, decimal>);
static_assert(std::convertible_to<long long, decimal>);
static_assert(std::convertible_to<unsigned, decimal>);
static_assert(std::convertible_to<attain::int128, decimal>);
static_assert(std::convertible_to<attain::uint128, decimal>);
static_assert(!std::constructible_from<decimal, double>);
static_assert(!std::constructible_from<decimal, float>);
static_assert(!std::constructible_from<decimal, long double>);
static_assert(!std::constructible_from<decimal, double, int>);
static_assert(!std::constructible_from<decimal, float, int>);
static_assert(!std::convertible_to<double, decimal>);
static_assert(!std::convertible_to<float, decimal>);
static_assert(!std::constructible_from<decimal, bool>);
static_assert(!std::constructible_from<decimal, char>);
static_assert(!std::constructible_from<decimal, char8_t>);

// No way out to binary floating point but to_double.
static_assert(!std::convertible_to<decimal, double>);
static_assert(!std::convertible_to<decimal, float>);
static_assert(!std::convertible_to<decimal, long double>);
static_assert(!std::convertible_to<decimal, int>);
static_assert(!std::convertible_to<decimal, bool>);
static_assert(!std::is_constructible_v<double, decimal>);  // not even static_cast<double>(d)
static_assert(std::same_as<decltype(attain::to_double(1_d)), double>);

// MIXING WITH DOUBLE DOES NOT COMPILE -----------------------------------------------------------
// Spelled as concepts so that each requires-expression is checked in a template context.
template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept subtractable = requires(A a, B b) { a - b; };
template <class A, class B>
concept multipliable = requires(A a, B b) { a * b; };
template <class A, class B>
concept dividable = requires(A a, B b) { a / b; };
template <class A, class B>
concept compound_addable = requires(A& a, B b) { a += b; };
template <class A, class B>
concept compound_subtractable = requires(A& a, B b) { a -= b; };
template <class A, class B>
concept compound_multipliable = requires(A& a, B b) { a *= b; };
template <class A, class B>
concept equality_with = requires(A a, B b) { a == b; };
template <class A, class B>
concept inequality_with = requires(A a, B b) { a != b; };
template <class A, class B>
concept less_with = requires(A a, B b) { a < b; };
template <class A, class B>
concept spaceship_with = requires(A a, B b) { a <=> b; };

template <class F>
constexpr bool rejects_floating() {
  return !addable<decimal, F> && !addable<F, decimal> && !subtractable<decimal, F> && !subtractable<F, decimal> &&
         !multipliable<decimal, F> && !multipliable<F, decimal> && !compound_addable<decimal, F> &&
         !compound_subtractable<decimal, F> && !compound_multipliable<decimal, F> && !equality_with<decimal, F> &&
         !equality_with<F, decimal> && !inequality_with<decimal, F> && !less_with<decimal, F> &&
         !less_with<F, decimal> && !spaceship_with<decimal, F> && !spaceship_with<F, decimal> &&
         !dividable<decimal, F> && !dividable<F, decimal>;
}
static_assert(rejects_floating<double>());
static_assert(rejects_floating<float>());
static_assert(rejects_floating<long double>());

// The same checks written on a decimal parameter. A requires-expression must sit in a
// template to yield false rather than a hard error, hence the parameter D (= decimal).
template <class D>
constexpr bool decimal_plus_double = requires(D d) { d + 1.5; };
template <class D>
constexpr bool double_plus_decimal = requires(D d) { 1.5 + d; };
template <class D>
constexpr bool decimal_minus_double = requires(D d) { d - 1.5; };
template <class D>
constexpr bool decimal_times_double = requires(D d) { d * 1.5; };
template <class D>
constexpr bool decimal_equals_double = requires(D d) { d == 1.5; };
template <class D>
constexpr bool decimal_less_double = requires(D d) { d < 1.5; };
template <class D>
constexpr bool decimal_from_double = requires { D{1.5}; };
template <class D>
constexpr bool decimal_from_double_and_scale = requires(double x) { D{x, 2}; };
template <class D>
constexpr bool decimal_passed_as_double = requires(D d, void (*f)(double)) { f(d); };
template <class D>
constexpr bool decimal_plus_int = requires(D d) { d + 1; };
static_assert(!decimal_plus_double<decimal>);
static_assert(!double_plus_decimal<decimal>);
static_assert(!decimal_minus_double<decimal>);
static_assert(!decimal_times_double<decimal>);
static_assert(!decimal_equals_double<decimal>);
static_assert(!decimal_less_double<decimal>);
static_assert(!decimal_from_double<decimal>);
static_assert(!decimal_from_double_and_scale<decimal>);
static_assert(!decimal_passed_as_double<decimal>);
static_assert(decimal_plus_int<decimal>);

// Integers do mix: they convert exactly.
static_assert(addable<decimal, int> && addable<int, decimal>);
static_assert(subtractable<decimal, long> && multipliable<unsigned, decimal>);
static_assert(equality_with<decimal, int> && less_with<int, decimal>);
static_assert(compound_addable<decimal, int>);
// There is no operator/: division always names a scale and a rounding mode.
static_assert(!dividable<decimal, decimal>);
static_assert(!dividable<decimal, int>);

// CONSTEXPR ARITHMETIC AND LITERALS -----------------------------------------------------------
static_assert(1621.41_d == decimal{162141, 2});
static_assert((1621.41_d).scale() == 2);
static_assert((0.005_d).coefficient() == 5 && (0.005_d).scale() == 3);
static_assert(1621.41_d + 5_d == 1626.41_d);
static_assert((1621.41_d + 5_d).scale() == 2);
static_assert(1621.41_d + 3918.59_d == 5540_d);
static_assert(50.04_d - 38.05_d == 11.99_d);
static_assert(1.5_d * 1.25_d == 1.875_d);
static_assert((1.5_d * 1.25_d).scale() == 3);
static_assert(1.50_d == 1.5_d);
static_assert(1.50_d <=> 1.5_d == std::strong_ordering::equal);
static_assert(-0.1_d < 0_d && 0.1_d > 0_d);
static_assert(decimal{2} + 1 == 3_d);
static_assert(1 + decimal{2} == 3_d);
static_assert(-(2.5_d) == decimal{-25, 1});
static_assert(attain::abs(-2.5_d) == 2.5_d);
static_assert(attain::signum(-2.5_d) == -1 && attain::signum(0_d) == 0 && attain::signum(3_d) == 1);
static_assert(attain::divide(5540_d, 10000_d, 3, rounding::half_up) == 0.554_d);
static_assert(attain::divide(1_d, 3_d, 4, rounding::half_even) == decimal{3333, 4});
static_assert(attain::round(2.675_d, 2, rounding::half_even) == 2.68_d);
static_assert(attain::round(-2.5_d, 0, rounding::half_up) == -3_d);
static_assert(attain::round(-2.5_d, 0, rounding::half_even) == -2_d);
static_assert(attain::pow(1.057_d, 3) == 1.180932193_d);
static_assert(attain::pow(1.057_d, 3).scale() == 9);
static_assert(attain::trim(1.500_d).scale() == 1);
static_assert(attain::rescale(1.5_d, 3).coefficient() == 1500);

constexpr decimal accumulate() {
  decimal total;
  for (int i = 1; i <= 10; ++i) total += decimal{i, 1};
  return total;
}
static_assert(accumulate() == 5.5_d);

// A wide value (beyond 64 bits) in a constant expression.
static_assert((99999999999999999999999999999999999999_d).coefficient() ==
              static_cast<attain::int128>(attain::detail::pow10.value[38]) - 1);

}  // namespace
