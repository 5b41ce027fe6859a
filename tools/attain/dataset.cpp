// Observations through the engine (dataset.hpp).
#include "dataset.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "attain/io/open_sdg.hpp"
#include "attain/io/sdmx_csv.hpp"
#include "attain/words.hpp"
#include "input.hpp"

namespace attain_cli {

namespace fs = std::filesystem;
namespace io = attain::io;

namespace {

std::string where(const std::string& file, std::size_t line) { return file + ":" + std::to_string(line); }

attain::duplicate_policy policy_of(const std::string& text) {
  if (text == "reject") return attain::duplicate_policy::reject;
  if (text == "keep-last") return attain::duplicate_policy::keep_last;
  if (text == "sum") return attain::duplicate_policy::sum;
  throw usage_error("--duplicates: expected reject, keep-last or sum, found \"" + text + "\"");
}

void report(const std::vector<io::rejected_row>& rows, std::size_t& rejected) {
  for (const io::rejected_row& r : rows)
    for (const io::problem& p : r.problems) std::cerr << "attain: rejected: " << io::to_string(p) << "\n";
  rejected += rows.size();
}

io::open_sdg_options open_sdg_options_of(const observation_options& o) {
  io::open_sdg_options s;
  s.mode = o.lenient ? io::read_mode::lenient : io::read_mode::strict;
  s.unit_column = o.unit_column;
  s.headline_unit = o.headline_unit;
  return s;
}

// Appends the rows of one file, each with its origin.
void take(read_rows& out, std::vector<io::observation_row>&& rows, const std::string& file) {
  const auto index = static_cast<std::uint32_t>(out.files.size());
  out.files.push_back(file);
  for (io::observation_row& r : rows) {
    out.origins.push_back({index, r.line});
    out.rows.push_back(std::move(r));
  }
}

void read_open_sdg_file(read_rows& out, const fs::path& file, const observation_options& o) {
  const std::optional<std::string> indicator = io::open_sdg_indicator_of(file);
  if (!indicator)
    throw usage_error(file.string() + ": not an Open SDG data file name (expected indicator_<id>.csv)");
  io::csv_reader in{file};
  io::read_result<io::observation_row> r = io::read_open_sdg(in, *indicator, open_sdg_options_of(o));
  report(r.rejected, out.rejected);
  take(out, std::move(r.rows), file.string());
}

// Whether a file holds Open SDG data: its name is indicator_<id>.csv.
bool is_open_sdg_file(const std::string& file) { return io::open_sdg_indicator_of(fs::path(file)).has_value(); }

}  // namespace

// UNITS -------------------------------------------------------------------------------------------

std::unique_ptr<units_file> read_units_file(const std::string& file, const std::string& numbers) {
  auto out = std::make_unique<units_file>();
  out->file = file;
  io::csv_reader in{fs::path(file)};
  io::read_options o;
  o.numbers = numbers_for(file, numbers);
  out->rows = io::read_units(in, o).rows;
  // Named with their lines before the hierarchy sees them: duplicates, orphans, cycles.
  std::map<std::string, const io::unit_row*, std::less<>> by_code;
  for (const io::unit_row& u : out->rows) {
    const auto [it, fresh] = by_code.emplace(u.code, &u);
    if (!fresh)
      throw usage_error(where(file, u.line) + ": duplicate unit \"" + u.code + "\" (first at line " +
                        std::to_string(it->second->line) + ")");
  }
  for (const io::unit_row& u : out->rows)
    if (!u.parent.empty() && by_code.find(u.parent) == by_code.end())
      throw usage_error(where(file, u.line) + ": unit \"" + u.code + "\" has parent \"" + u.parent +
                        "\", which is not a unit of the file");
  // A cycle: following parents from a unit comes back to a unit of the same walk.
  std::map<std::string_view, int> state;  // 1 = on the current walk, 2 = leads to a root
  for (const io::unit_row& u : out->rows) {
    std::vector<const io::unit_row*> walk;
    const io::unit_row* at = &u;
    while (at != nullptr && state[at->code] == 0) {
      state[at->code] = 1;
      walk.push_back(at);
      at = at->parent.empty() ? nullptr : by_code.find(at->parent)->second;
    }
    if (at != nullptr && state[at->code] == 1) {
      std::string path;
      const auto first = std::find(walk.begin(), walk.end(), at);
      for (auto it = first; it != walk.end(); ++it) path += "\"" + (*it)->code + "\" → ";
      throw usage_error(where(file, at->line) + ": cycle of units: " + path + "\"" + at->code + "\" (" +
                        std::to_string(walk.end() - first) + " units)");
    }
    for (const io::unit_row* w : walk) state[w->code] = 2;
  }
  io::load_units(out->hierarchy, out->rows);
  out->hierarchy.seal();
  return out;
}

// ROWS --------------------------------------------------------------------------------------------

read_rows read_observation_rows(const std::vector<std::string>& paths, const observation_options& o) {
  if (paths.empty()) throw usage_error("no observations file given");
  read_rows out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      // A folder of Open SDG data files: every indicator_*.csv, in name order.
      std::vector<fs::path> files;
      for (const fs::directory_entry& e : fs::directory_iterator(path))
        if (e.is_regular_file() && io::open_sdg_indicator_of(e.path())) files.push_back(e.path());
      if (files.empty()) throw usage_error(path + ": a folder without Open SDG data files (indicator_<id>.csv)");
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) read_open_sdg_file(out, f, o);
      continue;
    }
    if (is_open_sdg_file(path)) {
      read_open_sdg_file(out, fs::path(path), o);
      continue;
    }
    std::size_t rejected = 0;
    take(out, load_observations(path, o.numbers, o.lenient, rejected), path);
    out.rejected += rejected;
  }
  return out;
}

// THE TABLE ---------------------------------------------------------------------------------------

dataset load_dataset(const std::vector<std::string>& paths, const observation_options& o, const units_file* units) {
  policy_of(o.duplicates);  // a bad option is refused before any file is read
  return build_dataset(read_observation_rows(paths, o), o, units);
}

dataset build_dataset(const read_rows& in, const observation_options& o, const units_file* units) {
  const attain::duplicate_policy policy = policy_of(o.duplicates);
  dataset d;
  d.files = in.files;
  d.rejected = in.rejected;
  d.table = units != nullptr ? std::make_unique<attain::observation_table>(units->hierarchy, policy)
                             : std::make_unique<attain::observation_table>(policy);
  attain::observation_table& t = *d.table;
  const auto at = [&](std::size_t i) { return where(in.files[in.origins[i].file], in.origins[i].line); };
  if (units != nullptr) {
    for (std::size_t i = 0; i < in.rows.size(); ++i)
      if (units->hierarchy.find(in.rows[i].unit) == attain::unit_hierarchy::npos)
        throw usage_error(at(i) + ": unknown unit \"" + in.rows[i].unit + "\" (not in " + units->file + ")");
  }
  // The loader names the lines of what it refuses (UNIT_MULT mixed in one indicator); with
  // one file, the message gets its name.
  const std::string file = in.files.size() == 1 ? in.files.front() + ": " : std::string();
  try {
    if (o.apply_unit_multipliers) {
      std::vector<io::observation_row> rows = in.rows;
      io::apply_unit_multipliers(rows);
      d.missing = io::load_observations(t, rows).missing;
    } else {
      d.missing = io::load_observations(t, in.rows).missing;
    }
  } catch (const attain::domain_error& e) {
    throw usage_error(file + e.what());
  } catch (const attain::overflow_error& e) {
    throw usage_error(file + e.what());
  }
  // The period of every period id, as read (a year stays a year, a pooled 2005–2007 a term).
  d.periods.assign(t.period_count(), attain::period{});
  std::vector<bool> seen(t.period_count(), false);
  for (const io::observation_row& r : in.rows) {
    const std::uint32_t p = t.period_id(r.when);
    if (!seen[p]) {
      seen[p] = true;
      d.periods[p] = r.when;
    }
  }
  try {
    t.seal();
  } catch (const attain::domain_error& e) {
    if (const auto dup = t.rejected_duplicate()) {
      const io::observation_row& r = in.rows[dup->second];
      throw usage_error(at(dup->second) + ": duplicate observation of " + io::key_text(r) + " for " +
                        attain::to_string(r.when) + " (first at " + at(dup->first) +
                        "); --duplicates keep-last or sum chooses one explicitly");
    }
    throw;
  }
  return d;
}

std::string dataset::members_text(std::size_t row) const {
  std::string out;
  for (std::uint32_t dim = 0; dim < table->dimension_count(); ++dim) {
    const std::uint32_t m = table->dimension_column(dim)[row];
    if (m == attain::observation_table::total_member) continue;
    if (!out.empty()) out += ", ";
    out += std::string(table->dimension_name(dim)) + "=" + std::string(table->member_code(dim, m));
  }
  return out;
}

std::string dataset::key_text(std::size_t row) const {
  series_id k;
  k.indicator = table->indicator_column()[row];
  k.unit = table->unit_column()[row];
  for (std::uint32_t dim = 0; dim < table->dimension_count(); ++dim) k.members.push_back(table->dimension_column(dim)[row]);
  return attain_cli::key_text(*table, k);
}

// FILTERS AND SERIES ------------------------------------------------------------------------------

std::vector<member_filter> parse_filters(const std::vector<std::string>& where) {
  std::vector<member_filter> out;
  for (const std::string& w : where) {
    const std::size_t eq = w.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usage_error("--where: expected DIMENSION=MEMBER (SEX=F), found \"" + w + "\"");
    out.push_back({w.substr(0, eq), w.substr(eq + 1)});
  }
  return out;
}

std::vector<member_filter> headline_filters(const attain::observation_table& t, std::uint32_t indicator,
                                            const std::vector<member_filter>& given, const std::vector<std::string>& named,
                                            attain::language lang) {
  std::vector<member_filter> out = given;
  for (std::uint32_t dim = 0; dim < t.dimension_count(); ++dim) {
    const std::string_view name = t.dimension_name(dim);
    const auto is = [&](const auto& n) { return n == name; };
    if (std::any_of(given.begin(), given.end(), [&](const member_filter& f) { return f.dimension == name; }) ||
        std::any_of(named.begin(), named.end(), is))
      continue;
    std::set<std::uint32_t> members;
    const std::span<const std::uint32_t> column = t.dimension_column(dim);
    for (std::size_t r = 0; r < t.size(); ++r)
      if (indicator == attain::dictionary::npos || t.indicator_column()[r] == indicator) members.insert(column[r]);
    if (members.empty() || members.count(attain::observation_table::total_member) != 0) continue;
    if (members.size() == 1) {
      out.push_back({std::string(name), std::string(t.member_code(dim, *members.begin()))});
      std::cerr << "attain: "
                << attain::fill(attain::word::cli_note, lang,
                                {attain::fill(attain::word::cli_only_member_is_total, lang, {name, out.back().member})})
                << "\n";
      continue;
    }
    std::string list;
    for (const std::uint32_t m : members) list += (list.empty() ? "" : ", ") + std::string(t.member_code(dim, m));
    throw usage_error("dimension \"" + std::string(name) + "\"" +
                      (indicator == attain::dictionary::npos ? std::string() : " of " + std::string(t.indicator_code(indicator))) +
                      " has no total (_T) and several members: choose one with --where " + std::string(name) +
                      "=… (" + list + ")");
  }
  return out;
}

std::string key_text(const attain::observation_table& t, const series_id& k) {
  std::string out(t.indicator_code(k.indicator));
  if (!t.unit_code(k.unit).empty()) out += " · " + std::string(t.unit_code(k.unit));
  for (std::uint32_t dim = 0; dim < k.members.size(); ++dim)
    if (k.members[dim] != attain::observation_table::total_member)
      out += " · " + std::string(t.dimension_name(dim)) + "=" + std::string(t.member_code(dim, k.members[dim]));
  return out;
}

std::vector<series_rows> series_of(const dataset& d) {
  const attain::observation_table& t = *d.table;
  std::map<series_id, std::vector<std::size_t>> keys;
  // Built whole: g++ 12 at -O3 sees a null pointer in resize() of an empty vector here
  // (-Wnull-dereference, a false alarm).
  series_id k{0, 0, std::vector<std::uint32_t>(t.dimension_count(), 0u)};
  for (std::size_t r = 0; r < t.size(); ++r) {
    k.indicator = t.indicator_column()[r];
    k.unit = t.unit_column()[r];
    for (std::uint32_t dim = 0; dim < k.members.size(); ++dim) k.members[dim] = t.dimension_column(dim)[r];
    keys[k].push_back(r);
  }
  std::vector<series_rows> out;
  out.reserve(keys.size());
  for (auto& [key, rows] : keys) {
    std::sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
      const attain::period_span x = t.period(t.period_column()[a]), y = t.period(t.period_column()[b]);
      return x.first_day != y.first_day ? x.first_day < y.first_day : x.last_day < y.last_day;
    });
    out.push_back({key, std::move(rows)});
  }
  // In code order: indicator, unit, then members (the total first).
  const auto codes = [&](const series_id& s) {
    std::vector<std::string_view> c{t.indicator_code(s.indicator), t.unit_code(s.unit)};
    for (std::uint32_t dim = 0; dim < s.members.size(); ++dim)
      c.push_back(s.members[dim] == attain::observation_table::total_member ? std::string_view()
                                                                            : t.member_code(dim, s.members[dim]));
    return c;
  };
  std::stable_sort(out.begin(), out.end(), [&](const series_rows& a, const series_rows& b) { return codes(a.key) < codes(b.key); });
  return out;
}

slice::slice(const attain::observation_table& t, const std::vector<member_filter>& filters)
    : members_(t.dimension_count(), attain::observation_table::total_member) {
  std::vector<bool> named(t.dimension_count(), false);
  for (const member_filter& f : filters) {
    const std::uint32_t dim = t.find_dimension(f.dimension);
    if (dim == attain::dictionary::npos) {
      std::string list;
      for (std::uint32_t i = 0; i < t.dimension_count(); ++i) list += (list.empty() ? "" : ", ") + std::string(t.dimension_name(i));
      throw usage_error("--where: the data has no dimension \"" + f.dimension + "\"" +
                        (list.empty() ? std::string(" (it has none)") : " (its dimensions: " + list + ")"));
    }
    if (named[dim]) throw usage_error("--where: dimension \"" + f.dimension + "\" named twice");
    named[dim] = true;
    const std::uint32_t m = t.find_member(dim, f.member);
    if (m == attain::dictionary::npos)
      throw usage_error("--where: dimension \"" + f.dimension + "\" has no member \"" + f.member + "\"");
    members_[dim] = m;
    text_ += (text_.empty() ? "" : ", ") + f.dimension + "=" + f.member;
  }
  if (text_.empty()) text_ = "headline";
}

bool slice::contains(const series_id& k) const { return k.members == members_; }

bool slice::contains_row(const attain::observation_table& t, std::size_t row) const {
  for (std::uint32_t dim = 0; dim < members_.size(); ++dim)
    if (t.dimension_column(dim)[row] != members_[dim]) return false;
  return true;
}

std::string slice::text() const { return text_; }

}  // namespace attain_cli
