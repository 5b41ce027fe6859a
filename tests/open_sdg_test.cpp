// Open SDG data files: columns as dimensions (a blank cell is the total), status and unit
// multiplier words, file names → indicator codes, folders read with every row accounted
// for, file-level errors and row problems with exact messages, loading into a table.
#include "attain/io/open_sdg.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "attain/table.hpp"

namespace io = attain::io;
using attain::decimal;
using attain::value_status;

namespace {

const std::string data_dir = ATTAIN_TEST_DATA_DIR "/io/open_sdg/";

std::vector<std::string> messages(const std::vector<io::rejected_row>& rejected) {
  std::vector<std::string> out;
  for (const io::rejected_row& r : rejected)
    for (const io::problem& p : r.problems) out.push_back(io::to_string(p));
  return out;
}

io::observation_row row(std::string indicator, std::string unit, attain::period when, decimal value,
                        std::vector<io::member> members, std::vector<io::attribute> attributes = {},
                        value_status status = value_status::normal) {
  io::observation_row r{std::move(indicator), std::move(unit), when, value, status};
  r.members = std::move(members);
  r.attributes = std::move(attributes);
  return r;
}

std::string file_error(std::string_view text, const io::open_sdg_options& o = {}) {
  io::csv_reader in(text, "indicator_1-1-1.csv");
  try {
    io::read_open_sdg(in, "1-1-1", o);
  } catch (const io::read_error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(open_sdg, reads_a_file_blank_cells_are_totals_and_every_column_is_a_dimension) {
  io::csv_reader in(std::filesystem::path{data_dir + "indicator_1-2-1.csv"});
  const auto r = io::read_open_sdg(in, "1-2-1", {.unit = "CA"});
  const io::member pct{"Units", "Percentage (%)"}, number{"Units", "Number"};
  const attain::year y2015{2015}, y2016{2016};
  ASSERT_EQ(r.rows.size(), 8u);
  EXPECT_EQ(r.rows[0], row("1-2-1", "CA", y2015, decimal(125, 1), {pct}));
  EXPECT_EQ(r.rows[1], row("1-2-1", "CA", y2015, decimal(131, 1), {{"Sex", "Female"}, pct}));
  EXPECT_EQ(r.rows[2], row("1-2-1", "CA", y2015, decimal(119, 1), {{"Sex", "Male"}, pct}));
  EXPECT_EQ(r.rows[3], row("1-2-1", "CA", y2015, decimal(121, 1), {{"Geography", "Ontario"}, pct}, {{"GeoCode", "35"}}));
  EXPECT_EQ(r.rows[4], row("1-2-1", "CA", y2015, decimal(140, 1), {{"Geography", "Quebec"}, {"Sex", "Female"}, pct},
                           {{"GeoCode", "24"}}));
  EXPECT_EQ(r.rows[5], row("1-2-1", "CA", y2016, decimal{}, {pct}, {}, value_status::missing));  // empty Value
  EXPECT_EQ(r.rows[6], row("1-2-1", "CA", y2016, decimal(100000), {number}));                     // 1e+05, exactly
  EXPECT_EQ(r.rows[6].value.scale(), 0);
  EXPECT_EQ(to_string(r.rows[7].when), "2005/2007");  // a pooled range of years
  EXPECT_EQ(r.rows[7].value, decimal(98500));
  EXPECT_EQ(r.rows[7].line, 9u);
  EXPECT_EQ(r.counts, (io::read_counts{8, 8, 0, 0, 0}));
  EXPECT_EQ(io::key_text(r.rows[4]), "1-2-1 · CA · Geography=Quebec · Sex=Female · Units=Percentage (%)");
  // The slice of women in percent, across geographies: national and Quebec are two series.
  const io::member women_pct[] = {{"Sex", "Female"}, pct};
  EXPECT_EQ(io::series_of(r.rows, "1-2-1", "CA", women_pct).size(), 1u);
}

TEST(open_sdg, a_unit_column_gives_each_row_its_unit_and_blank_is_the_headline_unit) {
  io::csv_reader in(std::filesystem::path{data_dir + "indicator_1-2-1.csv"});
  const auto r = io::read_open_sdg(in, "1-2-1", {.unit_column = "geography"});
  ASSERT_EQ(r.rows.size(), 8u);
  EXPECT_EQ(r.rows[0].unit, "_T");
  EXPECT_EQ(r.rows[3].unit, "Ontario");
  EXPECT_EQ(r.rows[4].unit, "Quebec");
  EXPECT_EQ(r.rows[4].members, (std::vector<io::member>{{"Sex", "Female"}, {"Units", "Percentage (%)"}}));
  io::csv_reader again(std::filesystem::path{data_dir + "indicator_1-2-1.csv"});
  EXPECT_EQ(io::read_open_sdg(again, "1-2-1", {.unit_column = "Geography", .headline_unit = "CA"}).rows[0].unit, "CA");
}

TEST(open_sdg, status_and_unit_multiplier_words_and_a_data_prefix) {
  io::csv_reader in(std::filesystem::path{data_dir + "indicator_11-6-1.csv"});
  const auto r = io::read_open_sdg(in, "11-6-1", {.mode = io::read_mode::lenient});
  ASSERT_EQ(r.rows.size(), 5u);
  const io::member tonnes{"Units", "Tonnes"};
  const io::attribute thousands{"UNIT_MULT", "3"};
  EXPECT_EQ(r.rows[0], row("11-6-1", "", attain::year{2018}, decimal(25036), {tonnes}, {thousands}));
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"Sources of waste for disposal", "Residential"}, tonnes}));
  EXPECT_EQ(r.rows[2].status, value_status::estimate);
  EXPECT_EQ(r.rows[3].status, value_status::normal);  // Undefined
  EXPECT_EQ(r.rows[4].status, value_status::missing);
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{data_dir + "indicator_11-6-1.csv:6:35: unknown observation status \"Guessed "
                                                 "value\"; expected Normal value, Estimated value, Provisional value, "
                                                 "Forecast value, Break in series, Missing value, Undefined or a "
                                                 "status code"}));
  EXPECT_EQ(r.counts.rows_read, r.counts.accepted + r.counts.rejected);
  EXPECT_EQ(r.counts.rows_read, 6u);
}

TEST(open_sdg, row_problems_are_located_and_strict_throws_the_first) {
  const std::string_view text =
      "Year,Sex,Unit multiplier,Observation status,Value\n"
      "20x5,,Units,,1\n"
      "2016,,Hundreds,,2\n"
      "2017,,,,1,5\n"
      "2018,,,Estimated value,\n"
      "2019,,,Missing value,7\n"
      "2020,F,,,NA\n";
  io::csv_reader in(text, "indicator_1-1-1.csv");
  const auto r = io::read_open_sdg(in, "1-1-1", {.mode = io::read_mode::lenient});
  EXPECT_EQ(messages(r.rejected),
            (std::vector<std::string>{
                "indicator_1-1-1.csv:2:1: unrecognised period at 2 in \"20x5\"",
                "indicator_1-1-1.csv:3:7: unknown unit multiplier \"Hundreds\"; expected Units, Thousands, Millions or "
                "Billions",
                "indicator_1-1-1.csv:4:1: expected 5 fields, found 6",
                "indicator_1-1-1.csv:5:24: missing value with status \"Estimated value\"",
                "indicator_1-1-1.csv:6:8: status M with a value \"7\"",
            }));
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].status, value_status::missing);  // NA, as R writes a missing value
  EXPECT_EQ(r.rows[0].members, (std::vector<io::member>{{"Sex", "F"}}));
  io::csv_reader strict(text, "indicator_1-1-1.csv");
  try {
    io::read_open_sdg(strict, "1-1-1");
    ADD_FAILURE() << "no error";
  } catch (const io::read_error& e) {
    EXPECT_STREQ(e.what(), "indicator_1-1-1.csv:2:1: unrecognised period at 2 in \"20x5\"");
  }
}

TEST(open_sdg, a_file_without_the_unit_column_is_all_headline) {
  io::csv_reader in(std::string_view{"Year,Sex,Value\n2020,,1\n2020,F,2\n"}, "indicator_1-1-1.csv");
  const auto r = io::read_open_sdg(in, "1-1-1", {.unit_column = "Region", .headline_unit = "CA"});
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].unit, "CA");
  EXPECT_EQ(r.rows[1].unit, "CA");
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"Sex", "F"}}));
}

TEST(open_sdg, file_level_problems_throw_with_their_place) {
  EXPECT_EQ(file_error("Year,,Value\n"), "indicator_1-1-1.csv:1:6: empty column name in the header");
  EXPECT_EQ(file_error("Year,Sex,sex,Value\n"), "indicator_1-1-1.csv:1:10: duplicate column \"sex\"");
  EXPECT_EQ(file_error("Year,data.Sex,Sex,Value\n"), "indicator_1-1-1.csv:1:15: duplicate column \"Sex\"");
  EXPECT_EQ(file_error("Year,Sex\n"), "indicator_1-1-1.csv:1:1: missing column \"value\"");
  EXPECT_EQ(file_error("Sex,Value\n"), "indicator_1-1-1.csv:1:1: missing column \"year\"");
  EXPECT_EQ(file_error(""), "indicator_1-1-1.csv: no header row");
  EXPECT_EQ(file_error("Year,Sex,Value\n2020,,1\n"), "no error");
}

TEST(open_sdg, file_names_give_indicator_codes) {
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_1-1-1.csv"), "1-1-1");
  EXPECT_EQ(io::open_sdg_indicator_of("data/indicator_11-6-1.csv"), "11-6-1");
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_1-1-1-SERIE-A.csv"), "1-1-1-SERIE-A");
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_1-1-1.CSV"), "1-1-1");
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_.csv"), std::nullopt);
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_1.1.1.csv"), std::nullopt);
  EXPECT_EQ(io::open_sdg_indicator_of("indicator_x-1.csv"), std::nullopt);
  EXPECT_EQ(io::open_sdg_indicator_of("meta_1-1-1.csv"), std::nullopt);
  EXPECT_EQ(io::open_sdg_indicator_of("README.md"), std::nullopt);
  EXPECT_TRUE(io::is_open_sdg_folder(data_dir));
  EXPECT_FALSE(io::is_open_sdg_folder(ATTAIN_TEST_DATA_DIR "/io"));
  EXPECT_FALSE(io::is_open_sdg_folder(data_dir + "indicator_1-2-1.csv"));
  const std::string_view sdg[] = {"Year", "data.Sex", "Value"}, tidy[] = {"indicator", "unit", "period", "value"};
  EXPECT_TRUE(io::looks_like_open_sdg(sdg));
  EXPECT_FALSE(io::looks_like_open_sdg(tidy));
  const std::string_view one[] = {"Year"};
  EXPECT_FALSE(io::looks_like_open_sdg(one));
}

TEST(open_sdg, every_status_and_multiplier_word) {
  io::csv_reader in(std::string_view{"Year,Observation status,Unit multiplier,Value\n"
                                     "2019,Provisional value,Billions,1\n2020,Forecast value,Units,2\n"
                                     "2021,break in series,Millions,3\n2022,Missing value,Thousands,\n"
                                     "2023,Normal value,Dozens,4\n"},
                    "indicator_8-1-1.csv");
  const auto r = io::read_open_sdg(in, "8-1-1", {.mode = io::read_mode::lenient});
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].status, value_status::provisional);
  EXPECT_EQ(r.rows[0].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "9"}}));
  EXPECT_EQ(r.rows[1].status, value_status::forecast);
  EXPECT_EQ(r.rows[1].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "0"}}));
  EXPECT_EQ(r.rows[2].status, value_status::break_in_series);
  EXPECT_EQ(r.rows[3].status, value_status::missing);
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(r.rejected[0].line, 6u);
  EXPECT_EQ(r.counts.rows_read, 5u);
}

TEST(open_sdg, a_folder_is_read_in_name_order_with_every_row_accounted_for) {
  const io::open_sdg_folder_result r = io::read_open_sdg_folder(data_dir, {.mode = io::read_mode::lenient});
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_EQ(r.files[0].indicator, "1-2-1");
  EXPECT_EQ(r.files[1].indicator, "11-6-1");
  EXPECT_EQ(r.files[0].path.filename(), "indicator_1-2-1.csv");
  EXPECT_EQ(r.files[0].counts, (io::read_counts{8, 8, 0, 0, 0}));
  EXPECT_EQ(r.files[1].counts, (io::read_counts{6, 5, 1, 0, 0}));
  ASSERT_EQ(r.files[1].rejected.size(), 1u);
  EXPECT_EQ(r.files[1].rejected[0].line, 6u);
  EXPECT_EQ(r.rows.size(), 13u);
  EXPECT_EQ(r.rows.front().indicator, "1-2-1");
  EXPECT_EQ(r.rows.back().indicator, "11-6-1");
  // Strict: the first problem of any file throws.
  try {
    io::read_open_sdg_folder(data_dir);
    ADD_FAILURE() << "no error";
  } catch (const io::read_error& e) {
    EXPECT_EQ(e.where().line, 6u);
    EXPECT_EQ(e.where().kind, io::problem_kind::bad_status);
  }
}

TEST(open_sdg, loads_into_a_table_with_its_dimensions_and_refuses_mixed_multipliers) {
  const io::open_sdg_folder_result r = io::read_open_sdg_folder(data_dir, {.mode = io::read_mode::lenient, .unit = "CA"});
  attain::observation_table t;
  EXPECT_EQ(io::load_observations(t, r.rows), (io::load_report{13, 2}));
  t.seal();  // the headline and the slices are different keys: no duplicate
  EXPECT_EQ(t.size(), 13u);
  EXPECT_NE(t.find_dimension("Units"), attain::dictionary::npos);
  EXPECT_NE(t.find_dimension("Sources of waste for disposal"), attain::dictionary::npos);

  io::csv_reader in(std::string_view{"Year,Unit multiplier,Value\n2018,Thousands,13\n2019,Millions,2\n"},
                    "indicator_8-1-1.csv");
  const auto mixed = io::read_open_sdg(in, "8-1-1");
  attain::observation_table u;
  try {
    io::load_observations(u, mixed.rows);
    ADD_FAILURE() << "no error";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "indicator \"8-1-1\" mixes UNIT_MULT 3 (line 2) and UNIT_MULT 6 (line 3): apply the "
                           "multipliers first (io::apply_unit_multipliers)");
  }
}
