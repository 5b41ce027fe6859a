// try_parse_quantity and parse_quantity ("1.621,41 tỷ đồng") in every number format (the
// first byte picks it). Invariants: try_parse_quantity never throws; errors point into the
// input; parse_quantity agrees and throws only attain::invalid_input; the magnitude is a
// power of ten; a plain number reads as itself with magnitude 1 and no unit; an accepted
// quantity, written back as its value and unit, reads back equal.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/number_format.hpp"

#include "fuzz_support.hpp"

namespace {

using attain::decimal;
using attain::number_format;
using attain::quantity;
using attain::result;
using attain::fuzz::describe;
using attain::fuzz::quoted;

bool same(const decimal& a, const decimal& b) {
  return a.coefficient() == b.coefficient() && a.scale() == b.scale();
}

bool is_power_of_ten(const decimal& m) {
  if (m.scale() != 0 || m.coefficient() <= 0) return false;
  attain::int128 c = m.coefficient();
  while (c % 10 == 0) c /= 10;
  return c == 1;
}

// A unit whose first character cannot continue a number (a letter, '%', or any non-ASCII
// byte that is not a space-like group mark), so that "<value>\t<unit>" reads back unchanged.
bool unit_reads_back(const std::string& unit, const number_format& f) {
  if (unit.empty()) return true;
  const auto c = static_cast<unsigned char>(unit[0]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
    return !(f.allow_exponent && (c == 'e' || c == 'E'));
  if (c == '%') return true;
  if (c >= 0x80)
    return attain::detail::space_mark_length(unit, 0) == 0 && unit.rfind("\u2212", 0) != 0;
  return false;
}

std::optional<result<quantity>> try_quantity(std::string_view text, const number_format& f) {
  try {
    return attain::try_parse_quantity(text, f);
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "try_parse_quantity never throws",
                       quoted(text) + ": " + e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader in(data, size);
  const number_format f = attain::fuzz::number_format_from(in.option());
  const std::string_view text = in.rest();
  const std::string where = quoted(text) + " in " + describe(f);

  const result<quantity> r = *try_quantity(text, f);
  if (r) {
    const quantity& q = *r;
    const std::string got = where + " → " + describe(q.value) + " × magnitude " +
                            describe(q.magnitude) + ", unit " + quoted(q.unit);
    ATTAIN_FUZZ_CHECK(is_power_of_ten(q.magnitude), got);
    ATTAIN_FUZZ_CHECK(q.value.scale() >= 0 && q.value.scale() <= decimal::max_scale, got);
    if (unit_reads_back(q.unit, f)) {
      std::string written = attain::format(q.value, f);
      if (!q.unit.empty()) written += "\t" + q.unit;  // a tab: never a group mark here
      const result<quantity> again = *try_quantity(written, f);
      ATTAIN_FUZZ_CHECK(again.has_value(),
                        got + ": written back as " + quoted(written) +
                            ", does not read: " + attain::to_string(again.error()));
      ATTAIN_FUZZ_CHECK(
          same(again->value, q.value) && again->magnitude == decimal{1} && again->unit == q.unit,
          got + ": written back as " + quoted(written) + ", reads as " + describe(again->value) +
              ", unit " + quoted(again->unit));
    }
  } else {
    ATTAIN_FUZZ_CHECK(attain::fuzz::well_formed(r.error(), text),
                      where + ": malformed error " + attain::to_string(r.error()));
  }

  // A number alone is a quantity of itself.
  const result<decimal> number = decimal::try_parse(text, f);
  if (number) {
    ATTAIN_FUZZ_CHECK(r.has_value(),
                      where + ": a number that is not a quantity: " + attain::to_string(r.error()));
    ATTAIN_FUZZ_CHECK(same(r->value, *number) && r->magnitude == decimal{1} && r->unit.empty(),
                      where + ": the number " + describe(*number) + " reads as the quantity " +
                          describe(r->value) + ", unit " + quoted(r->unit));
  }

  try {
    const quantity q = attain::parse_quantity(text, f);
    ATTAIN_FUZZ_CHECK(r.has_value() && same(q.value, r->value) && q.magnitude == r->magnitude &&
                          q.unit == r->unit,
                      where + ": parse_quantity() and try_parse_quantity() disagree");
  } catch (const attain::invalid_input& e) {
    ATTAIN_FUZZ_CHECK(
        !r.has_value() && e.code() == r.error().code && e.offset() == r.error().offset,
        where + ": parse_quantity() threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "parse_quantity throws only attain::invalid_input",
                       where + ": " + e.what());
  }
  return 0;
}
