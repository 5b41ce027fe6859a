// The bad-input catalogue (tests/bad_input/catalogue.tsv, described in tests/bad_input/
// README.md): every malformed input, the reader or parser it goes to, and the exact outcome —
// error code, kind, position, byte offset and message — one parameterised test per case.
// Then the no-loss checks: every reader accounts for every row of a file that mixes good and
// bad rows (rows read = accepted + rejected, each row once), and what it accepted, written
// and read again, gives the same rows to the last digit and the last unit of scale.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "attain/aggregate.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/hierarchy.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/sdmx_csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/number_format.hpp"
#include "attain/period_format.hpp"
#include "attain/table.hpp"

namespace io = attain::io;
using attain::decimal;
using attain::errc;
using attain::number_format;

namespace {

const std::string bad_dir = ATTAIN_BAD_INPUT_DIR;

// THE MANIFEST -------------------------------------------------------------------------------

// One line of catalogue.tsv. Every field is as written in the file, escapes decoded.
struct bad_case {
  std::size_t line = 0;  // in catalogue.tsv
  std::string id, reader, input, code, kind, position, offset, message;
};

void PrintTo(const bad_case& c, std::ostream* os) { *os << c.id << " (catalogue.tsv line " << c.line << ")"; }

// \\ \t \n \r \xHH → the bytes they stand for.
std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    if (c == 't') out += '\t';
    else if (c == 'n') out += '\n';
    else if (c == 'r') out += '\r';
    else if (c == 'x' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else out += c;
  }
  return out;
}

// The inverse, for printing an outcome in the manifest's own form.
std::string escape(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto b = static_cast<unsigned char>(ch);
    if (ch == '\\') out += "\\\\";
    else if (ch == '\t') out += "\\t";
    else if (ch == '\n') out += "\\n";
    else if (ch == '\r') out += "\\r";
    else if (b < 0x20 || b == 0x7F) {
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 0xF];
    } else out += ch;
  }
  // Bytes that are not UTF-8 are escaped too, so the manifest stays valid UTF-8.
  std::string checked;
  for (std::size_t i = 0; i < out.size();) {
    const auto b = static_cast<unsigned char>(out[i]);
    std::size_t n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    bool ok = n != 0 && i + n <= out.size();
    for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(out[i + k]) & 0xC0) == 0x80;
    if (!ok) {
      checked += "\\x";
      checked += hex[b >> 4];
      checked += hex[b & 0xF];
      ++i;
      continue;
    }
    checked.append(out, i, n);
    i += n;
  }
  return checked;
}

struct catalogue {
  std::vector<bad_case> cases;
  std::vector<std::string> problems;  // lines that are not well-formed
};

const catalogue& the_catalogue() {
  static const catalogue loaded = [] {
    catalogue out;
    std::ifstream in(bad_dir + "/catalogue.tsv", std::ios::binary);
    if (!in) {
      out.problems.push_back("cannot open " + bad_dir + "/catalogue.tsv");
      return out;
    }
    std::string line;
    std::size_t n = 0;
    bool header = true;
    while (std::getline(in, line)) {
      ++n;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      std::size_t start = 0;
      for (;;) {
        const std::size_t tab = line.find('\t', start);
        f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (header) {
        header = false;
        if (f != std::vector<std::string>{"id", "reader", "input", "code", "kind", "position", "offset", "message"})
          out.problems.push_back("line " + std::to_string(n) + ": unexpected header");
        continue;
      }
      if (f.size() != 8) {
        out.problems.push_back("line " + std::to_string(n) + ": expected 8 tab-separated fields, found " +
                               std::to_string(f.size()));
        continue;
      }
      bad_case c{n, f[0], f[1], unescape(f[2]), f[3], f[4], f[5], f[6], unescape(f[7])};
      const bool name_ok = !c.id.empty() && std::all_of(c.id.begin(), c.id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
      });
      if (!name_ok) {
        out.problems.push_back("line " + std::to_string(n) + ": case id \"" + c.id + "\" is not [a-z0-9_]+");
        c.id = "line_" + std::to_string(n);
      }
      out.cases.push_back(std::move(c));
    }
    std::set<std::string> ids;
    for (bad_case& c : out.cases) {
      if (!ids.insert(c.id).second) {
        out.problems.push_back("line " + std::to_string(c.line) + ": case id \"" + c.id + "\" given twice");
        c.id += "_line_" + std::to_string(c.line);
      }
    }
    return out;
  }();
  return loaded;
}

// INPUTS -------------------------------------------------------------------------------------

constexpr std::size_t ten_mib = std::size_t{10} << 20;
const std::string observations_header = "indicator,unit,period,value,status\n";

// Inputs too large to commit, made at run time (`gen:<name>` in the manifest).
std::string generated(const std::string& name) {
  if (name == "obs_big_value") return observations_header + "GTSX,cam_thuy,2023," + std::string(ten_mib, '7') + ",A\n";
  if (name == "obs_big_unit") return observations_header + "GTSX," + std::string(ten_mib, 'x') + ",2023,13290,A\n";
  if (name == "obs_big_period") return observations_header + "GTSX,cam_thuy," + std::string(ten_mib, '2') + ",1,A\n";
  if (name == "obs_big_status") return observations_header + "GTSX,cam_thuy,2023,1," + std::string(ten_mib, 'Z') + "\n";
  if (name == "obs_big_unterminated") {
    std::string s = observations_header + "GTSX,\"";
    while (s.size() < ten_mib) s += "Cẩm Thủy, \"\"quoted\"\" text\n";
    return s;
  }
  if (name == "csv_big_field_then_defect") {
    // A 10 MiB quoted field of 10,240 lines, then a record with text after its closing quote:
    // the defect's line, column and byte offset count every byte and line before it.
    std::string s = "code,name\nXA01,\"";
    const std::string line(1023, 'y');
    for (int i = 0; i < 10240; ++i) s += line + "\n";
    s += "\"\nXA02,\"ok\"tail\n";
    return s;
  }
  ADD_FAILURE() << "unknown generator " << name;
  return {};
}

// A csv_reader over the case's input: a file of the catalogue (read from disk by path), a
// generated text, or a path that does not exist.
struct source {
  std::unique_ptr<std::string> text;  // a generated input (the reader holds a view of it)
  std::unique_ptr<io::csv_reader> reader;
};

source open_input(const bad_case& c, io::csv_dialect dialect = {}) {
  source s;
  const std::string& in = c.input;
  if (in.rfind("file:", 0) == 0) {
    s.reader = std::make_unique<io::csv_reader>(std::filesystem::path(bad_dir + "/" + in.substr(5)), dialect);
  } else if (in.rfind("missing:", 0) == 0) {
    s.reader = std::make_unique<io::csv_reader>(std::filesystem::path(bad_dir + "/" + in.substr(8)), dialect);
  } else if (in.rfind("gen:", 0) == 0) {
    s.text = std::make_unique<std::string>(generated(in.substr(4)));
    s.reader = std::make_unique<io::csv_reader>(std::string_view{*s.text}, c.id + ".csv", dialect);
  } else {
    ADD_FAILURE() << c.id << ": a " << c.reader << " case reads a file: file:, gen: or missing:, not " << in;
    s.reader = std::make_unique<io::csv_reader>(std::string_view{}, c.id + ".csv", dialect);
  }
  return s;
}

// Messages name files by the path the reader was given; the catalogue names them relative to
// its own directory, so that it reads the same on every machine.
std::string relative(std::string s) {
  const std::string prefix = bad_dir + "/";
  for (std::size_t at; (at = s.find(prefix)) != std::string::npos;) s.erase(at, prefix.size());
  return s;
}

// OUTCOMES -----------------------------------------------------------------------------------

std::string_view errc_name(errc c) {
  switch (c) {
    case errc::ok: return "ok";
    case errc::empty_input: return "empty_input";
    case errc::unexpected_character: return "unexpected_character";
    case errc::missing_digits: return "missing_digits";
    case errc::bad_grouping: return "bad_grouping";
    case errc::too_many_digits: return "too_many_digits";
    case errc::scale_out_of_range: return "scale_out_of_range";
    case errc::exponent_out_of_range: return "exponent_out_of_range";
    case errc::unknown_unit: return "unknown_unit";
    case errc::missing_percent_sign: return "missing_percent_sign";
    case errc::year_out_of_range: return "year_out_of_range";
    case errc::month_out_of_range: return "month_out_of_range";
    case errc::day_out_of_range: return "day_out_of_range";
    case errc::week_out_of_range: return "week_out_of_range";
    case errc::quarter_out_of_range: return "quarter_out_of_range";
    case errc::half_out_of_range: return "half_out_of_range";
    case errc::trimester_out_of_range: return "trimester_out_of_range";
    case errc::bimonth_out_of_range: return "bimonth_out_of_range";
    case errc::period_out_of_range: return "period_out_of_range";
    case errc::bad_range: return "bad_range";
    case errc::ambiguous_period: return "ambiguous_period";
    case errc::unknown_period_syntax: return "unknown_period_syntax";
    case errc::kind_mismatch: return "kind_mismatch";
    case errc::not_aligned: return "not_aligned";
    case errc::overflow: return "overflow";
    case errc::division_by_zero: return "division_by_zero";
    case errc::invalid_argument: return "invalid_argument";
    case errc::inexact: return "inexact";
    case errc::no_value: return "no_value";
  }
  return "?";
}

// What running a case gave, in the manifest's five columns.
struct outcome {
  std::string code, kind, position, offset, message;
  friend bool operator==(const outcome&, const outcome&) = default;
};

void PrintTo(const outcome& o, std::ostream* os) {
  *os << "{" << o.code << ", " << o.kind << ", " << o.position << ", " << o.offset << ", \"" << o.message << "\"}";
}

outcome of_problem(const io::problem& p) {
  return {std::string(errc_name(p.code)), std::string(io::to_string(p.kind)),
          std::to_string(p.line) + ":" + std::to_string(p.column), std::to_string(p.offset), relative(io::to_string(p))};
}
outcome of_parse_error(const attain::parse_error& e) {
  return {std::string(errc_name(e.code)), "parse_error", "-", std::to_string(e.offset), attain::to_string(e)};
}
outcome accepted(std::string what) { return {"ok", "-", "-", "-", std::move(what)}; }

std::string counts_text(const io::read_counts& c) {
  return "rows_read=" + std::to_string(c.rows_read) + " accepted=" + std::to_string(c.accepted) +
         " rejected=" + std::to_string(c.rejected);
}

number_format format_named(std::string_view name) {
  number_format f = number_format::plain();
  if (name.rfind("vi", 0) == 0) f = number_format::vi();
  else if (name.rfind("en", 0) == 0) f = number_format::en();
  else if (!name.empty() && name.rfind("plain", 0) != 0) ADD_FAILURE() << "unknown number format " << name;
  if (name.find("+exp") != std::string_view::npos) f = f.with_exponent();
  return f;
}

// Reads a typed file strictly. Also reads it leniently, which must agree: the same problem
// thrown for a whole-file problem, or the same first problem of the first rejected row, and
// counts that add up.
template <class Read>
outcome run_typed(const bad_case& c, Read read) {
  outcome strict;
  try {
    source s = open_input(c);
    const auto r = read(*s.reader, io::read_mode::strict);
    strict = accepted(counts_text(r.counts));
  } catch (const io::read_error& e) {
    strict = of_problem(e.where());
    EXPECT_EQ(relative(e.what()), strict.message);  // what() says all of it
  }
  try {
    source s = open_input(c);
    const auto r = read(*s.reader, io::read_mode::lenient);
    EXPECT_EQ(r.counts.rows_read, r.counts.accepted + r.counts.rejected) << c.id;
    EXPECT_EQ(r.rows.size(), r.counts.accepted) << c.id;
    EXPECT_EQ(r.rejected.size(), r.counts.rejected) << c.id;
    if (r.rejected.empty()) {
      EXPECT_EQ(accepted(counts_text(r.counts)), strict) << c.id << ": lenient reading found no problem";
    } else {
      EXPECT_FALSE(r.rejected.front().problems.empty()) << c.id;
      if (!r.rejected.front().problems.empty()) {
        EXPECT_EQ(of_problem(r.rejected.front().problems.front()), strict) << c.id;
      }
    }
  } catch (const io::read_error& e) {
    EXPECT_EQ(of_problem(e.where()), strict) << c.id << ": lenient reading threw another problem";
  }
  return strict;
}

// Reads observations (strictly) into a table, and what `then` does with it.
outcome run_table(const bad_case& c, attain::duplicate_policy policy,
                  const std::function<std::string(attain::observation_table&)>& then) {
  try {
    source s = open_input(c);
    const auto r = io::read_observations(*s.reader, {.numbers = format_named("plain")});
    attain::observation_table t(policy);
    io::load_observations(t, r.rows);
    t.seal();
    return accepted(then(t));
  } catch (const io::read_error& e) {
    return of_problem(e.where());
  } catch (const attain::overflow_error& e) {
    return {std::string(errc_name(e.code())), "overflow_error", "-", "-", e.what()};
  } catch (const attain::domain_error& e) {
    return {std::string(errc_name(e.code())), "domain_error", "-", "-", e.what()};
  }
}

outcome run(const bad_case& c) {
  const std::string& r = c.reader;
  const std::size_t colon = r.find(':');
  const std::string what = r.substr(0, colon);
  const std::string option = colon == std::string::npos ? std::string() : r.substr(colon + 1);
  const bool text_input = c.input.rfind("text:", 0) == 0;
  const std::string text = text_input ? c.input.substr(5) : std::string();
  if (what == "decimal" || what == "percent" || what == "quantity" || what == "period") {
    if (!text_input) ADD_FAILURE() << c.id << ": a " << what << " case takes text:, not " << c.input;
    const number_format f = what == "period" ? number_format::plain() : format_named(option);
    if (what == "decimal") {
      const attain::result<decimal> v = decimal::try_parse(text, f);
      if (!v) {
        // The throwing twin says the same.
        try {
          (void)decimal::parse(text, f);
          ADD_FAILURE() << c.id << ": decimal::parse did not throw";
        } catch (const attain::invalid_input& e) {
          EXPECT_EQ(e.what(), attain::to_string(v.error()));
          EXPECT_EQ(e.code(), v.error().code);
          EXPECT_EQ(e.offset(), v.error().offset);
        }
        return of_parse_error(v.error());
      }
      return accepted("value=" + to_string(*v));
    }
    if (what == "percent") {
      const attain::result<decimal> v = attain::try_parse_percent(text, f);
      return v ? accepted("value=" + to_string(*v)) : of_parse_error(v.error());
    }
    if (what == "quantity") {
      const attain::result<attain::quantity> v = attain::try_parse_quantity(text, f);
      return v ? accepted("value=" + to_string(v->value) + " unit=" + v->unit) : of_parse_error(v.error());
    }
    std::optional<attain::period_syntax> syntax;
    if (option == "sdmx") syntax = attain::period_syntax::sdmx;
    else if (option == "dhis2") syntax = attain::period_syntax::dhis2;
    else if (option == "iso") syntax = attain::period_syntax::iso;
    else if (option == "human") syntax = attain::period_syntax::human;
    else if (!option.empty()) ADD_FAILURE() << "unknown period syntax " << option;
    const attain::result<attain::period> p = syntax ? attain::try_parse_period(text, *syntax) : attain::try_parse_period(text);
    if (!p) {
      try {
        (void)(syntax ? attain::parse_period(text, *syntax) : attain::parse_period(text));
        ADD_FAILURE() << c.id << ": parse_period did not throw";
      } catch (const attain::invalid_input& e) {
        EXPECT_EQ(e.what(), attain::to_string(p.error()));
      }
      return of_parse_error(p.error());
    }
    return accepted("period=" + to_string(*p));
  }
  if (what == "csv") {
    io::csv_dialect d;
    if (option == "strict") d.strict_quotes = true;
    else if (!option.empty()) ADD_FAILURE() << "unknown csv option " << option;
    try {
      source s = open_input(c, d);
      std::size_t n = 0;
      while (const io::csv_record* rec = s.reader->next()) {
        ++n;
        if (rec->has_defect()) return of_problem(rec->defect_problem());
      }
      return accepted("records=" + std::to_string(n));
    } catch (const io::read_error& e) {
      return of_problem(e.where());
    }
  }
  const bool numbers = what == "observations" || what == "indicators" || what == "targets" || what == "units";
  const number_format f = numbers ? format_named(option) : number_format::plain();
  if (what == "observations")
    return run_typed(c, [&](io::csv_reader& in, io::read_mode m) { return io::read_observations(in, {.mode = m, .numbers = f}); });
  if (what == "indicators")
    return run_typed(c, [&](io::csv_reader& in, io::read_mode m) { return io::read_indicators(in, {.mode = m, .numbers = f}); });
  if (what == "targets")
    return run_typed(c, [&](io::csv_reader& in, io::read_mode m) { return io::read_targets(in, {.mode = m, .numbers = f}); });
  if (what == "units")
    return run_typed(c, [&](io::csv_reader& in, io::read_mode m) { return io::read_units(in, {.mode = m, .numbers = f}); });
  if (what == "sdmx")
    return run_typed(c, [&](io::csv_reader& in, io::read_mode m) { return io::read_sdmx_csv(in, {.mode = m}); });
  if (what == "hierarchy") {
    try {
      source s = open_input(c);
      const auto rows = io::read_units(*s.reader, {});
      attain::unit_hierarchy h;
      io::load_units(h, rows.rows);
      h.seal();
      return accepted("units=" + std::to_string(h.size()) + " levels=" + std::to_string(h.levels()));
    } catch (const io::read_error& e) {
      return of_problem(e.where());
    } catch (const attain::domain_error& e) {
      return {std::string(errc_name(e.code())), "domain_error", "-", "-", e.what()};
    }
  }
  if (what == "table") {
    attain::duplicate_policy policy = attain::duplicate_policy::reject;
    if (option == "sum") policy = attain::duplicate_policy::sum;
    else if (option == "keep_last") policy = attain::duplicate_policy::keep_last;
    else if (!option.empty()) ADD_FAILURE() << "unknown duplicate policy " << option;
    return run_table(c, policy, [](attain::observation_table& t) { return "rows=" + std::to_string(t.size()); });
  }
  if (what == "aggregate") {
    if (option != "sum") ADD_FAILURE() << "unknown aggregation " << option;
    return run_table(c, attain::duplicate_policy::reject, [](attain::observation_table& t) {
      const auto sums = attain::aggregate(t, attain::grouping(t), attain::sum_rule{});
      return "sum=" + to_string(sums.value(0).value());
    });
  }
  ADD_FAILURE() << c.id << ": unknown reader " << r;
  return {};
}

// THE CATALOGUE -----------------------------------------------------------------------------

class bad_input : public ::testing::TestWithParam<bad_case> {};

TEST_P(bad_input, gives_the_catalogued_outcome) {
  const bad_case& c = GetParam();
  const outcome expected{c.code, c.kind, c.position, c.offset, c.message};
  const outcome actual = run(c);
  EXPECT_EQ(actual.code, expected.code);
  EXPECT_EQ(actual.kind, expected.kind);
  EXPECT_EQ(actual.position, expected.position);
  EXPECT_EQ(actual.offset, expected.offset);
  EXPECT_EQ(actual.message, expected.message);
  if (actual != expected) {
    ADD_FAILURE() << "catalogue.tsv line " << c.line << " would read\n"
                  << c.id << '\t' << c.reader << '\t' << escape(c.input) << '\t' << actual.code << '\t' << actual.kind
                  << '\t' << actual.position << '\t' << actual.offset << '\t' << escape(actual.message);
  }
}

INSTANTIATE_TEST_SUITE_P(catalogue, bad_input, ::testing::ValuesIn(the_catalogue().cases),
                         [](const ::testing::TestParamInfo<bad_case>& p) { return p.param.id; });

TEST(bad_input_catalogue, is_well_formed_and_large_enough) {
  const catalogue& c = the_catalogue();
  EXPECT_EQ(c.problems, std::vector<std::string>{});
  EXPECT_GE(c.cases.size(), 60u);
  // Every kind of input is represented.
  std::map<std::string, std::size_t> by_reader;
  for (const bad_case& b : c.cases) ++by_reader[b.reader.substr(0, b.reader.find(':'))];
  for (const char* r : {"decimal", "percent", "period", "csv", "observations", "indicators", "targets", "units",
                        "hierarchy", "table", "sdmx"})
    EXPECT_GE(by_reader[r], 1u) << r;
}

TEST(bad_input_catalogue, every_file_is_a_case) {
  std::set<std::string> referenced;
  for (const bad_case& b : the_catalogue().cases)
    if (b.input.rfind("file:", 0) == 0) referenced.insert(b.input.substr(5));
  std::vector<std::string> orphans;
  for (const auto& e : std::filesystem::directory_iterator(bad_dir)) {
    const std::string name = e.path().filename().string();
    if (name == "catalogue.tsv" || name == "README.md") continue;
    if (!referenced.count(name)) orphans.push_back(name);
  }
  std::sort(orphans.begin(), orphans.end());
  EXPECT_EQ(orphans, std::vector<std::string>{});
  // … and every file a case names exists.
  for (const std::string& name : referenced) EXPECT_TRUE(std::filesystem::exists(bad_dir + "/" + name)) << name;
  // The committed files stay small: large inputs are generated (gen:).
  for (const auto& e : std::filesystem::directory_iterator(bad_dir)) EXPECT_LT(e.file_size(), 64u * 1024u) << e.path();
}

// UTF-8 AT ITS EDGES --------------------------------------------------------------------------

TEST(bad_input_encoding, names_are_well_formed_utf8_at_every_edge_of_table_3_7) {
  // Each name in a units file: accepted, or rejected naming its first bad byte.
  struct edge {
    std::string name;
    std::string reason;  // empty: accepted
  };
  const std::vector<edge> edges = {
      {"x\xC2\x80y", ""},                  // U+0080, the first two-byte character
      {"\xDF\xBF", ""},                    // U+07FF
      {"\xE0\xA0\x80", ""},               // U+0800
      {"\xED\x9F\xBF", ""},               // U+D7FF, just below the surrogates
      {"\xEE\x80\x80", ""},               // U+E000, just above them
      {"\xEF\xBF\xBF", ""},               // U+FFFF
      {"\xF0\x90\x80\x80", ""},          // U+10000
      {"\xF0\x9F\x98\x80", ""},          // an emoji
      {"\xF4\x8F\xBF\xBF", ""},          // U+10FFFF, the last
      {"C\xE1\xBA\xA9m Th\xE1\xBB\xA7y", ""},  // Cẩm Thủy
      {"a\x80", "invalid UTF-8 byte 0x80 at 1"},        // a continuation byte alone
      {"\xC0\x80", "invalid UTF-8 byte 0xC0 at 0"},    // overlong NUL
      {"\xC1\xBF", "invalid UTF-8 byte 0xC1 at 0"},    // overlong
      {"\xE0\x9F\xBF", "invalid UTF-8 byte 0xE0 at 0"},  // overlong three bytes
      {"\xED\xA0\x80", "invalid UTF-8 byte 0xED at 0"},  // a surrogate
      {"\xED\xBF\xBF", "invalid UTF-8 byte 0xED at 0"},  // the last surrogate
      {"\xF0\x8F\xBF\xBF", "invalid UTF-8 byte 0xF0 at 0"},  // overlong four bytes
      {"\xF4\x90\x80\x80", "invalid UTF-8 byte 0xF4 at 0"},  // past U+10FFFF
      {"\xF5\x80\x80\x80", "invalid UTF-8 byte 0xF5 at 0"},
      {"ab\xFE", "invalid UTF-8 byte 0xFE at 2"},
      {"\xE1\xBA", "invalid UTF-8 byte 0xE1 at 0"},     // cut short by the field's end
      {"\xE1\xBAx", "invalid UTF-8 byte 0xE1 at 0"},    // cut short by a letter
      {"\xF0\x9F\x98", "invalid UTF-8 byte 0xF0 at 0"},
      {"12345678\xFF", "invalid UTF-8 byte 0xFF at 8"},  // past the first eight ASCII bytes
      {"\xEF\xBB\xBFXA01", "byte order mark (U+FEFF) inside the file at 0"},
      {"XA\xEF\xBB\xBF" "01", "byte order mark (U+FEFF) inside the file at 2"},
  };
  for (const edge& e : edges) {
    const std::string text = "code,name\nXA01,\"" + e.name + "\"\n";
    io::csv_reader in(std::string_view{text}, "u.csv");
    const auto r = io::read_units(in, {.mode = io::read_mode::lenient});
    SCOPED_TRACE(escape(e.name));
    if (e.reason.empty()) {
      ASSERT_EQ(r.rows.size(), 1u);
      EXPECT_EQ(r.rows[0].name, e.name);
    } else {
      ASSERT_EQ(r.rejected.size(), 1u);
      ASSERT_EQ(r.rejected[0].problems.size(), 1u);
      const io::problem& p = r.rejected[0].problems[0];
      EXPECT_EQ(io::to_string(p), "u.csv:2:6: " + e.reason + " in column \"name\"");
      EXPECT_EQ(p.kind, io::problem_kind::bad_encoding);
      EXPECT_EQ(p.code, errc::unexpected_character);
      EXPECT_EQ(p.column_name, "name");
      EXPECT_EQ(p.offset, 15u);  // the field's opening quote
    }
  }
}

// NO LOSS: EVERY ROW ACCOUNTED FOR ----------------------------------------------------------

// The line of every record after the header, as the bare CSV reader sees them.
std::vector<std::size_t> data_lines(const std::string& file, io::csv_dialect d = {}) {
  io::csv_reader in(std::filesystem::path(bad_dir + "/" + file), d);
  std::vector<std::size_t> lines;
  bool header = true;
  while (const io::csv_record* r = in.next()) {
    if (header) header = false;
    else lines.push_back(r->line());
  }
  return lines;
}

// rows read = accepted + rejected; each data record is either an accepted row or a rejected
// one, never both, never neither; every rejected row says why.
template <class Result>
void expect_every_row_accounted(const Result& r, const std::string& file, const io::read_counts& expected) {
  SCOPED_TRACE(file);
  EXPECT_EQ(r.counts, expected);
  EXPECT_EQ(r.counts.rows_read, r.counts.accepted + r.counts.rejected);
  EXPECT_EQ(r.rows.size(), r.counts.accepted);
  EXPECT_EQ(r.rejected.size(), r.counts.rejected);
  std::vector<std::size_t> seen;
  for (const auto& row : r.rows) seen.push_back(row.line);
  for (const io::rejected_row& row : r.rejected) {
    seen.push_back(row.line);
    EXPECT_FALSE(row.problems.empty()) << "line " << row.line;
    for (const io::problem& p : row.problems) {
      EXPECT_GE(p.line, row.line);
      EXPECT_FALSE(p.reason.empty());
    }
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, data_lines(file));
}

io::read_options lenient(number_format f = number_format::plain()) {
  return io::read_options{.mode = io::read_mode::lenient, .numbers = f};
}

io::csv_reader open_bad(const std::string& file) { return io::csv_reader(std::filesystem::path(bad_dir + "/" + file)); }

TEST(bad_input_no_loss, csv_records_account_for_every_line) {
  // Records, comment lines and blank lines together cover every line of the file.
  const std::string file = bad_dir + "/mixed_records.csv";
  std::ifstream raw(file, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(raw), std::istreambuf_iterator<char>()};
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  io::csv_reader in(std::filesystem::path{file});
  std::size_t covered = 0, records = 0, defective = 0, expected_line = 0;
  while (const io::csv_record* r = in.next()) {
    ++records;
    defective += r->has_defect();
    std::string_view t = r->text();
    // An unterminated quote runs to the end of the file, line end included.
    if (!t.empty() && t.back() == '\n') t.remove_suffix(1);
    if (!t.empty() && t.back() == '\r') t.remove_suffix(1);
    EXPECT_GT(r->line(), expected_line);  // lines only go forward
    expected_line = r->line();
    covered += 1 + static_cast<std::size_t>(std::count(t.begin(), t.end(), '\n'));
  }
  EXPECT_EQ(records, in.records());
  EXPECT_EQ(records, 9u);
  EXPECT_EQ(defective, 2u);  // text after a closing quote; a quote never closed
  EXPECT_EQ(in.comment_lines(), 1u);
  EXPECT_EQ(in.blank_lines(), 1u);
  EXPECT_EQ(covered + in.comment_lines() + in.blank_lines(), lines);
}

TEST(bad_input_no_loss, every_reader_accounts_for_every_row) {
  {
    io::csv_reader in = open_bad("mixed_observations.csv");
    expect_every_row_accounted(io::read_observations(in, lenient(number_format::vi())), "mixed_observations.csv",
                               io::read_counts{20, 11, 9, 2, 1});
  }
  {
    io::csv_reader in = open_bad("mixed_indicators.csv");
    expect_every_row_accounted(io::read_indicators(in, lenient(number_format::vi())), "mixed_indicators.csv",
                               io::read_counts{10, 5, 5, 0, 0});
  }
  {
    io::csv_reader in = open_bad("mixed_targets.csv");
    expect_every_row_accounted(io::read_targets(in, lenient(number_format::vi())), "mixed_targets.csv",
                               io::read_counts{14, 8, 6, 0, 0});
  }
  {
    io::csv_reader in = open_bad("mixed_units.csv");
    expect_every_row_accounted(io::read_units(in, lenient()), "mixed_units.csv", io::read_counts{12, 6, 6, 1, 0});
  }
  {
    io::csv_reader in = open_bad("mixed_sdmx.csv");
    expect_every_row_accounted(io::read_sdmx_csv(in, {.mode = io::read_mode::lenient}), "mixed_sdmx.csv",
                               io::read_counts{16, 6, 10, 0, 0});
  }
  {
    // The streaming reader counts the same way.
    io::csv_reader in = open_bad("mixed_observations.csv");
    io::observation_reader r(in, lenient(number_format::vi()));
    std::size_t n = 0;
    while (r.next() != nullptr) ++n;
    EXPECT_EQ(n, r.counts().accepted);
    EXPECT_EQ(r.counts().rows_read, r.counts().accepted + r.counts().rejected);
    EXPECT_EQ(r.rejected().size(), r.counts().rejected);
  }
}

TEST(bad_input_no_loss, a_ten_mib_field_is_kept_whole) {
  // The catalogue's obs_big_unit case only counts the row; here the field itself: read by
  // the CSV reader from a stream (across many buffer refills), by the observations reader,
  // written and read again, byte for byte.
  const std::string text = generated("obs_big_unit");
  std::istringstream stream(text);
  io::csv_reader in(stream, "big.csv");
  const auto r = io::read_observations(in);
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].unit, std::string(ten_mib, 'x'));
  EXPECT_EQ(r.rows[0].value, decimal(13290));
  std::ostringstream out;
  io::write_observations(out, r.rows);
  const std::string written = out.str();
  io::csv_reader again(std::string_view{written}, "again.csv");
  EXPECT_EQ(io::read_observations(again).rows, r.rows);
}

// NO LOSS: WRITE → READ TO THE LAST DIGIT ----------------------------------------------------

// Same value and same scale: 1.50 is not 1.5 here.
::testing::AssertionResult identical(const decimal& a, const decimal& b) {
  if (a.coefficient() == b.coefficient() && a.scale() == b.scale()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << to_string(a) << " is not " << to_string(b);
}
::testing::AssertionResult identical(const std::optional<decimal>& a, const std::optional<decimal>& b) {
  if (a.has_value() != b.has_value()) return ::testing::AssertionFailure() << "one of the two has no value";
  return a ? identical(*a, *b) : ::testing::AssertionSuccess();
}

template <class Row, class Write, class Read>
std::vector<Row> write_then_read(const std::vector<Row>& rows, Write write, Read read) {
  std::ostringstream out;
  write(out, rows);
  const std::string text = out.str();
  io::csv_reader in(std::string_view{text}, "written.csv");
  const auto back = read(in);
  EXPECT_EQ(back.counts.rejected, 0u);
  return back.rows;
}

TEST(bad_input_no_loss, accepted_rows_write_then_read_to_the_last_digit) {
  const number_format vi = number_format::vi();
  {
    io::csv_reader in = open_bad("mixed_observations.csv");
    const auto rows = io::read_observations(in, lenient(vi)).rows;
    ASSERT_FALSE(rows.empty());
    for (const number_format f : {number_format::plain(), vi, number_format::en()})
      for (const char d : {',', ';', '\t'}) {
        const auto back = write_then_read(
            rows, [&](std::ostream& o, const auto& r) { io::write_observations(o, r, {.delimiter = d, .numbers = f}); },
            [&](io::csv_reader& i) { return io::read_observations(i, {.numbers = f}); });
        ASSERT_EQ(back.size(), rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
          EXPECT_EQ(back[k], rows[k]);
          EXPECT_TRUE(identical(back[k].value, rows[k].value));
        }
      }
  }
  {
    io::csv_reader in = open_bad("mixed_indicators.csv");
    const auto rows = io::read_indicators(in, lenient(vi)).rows;
    ASSERT_FALSE(rows.empty());
    const auto back = write_then_read(
        rows, [&](std::ostream& o, const auto& r) { io::write_indicators(o, r, {.delimiter = ';', .numbers = vi}); },
        [&](io::csv_reader& i) { return io::read_indicators(i, {.numbers = vi}); });
    EXPECT_EQ(back, rows);
  }
  {
    io::csv_reader in = open_bad("mixed_targets.csv");
    const auto rows = io::read_targets(in, lenient(vi)).rows;
    ASSERT_FALSE(rows.empty());
    for (const number_format f : {number_format::plain(), vi, number_format::en()}) {
      const auto back = write_then_read(
          rows, [&](std::ostream& o, const auto& r) { io::write_targets(o, r, {.delimiter = ';', .numbers = f}); },
          [&](io::csv_reader& i) { return io::read_targets(i, {.numbers = f}); });
      ASSERT_EQ(back.size(), rows.size());
      for (std::size_t k = 0; k < rows.size(); ++k) {
        EXPECT_EQ(back[k], rows[k]);
        EXPECT_TRUE(identical(back[k].target.value, rows[k].target.value)) << rows[k].target.indicator;
        EXPECT_TRUE(identical(back[k].target.upper, rows[k].target.upper));
        EXPECT_TRUE(identical(back[k].target.baseline, rows[k].target.baseline));
      }
    }
  }
  {
    io::csv_reader in = open_bad("mixed_units.csv");
    const auto rows = io::read_units(in, lenient()).rows;
    ASSERT_FALSE(rows.empty());
    const auto back = write_then_read(
        rows, [&](std::ostream& o, const auto& r) { io::write_units(o, r); },
        [&](io::csv_reader& i) { return io::read_units(i, {}); });
    EXPECT_EQ(back, rows);
  }
  {
    io::csv_reader in = open_bad("mixed_sdmx.csv");
    const auto rows = io::read_sdmx_csv(in, {.mode = io::read_mode::lenient}).rows;
    ASSERT_FALSE(rows.empty());
    for (const int version : {1, 2}) {
      const auto back = write_then_read(
          rows, [&](std::ostream& o, const auto& r) { io::write_sdmx_csv(o, r, {.version = version}); },
          [&](io::csv_reader& i) { return io::read_sdmx_csv(i); });
      ASSERT_EQ(back.size(), rows.size());
      for (std::size_t k = 0; k < rows.size(); ++k) {
        // A plan term is written start/duration and reads back as the same days, as a range.
        if (rows[k].when.kind() == attain::period_kind::term) {
          EXPECT_EQ(back[k].when.first(), rows[k].when.first());
          EXPECT_EQ(back[k].when.last(), rows[k].when.last());
        } else {
          EXPECT_EQ(back[k], rows[k]);
        }
        EXPECT_TRUE(identical(back[k].value, rows[k].value));
      }
    }
  }
  {
    // Free-text records: the writer quotes what needs quoting, the reader gives it back.
    io::csv_reader in = open_bad("mixed_records.csv");
    std::vector<std::vector<std::string>> records;
    while (const io::csv_record* r = in.next())
      if (!r->has_defect()) records.emplace_back(r->fields().begin(), r->fields().end());
    for (const char d : {',', ';'}) {
      std::ostringstream out;
      io::csv_writer w(out, d, true);
      for (const auto& rec : records) {
        for (const std::string& field : rec) w.field(field);
        w.end_row();
      }
      const std::string text = out.str();
      io::csv_reader back(std::string_view{text}, "w.csv", io::csv_dialect{.delimiter = d});
      std::vector<std::vector<std::string>> again;
      while (const io::csv_record* r = back.next()) again.emplace_back(r->fields().begin(), r->fields().end());
      EXPECT_EQ(again, records);
    }
  }
}

TEST(bad_input_no_loss, extreme_values_write_then_read_to_the_last_digit) {
  constexpr attain::int128 max = decimal::max_coefficient;  // 2^127 − 1
  const std::vector<decimal> values = {
      decimal(max, 0),   decimal(-max, 0),  decimal(max, 38), decimal(-max, 38),
      decimal(max, 19),  decimal(1, 38),    decimal(-1, 38),  decimal(0, 38),
      decimal(0, 0),     decimal(1000, 3),  decimal(-5, 1),
      decimal(max / 10, 37)};
  std::vector<io::observation_row> obs;
  for (std::size_t i = 0; i < values.size(); ++i)
    obs.push_back({"VON_DT", "XA" + std::to_string(i), attain::year{2023}, values[i], attain::value_status::estimate});
  for (const number_format f : {number_format::plain(), number_format::vi(), number_format::en()}) {
    const auto back = write_then_read(
        obs, [&](std::ostream& o, const auto& r) { io::write_observations(o, r, {.delimiter = ';', .numbers = f}); },
        [&](io::csv_reader& i) { return io::read_observations(i, {.numbers = f}); });
    ASSERT_EQ(back.size(), obs.size());
    for (std::size_t k = 0; k < obs.size(); ++k) EXPECT_TRUE(identical(back[k].value, obs[k].value)) << k;
  }
  for (const int version : {1, 2}) {
    const auto back = write_then_read(
        obs, [&](std::ostream& o, const auto& r) { io::write_sdmx_csv(o, r, {.version = version}); },
        [&](io::csv_reader& i) { return io::read_sdmx_csv(i); });
    ASSERT_EQ(back.size(), obs.size());
    for (std::size_t k = 0; k < obs.size(); ++k) EXPECT_TRUE(identical(back[k].value, obs[k].value)) << k;
  }
  // Targets: a level target at the limits, a band, and growth rates written as percents.
  // A rate keeps its scale when it has at least two decimals (0.075 → "7.5%" → 0.075); one
  // with fewer reads back with two (0.5 → "50%" → 0.50): the same value, the scale a percent
  // can say.
  std::vector<io::target_row> targets;
  const auto target_of = [](std::string indicator, attain::target_kind kind, decimal value, std::optional<decimal> upper,
                            std::optional<decimal> baseline) {
    attain::target t;
    t.indicator = std::move(indicator);
    t.unit = "u";
    t.kind = kind;
    t.term = attain::term::from_baseline(2020, 2025);
    t.value = value;
    t.upper = upper;
    t.baseline = baseline;
    return io::target_row{t, false, 0};
  };
  for (std::size_t i = 0; i < values.size(); ++i)
    targets.push_back(target_of("X" + std::to_string(i), attain::target_kind::level, values[i], std::nullopt,
                                values[values.size() - 1 - i]));
  targets.push_back(target_of("BAND", attain::target_kind::band, decimal(-max, 38), decimal(max, 0), std::nullopt));
  const std::vector<decimal> rates = {decimal(75, 3), decimal(-max, 38), decimal(max, 2), decimal(1, 38),
                                      decimal(-1, 2), decimal(0, 2),     decimal(5, 1),   decimal(7, 0)};
  for (const decimal& r : rates) targets.push_back(target_of("GROWTH", attain::target_kind::average_growth, r, std::nullopt, std::nullopt));
  for (const number_format f : {number_format::plain(), number_format::vi(), number_format::en()}) {
    const auto back = write_then_read(
        targets, [&](std::ostream& o, const auto& r) { io::write_targets(o, r, {.delimiter = ';', .numbers = f}); },
        [&](io::csv_reader& i) { return io::read_targets(i, {.numbers = f}); });
    ASSERT_EQ(back.size(), targets.size());
    for (std::size_t k = 0; k < targets.size(); ++k) {
      const attain::target& t = targets[k].target;
      EXPECT_EQ(back[k], targets[k]) << k;
      if (t.kind == attain::target_kind::average_growth && t.value.scale() < 2)
        EXPECT_TRUE(identical(back[k].target.value, rescale(t.value, 2))) << k;
      else
        EXPECT_TRUE(identical(back[k].target.value, t.value)) << k;
      EXPECT_TRUE(identical(back[k].target.upper, t.upper)) << k;
      EXPECT_TRUE(identical(back[k].target.baseline, t.baseline)) << k;
    }
  }
}

}  // namespace
