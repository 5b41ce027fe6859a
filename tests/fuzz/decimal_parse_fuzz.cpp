// decimal::try_parse and decimal::parse in every number format (the first byte picks it).
// Invariants: the fast parser and the full grammar agree on every input, value and error;
// errors point into the input; parse() agrees with try_parse() and throws only
// attain::invalid_input; an accepted value, formatted back in its format and in canonical
// text, parses to the same coefficient and scale.
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

void check_round_trip(const decimal& v, std::string_view text, const number_format& f) {
  const std::string where = quoted(text) + " in " + describe(f) + " → " + describe(v);
  ATTAIN_FUZZ_CHECK(v.scale() >= 0 && v.scale() <= decimal::max_scale, where);

  const std::string shown = attain::format(v, f);
  const result<decimal> again = decimal::try_parse(shown, f);
  ATTAIN_FUZZ_CHECK(again.has_value(),
                    where + ": formatted " + quoted(shown) + " does not parse back");
  ATTAIN_FUZZ_CHECK(same(*again, v),
                    where + ": formatted " + quoted(shown) + " parses to " + describe(*again));

  const std::string canonical = attain::to_string(v);
  const result<decimal> plain = decimal::try_parse(canonical);
  ATTAIN_FUZZ_CHECK(plain.has_value() && same(*plain, v),
                    where + ": canonical " + quoted(canonical) + " does not round-trip");

  // to_chars writes exactly the canonical text, and refuses a buffer one byte short.
  char buf[attain::max_chars];
  const char* end = attain::to_chars(buf, buf + sizeof buf, v);
  ATTAIN_FUZZ_CHECK(
      end != nullptr && std::string_view(buf, static_cast<std::size_t>(end - buf)) == canonical,
      where);
  ATTAIN_FUZZ_CHECK(attain::to_chars(buf, buf + canonical.size() - 1, v) == nullptr,
                    where + ": to_chars overran");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  attain::fuzz::byte_reader in(data, size);
  const number_format f = attain::fuzz::number_format_from(in.option());
  const std::string_view text = in.rest();
  const std::string where = quoted(text) + " in " + describe(f);

  const result<decimal> r = decimal::try_parse(text, f);
  // The one-pass fast path must give what the full grammar gives, errors included.
  const result<decimal> full = attain::detail::parse_decimal_general(text, f);
  ATTAIN_FUZZ_CHECK(r.has_value() == full.has_value(),
                    where + ": fast and full parsers disagree on success");
  if (r) {
    ATTAIN_FUZZ_CHECK(same(*r, *full),
                      where + ": fast " + describe(*r) + " vs full " + describe(*full));
    check_round_trip(*r, text, f);
  } else {
    ATTAIN_FUZZ_CHECK(r.error() == full.error(),
                      where + ": fast and full parsers report different errors: " +
                          attain::to_string(r.error()) + " vs " + attain::to_string(full.error()));
    ATTAIN_FUZZ_CHECK(attain::fuzz::well_formed(r.error(), text),
                      where + ": malformed error " + attain::to_string(r.error()));
  }

  try {
    const decimal v = decimal::parse(text, f);
    ATTAIN_FUZZ_CHECK(r.has_value() && same(v, *r),
                      where + ": parse() accepted what try_parse() rejected");
  } catch (const attain::invalid_input& e) {
    ATTAIN_FUZZ_CHECK(!r.has_value(),
                      where + ": parse() threw " + e.what() + " for an accepted input");
    ATTAIN_FUZZ_CHECK(
        e.code() == r.error().code && e.offset() == r.error().offset && e.input() == text,
        where + ": parse() threw " + e.what() + ", try_parse() said " +
            attain::to_string(r.error()));
  } catch (const std::exception& e) {
    attain::fuzz::fail(__FILE__, __LINE__, "parse() throws only attain::invalid_input",
                       where + ": " + e.what());
  }
  return 0;
}
