// The tidy observation, indicator, target and unit files: formats, statuses, every error
// class with its exact message, strict vs lenient accounting, write → read identity.
#include "attain/io/tidy.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attain/io/csv.hpp"

namespace io = attain::io;
using attain::decimal;
using attain::number_format;
using attain::period;
using attain::value_status;

namespace {

const std::string data_dir = ATTAIN_TEST_DATA_DIR "/io/";
const std::string demo_dir = ATTAIN_TEST_DATA_DIR "/../../examples/data/cam-thuy/";

io::read_options lenient(number_format f = number_format::plain()) {
  return io::read_options{.mode = io::read_mode::lenient, .numbers = f};
}

std::vector<std::string> messages(const std::vector<io::rejected_row>& rejected) {
  std::vector<std::string> out;
  for (const io::rejected_row& r : rejected)
    for (const io::problem& p : r.problems) out.push_back(io::to_string(p));
  return out;
}

}  // namespace

TEST(tidy, reads_vietnamese_observations_with_quotes_crlf_bom_and_words) {
  io::csv_reader in(std::filesystem::path{data_dir + "observations_vi.csv"});
  const auto r = io::read_observations(in, {.numbers = number_format::vi()});
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].value, decimal(1650));
  EXPECT_EQ(r.rows[1].value, decimal(18305, 1));
  EXPECT_EQ(r.rows[1].status, value_status::normal);  // "thực hiện"
  EXPECT_EQ(r.rows[2].unit, "XA;02");
  EXPECT_EQ(r.rows[2].when, period(attain::quarter{2023, 1}));  // "quý I/2023"
  EXPECT_EQ(r.rows[2].status, value_status::estimate);          // "ước đạt"
  EXPECT_EQ(r.rows[3].status, value_status::missing);           // #N/A with M
  EXPECT_EQ(r.rows[3].line, 7u);
  EXPECT_EQ(r.counts, (io::read_counts{4, 4, 0, 1, 1}));
  EXPECT_EQ(r.delimiter, ';');
}

TEST(tidy, status_words) {
  EXPECT_EQ(io::parse_status("E"), value_status::estimate);
  EXPECT_EQ(io::parse_status("e"), value_status::estimate);
  EXPECT_EQ(io::parse_status("Ước đạt"), value_status::estimate);
  EXPECT_EQ(io::parse_status("ước tính"), value_status::estimate);
  EXPECT_EQ(io::parse_status("Estimate"), value_status::estimate);
  EXPECT_EQ(io::parse_status("sơ bộ"), value_status::provisional);
  EXPECT_EQ(io::parse_status("dự báo"), value_status::forecast);
  EXPECT_EQ(io::parse_status("actual"), value_status::normal);
  EXPECT_EQ(io::parse_status("break"), value_status::break_in_series);
  EXPECT_EQ(io::parse_status("X"), std::nullopt);
  EXPECT_EQ(io::parse_status("estimated value"), std::nullopt);
}

TEST(tidy, every_status_word_in_both_languages) {
  // English words in any case; Vietnamese words with a lower- or upper-case first letter.
  const std::pair<std::string_view, value_status> words[] = {
      {"normal", value_status::normal},          {"ACTUAL", value_status::normal},
      {"thực hiện", value_status::normal},       {"Thực hiện", value_status::normal},
      {"Provisional", value_status::provisional}, {"Sơ bộ", value_status::provisional},
      {"estimated", value_status::estimate},     {"ước đạt", value_status::estimate},
      {"Ước tính", value_status::estimate},      {"FORECAST", value_status::forecast},
      {"Dự báo", value_status::forecast},        {"break_in_series", value_status::break_in_series},
      {"Missing", value_status::missing},        {"  m ", value_status::missing},
      {"p", value_status::provisional},          {"\tF", value_status::forecast}};
  for (const auto& [word, status] : words) EXPECT_EQ(io::parse_status(word), status) << word;
  EXPECT_EQ(io::parse_status(""), std::nullopt);
  EXPECT_EQ(io::parse_status("1"), std::nullopt);
  EXPECT_EQ(io::parse_status("ước"), std::nullopt);
}

TEST(tidy, lenient_reports_every_bad_row_and_the_counts_add_up) {
  io::csv_reader in(std::filesystem::path{data_dir + "observations_bad.csv"}, io::csv_dialect{.strict_quotes = true});
  const auto r = io::read_observations(in, lenient());
  const std::string f = data_dir + "observations_bad.csv";
  const std::vector<std::string> expected = {
      f + ":3:20: unexpected character '.' at 4 in \"5.54.1\"",
      f + ":4:15: quarter out of range at 5 in \"2023Q5\"",
      f + ":5:26: unknown status \"X\"; expected A, P, E, F, B, M or a status word",
      f + ":6:1: empty value in column \"indicator\"",
      f + ":7:20: missing value with status \"E\"",
      f + ":8:23: status M with a value \"10\"",
      f + ":9:1: expected 5 fields, found 4",
      f + ":10:1: expected 5 fields, found 6",
      f + ":11:9: quote inside an unquoted field",
      f + ":12:16: unexpected text after a closing quote",
      f + ":15:6: unterminated quoted field",
  };
  EXPECT_EQ(messages(r.rejected), expected);
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].value, decimal(1000));  // 1e3, as R writes it: read exactly
  EXPECT_EQ(r.rows[1].value.scale(), 0);
  EXPECT_EQ(r.counts.rows_read, 14u);
  EXPECT_EQ(r.counts.accepted + r.counts.rejected, r.counts.rows_read);
  EXPECT_EQ(r.counts.rejected, r.rejected.size());
  EXPECT_EQ(r.rejected[0].text, "GTSX,cam_thuy,2021,5.54.1,A");
  EXPECT_EQ(r.rejected[0].problems[0].kind, io::problem_kind::bad_number);
  EXPECT_EQ(r.rejected[0].problems[0].code, attain::errc::unexpected_character);
  EXPECT_EQ(r.rejected[0].problems[0].column_name, "value");
}

TEST(tidy, a_row_with_several_problems_lists_them_all) {
  io::csv_reader in(std::string_view{"indicator,unit,period,value,status\n,u,2023Q5,x,Z\n"}, "o.csv");
  const auto r = io::read_observations(in, lenient());
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(messages(r.rejected), (std::vector<std::string>{
                                      "o.csv:2:1: empty value in column \"indicator\"",
                                      "o.csv:2:4: quarter out of range at 5 in \"2023Q5\"",
                                      "o.csv:2:13: unknown status \"Z\"; expected A, P, E, F, B, M or a status word",
                                      "o.csv:2:11: unexpected character 'x' at 0 in \"x\"",
                                  }));
}

TEST(tidy, strict_throws_the_first_problem) {
  io::csv_reader in(std::string_view{"indicator;unit;period;value\nA;u;2023;1.621,41\nA;u;2024;5.54\n"}, "observations.csv");
  try {
    io::read_observations(in, {.numbers = number_format::vi()});
    FAIL();
  } catch (const io::read_error& e) {
    EXPECT_STREQ(e.what(), "observations.csv:3:10: bad digit grouping at 1 in \"5.54\"");
    EXPECT_EQ(e.where().line, 3u);
    EXPECT_EQ(e.where().column, 10u);
    EXPECT_EQ(e.where().offset, 55u);
    EXPECT_EQ(e.where().code, attain::errc::bad_grouping);
  }
}

TEST(tidy, file_level_problems_throw_in_both_modes) {
  const auto message = [](std::string_view text) {
    io::csv_reader in(text, "o.csv");
    try {
      io::read_observations(in, lenient());
    } catch (const io::read_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(""), "o.csv: no header row");
  EXPECT_EQ(message("# only a comment\n"), "o.csv: no header row");
  EXPECT_EQ(message("indicator,unit,period\n"), "o.csv:1:1: missing column \"value\"");
  EXPECT_EQ(message("indicator,unit,period,value,Value\n"), "o.csv:1:29: duplicate column \"Value\"");
  EXPECT_EQ(message("\"indicator,unit\n"), "o.csv:1:1: unterminated quoted field");
}

TEST(tidy, header_names_in_any_order_and_case_a_declared_attribute) {
  io::csv_reader in(std::string_view{"Value,Period,note,UNIT,Indicator\n12.5,2023-Q1,x,u,I\n"});
  const auto r = io::read_observations(in, {.attributes = {"Note"}});
  ASSERT_EQ(r.rows.size(), 1u);
  io::observation_row expected{"I", "u", attain::quarter{2023, 1}, decimal(125, 1), value_status::normal};
  expected.attributes = {{"note", "x"}};
  EXPECT_EQ(r.rows[0], expected);
  EXPECT_TRUE(r.ignored_columns.empty());
}

TEST(tidy, an_undeclared_column_of_an_observations_file_is_refused_in_both_modes) {
  for (const io::read_mode mode : {io::read_mode::strict, io::read_mode::lenient}) {
    io::csv_reader in(std::string_view{"indicator,unit,period,value,sex\nPOP,VN,2023,1,F\n"}, "observations.csv");
    try {
      io::read_observations(in, {.mode = mode});
      ADD_FAILURE() << "no error";
    } catch (const io::read_error& e) {
      EXPECT_STREQ(e.what(),
                   "observations.csv:1:29: column \"sex\" is neither a column of an observations file nor a declared "
                   "dimension or attribute (declare it: \"# dimensions: sex\")");
      EXPECT_EQ(e.where().kind, io::problem_kind::unknown_column);
      EXPECT_EQ(e.where().offset, 28u);
    }
  }
}

TEST(tidy, declared_dimensions_give_sorted_members_and_the_total_is_not_stored) {
  io::csv_reader in(std::string_view{"indicator,unit,period,value,status,Sex,age group,UNIT_MULT,comment\n"
                                     "POP,VN,2023,100.5,A,_T,,6,\n"
                                     "POP,VN,2023,51.2,A,F, Y15T64 ,6,census\n"
                                     "POP,VN,2023,49.3,E,M,_T,6,\n"},
                    "observations.csv");
  const auto r = io::read_observations(in, {.dimensions = {"SEX", "Age-Group"}, .attributes = {"unit mult", "COMMENT"}});
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_TRUE(r.rows[0].members.empty());
  EXPECT_EQ(r.rows[0].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "6"}}));
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"Sex", "F"}, {"age group", "Y15T64"}}));
  EXPECT_EQ(r.rows[1].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "6"}, {"comment", "census"}}));
  EXPECT_EQ(r.rows[2].members, (std::vector<io::member>{{"Sex", "M"}}));
  EXPECT_EQ(io::key_text(r.rows[1]), "POP · VN · Sex=F · age group=Y15T64");
  EXPECT_EQ(io::key_text(r.rows[0]), "POP · VN");
  EXPECT_NE(r.rows[1], r.rows[2]);
  // The headline and a slice, as series.
  EXPECT_EQ(io::series_of(r.rows, "POP", "VN").size(), 1u);
  const io::member male[] = {{"Sex", "M"}};
  const attain::series m = io::series_of(r.rows, "POP", "VN", male);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m.observations()[0].value, decimal(493, 1));
}

TEST(tidy, the_streaming_reader_gives_members_and_attributes_as_views) {
  io::csv_reader in(std::string_view{"indicator,unit,period,value,SEX,note\nA,u,2023,1,F,x\nA,u,2024,2,,\n"});
  io::observation_reader r(in, {.dimensions = {"sex"}, .attributes = {"note"}});
  const io::observation_record* o = r.next();
  ASSERT_NE(o, nullptr);
  ASSERT_EQ(o->members.size(), 1u);
  EXPECT_EQ(o->members[0], (io::member_view{"SEX", "F"}));
  ASSERT_EQ(o->attributes.size(), 1u);
  EXPECT_EQ(o->attributes[0], (io::attribute_view{"note", "x"}));
  o = r.next();
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->members.empty());
  EXPECT_TRUE(o->attributes.empty());
  EXPECT_EQ(r.next(), nullptr);
}

TEST(tidy, a_comment_before_the_header_declares_dimensions_and_attributes) {
  io::csv_reader in(std::string_view{"# dimensions: SEX\n# attributes: COMMENT\nindicator,unit,period,value,SEX,COMMENT\n"
                                     "POP,VN,2023,51,F,x\n# dimensions: AGE\nPOP,VN,2024,52,M,y\n"});
  const auto r = io::read_observations(in);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].members, (std::vector<io::member>{{"SEX", "F"}}));
  EXPECT_EQ(r.rows[0].attributes, (std::vector<io::attribute>{{"COMMENT", "x"}}));
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"SEX", "M"}}));
  // Only the comments before the header declare: a later "# dimensions:" line is a comment.
  EXPECT_EQ(in.leading_comments(), (std::vector<std::string>{" dimensions: SEX", " attributes: COMMENT"}));
}

TEST(tidy, values_with_an_exponent_are_read_exactly_in_every_format) {
  io::csv_reader in(std::string_view{"indicator;unit;period;value\nA;u;2021;1e+05\nA;u;2022;1,5E-3\nA;u;2023;2.5e1\n"});
  const auto r = io::read_observations(in, lenient(number_format::vi()));
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].value, decimal(100000));
  EXPECT_EQ(r.rows[1].value, decimal(15, 4));  // 0.0015
  EXPECT_EQ(r.rows[1].value.scale(), 4);
  EXPECT_EQ(messages(r.rejected), (std::vector<std::string>{"<text>:4:10: bad digit grouping at 1 in \"2.5e1\""}));
}

TEST(tidy, writing_dimensions_and_attributes_reads_back_and_without_them_nothing_changes) {
  std::vector<io::observation_row> rows = {
      {"POP", "VN", attain::year{2023}, decimal(1005, 1), value_status::normal},
      {"POP", "VN", attain::year{2023}, decimal(512, 1), value_status::normal},
      {"POP", "VN", attain::year{2023}, decimal{}, value_status::missing}};
  std::ostringstream plain;
  io::write_observations(plain, rows);
  EXPECT_EQ(plain.str(), "indicator,unit,period,value,status\nPOP,VN,2023,100.5,A\nPOP,VN,2023,51.2,A\nPOP,VN,2023,,M\n");
  rows[0].attributes = {{"UNIT_MULT", "6"}};
  rows[1].members = {{"AGE", "Y15T64"}, {"SEX", "F"}};
  rows[1].attributes = {{"UNIT_MULT", "6"}, {"COMMENT", "census, 2023"}};
  rows[2].members = {{"SEX", "M"}};
  std::ostringstream out;
  io::write_observations(out, rows);
  EXPECT_EQ(out.str(),
            "# dimensions: AGE, SEX\n"
            "# attributes: UNIT_MULT, COMMENT\n"
            "indicator,unit,period,value,status,AGE,SEX,UNIT_MULT,COMMENT\n"
            "POP,VN,2023,100.5,A,_T,_T,6,\n"
            "POP,VN,2023,51.2,A,Y15T64,F,6,\"census, 2023\"\n"
            "POP,VN,2023,,M,_T,M,,\n");
  const std::string text = out.str();
  io::csv_reader in(std::string_view{text});
  EXPECT_EQ(io::read_observations(in, {.dimensions = {"AGE", "SEX"}, .attributes = {"UNIT_MULT", "COMMENT"}}).rows, rows);
}

TEST(tidy, targets_carry_the_members_of_declared_dimensions) {
  io::csv_reader in(std::string_view{"indicator,unit,kind,baseline,last,value,SEX,note\n"
                                     "POP,VN,level,2020,2025,100,,x\nPOP,VN,level,2020,2025,52,F,y\n"});
  const auto r = io::read_targets(in, {.dimensions = {"sex"}});
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_TRUE(r.rows[0].members.empty());
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"SEX", "F"}}));
  EXPECT_EQ(r.ignored_columns, (std::vector<std::string>{"note"}));
  std::ostringstream out;
  io::write_targets(out, r.rows);
  const std::string text = out.str();
  EXPECT_EQ(text.substr(0, text.find('\n')), "# dimensions: SEX");
  io::csv_reader back(std::string_view{text});
  EXPECT_EQ(io::read_targets(back, {.dimensions = {"SEX"}}).rows, r.rows);
}

TEST(tidy, loading_members_declares_dimensions_and_appends_missing_rows) {
  std::vector<io::observation_row> rows = {
      {"POP", "VN", attain::year{2023}, decimal(100), value_status::normal},
      {"POP", "VN", attain::year{2023}, decimal(51), value_status::normal, 3, {{"SEX", "F"}}},
      {"POP", "VN", attain::year{2023}, decimal(49), value_status::normal, 4, {{"SEX", "M"}}},
      {"POP", "VN", attain::year{2024}, decimal{}, value_status::missing, 5}};
  attain::observation_table t;
  EXPECT_EQ(io::load_observations(t, rows), (io::load_report{4, 1}));
  t.seal();  // three keys for 2023 (total, F, M): no duplicate
  EXPECT_EQ(t.size(), 4u);
  EXPECT_NE(t.find_dimension("SEX"), attain::dictionary::npos);
  EXPECT_EQ(t.status_column()[3], value_status::missing);
}

TEST(tidy, mixed_unit_multipliers_are_refused_and_apply_unit_multipliers_converts_them) {
  std::vector<io::observation_row> rows = {
      {"GDP", "VN", attain::year{2022}, decimal(13), value_status::normal, 2, {}, {{"UNIT_MULT", "9"}}},
      {"GDP", "VN", attain::year{2023}, decimal(500), value_status::normal, 5, {}, {{"UNIT_MULT", "6"}}}};
  attain::observation_table t;
  try {
    io::load_observations(t, rows);
    ADD_FAILURE() << "no error";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "indicator \"GDP\" mixes UNIT_MULT 9 (line 2) and UNIT_MULT 6 (line 5): apply the "
                           "multipliers first (io::apply_unit_multipliers)");
  }
  EXPECT_EQ(t.size(), 0u);  // nothing appended
  io::apply_unit_multipliers(rows);
  EXPECT_EQ(rows[0].value, decimal(13000000000));
  EXPECT_EQ(rows[1].value, decimal(500000000));
  EXPECT_EQ(rows[0].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "0"}}));
  EXPECT_EQ(rows[0].value + rows[1].value, decimal(13500000000));  // never 513
  io::load_observations(t, rows);
  EXPECT_EQ(t.size(), 2u);
  // Scales move exactly; a multiplier out of range or too large a value is an error.
  std::vector<io::observation_row> more = {
      {"X", "u", attain::year{2022}, decimal(125, 2), value_status::normal, 7, {}, {{"UNIT_MULT", "1"}}},
      {"X", "u", attain::year{2023}, decimal(25), value_status::normal, 8, {}, {{"UNIT_MULT", "-1"}}}};
  io::apply_unit_multipliers(more);
  EXPECT_EQ(more[0].value, decimal(125, 1));
  EXPECT_EQ(more[1].value, decimal(25, 1));
  std::vector<io::observation_row> bad = {
      {"X", "u", attain::year{2022}, decimal(1), value_status::normal, 9, {}, {{"UNIT_MULT", "six"}}}};
  EXPECT_THROW(io::apply_unit_multipliers(bad), attain::domain_error);
  std::vector<io::observation_row> big = {
      {"X", "u", attain::year{2022}, decimal(170141183), value_status::normal, 10, {}, {{"UNIT_MULT", "31"}}}};
  EXPECT_THROW(io::apply_unit_multipliers(big), attain::overflow_error);
}

TEST(tidy, streaming_reader_gives_views) {
  io::csv_reader in(std::string_view{"indicator,unit,period,value\nA,u,2023,1\nA,u,2024,x\nA,u,2025,3\n"});
  io::observation_reader r(in, lenient());
  std::vector<std::string> seen;
  while (const io::observation_record* o = r.next()) seen.push_back(std::string(o->indicator) + to_string(o->value));
  EXPECT_EQ(seen, (std::vector<std::string>{"A1", "A3"}));
  EXPECT_EQ(r.counts().rows_read, 3u);
  EXPECT_EQ(r.rejected().size(), 1u);
}

TEST(tidy, bundled_demo_files_read_strictly) {
  const io::read_options vi{.numbers = number_format::vi()};
  io::csv_reader obs(std::filesystem::path{demo_dir + "observations.csv"});
  const auto o = io::read_observations(obs, vi);
  EXPECT_GT(o.rows.size(), 50u);
  EXPECT_EQ(o.counts.rejected, 0u);
  io::csv_reader com(std::filesystem::path{demo_dir + "communes.csv"});
  const auto c = io::read_observations(com, vi);
  EXPECT_GT(c.rows.size(), 16u);
  io::csv_reader ind(std::filesystem::path{demo_dir + "indicators.csv"});
  const auto i = io::read_indicators(ind, vi);
  ASSERT_GT(i.rows.size(), 10u);
  EXPECT_EQ(i.rows[0].indicator.code, "GTSX");
  EXPECT_EQ(i.rows[0].indicator.unit.magnitude, 9);
  EXPECT_EQ(i.rows[0].name_en, "Production value (2010 prices)");
  io::csv_reader tg(std::filesystem::path{demo_dir + "targets.csv"});
  const auto t = io::read_targets(tg, vi);
  ASSERT_EQ(t.rows.size(), 27u);
  EXPECT_EQ(t.rows[0].target.value, decimal(75, 3));  // 7,5%
  EXPECT_EQ(t.rows[0].target.term, attain::term::from_baseline(2020, 2025));
  EXPECT_EQ(t.rows[1].target.value, decimal(10000));
}

TEST(tidy, indicators_with_magnitude_aggregation_and_errors) {
  io::csv_reader in(std::string_view{
      "code,name,unit,magnitude,polarity,kind,decimals,aggregation\n"
      "INV,Investment,đồng,tỷ,higher_is_better,flow,0,SUM\n"
      "POOR,Poverty,%,,lower_is_better,rate,2,average\n"
      "INV,Again,đồng,,,,,\n"
      "X,Bad,đồng,lots,up,stock,99,mean\n"},
                    "i.csv");
  const auto r = io::read_indicators(in, lenient());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].indicator.unit.magnitude, 9);
  EXPECT_EQ(r.rows[0].indicator.unit.base, "đồng");
  EXPECT_EQ(r.rows[0].aggregation, attain::dhis2_aggregation::sum);
  EXPECT_EQ(r.rows[1].indicator.polarity, attain::polarity::lower_is_better);
  EXPECT_EQ(r.rows[1].indicator.decimals, 2);
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{
                "i.csv:4:1: duplicate indicator \"INV\" (first on line 2)",
                "i.csv:5:12: unknown magnitude \"lots\"; expected a magnitude word or a power of ten",
                "i.csv:5:17: unknown polarity \"up\"; expected higher_is_better, lower_is_better or target_band",
                "i.csv:5:20: unknown measure kind \"stock\"; expected level, flow, rate or count",
                "i.csv:5:26: expected a whole number from 0 to 38, found \"99\"",
                "i.csv:5:29: unknown aggregation rule \"mean\"; expected a DHIS2 aggregation type (sum, average, last, …)",
            }));
}

// Regression (found by the csv_read fuzzer): a long run of digits in the magnitude or
// decimals column was accumulated into an int before its length was checked — signed
// overflow (undefined behaviour) for a value the reader then rejected anyway.
TEST(tidy, indicators_long_digit_runs_in_magnitude_and_decimals_are_rejected) {
  io::csv_reader in(std::string_view{
      "code,name,unit,magnitude,decimals\n"
      "A,a,x,777777777777777777777777777777,1\n"
      "B,b,x,3,99999999999999999999\n"},
                    "i.csv");
  const auto r = io::read_indicators(in, lenient());
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{
                "i.csv:2:7: unknown magnitude \"777777777777777777777777777777\"; expected a magnitude word or a power of ten",
                "i.csv:3:9: expected a whole number from 0 to 38, found \"99999999999999999999\"",
            }));
}

TEST(tidy, targets_kinds_percent_band_and_errors) {
  io::csv_reader in(std::filesystem::path{data_dir + "targets.csv"});
  const auto r = io::read_targets(in, lenient(number_format::vi()));
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].target.value, decimal(75, 3));
  EXPECT_EQ(r.rows[1].target.source, "NQ; suy ra");
  EXPECT_EQ(r.rows[2].target.upper, decimal(4));
  EXPECT_TRUE(r.rows[2].polarity_given);
  EXPECT_EQ(r.rows[3].target.baseline, decimal(52, 1));
  EXPECT_EQ(r.rows[3].target.polarity, attain::polarity::lower_is_better);
  const std::string f = data_dir + "targets.csv";
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{
                f + ":6:40: an average_growth target is a percent (\"7,5%\"), found \"7,5\"",
                f + ":7:28: last year 2020 is not after the baseline year 2025",
            }));
}

TEST(tidy, target_values_with_an_exponent_are_read_exactly) {
  io::csv_reader in(std::string_view{"indicator,kind,baseline,last,value,upper,baseline_value\n"
                                     "A,level,2020,2025,1.2e+02,,2.5E1\nB,band,2020,2025,9e1,1e+02,\n"},
                    "t.csv");
  const auto r = io::read_targets(in);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].target.value, decimal(120));
  EXPECT_EQ(r.rows[0].target.baseline, decimal(25));
  EXPECT_EQ(r.rows[1].target.value, decimal(90));
  EXPECT_EQ(r.rows[1].target.upper, decimal(100));
}

TEST(tidy, targets_with_a_term_column) {
  io::csv_reader in(std::string_view{"indicator,kind,term,value\nA,level,2021/2025,60\nB,level,nhiệm kỳ 2020–2025,1\nC,level,2023,1\n"
                                     "D,level,2020–2025,1\n"},
                    "t.csv");
  const auto r = io::read_targets(in, lenient());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].target.term, attain::term::from_baseline(2020, 2025));
  EXPECT_EQ(r.rows[1].target.term, attain::term::from_baseline(2020, 2025));
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{"t.csv:4:9: expected a plan term (\"2021/2025\"), found \"2023\"",
                                      "t.csv:5:9: a bare year span is not a plan term: write \"nhiệm kỳ 2020–2025\" (baseline "
                                      "first) or \"2021/2025\" (plan years), found \"2020–2025\""}));
}

TEST(tidy, units_and_loading_into_a_hierarchy) {
  io::csv_reader in(std::filesystem::path{data_dir + "units.csv"});
  const auto r = io::read_units(in, lenient());
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[1], (io::unit_row{"cam_thuy", "huyện Cẩm Thủy", "P38", "huyện"}));
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{data_dir + "units.csv:6:1: duplicate unit \"XA01\" (first on line 4)"}));
  attain::unit_hierarchy h;
  io::load_units(h, r.rows);
  h.seal();
  EXPECT_EQ(h.depth(h.id("XA02")), 2);
}

TEST(tidy, loading_observations_into_a_table_and_a_series) {
  io::csv_reader in(std::filesystem::path{data_dir + "observations_vi.csv"});
  const auto r = io::read_observations(in, {.numbers = number_format::vi()});
  attain::observation_table t(attain::duplicate_policy::reject);
  const io::load_report rep = io::load_observations(t, r.rows);
  EXPECT_EQ(rep, (io::load_report{4, 1}));  // the missing row appended too, with status M
  EXPECT_EQ(t.indicator(t.find_indicator("VON_DT")).scale, 1);
  t.seal();
  EXPECT_EQ(t.size(), 4u);
  const attain::series s = io::series_of(r.rows, "VON_DT", "XA01");
  EXPECT_EQ(s.size(), 2u);
}

TEST(tidy, write_then_read_gives_the_same_rows) {
  std::mt19937_64 rng(20230629);
  const std::vector<std::string> codes = {"GTSX", "VON_DT", "TN BQ", "x,y", "q\"uote", "Cẩm Thủy"};
  std::vector<io::observation_row> rows;
  for (int i = 0; i < 3000; ++i) {
    io::observation_row r;
    r.indicator = codes[rng() % codes.size()];
    r.unit = codes[rng() % codes.size()];
    switch (rng() % 4) {
      case 0: r.when = attain::year{static_cast<int>(2000 + rng() % 30)}; break;
      case 1: r.when = attain::quarter{static_cast<int>(2000 + rng() % 30), static_cast<int>(1 + rng() % 4)}; break;
      case 2: r.when = attain::month{static_cast<int>(2000 + rng() % 30), static_cast<int>(1 + rng() % 12)}; break;
      default: r.when = attain::period::plan_term(2021, static_cast<int>(2021 + rng() % 6)); break;
    }
    const auto coefficient = static_cast<std::int64_t>(rng() % 2000000000000ULL) - 1000000000000LL;
    r.value = decimal(coefficient, static_cast<int>(rng() % 6));
    r.status = static_cast<value_status>(rng() % attain::value_status_count);
    if (r.status == value_status::missing) r.value = decimal{};
    rows.push_back(r);
  }
  for (const number_format f : {number_format::plain(), number_format::vi(), number_format::en()}) {
    for (const char d : {',', ';'}) {
      std::ostringstream out;
      io::write_observations(out, rows, {.delimiter = d, .numbers = f, .crlf = d == ';'});
      const std::string text = out.str();
      io::csv_reader in(std::string_view{text}, "w.csv");
      const auto back = io::read_observations(in, {.numbers = f});
      ASSERT_EQ(back.counts.rows_read, rows.size());
      ASSERT_EQ(back.rows.size(), rows.size());
      EXPECT_EQ(back.rows, rows);
      EXPECT_EQ(back.delimiter, d);
    }
  }
}

TEST(tidy, indicators_targets_units_write_then_read) {
  std::vector<io::indicator_row> inds;
  inds.push_back({attain::indicator{"INV", "Vốn, \"đầu tư\"", attain::unit_of_measure::parse("tỷ đồng"),
                                    attain::polarity::higher_is_better, attain::measure_kind::flow, 0},
                  attain::dhis2_aggregation::sum, "Investment", 0});
  inds.push_back({attain::indicator{"POOR", "Hộ nghèo", attain::unit_of_measure::parse("%"),
                                    attain::polarity::lower_is_better, attain::measure_kind::rate, 2},
                  std::nullopt, "", 0});
  std::vector<io::target_row> targets;
  attain::target g{.indicator = "GTSX", .unit = "cam_thuy", .kind = attain::target_kind::average_growth,
                   .term = attain::term::from_baseline(2020, 2025), .value = decimal(75, 3), .upper = std::nullopt,
                   .baseline = std::nullopt, .source = "NQ"};
  targets.push_back({g, false, 0});
  attain::target b{.indicator = "CPI", .unit = "", .kind = attain::target_kind::band,
                   .term = attain::term::from_baseline(2020, 2025), .polarity = attain::polarity::target_band,
                   .value = decimal(2), .upper = decimal(45, 1), .baseline = decimal(31, 1), .source = "x;y"};
  targets.push_back({b, true, 0});
  std::vector<io::unit_row> units = {{"P", "Tỉnh", "", "0", 0}, {"D", "Huyện, \"A\"", "P", "1", 0}};
  for (const number_format f : {number_format::plain(), number_format::vi()}) {
    const io::write_options wo{.delimiter = ';', .numbers = f};
    std::ostringstream oi, ot, ou;
    io::write_indicators(oi, inds, wo);
    io::write_targets(ot, targets, wo);
    io::write_units(ou, units, wo);
    const std::string si = oi.str(), st = ot.str(), su = ou.str();
    io::csv_reader ri{std::string_view{si}}, rt{std::string_view{st}}, ru{std::string_view{su}};
    EXPECT_EQ(io::read_indicators(ri, {.numbers = f}).rows, inds);
    EXPECT_EQ(io::read_targets(rt, {.numbers = f}).rows, targets);
    EXPECT_EQ(io::read_units(ru, {.numbers = f}).rows, units);
  }
  // A French name adds its column (and only then): the header and the rows keep one width.
  inds[1].name_fr = "Ménages pauvres";
  std::ostringstream of;
  io::write_indicators(of, inds, {.delimiter = ';'});
  const std::string sf = of.str();
  EXPECT_EQ(sf.substr(0, sf.find('\n')), "code;name;unit;magnitude;polarity;kind;decimals;aggregation;name_en;name_fr");
  io::csv_reader rf{std::string_view{sf}};
  const io::read_result<io::indicator_row> back = io::read_indicators(rf, {});
  EXPECT_EQ(back.rows, inds);
  EXPECT_EQ(back.rows[1].name_fr, "Ménages pauvres");
}
