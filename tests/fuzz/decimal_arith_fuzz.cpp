// decimal arithmetic against exact rationals on cpp_int (tests/support/decimal_oracle).
// Three decimals are decoded from the bytes (a shape byte — raw 128 bits, 64 or 32 bits, a
// small integer, 10^k ± small, the largest coefficients ± small, 2^63 ± small, zero — a
// scale byte, then the shape's payload), then parameter bytes: a result scale (-1 and 39
// included, which must be refused), a rounding mode, an exponent.
// Invariants, for each ordered pair and each value: + − × equal the exact result, or throw
// attain::overflow_error exactly when it does not fit; divide, round and quantize equal the
// exact quotient rounded in each mode, or throw domain_error (scale, division by zero) or
// overflow_error exactly when due; rescale is exact or throws (inexact / overflow) exactly
// when due; <=> and == agree with the exact comparison and equal values hash equal; trim
// keeps the value with the fewest fractional digits; pow equals the exact power;
// to_double is the correctly rounded double; canonical text round-trips.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iterator>
#include <string>

#include <boost/multiprecision/cpp_int.hpp>

#include "attain/decimal.hpp"
#include "attain/error.hpp"

#include "../support/decimal_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

using attain::decimal;
using attain::int128;
using attain::rounding;
using attain::uint128;
using attain::fuzz::describe;
namespace oracle = attain::oracle;
using big = boost::multiprecision::cpp_int;

constexpr int128 max_coefficient = decimal::max_coefficient;

int128 clamp(uint128 u) {
  const auto v = static_cast<int128>(u);
  return v < -max_coefficient ? -max_coefficient : v;
}

uint128 little_endian(attain::fuzz::byte_reader& in, int bytes) {
  uint128 u = 0;
  for (int i = 0; i < bytes; ++i) u |= static_cast<uint128>(in.option()) << (8 * i);
  return u;
}

decimal next_decimal(attain::fuzz::byte_reader& in) {
  const std::uint8_t shape = in.option();
  const int scale = in.option() % 39;
  const bool negative = (shape & 0x08) != 0;
  int128 c = 0;
  switch (shape % 8) {
    case 0: c = clamp(little_endian(in, 16)); break;
    case 1: c = static_cast<std::int64_t>(static_cast<std::uint64_t>(little_endian(in, 8))); break;
    case 2: c = static_cast<std::int8_t>(in.option()); break;
    case 3: {
      const int k = in.option() % 39;
      c = static_cast<int128>(attain::detail::pow10.value[k]) +
          static_cast<std::int8_t>(in.option());
      break;
    }
    case 4: c = max_coefficient - static_cast<int128>(little_endian(in, 2)); break;
    case 5: c = static_cast<std::int32_t>(static_cast<std::uint32_t>(little_endian(in, 4))); break;
    case 6: c = (static_cast<int128>(1) << 63) + static_cast<std::int8_t>(in.option()); break;
    default: c = 0; break;
  }
  return decimal{negative ? -c : c, scale};
}

std::string pair_text(const char* op, const decimal& a, const decimal& b) {
  return describe(a) + " " + op + " " + describe(b);
}

bool equals(const decimal& r, const oracle::outcome& o) {
  return o.fits && r.coefficient() == o.coefficient && r.scale() == o.scale;
}

std::string expected(const oracle::outcome& o) {
  if (!o.fits)
    return "overflow (exact coefficient " + o.text + ", scale " + std::to_string(o.scale) + ")";
  return describe(decimal::from_parts(o.coefficient, o.scale));
}

// An exact operation: the value when it fits, overflow_error when it does not. `name`
// describes the operation, only when a check fails (messages cost allocations).
template <class Name, class Op>
void check_exact(Name name, const oracle::outcome& o, Op op) {
  try {
    const decimal r = op();
    ATTAIN_FUZZ_CHECK(equals(r, o), name() + " = " + describe(r) + ", expected " + expected(o));
  } catch (const attain::overflow_error& e) {
    ATTAIN_FUZZ_CHECK(!o.fits, name() + " threw " + e.what() + ", expected " + expected(o));
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "an exact operation throws only overflow_error",
                       name() + ": " + e.what());
  }
}

// A rounded operation at `scale` in `mode`: refused scales, then division by zero, then
// the oracle's value or overflow.
template <class Name, class Op>
void check_rounded(Name name, int scale, bool divide_by_zero, const oracle::rounded& o,
                   std::size_t m, Op op) {
  const bool bad_scale = scale < 0 || scale > decimal::max_scale;
  try {
    const decimal r = op();
    ATTAIN_FUZZ_CHECK(!bad_scale && !divide_by_zero,
                      name() + " = " + describe(r) + ", expected domain_error");
    ATTAIN_FUZZ_CHECK(equals(r, o.by_mode[m]),
                      name() + " = " + describe(r) + ", expected " + expected(o.by_mode[m]));
  } catch (const attain::domain_error& e) {
    const attain::errc want =
        bad_scale ? attain::errc::invalid_argument : attain::errc::division_by_zero;
    ATTAIN_FUZZ_CHECK((bad_scale || divide_by_zero) && e.code() == want,
                      name() + " threw " + e.what());
  } catch (const attain::overflow_error& e) {
    ATTAIN_FUZZ_CHECK(!bad_scale && !divide_by_zero && !o.by_mode[m].fits,
                      name() + " threw " + e.what() + ", expected " + expected(o.by_mode[m]));
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__,
                       "a rounded operation throws only domain_error or overflow_error",
                       name() + ": " + e.what());
  }
}

void check_pair(const decimal& a, const decimal& b, int scale) {
  const int128 ac = a.coefficient(), bc = b.coefficient();
  const int as = a.scale(), bs = b.scale();
  const auto named = [&](const char* op) { return [&a, &b, op] { return pair_text(op, a, b); }; };
  check_exact(named("+"), oracle::add(ac, as, bc, bs), [&] { return a + b; });
  check_exact(named("-"), oracle::subtract(ac, as, bc, bs), [&] { return a - b; });
  check_exact(named("*"), oracle::multiply(ac, as, bc, bs), [&] { return a * b; });
  check_exact(named("+="), oracle::add(ac, as, bc, bs), [&] {
    decimal x = a;
    x += b;
    return x;
  });

  const bool by_zero = bc == 0;
  const bool valid_scale = scale >= 0 && scale <= decimal::max_scale;
  oracle::rounded q;
  if (!by_zero && valid_scale) q = oracle::divide(ac, as, bc, bs, scale);
  for (std::size_t m = 0; m < std::size(attain::all_rounding_modes); ++m) {
    const rounding mode = attain::all_rounding_modes[m];
    const auto name = [&] {
      return pair_text("/", a, b) + " at scale " + std::to_string(scale) + " " +
             std::string(attain::to_string(mode));
    };
    check_rounded(name, scale, by_zero, q, m, [&] { return attain::divide(a, b, scale, mode); });
  }

  const int cmp = oracle::compare(ac, as, bc, bs);
  const std::strong_ordering order = a <=> b;
  ATTAIN_FUZZ_CHECK(
      (order < 0) == (cmp < 0) && (order == 0) == (cmp == 0) && (order > 0) == (cmp > 0),
      pair_text("<=>", a, b) + ": wrong order");
  ATTAIN_FUZZ_CHECK((a == b) == (cmp == 0) && (a != b) == (cmp != 0),
                    pair_text("==", a, b) + ": wrong equality");
  if (cmp == 0)
    ATTAIN_FUZZ_CHECK(std::hash<decimal>{}(a) == std::hash<decimal>{}(b),
                      pair_text("==", a, b) + ": equal values hash differently");
}

big to_big(int128 v) {
  const uint128 m = attain::detail::magnitude(v);
  big b = static_cast<std::uint64_t>(m >> 64);
  b <<= 64;
  b += static_cast<std::uint64_t>(m);
  return v < 0 ? big(-b) : b;
}

void check_value(const decimal& x, int scale, unsigned exponent) {
  const int128 c = x.coefficient();
  const int s = x.scale();
  const bool valid_scale = scale >= 0 && scale <= decimal::max_scale;

  oracle::rounded r;
  if (valid_scale) r = oracle::round(c, s, scale);
  for (std::size_t m = 0; m < std::size(attain::all_rounding_modes); ++m) {
    const rounding mode = attain::all_rounding_modes[m];
    const auto name = [&x, scale, mode](const char* op) {
      return [&x, scale, mode, op] {
        return std::string(op) + "(" + describe(x) + ", " + std::to_string(scale) + ", " +
               std::string(attain::to_string(mode)) + ")";
      };
    };
    check_rounded(name("round"), scale, false, r, m, [&] { return attain::round(x, scale, mode); });
    check_rounded(name("quantize"), scale, false, r, m,
                  [&] { return attain::quantize(x, scale, mode); });
  }

  // rescale: exact, or inexact (a nonzero digit lost), or overflow (too many digits).
  const auto what = [&] { return "rescale(" + describe(x) + ", " + std::to_string(scale) + ")"; };
  try {
    const decimal v = attain::rescale(x, scale);
    ATTAIN_FUZZ_CHECK(valid_scale && r.exact && equals(v, r.by_mode[0]),
                      what() + " = " + describe(v));
  } catch (const attain::domain_error& e) {
    ATTAIN_FUZZ_CHECK(valid_scale ? (!r.exact && e.code() == attain::errc::inexact)
                                  : e.code() == attain::errc::invalid_argument,
                      what() + " threw " + e.what());
  } catch (const attain::overflow_error& e) {
    ATTAIN_FUZZ_CHECK(valid_scale && r.exact && !r.by_mode[0].fits, what() + " threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "rescale throws only domain_error or overflow_error",
                       what() + ": " + e.what());
  }

  // Unary operations.
  ATTAIN_FUZZ_CHECK((-x).coefficient() == -c && (-x).scale() == s && -(-x) == x,
                    "negation of " + describe(x));
  ATTAIN_FUZZ_CHECK(attain::abs(x).coefficient() == (c < 0 ? -c : c) && attain::abs(x).scale() == s,
                    "abs of " + describe(x));
  ATTAIN_FUZZ_CHECK(attain::signum(x) == (c > 0) - (c < 0) && attain::is_zero(x) == (c == 0),
                    "sign of " + describe(x));
  const decimal t = attain::trim(x);
  ATTAIN_FUZZ_CHECK(
      t == x && (t.scale() == 0 || t.coefficient() % 10 != 0) && (c != 0 || t.scale() == 0),
      "trim(" + describe(x) + ") = " + describe(t));

  // pow: exact integer power, overflow when the coefficient or the scale does not fit.
  {
    big p = 1;
    for (unsigned i = 0; i < exponent; ++i) p *= to_big(c);
    const long long pscale = static_cast<long long>(s) * exponent;
    const bool fits =
        exponent == 0 || (pscale <= decimal::max_scale && abs(p) <= to_big(max_coefficient));
    const auto pw = [&] { return "pow(" + describe(x) + ", " + std::to_string(exponent) + ")"; };
    try {
      const decimal v = attain::pow(x, exponent);
      const big want = exponent == 0 ? big(1) : p;
      ATTAIN_FUZZ_CHECK(fits && to_big(v.coefficient()) == want &&
                            v.scale() == (exponent == 0 ? 0 : static_cast<int>(pscale)),
                        pw() + " = " + describe(v) + ", expected coefficient " + want.str());
    } catch (const attain::overflow_error& e) {
      ATTAIN_FUZZ_CHECK(!fits, pw() + " threw " + e.what());
    } catch (const std::exception& e) {
      attain::fuzz::fail(__FILE__, __LINE__, "pow throws only overflow_error",
                         pw() + ": " + e.what());
    }
  }

  // Text and double.
  const std::string text = attain::to_string(x);
  const attain::result<decimal> back = decimal::try_parse(text);
  ATTAIN_FUZZ_CHECK(back.has_value() && back->coefficient() == c && back->scale() == s,
                    describe(x) + ": canonical text");
  const double nearest = std::strtod(text.c_str(), nullptr);
  ATTAIN_FUZZ_CHECK(attain::to_double(x) == nearest,
                    describe(x) + ": to_double is not the nearest double");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader in(data, size);
  const decimal a = next_decimal(in);
  const decimal b = next_decimal(in);
  const decimal c = next_decimal(in);
  const int scale_ab = in.option() % 41 - 1;
  const int scale_bc = in.option() % 41 - 1;
  const int scale_ca = in.option() % 41 - 1;
  const unsigned exponent = in.option() % 8;

  check_pair(a, b, scale_ab);
  check_pair(b, c, scale_bc);
  check_pair(c, a, scale_ca);
  check_pair(a, a, scale_ab);
  check_value(a, scale_ab, exponent);
  check_value(b, scale_bc, exponent);
  check_value(c, scale_ca, exponent);
  return 0;
}
