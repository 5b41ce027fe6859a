// The attain command's input side: which files to read, how their numbers are written,
// reading them (with a progress bar on a terminal), and checking them.
#ifndef ATTAIN_TOOLS_INPUT_HPP
#define ATTAIN_TOOLS_INPUT_HPP

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "attain/io/csv.hpp"
#include "attain/io/sdmx_csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/number_format.hpp"
#include "dataset.hpp"

namespace attain_cli {

// Exit codes of every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;  // targets off track (--fail-on), problems found (check)
inline constexpr int exit_bad_input = 2; // usage errors, unreadable or invalid files

// A usage or input error: main prints "attain: <what>" and exits with exit_bad_input.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The files of a review. A directory fills in what is not given explicitly:
// indicators.csv, targets.csv, observations.csv, communes.csv and units.csv when present,
// and review.csv (key;value: unit, name, name_en, date, issuer, issuer_en, source, note) for
// the title, the date and what the review says about itself.
struct input_files {
  std::string directory;
  std::string indicators;
  std::string targets;
  std::vector<std::string> observations;
  std::string units;
  std::string numbers = "auto";  // auto | plain | vi | en
  bool lenient = false;
  void resolve();                // applies `directory`; throws usage_error
};

// What review.csv says. `source` and `note` may repeat: one line each, in file order.
struct review_meta {
  std::string name, name_en;
  std::optional<boost::gregorian::date> date;
  std::string issuer, issuer_en;     // "Ủy ban nhân dân huyện Cẩm Thủy" / "People's Committee of …"
  std::vector<std::string> sources;  // where the data come from
  std::vector<std::string> notes;    // for the readers
};
review_meta read_review_meta(const std::string& directory);

// "auto": vi for a file whose header row is ';'-separated (the exports that write 1.621,41),
// plain otherwise.
attain::number_format numbers_for(const std::string& file, const std::string& choice);

// Whether the file is SDMX-CSV (first header column DATAFLOW or STRUCTURE).
bool is_sdmx(const std::string& file);

struct loaded {
  std::vector<attain::io::indicator_row> indicators;
  std::vector<attain::io::target_row> targets;
  read_rows observations;  // with the file and line of every row
  std::vector<attain::io::unit_row> units;
  std::size_t rejected = 0;  // lenient: rows left out (each reported on stderr)
};

// Reads every file of `in` (strict: the first problem throws attain::io::read_error).
// Observations may be tidy or SDMX-CSV. Rejected rows (lenient) are printed to stderr.
loaded load(const input_files& in);
std::vector<attain::io::observation_row> load_observations(const std::string& file, const std::string& numbers,
                                                           bool lenient, std::size_t& rejected);

// CHECK -----------------------------------------------------------------------------------------

enum class file_kind : std::uint8_t { observations, indicators, targets, units, sdmx, open_sdg };
std::optional<file_kind> parse_file_kind(std::string_view text);
std::string_view to_string(file_kind k);
// From the header row (and the file name when the header does not decide).
file_kind detect_kind(const std::string& file);

struct check_result {
  std::string file;
  file_kind kind = file_kind::observations;
  attain::io::read_counts counts;
  std::vector<attain::io::problem> problems;  // every problem of every row, in file order
};
check_result check_file(const std::string& file, std::optional<file_kind> kind, const std::string& numbers);

// PROGRESS --------------------------------------------------------------------------------------

// A progress bar on stderr, drawn only when stderr is a terminal and the file is large
// enough to take a while; otherwise silent.
class progress_bar {
 public:
  progress_bar(std::string label, std::uint64_t total);
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;
  void update(std::uint64_t done);

 private:
  std::string label_;
  std::uint64_t total_;
  int shown_ = -1;
  bool active_;
};

}  // namespace attain_cli

#endif  // ATTAIN_TOOLS_INPUT_HPP
