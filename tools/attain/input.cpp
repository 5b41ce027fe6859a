// The attain command's input side (input.hpp).
#include "input.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string_view>

#include "attain/io/open_sdg.hpp"
#include "attain/period_format.hpp"
#include "dataset.hpp"

namespace attain_cli {

namespace fs = std::filesystem;
namespace io = attain::io;

namespace {

std::string in_dir(const std::string& dir, const char* name) { return (fs::path(dir) / name).string(); }
bool exists(const std::string& file) {
  std::error_code ec;
  return fs::is_regular_file(file, ec);
}

// The first line that is neither blank nor a comment, without a byte order mark.
std::string header_line(const std::string& file) {
  std::ifstream f(file, std::ios::binary);
  if (!f) throw usage_error(file + ": cannot open file");
  std::string line;
  bool first = true;
  while (std::getline(f, line)) {
    if (first && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    first = false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    return line;
  }
  return {};
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The header's column names, lower case, separators as '_'.
std::vector<std::string> header_names(const std::string& file) {
  const std::string line = header_line(file);
  const char sep = std::count(line.begin(), line.end(), ';') > std::count(line.begin(), line.end(), ',') ? ';' : ',';
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = line.find(sep, start);
    std::string name = lower(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
    std::erase(name, '"');
    for (char& c : name)
      if (c == ' ' || c == '-') c = '_';
    out.push_back(name);
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

bool has(const std::vector<std::string>& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

void report_rejected(const std::vector<io::rejected_row>& rows) {
  for (const io::rejected_row& r : rows)
    for (const io::problem& p : r.problems) std::cerr << "attain: rejected: " << io::to_string(p) << "\n";
}

io::read_options options_for(const std::string& file, const std::string& numbers, bool lenient) {
  io::read_options o;
  o.mode = lenient ? io::read_mode::lenient : io::read_mode::strict;
  o.numbers = numbers_for(file, numbers);
  return o;
}

template <class Read>
auto read_table(const std::string& file, const std::string& numbers, bool lenient, std::size_t& rejected, Read read) {
  io::csv_reader in{fs::path(file)};
  auto r = read(in, options_for(file, numbers, lenient));
  report_rejected(r.rejected);
  rejected += r.rejected.size();
  return std::move(r.rows);
}

}  // namespace

void input_files::resolve() {
  if (!directory.empty()) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) throw usage_error(directory + ": not a directory");
    if (indicators.empty() && exists(in_dir(directory, "indicators.csv"))) indicators = in_dir(directory, "indicators.csv");
    if (targets.empty() && exists(in_dir(directory, "targets.csv"))) targets = in_dir(directory, "targets.csv");
    if (observations.empty()) {
      if (!exists(in_dir(directory, "observations.csv")) && io::is_open_sdg_folder(fs::path(directory))) {
        observations.push_back(directory);  // a folder of Open SDG data files
      } else {
        observations.push_back(in_dir(directory, "observations.csv"));
        if (exists(in_dir(directory, "communes.csv"))) observations.push_back(in_dir(directory, "communes.csv"));
      }
    }
    if (units.empty() && exists(in_dir(directory, "units.csv"))) units = in_dir(directory, "units.csv");
  }
  if (numbers != "auto" && numbers != "plain" && numbers != "vi" && numbers != "en")
    throw usage_error("--numbers: expected auto, plain, vi or en, found \"" + numbers + "\"");
}

review_meta read_review_meta(const std::string& directory) {
  review_meta m;
  if (directory.empty()) return m;
  const std::string file = in_dir(directory, "review.csv");
  if (!exists(file)) return m;
  io::csv_reader in{fs::path(file)};
  const io::csv_record* header = in.next();
  if (header == nullptr) return m;
  while (const io::csv_record* r = in.next()) {
    if (r->size() < 2) continue;
    const std::string_view key = (*r)[0], value = (*r)[1];
    if (key == "name") m.name = value;
    else if (key == "name_en") m.name_en = value;
    else if (key == "issuer") m.issuer = value;
    else if (key == "issuer_en") m.issuer_en = value;
    else if (key == "source") m.sources.emplace_back(value);
    else if (key == "note") m.notes.emplace_back(value);
    else if (key == "date") {
      const auto p = attain::try_parse_period(value);
      if (!p || p->kind() != attain::period_kind::day)
        throw usage_error(file + ":" + std::to_string(r->line()) + ": the review date must be a day (2023-06-29)");
      m.date = p->first();
    }
  }
  return m;
}

attain::number_format numbers_for(const std::string& file, const std::string& choice) {
  if (choice == "vi") return attain::number_format::vi();
  if (choice == "en") return attain::number_format::en();
  if (choice == "plain") return attain::number_format::plain();
  const std::string line = header_line(file);
  return std::count(line.begin(), line.end(), ';') > std::count(line.begin(), line.end(), ',')
             ? attain::number_format::vi()
             : attain::number_format::plain();
}

bool is_sdmx(const std::string& file) {
  const std::vector<std::string> names = header_names(file);
  return !names.empty() && (names[0] == "dataflow" || names[0] == "structure");
}

std::vector<io::observation_row> load_observations(const std::string& file, const std::string& numbers, bool lenient,
                                                   std::size_t& rejected) {
  if (is_sdmx(file)) {
    io::csv_reader in{fs::path(file)};
    io::sdmx_options o;
    o.mode = lenient ? io::read_mode::lenient : io::read_mode::strict;
    io::sdmx_read_result r = io::read_sdmx_csv(in, o);
    report_rejected(r.rejected);
    rejected += r.rejected.size();
    return std::move(r.rows);
  }
  // Tidy observations stream row by row, so that a large file shows its progress.
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  io::csv_reader in{fs::path(file)};
  io::observation_reader reader(in, options_for(file, numbers, lenient));
  progress_bar bar(file, ec ? 0 : static_cast<std::uint64_t>(size));
  std::vector<io::observation_row> rows;
  std::size_t n = 0;
  while (const io::observation_record* r = reader.next()) {
    io::observation_row row{std::string(r->indicator), std::string(r->unit), r->when, r->value, r->status, r->line};
    for (const io::member_view& m : r->members) row.members.push_back({std::string(m.dimension), std::string(m.code)});
    for (const io::attribute_view& a : r->attributes) row.attributes.push_back({std::string(a.name), std::string(a.value)});
    rows.push_back(std::move(row));
    if (++n % 65536 == 0) bar.update(in.bytes_read());
  }
  bar.update(in.bytes_read());
  report_rejected(reader.rejected());
  rejected += reader.rejected().size();
  return rows;
}

loaded load(const input_files& in) {
  loaded out;
  if (!in.indicators.empty())
    out.indicators = read_table(in.indicators, in.numbers, in.lenient, out.rejected,
                                [](io::csv_reader& r, const io::read_options& o) { return io::read_indicators(r, o); });
  if (!in.targets.empty())
    out.targets = read_table(in.targets, in.numbers, in.lenient, out.rejected,
                             [](io::csv_reader& r, const io::read_options& o) { return io::read_targets(r, o); });
  {
    observation_options o;
    o.numbers = in.numbers;
    o.lenient = in.lenient;
    out.observations = read_observation_rows(in.observations, o);
    out.rejected += out.observations.rejected;
  }
  if (!in.units.empty())
    out.units = read_table(in.units, in.numbers, in.lenient, out.rejected,
                           [](io::csv_reader& r, const io::read_options& o) { return io::read_units(r, o); });
  return out;
}

// CHECK -----------------------------------------------------------------------------------------

std::optional<file_kind> parse_file_kind(std::string_view text) {
  if (text == "observations") return file_kind::observations;
  if (text == "indicators") return file_kind::indicators;
  if (text == "targets") return file_kind::targets;
  if (text == "units") return file_kind::units;
  if (text == "sdmx") return file_kind::sdmx;
  if (text == "open_sdg") return file_kind::open_sdg;
  return std::nullopt;
}

std::string_view to_string(file_kind k) {
  switch (k) {
    case file_kind::observations: return "observations";
    case file_kind::indicators: return "indicators";
    case file_kind::targets: return "targets";
    case file_kind::units: return "units";
    case file_kind::sdmx: return "sdmx";
    case file_kind::open_sdg: return "open_sdg";
  }
  return "?";
}

file_kind detect_kind(const std::string& file) {
  if (io::open_sdg_indicator_of(fs::path(file))) return file_kind::open_sdg;
  const std::vector<std::string> h = header_names(file);
  if (!h.empty() && (h[0] == "dataflow" || h[0] == "structure")) return file_kind::sdmx;
  if (has(h, "period") || has(h, "time_period")) return file_kind::observations;
  if (has(h, "indicator") && (has(h, "kind") || has(h, "target_kind"))) return file_kind::targets;
  if (has(h, "parent") || has(h, "level") || has(h, "parent_code")) return file_kind::units;
  if (has(h, "code") && (has(h, "polarity") || has(h, "unit") || has(h, "decimals"))) return file_kind::indicators;
  const std::string name = lower(fs::path(file).filename().string());
  for (const file_kind k : {file_kind::indicators, file_kind::targets, file_kind::units, file_kind::observations})
    if (name.find(to_string(k)) != std::string::npos) return k;
  return file_kind::observations;
}

check_result check_file(const std::string& file, std::optional<file_kind> kind, const std::string& numbers) {
  check_result out;
  out.file = file;
  try {
    out.kind = kind ? *kind : detect_kind(file);
    io::csv_reader in{fs::path(file)};
    io::read_options o;
    o.mode = io::read_mode::lenient;
    o.numbers = numbers_for(file, numbers);
    const auto take = [&](auto&& r) {
      out.counts = r.counts;
      for (const io::rejected_row& row : r.rejected)
        out.problems.insert(out.problems.end(), row.problems.begin(), row.problems.end());
    };
    switch (out.kind) {
      case file_kind::observations: take(io::read_observations(in, o)); break;
      case file_kind::indicators: take(io::read_indicators(in, o)); break;
      case file_kind::targets: take(io::read_targets(in, o)); break;
      case file_kind::units: take(io::read_units(in, o)); break;
      case file_kind::sdmx: {
        io::sdmx_options so;
        so.mode = io::read_mode::lenient;
        take(io::read_sdmx_csv(in, so));
        break;
      }
      case file_kind::open_sdg: {
        const std::optional<std::string> indicator = io::open_sdg_indicator_of(fs::path(file));
        if (!indicator) throw usage_error(file + ": not an Open SDG data file name (expected indicator_<id>.csv)");
        io::open_sdg_options so;
        so.mode = io::read_mode::lenient;
        take(io::read_open_sdg(in, *indicator, so));
        break;
      }
    }
  } catch (const io::read_error& e) {
    out.problems.push_back(e.where());  // the file as a whole: no row could be read
  } catch (const usage_error& e) {
    io::problem p;
    p.file = file;
    p.reason = "cannot open file";
    out.problems.push_back(p);
  }
  return out;
}

// PROGRESS --------------------------------------------------------------------------------------

progress_bar::progress_bar(std::string label, std::uint64_t total)
    : label_(std::move(label)), total_(total), active_(total >= (std::uint64_t{8} << 20) && isatty(STDERR_FILENO) != 0) {}

progress_bar::~progress_bar() {
  if (active_ && shown_ >= 0) std::fputs("\r\033[K", stderr);
}

void progress_bar::update(std::uint64_t done) {
  if (!active_ || total_ == 0) return;
  const auto percent = static_cast<int>(std::min<std::uint64_t>(100, done * 100 / total_));
  if (percent == shown_) return;
  shown_ = percent;
  const int filled = percent * 30 / 100;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(30 - filled), '.');
  std::fprintf(stderr, "\rreading %s [%s] %3d%%", label_.c_str(), bar.c_str(), percent);
  std::fflush(stderr);
}

}  // namespace attain_cli
