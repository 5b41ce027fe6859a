// SDMX-CSV v1 and v2: reading (labels, NaN / #N/A, actions, attributes), errors with exact
// messages, write → read identity on random tables.
#include "attain/io/sdmx_csv.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace io = attain::io;
using attain::decimal;
using attain::period;
using attain::value_status;

namespace {
const std::string data_dir = ATTAIN_TEST_DATA_DIR "/io/";

std::vector<std::string> messages(const std::vector<io::rejected_row>& rejected) {
  std::vector<std::string> out;
  for (const io::rejected_row& r : rejected)
    for (const io::problem& p : r.problems) out.push_back(io::to_string(p));
  return out;
}
}  // namespace

TEST(sdmx_csv, reads_version_1_with_labels_exponents_and_missing_values) {
  io::csv_reader in(std::filesystem::path{data_dir + "sdmx_v1.csv"});
  const io::sdmx_read_result r = io::read_sdmx_csv(in);
  EXPECT_EQ(r.version, 1);
  EXPECT_EQ(r.structures, (std::vector<std::string>{"VN_GSO:DISTRICT_PLAN(1.0)"}));
  ASSERT_EQ(r.rows.size(), 5u);
  io::observation_row first{"GTSX", "cam_thuy", attain::year{2021}, decimal(11790), value_status::normal};
  first.members = {{"FREQ", "A"}};             // FREQ is a dimension like any other
  first.attributes = {{"UNIT_MULT", "9"}};
  EXPECT_EQ(r.rows[0], first);
  EXPECT_EQ(r.rows[1].status, value_status::estimate);
  EXPECT_EQ(r.rows[2].when, period(attain::quarter{2023, 1}));
  EXPECT_EQ(r.rows[2].value, decimal(1205, 2));  // 1.205E1, exactly
  EXPECT_EQ(r.rows[2].status, value_status::provisional);
  EXPECT_EQ(r.rows[3].status, value_status::missing);  // NaN, no status
  EXPECT_EQ(r.rows[4].status, value_status::missing);  // #N/A, M
  EXPECT_EQ(r.rows[2].members, (std::vector<io::member>{{"FREQ", "Q"}}));
  EXPECT_TRUE(r.ignored_columns.empty());  // nothing is dropped
  EXPECT_EQ(r.counts, (io::read_counts{5, 5, 0, 0, 0}));
}

TEST(sdmx_csv, reads_version_2_actions_and_quoted_attributes) {
  io::csv_reader in(std::filesystem::path{data_dir + "sdmx_v2.csv"});
  const io::sdmx_read_result r = io::read_sdmx_csv(in, {.mode = io::read_mode::lenient});
  EXPECT_EQ(r.version, 2);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].value, decimal(12510));
  EXPECT_EQ(r.rows[1].when, period(attain::month{2023, 6}));
  EXPECT_EQ(r.rows[1].value, decimal(1705, 1));
  EXPECT_EQ(r.structures, (std::vector<std::string>{"VN_GSO:DISTRICT_PLAN(1.0)", "VN_GSO:OTHER(2.0)"}));
  const std::string f = data_dir + "sdmx_v2.csv";
  EXPECT_EQ(messages(r.rejected), (std::vector<std::string>{
                                      f + ":3:36: action D (delete) is not read as an observation",
                                      f + ":5:41: unknown action \"X\"; expected I, A, R or D",
                                  }));
  EXPECT_EQ(r.counts.rows_read, 4u);
  EXPECT_EQ(r.counts.accepted + r.counts.rejected, r.counts.rows_read);
}

TEST(sdmx_csv, keeps_every_dimension_and_attribute) {
  io::csv_reader in(std::filesystem::path{data_dir + "sdmx_dimensions_v1.csv"});
  const io::sdmx_read_result r = io::read_sdmx_csv(in);
  ASSERT_EQ(r.rows.size(), 5u);
  EXPECT_TRUE(r.rows[0].members.empty());  // _T everywhere: the headline
  EXPECT_EQ(r.rows[0].attributes, (std::vector<io::attribute>{{"UNIT_MULT", "6"}, {"DECIMALS", "1"}}));
  EXPECT_EQ(r.rows[1].members, (std::vector<io::member>{{"SEX", "F"}}));
  EXPECT_EQ(r.rows[1].attributes,
            (std::vector<io::attribute>{{"UNIT_MULT", "6"}, {"DECIMALS", "1"}, {"COMMENT", "census, final"}}));
  EXPECT_EQ(r.rows[2].members, (std::vector<io::member>{{"AGE", "Y15T64"}, {"SEX", "M"}}));
  EXPECT_EQ(r.rows[2].status, value_status::estimate);
  EXPECT_TRUE(r.rows[3].members.empty());  // a blank cell is the total too
  EXPECT_EQ(r.rows[4].status, value_status::missing);
  EXPECT_EQ(io::key_text(r.rows[2]), "POP · VN · AGE=Y15T64 · SEX=M");
  EXPECT_TRUE(r.ignored_columns.empty());
  // The headline series and a slice.
  EXPECT_EQ(io::series_of(r.rows, "POP", "VN").size(), 1u);
  const io::member women[] = {{"SEX", "F"}};
  EXPECT_EQ(io::series_of(r.rows, "POP", "VN", women).observations()[0].value, decimal(512, 1));
}

TEST(sdmx_csv, read_write_read_write_is_byte_for_byte_stable_in_both_versions) {
  for (const char* file : {"sdmx_dimensions_v1.csv", "sdmx_dimensions_v2.csv"}) {
    SCOPED_TRACE(file);
    io::csv_reader in(std::filesystem::path{data_dir + file});
    const io::sdmx_read_result r = io::read_sdmx_csv(in);
    std::ostringstream first;
    io::write_sdmx_csv(first, r.rows, {.version = r.version, .structure = r.structures.front()});
    const std::string text = first.str();
    io::csv_reader again(std::string_view{text}, "first.csv");
    const io::sdmx_read_result back = io::read_sdmx_csv(again);
    EXPECT_EQ(back.rows, r.rows);  // every member and attribute kept
    std::ostringstream second;
    io::write_sdmx_csv(second, back.rows, {.version = back.version, .structure = back.structures.front()});
    EXPECT_EQ(second.str(), text);
  }
}

TEST(sdmx_csv, writes_dimensions_after_the_unit_and_attributes_after_the_status) {
  io::csv_reader in(std::filesystem::path{data_dir + "sdmx_dimensions_v1.csv"});
  const io::sdmx_read_result r = io::read_sdmx_csv(in);
  std::ostringstream out;
  io::write_sdmx_csv(out, r.rows, {.version = 1, .structure = "ESTAT:POP(1.0)"});
  EXPECT_EQ(out.str(),
            "DATAFLOW,INDICATOR,REF_AREA,AGE,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,DECIMALS,COMMENT\n"
            "ESTAT:POP(1.0),POP,VN,_T,_T,2023,100.5,A,6,1,\n"
            "ESTAT:POP(1.0),POP,VN,_T,F,2023,51.2,A,6,1,\"census, final\"\n"
            "ESTAT:POP(1.0),POP,VN,Y15T64,M,2023,30.1,E,6,1,\n"
            "ESTAT:POP(1.0),GDP,VN,_T,_T,2022,13,A,9,0,\n"
            "ESTAT:POP(1.0),GDP,VN,_T,_T,2023,NaN,M,9,0,not collected\n");
}

TEST(sdmx_csv, unit_multipliers_of_one_indicator_never_add_as_written) {
  io::csv_reader in(std::string_view{"DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
                                     "A:B(1.0),GDP,VN,2022,13,9\n"
                                     "A:B(1.0),GDP,VN,2023,500,6\n"},
                    "s.csv");
  io::sdmx_read_result r = io::read_sdmx_csv(in);
  attain::observation_table t;
  try {
    io::load_observations(t, r.rows);
    ADD_FAILURE() << "no error";
  } catch (const attain::domain_error& e) {
    EXPECT_STREQ(e.what(), "indicator \"GDP\" mixes UNIT_MULT 9 (line 2) and UNIT_MULT 6 (line 3): apply the "
                           "multipliers first (io::apply_unit_multipliers)");
  }
  io::apply_unit_multipliers(r.rows);
  EXPECT_EQ(r.rows[0].value + r.rows[1].value, decimal(13500000000));
  EXPECT_EQ(io::load_observations(t, r.rows), (io::load_report{2, 0}));
}

TEST(sdmx_csv, value_and_period_errors) {
  io::csv_reader in(std::string_view{
                        "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
                        "A:B(1.0),I,U,2023Q1,1,A\n"
                        "A:B(1.0),I,U,2000-M13,1,A\n"
                        "A:B(1.0),I,U,2023,1.621,41,A\n"
                        "A:B(1.0),I,U,2023,\"1,5\",A\n"
                        "A:B(1.0),I,U,2023,NaN,E\n"},
                    "s.csv");
  const auto r = io::read_sdmx_csv(in, {.mode = io::read_mode::lenient});
  EXPECT_EQ(messages(r.rejected), (std::vector<std::string>{
                                      "s.csv:2:14: unrecognised period at 4 in \"2023Q1\"",
                                      "s.csv:3:14: month out of range at 6 in \"2000-M13\"",
                                      "s.csv:4:1: expected 6 fields, found 7",
                                      "s.csv:5:19: unexpected character ',' at 1 in \"1,5\"",
                                      "s.csv:6:19: missing value with status \"E\"",
                                  }));
}

TEST(sdmx_csv, file_level_errors) {
  const auto message = [](std::string_view text, io::sdmx_options o = {}) {
    io::csv_reader in(text, "s.csv");
    try {
      io::read_sdmx_csv(in, o);
    } catch (const io::read_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("indicator,unit,period,value\n"),
            "s.csv: not SDMX-CSV: the first column is neither DATAFLOW (v1) nor STRUCTURE, STRUCTURE_ID (v2)");
  EXPECT_EQ(message("DATAFLOW,INDICATOR,REF_AREA,OBS_VALUE\n"), "s.csv:1:1: missing column \"time_period\"");
  EXPECT_EQ(message("DATAFLOW,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE\n"), "s.csv:1:1: missing column \"indicator\"");
  EXPECT_EQ(message("DATAFLOW,SERIES,TIME_PERIOD,OBS_VALUE\nA:B(1.0),X,2023,1\n",
                    {.indicator_dimension = "SERIES", .unit_dimension = ""}),
            "no error");
}

TEST(sdmx_csv, write_then_read_gives_the_same_rows_in_both_versions) {
  std::mt19937_64 rng(77);
  const std::vector<std::string> codes = {"GTSX", "VON_DT", "a,b", "q\"uote", "Cẩm Thủy"};
  std::vector<io::observation_row> rows;
  for (int i = 0; i < 2000; ++i) {
    io::observation_row r;
    r.indicator = codes[rng() % codes.size()];
    r.unit = codes[rng() % codes.size()];
    const int y = static_cast<int>(1990 + rng() % 40);
    switch (rng() % 5) {
      case 0: r.when = attain::year{y}; break;
      case 1: r.when = attain::quarter{y, static_cast<int>(1 + rng() % 4)}; break;
      case 2: r.when = attain::month{y, static_cast<int>(1 + rng() % 12)}; break;
      case 3: r.when = attain::half_year{y, static_cast<int>(1 + rng() % 2)}; break;
      default: r.when = period::of_day(boost::gregorian::date(static_cast<unsigned short>(y), 2, 28)); break;
    }
    r.value = decimal(static_cast<std::int64_t>(rng() % 20000000001ULL) - 10000000000LL, static_cast<int>(rng() % 8));
    r.status = static_cast<value_status>(rng() % attain::value_status_count);
    if (r.status == value_status::missing) r.value = decimal{};
    rows.push_back(r);
  }
  for (const int version : {1, 2}) {
    std::ostringstream out;
    io::write_sdmx_csv(out, rows, {.version = version, .structure = "VN:PLAN(1.0)"});
    const std::string text = out.str();
    io::csv_reader in(std::string_view{text}, "w.csv");
    const io::sdmx_read_result back = io::read_sdmx_csv(in);
    EXPECT_EQ(back.version, version);
    ASSERT_EQ(back.rows.size(), rows.size());
    EXPECT_EQ(back.rows, rows);
    EXPECT_EQ(back.structures, (std::vector<std::string>{"VN:PLAN(1.0)"}));
  }
}

TEST(sdmx_csv, writes_the_documented_layout) {
  const std::vector<io::observation_row> rows = {
      {"GTSX", "cam_thuy", attain::year{2023}, decimal(13290), value_status::estimate},
      {"TN_BQ", "cam_thuy", attain::quarter{2023, 2}, decimal{}, value_status::missing}};
  std::ostringstream v2, v1;
  io::write_sdmx_csv(v2, rows, {.structure = "VN_DISTRICT:PLAN(1.0)"});
  EXPECT_EQ(v2.str(),
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
            "dataflow,VN_DISTRICT:PLAN(1.0),I,GTSX,cam_thuy,2023,13290,E\n"
            "dataflow,VN_DISTRICT:PLAN(1.0),I,TN_BQ,cam_thuy,2023-Q2,NaN,M\n");
  io::write_sdmx_csv(v1, rows, {.version = 1, .structure = "VN_DISTRICT:PLAN(1.0)"});
  EXPECT_EQ(v1.str(),
            "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
            "VN_DISTRICT:PLAN(1.0),GTSX,cam_thuy,2023,13290,E\n"
            "VN_DISTRICT:PLAN(1.0),TN_BQ,cam_thuy,2023-Q2,NaN,M\n");
}

TEST(sdmx_csv, refuses_periods_sdmx_cannot_express) {
  const std::vector<io::observation_row> rows = {
      {"A", "u", period::fiscal_year(2004, {4, 1}), decimal(1), value_status::normal, 7}};
  std::ostringstream out;
  EXPECT_THROW(io::write_sdmx_csv(out, rows), attain::domain_error);
}
