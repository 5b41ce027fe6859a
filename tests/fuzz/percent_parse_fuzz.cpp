// try_parse_percent and parse_percent ("55,4%") in every number format (the first byte
// picks it). Invariants: errors point into the input; parse_percent agrees and throws only
// attain::invalid_input; "<number>%" is the number / 100 exactly (scale + 2); an accepted
// percent, formatted back with format_percent at its own precision, reads back equal.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/number_format.hpp"

#include "fuzz_support.hpp"

namespace {

using attain::decimal;
using attain::number_format;
using attain::result;
using attain::fuzz::describe;
using attain::fuzz::quoted;

bool same(const decimal& a, const decimal& b) {
  return a.coefficient() == b.coefficient() && a.scale() == b.scale();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader in(data, size);
  const number_format f = attain::fuzz::number_format_from(in.option());
  const std::string_view text = in.rest();
  const std::string where = quoted(text) + " in " + describe(f);

  const result<decimal> r = attain::try_parse_percent(text, f);
  if (r) {
    const decimal v = *r;
    const std::string got = where + " → " + describe(v);
    ATTAIN_FUZZ_CHECK(v.scale() >= 2 && v.scale() <= decimal::max_scale, got);
    // Shown at its own precision, the percent is exact: no rounding mode can change it.
    for (const attain::rounding mode : attain::all_rounding_modes) {
      const std::string shown = attain::format_percent(v, f, v.scale() - 2, mode);
      const result<decimal> again = attain::try_parse_percent(shown, f);
      ATTAIN_FUZZ_CHECK(again.has_value() && same(*again, v),
                        got + ": shown as " + quoted(shown) + ", does not read back");
    }
  } else {
    ATTAIN_FUZZ_CHECK(attain::fuzz::well_formed(r.error(), text),
                      where + ": malformed error " + attain::to_string(r.error()));
  }

  // "<number>%" is the number divided by 100, exactly.
  if (!text.empty() && text.back() == '%') {
    const result<decimal> number = decimal::try_parse(text.substr(0, text.size() - 1), f);
    if (number && number->scale() + 2 <= decimal::max_scale) {
      ATTAIN_FUZZ_CHECK(r.has_value(),
                        where + ": the number " + describe(*number) +
                            " followed by % is not a percent: " + attain::to_string(r.error()));
      ATTAIN_FUZZ_CHECK(
          r->coefficient() == number->coefficient() && r->scale() == number->scale() + 2,
          where + ": " + describe(*number) + "% reads as " + describe(*r));
    }
  }

  try {
    const decimal v = attain::parse_percent(text, f);
    ATTAIN_FUZZ_CHECK(r.has_value() && same(v, *r),
                      where + ": parse_percent() accepted what try_parse_percent() rejected");
  } catch (const attain::invalid_input& e) {
    ATTAIN_FUZZ_CHECK(
        !r.has_value() && e.code() == r.error().code && e.offset() == r.error().offset,
        where + ": parse_percent() threw " + e.what());
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "parse_percent throws only attain::invalid_input",
                       where + ": " + e.what());
  }
  return 0;
}
