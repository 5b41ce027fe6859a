// A program that uses attain the way a consumer does: installed headers and the exported
// target (or pkg-config). It prints the figures and returns non-zero on a wrong answer.
#include <cstdio>
#include <string>
#include <string_view>

#include "attain/decimal.hpp"
#include "attain/version.hpp"

namespace {
int failures = 0;

void expect(std::string_view what, const attain::decimal& got, std::string_view want) {
  const std::string text = attain::to_string(got);
  const bool ok = text == want;
  if (!ok) ++failures;
  std::printf("%-28s = %s%s%.*s\n", std::string(what).c_str(), text.c_str(),
              ok ? "" : "  WRONG, expected ", ok ? 0 : static_cast<int>(want.size()), want.data());
}
}  // namespace

int main() {
  std::printf("attain %s (%d.%d.%d)\n", attain::version_string, attain::version_major,
              attain::version_minor, attain::version_patch);

  // 1621.41 + 0.05: exact, no binary floating point anywhere.
  const attain::decimal total = attain::decimal::parse("1621.41") + attain::decimal{5, 2};
  expect("1621.41 + 0.05", total, "1621.46");
  if (total != attain::decimal{162146, 2}) ++failures;

  // Completion ratio 5540 / 10000, rounded once, half up, to 3 places: 0.554.
  const attain::decimal ratio = attain::divide(attain::decimal{5540}, attain::decimal{10000}, 3,
                                               attain::rounding::half_up);
  expect("5540 / 10000 (3, half_up)", ratio, "0.554");
  if (!(ratio == attain::decimal{554, 3})) ++failures;

  // 0.1 + 0.2 is 0.3 exactly (it is not with double).
  expect("0.1 + 0.2", attain::decimal{1, 1} + attain::decimal{2, 1}, "0.3");

  // 2 / 3 at 4 places: half_even and down differ in the last digit.
  expect("2 / 3 (4, half_even)",
         attain::divide(attain::decimal{2}, attain::decimal{3}, 4, attain::rounding::half_even),
         "0.6667");
  expect("2 / 3 (4, down)",
         attain::divide(attain::decimal{2}, attain::decimal{3}, 4, attain::rounding::down),
         "0.6666");

  if (failures != 0) {
    std::printf("%d wrong answer(s)\n", failures);
    return 1;
  }
  std::printf("all answers exact\n");
  return 0;
}
