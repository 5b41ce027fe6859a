// See decimal_oracle.hpp.
#include "decimal_oracle.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace attain::oracle {
namespace {

using big = boost::multiprecision::cpp_int;

big to_big(int128 v) {
  const uint128 m = v < 0 ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
  big b = static_cast<std::uint64_t>(m >> 64);
  b <<= 64;
  b += static_cast<std::uint64_t>(m);
  return v < 0 ? big(-b) : b;
}

const big& pow10(int k) {
  static const std::array<big, 80> table = [] {
    std::array<big, 80> t;
    t[0] = 1;
    for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
    return t;
  }();
  return table[static_cast<std::size_t>(k)];
}

// An exact rational num / den, den > 0.
struct rational {
  big num;
  big den;
};

rational value_of(int128 c, int scale) { return {to_big(c), pow10(scale)}; }

// The outcome for an exact integer coefficient at `scale`.
outcome make(const big& c, int scale) {
  static const big limit = (big(1) << 127) - 1;
  outcome o;
  o.scale = scale;
  o.fits = scale <= 38 && abs(c) <= limit;
  if (!o.fits) o.text = c.str();
  if (o.fits) {
    const big m = abs(c);
    const auto lo = static_cast<std::uint64_t>(m & big(~std::uint64_t{0}));
    const auto hi = static_cast<std::uint64_t>(m >> 64);
    const auto r = static_cast<int128>((static_cast<uint128>(hi) << 64) | lo);
    o.coefficient = c.sign() < 0 ? -r : r;
  }
  return o;
}

// v at `scale`, where v · 10^scale is an integer.
outcome exactly_at(const rational& v, int scale) {
  big q, r;
  boost::multiprecision::divide_qr(v.num * pow10(scale), v.den, q, r);
  if (!r.is_zero()) throw std::logic_error("oracle: value is not exact at scale " + std::to_string(scale));
  return make(q, scale);
}

// n / d (d > 0) rounded in every mode. f = floor(n / d) and r = n − f·d in [0, d); the
// result is f or f + 1, and which one follows from each mode's definition.
rounded round_rational(const big& n, const big& d, int scale) {
  big f, r;
  boost::multiprecision::divide_qr(n, d, f, r);  // truncated toward zero
  if (r.sign() < 0) {
    f -= 1;
    r += d;
  }
  rounded out;
  out.exact = r.is_zero();
  const bool positive = n.sign() > 0;
  const big twice = r * 2;
  const int half = twice < d ? -1 : (twice > d ? 1 : 0);  // below, above or at the midpoint
  out.tie = !out.exact && half == 0;
  const big lower = f;
  const big upper = f + 1;
  for (std::size_t m = 0; m < out.by_mode.size(); ++m) {
    const rounding mode = all_rounding_modes[m];
    const big* pick = &lower;
    if (!out.exact) {
      switch (mode) {
        case rounding::floor: pick = &lower; break;
        case rounding::ceiling: pick = &upper; break;
        case rounding::down: pick = positive ? &lower : &upper; break;
        case rounding::up: pick = positive ? &upper : &lower; break;
        case rounding::half_up:
          pick = half < 0 ? &lower : half > 0 ? &upper : (positive ? &upper : &lower);
          break;
        case rounding::half_down:
          pick = half < 0 ? &lower : half > 0 ? &upper : (positive ? &lower : &upper);
          break;
        case rounding::half_even:
          pick = half < 0 ? &lower : half > 0 ? &upper : (boost::multiprecision::bit_test(abs(lower), 0) ? &upper : &lower);
          break;
      }
    }
    out.by_mode[m] = make(*pick, scale);
  }
  return out;
}

rational plus(const rational& a, const rational& b) { return {a.num * b.den + b.num * a.den, a.den * b.den}; }
rational minus(const rational& a, const rational& b) { return {a.num * b.den - b.num * a.den, a.den * b.den}; }
rational times(const rational& a, const rational& b) { return {a.num * b.num, a.den * b.den}; }

}  // namespace

outcome add(int128 a, int a_scale, int128 b, int b_scale) {
  return exactly_at(plus(value_of(a, a_scale), value_of(b, b_scale)), a_scale > b_scale ? a_scale : b_scale);
}

outcome subtract(int128 a, int a_scale, int128 b, int b_scale) {
  return exactly_at(minus(value_of(a, a_scale), value_of(b, b_scale)), a_scale > b_scale ? a_scale : b_scale);
}

outcome multiply(int128 a, int a_scale, int128 b, int b_scale) {
  return exactly_at(times(value_of(a, a_scale), value_of(b, b_scale)), a_scale + b_scale);
}

rounded divide(int128 a, int a_scale, int128 b, int b_scale, int scale) {
  // (a / 10^sa) / (b / 10^sb) · 10^scale = (a · 10^(sb + scale)) / (b · 10^sa).
  big n = to_big(a) * pow10(b_scale + scale);
  big d = to_big(b) * pow10(a_scale);
  if (d.sign() < 0) {
    n = -n;
    d = -d;
  }
  return round_rational(n, d, scale);
}

rounded round(int128 x, int x_scale, int scale) {
  return round_rational(to_big(x) * pow10(scale), pow10(x_scale), scale);
}

int compare(int128 a, int a_scale, int128 b, int b_scale) {
  const big l = to_big(a) * pow10(b_scale);
  const big r = to_big(b) * pow10(a_scale);
  return l < r ? -1 : (l > r ? 1 : 0);
}

}  // namespace attain::oracle
