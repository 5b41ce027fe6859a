// The JSON writer: escaping, exact decimals, layout; the result types as documents.
#include "attain/io/json.hpp"

#include <gtest/gtest.h>

#include <string>
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
            "\"progress\":null,\"progress_no_value\":\"missing_value\",\"gap\":\"4460\",\"achieved\":false,"
            "\"exceeded\":false,\"elapsed\":{\"numerator\":910,\"denominator\":1826},"
            "\"elapsed_years\":{\"numerator\":910,\"denominator\":365},\"time_adjusted\":\"1.111653\","
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
}
