// The attain command's subcommands: their options (filled by main.cpp's CLI11 parser) and
// what each does. Each returns an exit code (input.hpp) or throws usage_error.
#ifndef ATTAIN_TOOLS_COMMANDS_HPP
#define ATTAIN_TOOLS_COMMANDS_HPP

#include <string>
#include <vector>

#include "dataset.hpp"
#include "input.hpp"

namespace attain_cli {

// Where a report goes and how: shared by review, growth, assess, rank, aggregate.
struct output_options {
  std::string format;     // "" = from the output file's extension, else text
  std::string output;     // "" or "-" = standard output
  std::string lang = "vi";  // vi | en | fr (attain::parse_language)
};

struct review_command {
  input_files in;
  output_options out;
  std::string as_of;       // "" = review.csv's date, else today
  std::string method = "growth_ratio";
  std::string title;
  std::vector<std::string> fail_on;  // behind, needs-effort, not-assessable
};
int run_review(const review_command& c);

struct assess_command {
  input_files in;
  output_options out;
  std::string as_of;
  std::string method = "growth_ratio";
  std::vector<std::string> fail_on;  // deterioration, limited, moderate, not-assessable
};
int run_assess(const assess_command& c);

struct growth_command {
  std::vector<std::string> observations;
  observation_options read;
  std::string indicator, unit;
  std::vector<std::string> where;  // DIMENSION=MEMBER: only series in that slice
  int from = 0, to = 0;    // 0: the series' first / last year
  int decimals = 1;
  output_options out;
};
int run_growth(const growth_command& c);

struct rank_command {
  std::vector<std::string> observations;
  observation_options read;
  std::string indicator;
  std::vector<std::string> where;  // the slice ranked (default: the headline, every dimension at _T)
  std::string units;       // a units file: with --level, rank the units of one level
  int level = -1;
  std::string period;      // "" = the latest period of the indicator
  std::string previous;    // "" = the period before it, when there is one
  std::string order = "higher";  // higher | lower
  std::string ties = "standard"; // standard | modified | dense | ordinal | fractional
  std::string unit;        // highlight one unit: its rank and places gained
  output_options out;
};
int run_rank(const rank_command& c);

struct aggregate_command {
  std::vector<std::string> observations;
  std::string units;       // a units file: roll up the hierarchy
  observation_options read;
  std::string rule = "sum";
  std::vector<std::string> by;    // indicator, unit, period, year, or a dimension's name
  std::vector<std::string> where; // DIMENSION=MEMBER filters
  std::vector<std::string> over;  // dimensions summed over (every member but the total)
  std::string parents = "separate";  // roll-ups: separate | fill-missing | check
  std::string tolerance = "0";       // parents=check: the largest difference accepted
  std::string indicator;
  int decimals = 2;
  output_options out;
};
int run_aggregate(const aggregate_command& c);

struct convert_command {
  std::string input;
  std::string output;      // "" = standard output
  std::string to;          // tidy | sdmx (default: the other one)
  observation_options read;
  int sdmx_version = 2;
  std::string structure = "ATTAIN:PLAN_REVIEW(1.0)";
  std::string delimiter = ",";
  std::string lang = "vi";  // accepted as by every command; convert prints no sentence
};
int run_convert(const convert_command& c);

struct check_command {
  std::vector<std::string> files;
  std::string kind = "auto";
  observation_options read;
  std::string format = "text";  // text | json
  std::vector<std::string> consistency;  // dimensions whose total must equal the sum of their members
  std::string tolerance = "0";           // the largest difference accepted by those checks
  std::vector<std::string> indicators;   // --consistency only for these (counts add up; rates do not)
  // The summary lines' language. English by default: the problems the file readers find are
  // worded in English (attain/io), and a summary in another language would sit among them.
  std::string lang = "en";
};
int run_check(const check_command& c);

}  // namespace attain_cli

#endif  // ATTAIN_TOOLS_COMMANDS_HPP
