// seed_figures — the decimal figures of a district's mid-term plan review, exactly.
//
// Reads the bundled figures (Vietnamese number format) and prints, for each, the completion
// ratio against its reference ("bằng 55,4% mục tiêu") and the absolute change, both in
// Vietnamese and canonical form. Returns non-zero if a published figure is not reproduced,
// so it runs as a test too.
//
//   seed_figures examples/data/cam_thuy_midterm_2023.csv
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "attain/decimal.hpp"
#include "attain/number_format.hpp"

namespace {

struct figure {
  std::string name;
  bool is_target;  // completion against a target; otherwise change from a baseline
  attain::decimal value;
  attain::decimal reference;
  std::string unit;
  std::string published;
};

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = line.find(sep, start);
    out.push_back(line.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) return out;
    start = pos + 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  using attain::decimal;
  using attain::number_format;
  using attain::rounding;
  if (argc != 2) {
    std::cerr << "usage: seed_figures FILE.csv\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "seed_figures: cannot open " << argv[1] << '\n';
    return 2;
  }
  const number_format vi = number_format::vi();
  std::vector<figure> figures;
  std::string line;
  int line_no = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    const auto fields = split(line, ';');
    if (fields.size() != 6) {
      std::cerr << argv[1] << ':' << line_no << ": expected 6 fields, found " << fields.size() << '\n';
      return 2;
    }
    if (fields[1] != "target" && fields[1] != "baseline") {
      std::cerr << argv[1] << ':' << line_no << ": kind must be target or baseline, not \"" << fields[1] << "\"\n";
      return 2;
    }
    const auto value = decimal::try_parse(fields[2], vi);
    const auto reference = decimal::try_parse(fields[3], vi);
    for (const auto* r : {&value, &reference}) {
      if (!*r) {
        std::cerr << argv[1] << ':' << line_no << ": " << attain::to_string(r->error()) << '\n';
        return 2;
      }
    }
    figures.push_back({std::string(fields[0]), fields[1] == "target", *value, *reference, std::string(fields[4]),
                       std::string(fields[5])});
  }

  std::cout << "attain: mid-term review figures, computed exactly\n\n";
  int wrong = 0;
  int checked = 0;
  for (const figure& f : figures) {
    std::string shown;
    std::cout << f.name << "\n  ";
    if (f.is_target) {
      // Completion ratio ("bằng 55,4% mục tiêu"): value / target, rounded once for display.
      const decimal ratio = attain::divide(f.value, f.reference, 6, rounding::half_up);
      shown = attain::format_percent(ratio, vi, 1, rounding::half_up);
      std::cout << attain::format(f.value, vi) << ' ' << f.unit << " / " << attain::format(f.reference, vi) << ' '
                << f.unit << " = " << shown << "   (ratio " << attain::to_string(attain::trim(ratio)) << ")\n";
    } else {
      // Absolute change against the baseline ("tăng 11,99 triệu đồng so với năm 2020").
      const decimal change = f.value - f.reference;
      shown = attain::format(change, vi);
      std::cout << attain::format(f.value, vi) << " − " << attain::format(f.reference, vi) << " = " << shown << ' '
                << f.unit << "   (" << attain::to_string(change) << ")\n";
    }
    if (!f.published.empty()) {
      ++checked;
      if (shown != f.published) {
        std::cerr << "MISMATCH: " << f.name << ": computed " << shown << ", published " << f.published << '\n';
        ++wrong;
      }
    }
  }
  std::cout << '\n' << (checked - wrong) << '/' << checked << " published figures reproduced\n";
  return wrong == 0 ? 0 : 1;
}
