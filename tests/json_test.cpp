// The JSON writer: escaping, exact decimals, layout; the result types as documents.
#include "attain/io/json.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace io = attain::io;
using attain::decimal;
using namespace attain::literals;

TEST(json, escapes_strings_and_replaces_invalid_utf8) {
  std::string s;
  io::append_json_string(s, "a\"b\\c\n\t\x01 Cẩm Thủy \xFF\xC3 end");
  EXPECT_EQ(s, "\"a\\\"b\\\\c\\n\\t\\u0001 Cẩm Thủy \xEF\xBF\xBD\xEF\xBF\xBD end\"");
  std::string overlong;
  io::append_json_string(overlong, "\xC0\xAF\xED\xA0\x80");  // overlong '/', a surrogate
  EXPECT_EQ(overlong, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(json, layout_indented_and_compact) {
  io::json_writer w;
  w.begin_object().key("value").value(1621.41_d).key("ok").value(true).key("list").begin_array();
  w.value(1).value(-2).null().end_array().key("empty").begin_object().end_object().end_object();
  EXPECT_EQ(w.str(),
            "{\n  \"value\": \"1621.41\",\n  \"ok\": true,\n  \"list\": [\n    1,\n    -2,\n    null\n  ],\n"
            "  \"empty\": {}\n}");
  io::json_writer c({.indent = 0, .decimals_as_numbers = true});
  c.begin_array().value(decimal{150, 2}).value(decimal{-5, 3}).value("x").end_array();
  EXPECT_EQ(c.str(), "[1.50,-0.005,\"x\"]");
}

TEST(json, decimals_never_pass_through_double) {
  // 38 significant digits survive as text; a double would keep 17.
  const decimal big = decimal::parse("1234567890123456789012345678.9012345678");
  EXPECT_EQ(io::to_json(big, {.indent = 0}), "\"1234567890123456789012345678.9012345678\"");
  EXPECT_EQ(io::to_json(big, {.indent = 0, .decimals_as_numbers = true}), "1234567890123456789012345678.9012345678");
}

TEST(json, computed_figures_name_their_missing_reason) {
  io::json_writer w({.indent = 0});
  w.begin_object();
  io::write_member(w, "completion", attain::computed<decimal>(decimal{554, 3}));
  io::write_member(w, "growth", attain::computed<decimal>(attain::none(attain::why::zero_base)));
  w.end_object();
  EXPECT_EQ(w.str(), "{\"completion\":\"0.554\",\"growth\":null,\"growth_no_value\":\"zero_base\"}");
}

TEST(json, attainment_of_the_midterm_investment) {
  attain::target inv{.indicator = "VON_DT", .unit = "", .kind = attain::target_kind::cumulative,
                     .term = attain::term::from_baseline(2020, 2025), .polarity = attain::polarity::higher_is_better,
                     .value = 10000_d, .upper = std::nullopt, .baseline = std::nullopt, .source = ""};
  attain::series s({{attain::year{2021}, 1650_d}, {attain::year{2022}, 1830_d},
                    {attain::year{2023}, 2060_d, attain::value_status::estimate}});
  const attain::attainment a = attain::assess_attainment(inv, s, boost::gregorian::date(2023, 6, 29));
  EXPECT_EQ(io::to_json(a, {.indent = 0}),
            "{\"actual\":\"5540\",\"status\":\"estimate\",\"latest\":\"2023\",\"observations\":3,"
            "\"baseline\":null,\"baseline_no_value\":\"missing_value\",\"completion\":\"0.554000\","
            "\"completion_exact\":{\"numerator\":5540,\"denominator\":10000},"
            "\"progress\":null,\"progress_no_value\":\"missing_value\",\"gap\":\"4460\",\"achieved\":false,"
            "\"exceeded\":false,\"elapsed\":{\"numerator\":910,\"denominator\":1826},"
            "\"elapsed_years\":{\"numerator\":910,\"denominator\":365},\"time_adjusted\":\"1.111653\","
            "\"time_adjusted_exact\":{\"numerator\":10116040,\"denominator\":9100000},"
            "\"schedule\":\"ahead\"}");
  const attain::target_forecast f = attain::forecast_target(inv, s, boost::gregorian::date(2023, 6, 29));
  const std::string fj = io::to_json(f, {.indent = 0});
  EXPECT_EQ(fj.rfind("{\"outcome\":\"", 0), 0u);
  EXPECT_NE(fj.find("\"method\":\"cagr\""), std::string::npos);
  EXPECT_NE(fj.find("\"status\":\"forecast\""), std::string::npos);
}

TEST(json, progress_assessment_ranking_and_tallies) {
  attain::growth_ratio_input in{.base_value = 14.5_d, .base_year = 2015, .current_value = 10.4_d,
                                .current_year = 2023, .target = 7.25_d, .target_year = 2030,
                                .polarity = attain::polarity::lower_is_better, .limit = std::nullopt};
  const std::string pj = io::to_json(attain::assess_growth_ratio(in), {.indent = 0});
  EXPECT_EQ(pj.rfind("{\"method\":\"growth_ratio\",\"label\":\"moderate_progress\",\"status\":\"moderate_progress\","
                     "\"progress_value\":\"0.90108995469762",
                     0),
            0u);
  EXPECT_NE(pj.find("\"limit_coefficient\":null,\"limit_coefficient_no_value\":\"not_applicable\",\"reason\":null}"),
            std::string::npos);

  const attain::ranking r({"A", "B", "C"}, {44_d, 42_d, 42_d}, attain::rank_order::higher_is_better,
                          attain::rank_method::fractional);
  EXPECT_EQ(io::to_json(r, {.indent = 0}),
            "{\"method\":\"fractional\",\"order\":\"higher_is_better\",\"population\":3,\"units\":["
            "{\"unit\":\"A\",\"score\":\"44\",\"rank\":\"1\"},{\"unit\":\"B\",\"score\":\"42\",\"rank\":\"2.5\"},"
            "{\"unit\":\"C\",\"score\":\"42\",\"rank\":\"2.5\"}]}");
  EXPECT_EQ(io::to_json(r.rank_of("B").value(), {.indent = 0}), "{\"rank\":\"2.5\",\"population\":3}");
  EXPECT_EQ(io::to_json(attain::attainment_tally{27, 14, 5, 12, 1}, {.indent = 0}),
            "{\"targets\":27,\"achieved\":14,\"exceeded\":5,\"not_achieved\":12,\"no_value\":1}");
  EXPECT_EQ(io::to_json(attain::forecast_tally{27, 16, 7, 4, 0}, {.indent = 0}),
            "{\"targets\":27,\"exceed\":16,\"meet\":7,\"needs_effort\":4,\"not_forecast\":0}");
}

TEST(json, aggregate_values) {
  EXPECT_EQ(io::to_json(attain::aggregate_value::exact(3.75_d), {.indent = 0}), "{\"value\":\"3.75\",\"status\":\"normal\"}");
  EXPECT_EQ(io::to_json(attain::aggregate_value::quotient(5_d, 3_d), {.indent = 0}),
            "{\"value\":\"1.666667\",\"numerator\":\"5\",\"denominator\":\"3\",\"status\":\"normal\"}");
  EXPECT_EQ(io::to_json(attain::aggregate_value::none(attain::why::empty_group), {.indent = 0}),
            "{\"value\":null,\"no_value\":\"empty_group\",\"status\":\"normal\"}");
  attain::aggregate_value est = attain::aggregate_value::rounded(1.41_d);
  attain::status_tally t;
  t.count[static_cast<std::size_t>(attain::value_status::estimate)] = 2;
  est.set_statuses(t);
  EXPECT_EQ(io::to_json(est, {.indent = 0}), "{\"value\":\"1.41\",\"rounded\":true,\"status\":\"estimate\"}");
}

TEST(json, problems_and_rows) {
  const io::problem p{"observations.csv", 12, 19, 345, io::problem_kind::bad_number, attain::errc::bad_grouping,
                      "value", "bad digit grouping at 1 in \"5.54\""};
  EXPECT_EQ(io::to_json(p, {.indent = 0}),
            "{\"file\":\"observations.csv\",\"line\":12,\"column\":19,\"offset\":345,\"kind\":\"bad_number\","
            "\"column_name\":\"value\",\"reason\":\"bad digit grouping at 1 in \\\"5.54\\\"\","
            "\"message\":\"observations.csv:12:19: bad digit grouping at 1 in \\\"5.54\\\"\"}");
  const std::vector<io::observation_row> rows = {
      {"GTSX", "cam_thuy", attain::year{2023}, 13290_d, attain::value_status::estimate},
      {"GTSX", "cam_thuy", attain::year{2024}, decimal{}, attain::value_status::missing}};
  EXPECT_EQ(io::to_json(rows, {.indent = 0}),
            "[{\"indicator\":\"GTSX\",\"unit\":\"cam_thuy\",\"period\":\"2023\",\"value\":\"13290\",\"status\":\"estimate\"},"
            "{\"indicator\":\"GTSX\",\"unit\":\"cam_thuy\",\"period\":\"2024\",\"value\":null,\"status\":\"missing\"}]");
  io::observation_row f{"POP", "VN", attain::year{2023}, 51_d, attain::value_status::normal};
  f.members = {{"AGE", "Y15T24"}, {"SEX", "F"}};
  f.attributes = {{"UNIT_MULT", "3"}};
  EXPECT_EQ(io::to_json(f, {.indent = 0}),
            "{\"indicator\":\"POP\",\"unit\":\"VN\",\"members\":{\"AGE\":\"Y15T24\",\"SEX\":\"F\"},"
            "\"attributes\":{\"UNIT_MULT\":\"3\"},\"period\":\"2023\",\"value\":\"51\",\"status\":\"normal\"}");
}

TEST(json, escapes_every_control_character_and_keeps_valid_utf8) {
  std::string s;
  io::append_json_string(s, "\r\b\f\x1F\x7F");
  EXPECT_EQ(s, "\"\\r\\b\\f\\u001F\x7F\"");
  // Two-, three- and four-byte sequences pass unchanged: "đ", "€", U+1F600.
  std::string utf8;
  io::append_json_string(utf8, "\xC4\x91\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_EQ(utf8, "\"\xC4\x91\xE2\x82\xAC\xF0\x9F\x98\x80\"");
  // Past U+10FFFF, an overlong four-byte form, a sequence cut short by the end, a lead byte
  // followed by a non-continuation byte: each bad byte becomes one U+FFFD.
  std::string bad;
  io::append_json_string(bad, "\xF4\x90\x80\x80|\xF0\x8F\xBF\xBF|\xE2\x82");
  EXPECT_EQ(bad, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|"
                 "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD\xEF\xBF\xBD\"");
  std::string cut;
  io::append_json_string(cut, "\xE2x\xF8");
  EXPECT_EQ(cut, "\"\xEF\xBF\xBDx\xEF\xBF\xBD\"");
}

TEST(json, raw_text_and_unsigned_integers) {
  io::json_writer w({.indent = 0});
  w.begin_object().key("nested").raw("{\"a\":[1,2]}").key("n").value(std::uint64_t{18446744073709551615u});
  w.key("list").begin_array().raw("1.50").raw("true").end_array().end_object();
  EXPECT_EQ(w.str(), "{\"nested\":{\"a\":[1,2]},\"n\":18446744073709551615,\"list\":[1.50,true]}");
}

TEST(json, every_reason_has_a_name_and_a_description) {
  using attain::why;
  const std::pair<why, std::string_view> names[] = {
      {why::zero_base, "zero_base"},
      {why::negative_base, "negative_base"},
      {why::sign_change, "sign_change"},
      {why::zero_target, "zero_target"},
      {why::zero_denominator, "zero_denominator"},
      {why::empty_group, "empty_group"},
      {why::too_few_points, "too_few_points"},
      {why::no_periods, "no_periods"},
      {why::missing_value, "missing_value"},
      {why::not_applicable, "not_applicable"},
      {why::population_mismatch, "population_mismatch"},
      {why::not_ranked, "not_ranked"}};
  for (const auto& [reason, name] : names) EXPECT_EQ(io::name_of(reason), name);
  // A value outside the enumerators (the type holds any byte) has no name.
  EXPECT_EQ(io::name_of(static_cast<why>(200)), "?");
  EXPECT_EQ(io::to_json(attain::no_value{why::sign_change}, {.indent = 0}),
            "{\"no_value\":\"sign_change\",\"reason\":\"base and latest value have opposite signs\"}");
}

TEST(json, observations_indicators_and_targets) {
  EXPECT_EQ(io::to_json(attain::observation{attain::quarter{2024, 1}, 12.5_d, attain::value_status::provisional},
                        {.indent = 0}),
            "{\"period\":\"2024-Q1\",\"value\":\"12.5\",\"status\":\"provisional\"}");
  EXPECT_EQ(io::to_json(attain::observation{attain::year{2024}, decimal{}, attain::value_status::missing}, {.indent = 0}),
            "{\"period\":\"2024\",\"value\":null,\"status\":\"missing\"}");

  attain::indicator inc{.code = "TNBQ", .name = "Thu nhập bình quân đầu người",
                        .unit = attain::unit_of_measure::parse("triệu đồng/người"),
                        .polarity = attain::polarity::higher_is_better, .kind = attain::measure_kind::level,
                        .decimals = 2};
  const std::string ij =
      "{\"code\":\"TNBQ\",\"name\":\"Thu nhập bình quân đầu người\",\"unit\":{\"text\":\"triệu đồng/người\","
      "\"magnitude\":6,\"base\":\"đồng/người\",\"percent\":false},\"polarity\":\"higher_is_better\","
      "\"kind\":\"level\",\"decimals\":2}";
  EXPECT_EQ(io::to_json(inc, {.indent = 0}), ij);
  const io::indicator_row with{inc, attain::dhis2_aggregation::average_sum_org_unit, "Income per head", 3};
  EXPECT_EQ(io::to_json(with, {.indent = 0}),
            "{\"indicator\":" + ij + ",\"aggregation\":\"average_sum_org_unit\",\"name_en\":\"Income per head\"}");
  const io::indicator_row without{inc, std::nullopt, "", 4};
  EXPECT_EQ(io::to_json(without, {.indent = 0}), "{\"indicator\":" + ij + ",\"aggregation\":null,\"name_en\":\"\"}");

  attain::target band{.indicator = "BHYT", .unit = "cam_thuy", .kind = attain::target_kind::band,
                      .term = attain::term::from_baseline(2020, 2025), .polarity = attain::polarity::target_band,
                      .value = 95_d, .upper = 100_d, .baseline = 89.9_d, .source = "NQ ĐH XX"};
  const std::string tj =
      "{\"indicator\":\"BHYT\",\"unit\":\"cam_thuy\",\"kind\":\"band\",\"baseline_year\":2020,\"first_year\":2021,"
      "\"last_year\":2025,\"polarity\":\"target_band\",\"value\":\"95\",\"upper\":\"100\",\"baseline\":\"89.9\","
      "\"source\":\"NQ ĐH XX\"}";
  EXPECT_EQ(io::to_json(band, {.indent = 0}), tj);
  EXPECT_EQ(io::to_json(io::target_row{band, true, 7}, {.indent = 0}), tj);
  band.upper.reset();
  band.baseline.reset();
  EXPECT_NE(io::to_json(band, {.indent = 0}).find("\"upper\":null,\"baseline\":null,"), std::string::npos);
}

TEST(json, attainment_with_no_observation) {
  attain::target level{.indicator = "GTSX", .unit = "", .kind = attain::target_kind::level,
                       .term = attain::term::from_baseline(2020, 2025), .polarity = attain::polarity::higher_is_better,
                       .value = 100_d, .upper = std::nullopt, .baseline = std::nullopt, .source = ""};
  const attain::attainment a = attain::assess_attainment(level, attain::series{}, boost::gregorian::date(2023, 6, 29));
  // Nothing observed: every figure is null with its reason; the elapsed time is still known.
  EXPECT_EQ(io::to_json(a, {.indent = 0}),
            "{\"actual\":null,\"actual_no_value\":\"missing_value\",\"status\":\"missing\",\"latest\":null,"
            "\"observations\":0,\"baseline\":null,\"baseline_no_value\":\"missing_value\",\"completion\":null,"
            "\"completion_no_value\":\"missing_value\",\"progress\":null,\"progress_no_value\":\"missing_value\","
            "\"gap\":null,\"gap_no_value\":\"missing_value\",\"achieved\":false,\"exceeded\":false,"
            "\"elapsed\":{\"numerator\":910,\"denominator\":1826},\"elapsed_years\":{\"numerator\":910,"
            "\"denominator\":365},\"time_adjusted\":null,\"time_adjusted_no_value\":\"not_applicable\","
            "\"schedule\":\"not_applicable\"}");
}

TEST(json, every_ranking_method_and_order) {
  const std::pair<attain::rank_method, std::string_view> methods[] = {
      {attain::rank_method::standard, "standard"}, {attain::rank_method::modified, "modified"},
      {attain::rank_method::dense, "dense"},       {attain::rank_method::ordinal, "ordinal"},
      {attain::rank_method::fractional, "fractional"}};
  for (const auto& [m, name] : methods) {
    const attain::ranking r({"A"}, {1_d}, attain::rank_order::lower_is_better, m);
    EXPECT_EQ(io::to_json(r, {.indent = 0}),
              "{\"method\":\"" + std::string(name) +
                  "\",\"order\":\"lower_is_better\",\"population\":1,\"units\":[{\"unit\":\"A\",\"score\":\"1\","
                  "\"rank\":\"1\"}]}");
  }
}

TEST(json, status_tallies_and_summaries) {
  attain::status_tally t;
  t.count = {3, 0, 2, 0, 0, 1};
  EXPECT_EQ(io::to_json(t, {.indent = 0}),
            "{\"normal\":3,\"provisional\":0,\"estimate\":2,\"forecast\":0,\"break\":0,\"missing\":1}");
  attain::summary_value s{attain::aggregate_value::exact(3_d), attain::aggregate_value::exact(7.5_d),
                          attain::aggregate_value::exact(1.5_d), attain::aggregate_value::exact(4_d),
                          attain::aggregate_value::quotient(7.5_d, 3_d)};
  EXPECT_EQ(io::to_json(s, {.indent = 0}),
            "{\"count\":{\"value\":\"3\",\"status\":\"normal\"},\"sum\":{\"value\":\"7.5\",\"status\":\"normal\"},"
            "\"min\":{\"value\":\"1.5\",\"status\":\"normal\"},\"max\":{\"value\":\"4\",\"status\":\"normal\"},"
            "\"mean\":{\"value\":\"2.500000\",\"numerator\":\"7.5\",\"denominator\":\"3\",\"status\":\"normal\"}}");
}

TEST(json, rejected_rows_counts_units_and_load_reports) {
  const io::problem whole{"units.csv", 0, 0, 0, io::problem_kind::missing_column, attain::errc::ok, "parent",
                          "missing column \"parent\""};
  const io::rejected_row r{4, 57, "cam_thuy,,2023", {whole}};
  EXPECT_EQ(io::to_json(r, {.indent = 0}),
            "{\"line\":4,\"offset\":57,\"text\":\"cam_thuy,,2023\",\"problems\":[{\"file\":\"units.csv\",\"line\":0,"
            "\"column\":0,\"offset\":0,\"kind\":\"missing_column\",\"column_name\":\"parent\",\"reason\":\"missing "
            "column \\\"parent\\\"\",\"message\":\"units.csv: missing column \\\"parent\\\"\"}]}");
  EXPECT_EQ(io::to_json(io::read_counts{10, 7, 3, 2, 1}, {.indent = 0}),
            "{\"rows_read\":10,\"accepted\":7,\"rejected\":3,\"comment_lines\":2,\"blank_lines\":1}");
  EXPECT_EQ(io::to_json(io::unit_row{"cam_thuy", "huyện Cẩm Thủy", "thanh_hoa", "huyện", 2}, {.indent = 0}),
            "{\"code\":\"cam_thuy\",\"name\":\"huyện Cẩm Thủy\",\"parent\":\"thanh_hoa\",\"level\":\"huyện\"}");
  EXPECT_EQ(io::to_json(io::load_report{25, 2}, {.indent = 0}), "{\"appended\":25,\"missing\":2}");
}
