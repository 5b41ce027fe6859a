// attain — plan reviews and their figures from the command line.
//
//   attain review  examples/data/cam-thuy --lang en --format html -o review.html
//   attain check   observations.csv targets.csv
//   attain convert observations.csv --to sdmx -o observations.sdmx.csv
//
// Exit codes: 0 ok; 1 findings (targets off track when --fail-on asks; problems found by
// check); 2 bad input (usage errors, files that cannot be read or fail strict reading).
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "attain/error.hpp"
#include "attain/io/csv.hpp"
#include "attain/version.hpp"
#include "commands.hpp"

namespace {

using namespace attain_cli;

void add_files(CLI::App* app, input_files& in) {
  app->add_option("directory", in.directory,
                  "A review directory: indicators.csv, targets.csv, observations.csv (+ communes.csv, units.csv when "
                  "present) and review.csv (key;value: name, name_en, date, issuer, issuer_en, source, note)");
  app->add_option("--indicators", in.indicators, "Indicators file (tidy CSV)");
  app->add_option("--targets", in.targets, "Targets file (tidy CSV)");
  app->add_option("--observations", in.observations, "Observations file, tidy or SDMX-CSV (repeatable)");
  app->add_option("--units", in.units, "Units file (code, name, parent, level): roll-ups follow it");
  app->add_option("--numbers", in.numbers, "Number format of the files: auto (vi when ';'-separated), plain, vi, en")
      ->capture_default_str();
  app->add_flag("--lenient", in.lenient, "Skip bad rows (each reported on stderr) instead of stopping at the first");
}

// How observations are read, for the commands that read only observations.
void add_read(CLI::App* app, observation_options& o, bool duplicates = true) {
  app->add_option("--numbers", o.numbers, "Number format of tidy files: auto (vi when ';'-separated), plain, vi, en")
      ->capture_default_str();
  if (duplicates)
    app->add_option("--duplicates", o.duplicates,
                    "A series key given twice: reject (error naming both lines), keep-last or sum")
        ->capture_default_str();
  app->add_option("--unit-column", o.unit_column, "Open SDG files: the column holding the unit (e.g. Geography)");
  app->add_option("--headline-unit", o.headline_unit, "Open SDG files: the unit of a blank --unit-column cell")
      ->capture_default_str();
  app->add_flag("--apply-unit-mult", o.apply_unit_multipliers,
                "SDMX UNIT_MULT: multiply each value by 10^UNIT_MULT (without it, an indicator mixing multipliers is refused)");
}

void add_where(CLI::App* app, std::vector<std::string>& where, const char* what) {
  app->add_option("--where,-w", where, what)->delimiter(',');
}

void add_output(CLI::App* app, output_options& out, const char* formats) {
  app->add_option("--format,-f", out.format, std::string("Output format: ") + formats +
                                                 " (default: from the --output extension, else text)");
  app->add_option("--output,-o", out.output, "Output file (default: standard output)");
  app->add_option("--lang,-l", out.lang, "Language of the report: vi, en or fr")->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"attain — exact plan-review figures: reviews, growth, progress, rankings, roll-ups, file checks"};
  app.set_version_flag("--version", std::string(ATTAIN_VERSION_STRING));
  app.require_subcommand(1);
  app.footer("Exit codes: 0 ok, 1 findings (--fail-on, check), 2 bad input.");

  review_command review;
  CLI::App* r = app.add_subcommand("review", "The plan review at a date: every target's value, completion, "
                                             "time-adjusted attainment, growth, progress, forecast, explanation");
  add_files(r, review.in);
  add_output(r, review.out, "text, markdown, html, json, csv");
  r->add_option("--as-of", review.as_of, "Review date, 2023-06-29 (default: review.csv's date, else today)");
  r->add_option("--method,-m", review.method, "Progress method: growth_ratio, projection, weather")->capture_default_str();
  r->add_option("--title", review.title, "Title (default: review.csv's name)");
  r->add_option("--fail-on", review.fail_on, "Exit 1 when a target is: behind, needs-effort, not-assessable")->delimiter(',');

  assess_command assess;
  CLI::App* a = app.add_subcommand("assess", "Progress assessment of every target by a published method");
  add_files(a, assess.in);
  add_output(a, assess.out, "text, csv, json");
  a->add_option("--as-of", assess.as_of, "Assessment date (default: review.csv's date, else today)");
  a->add_option("--method,-m", assess.method, "growth_ratio, projection, weather")->capture_default_str();
  a->add_option("--fail-on", assess.fail_on, "Exit 1 on: deterioration, limited, moderate, not-assessable")->delimiter(',');

  growth_command growth;
  CLI::App* g = app.add_subcommand("growth", "Average annual growth (CAGR) and year-on-year growth of every series");
  g->add_option("observations", growth.observations,
                "Observations: tidy CSV, SDMX-CSV, Open SDG data files or folders of them")->required();
  add_read(g, growth.read);
  add_where(g, growth.where, "Only series in this slice: DIMENSION=MEMBER (SEX=F); other dimensions at their total");
  g->add_option("--indicator,-i", growth.indicator, "Only this indicator");
  g->add_option("--unit,-u", growth.unit, "Only this unit");
  g->add_option("--from", growth.from, "First year (default: the series' first)");
  g->add_option("--to", growth.to, "Last year (default: the series' last)");
  g->add_option("--decimals", growth.decimals, "Decimals of the percentages shown")->capture_default_str();
  add_output(g, growth.out, "text, csv, json");

  rank_command rank;
  CLI::App* k = app.add_subcommand("rank", "Rank units by an indicator, with places gained on the previous period");
  k->add_option("observations", rank.observations,
                "Observations: tidy CSV, SDMX-CSV, Open SDG data files or folders of them")->required();
  add_read(k, rank.read);
  add_where(k, rank.where, "The slice ranked: DIMENSION=MEMBER (default: the headline, every dimension at _T)");
  k->add_option("--units", rank.units, "Units file (code, name, parent, level), for --level");
  k->add_option("--level", rank.level, "Rank only the units of this level of the hierarchy (0 = the top)");
  k->add_option("--indicator,-i", rank.indicator, "The indicator ranked")->required();
  k->add_option("--period,-p", rank.period, "Period ranked (default: the latest)");
  k->add_option("--previous", rank.previous, "Period compared with (default: the one before)");
  k->add_option("--order", rank.order, "higher (largest ranks 1st) or lower")->capture_default_str();
  k->add_option("--ties", rank.ties, "standard, modified, dense, ordinal, fractional")->capture_default_str();
  k->add_option("--unit,-u", rank.unit, "Highlight this unit: its rank and places gained");
  add_output(k, rank.out, "text, csv, json");

  aggregate_command agg;
  CLI::App* ag = app.add_subcommand("aggregate", "Group-by or hierarchy roll-up of observations with a named rule");
  ag->add_option("observations", agg.observations,
                 "Observations: tidy CSV, SDMX-CSV, Open SDG data files or folders of them")->required();
  add_read(ag, agg.read);
  ag->add_option("--rule,-r", agg.rule, "sum, count, mean, min, max, median")->capture_default_str();
  ag->add_option("--by", agg.by, "Group by: indicator, unit (not with --units), period, year, or a dimension (SEX)")
      ->delimiter(',');
  add_where(ag, agg.where, "Only this slice: DIMENSION=MEMBER; a dimension not named stands at its total (_T)");
  ag->add_option("--over", agg.over, "Sum over a dimension: every member but the total (M + F)")->delimiter(',');
  ag->add_option("--parents", agg.parents,
                 "Roll-ups: a parent's own value is kept apart (separate), used where nothing below has data "
                 "(fill-missing), or compared with the roll-up of its units below (check: exit 1 on a difference)")
      ->capture_default_str();
  ag->add_option("--tolerance", agg.tolerance, "--parents check: the largest difference accepted")->capture_default_str();
  ag->add_option("--units", agg.units, "Units file: roll every unit up the hierarchy (by indicator and period)");
  ag->add_option("--indicator,-i", agg.indicator, "Only this indicator");
  ag->add_option("--decimals", agg.decimals, "Decimals of a quotient (a mean)")->capture_default_str();
  add_output(ag, agg.out, "text, csv, json");

  convert_command convert;
  CLI::App* cv = app.add_subcommand("convert", "Convert observations between tidy CSV and SDMX-CSV");
  cv->add_option("input", convert.input, "Observations file, tidy or SDMX-CSV (detected)")->required();
  cv->add_option("--output,-o", convert.output, "Output file (default: standard output)");
  cv->add_option("--to", convert.to, "tidy or sdmx (default: the other format)");
  add_read(cv, convert.read, false);
  cv->add_option("--sdmx-version", convert.sdmx_version, "SDMX-CSV version written: 1 or 2")->capture_default_str();
  cv->add_option("--structure", convert.structure, "DATAFLOW / STRUCTURE_ID written")->capture_default_str();
  cv->add_option("--delimiter", convert.delimiter, "Delimiter written: , or ; (tidy ';' writes vi numbers)")->capture_default_str();
  cv->add_flag("--lenient", convert.read.lenient, "Skip bad rows (reported on stderr)");
  cv->add_option("--lang,-l", convert.lang, "vi, en or fr (accepted as by every command: convert writes data only)")
      ->capture_default_str();

  check_command check;
  CLI::App* ck = app.add_subcommand("check", "Validate files and list every problem (file:line:column: reason)");
  ck->add_option("files", check.files,
                 "Files to check, each alone and together: duplicate series keys, unknown units and indicators, "
                 "duplicate targets, unit cycles (a folder: its Open SDG data files)")->required();
  ck->add_option("--kind", check.kind, "auto, observations, indicators, targets, units, sdmx, open_sdg")->capture_default_str();
  add_read(ck, check.read, false);
  ck->add_option("--consistency", check.consistency,
                 "Check that the total (_T) of this dimension is the sum of its members (repeatable)")->delimiter(',');
  ck->add_option("--tolerance", check.tolerance, "--consistency: the largest difference accepted")->capture_default_str();
  ck->add_option("--indicator,-i", check.indicators,
                 "--consistency only for these indicators (counts add up over members; rates and means do not)")
      ->delimiter(',');
  ck->add_option("--format,-f", check.format, "text or json")->capture_default_str();
  ck->add_option("--lang,-l", check.lang, "Language of the summary lines: vi, en or fr (the problems found are in English)")
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_ok : exit_bad_input;
  }

  try {
    if (r->parsed()) return run_review(review);
    if (a->parsed()) return run_assess(assess);
    if (g->parsed()) return run_growth(growth);
    if (k->parsed()) return run_rank(rank);
    if (ag->parsed()) return run_aggregate(agg);
    if (cv->parsed()) return run_convert(convert);
    if (ck->parsed()) return run_check(check);
  } catch (const usage_error& e) {
    std::cerr << "attain: " << e.what() << "\n";
  } catch (const attain::io::read_error& e) {
    std::cerr << "attain: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "attain: " << e.what() << "\n";
  }
  return exit_bad_input;
}
