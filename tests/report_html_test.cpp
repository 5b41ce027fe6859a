// The HTML review as a publication (src/report_html.cpp): what the page draws and says,
// read back from the page. Each card is cut out of the page by its id (t1, t2, …) so that a
// figure is checked where a reader sees it, not anywhere on the page.
#include "attain/report.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "support/review_rows.hpp"

namespace io = attain::io;
using namespace attain;
using namespace attain::literals;
using boost::gregorian::date;
using attain::test::ind;
using attain::test::obs;
using attain::test::tgt;

namespace {




// Three targets over three terms (tests/data/html/multi-term, the Chromium test's fixture):
// forest cover 2015–2030 with a missing 2018, new enterprises 2020–2028 (cumulative) with no
// 2022 row, poor households 2020–2035 moving away from the target; reviewed on 2024-06-30.
review three_terms(language = language::en) {
  const std::vector<io::indicator_row> indicators{
      ind("RUNG", "Tỷ lệ che phủ rừng", "%", measure_kind::level, 1, "Forest cover"),
      ind("DN", "Doanh nghiệp thành lập mới", "doanh nghiệp", measure_kind::flow, 0, "New enterprises"),
      ind("NGHEO", "Tỷ lệ hộ nghèo", "%", measure_kind::level, 2, "Poor households", polarity::lower_is_better)};
  const std::vector<io::target_row> targets{tgt("RUNG", target_kind::level, 60_d, 2015, 2030),
                                            tgt("DN", target_kind::cumulative, 2000_d, 2020, 2028),
                                            tgt("NGHEO", target_kind::level, 1.5_d, 2020, 2035)};
  const std::vector<io::observation_row> observations{
      obs("RUNG", 2015, 50_d),     obs("RUNG", 2016, 51_d),  obs("RUNG", 2017, 52.2_d),
      obs("RUNG", 2018, 0_d, value_status::missing),           obs("RUNG", 2019, 53.4_d),
      obs("RUNG", 2020, 53.9_d),   obs("RUNG", 2021, 54.5_d), obs("RUNG", 2022, 55_d),
      obs("RUNG", 2023, 55.6_d),   obs("RUNG", 2024, 56_d, value_status::estimate),
      obs("DN", 2021, 180_d),      obs("DN", 2023, 230_d),    obs("DN", 2024, 120_d, value_status::estimate),
      obs("NGHEO", 2020, 4.8_d),   obs("NGHEO", 2021, 5.2_d), obs("NGHEO", 2022, 5.6_d),
      obs("NGHEO", 2023, 5.9_d)};
  review_options o;
  o.as_of = date(2024, 6, 30);
  o.title = "tỉnh Thử nghiệm";
  o.title_en = "Test province";
  return make_review(indicators, targets, observations, o);
}

// One term for all: the seed's investment (cumulative) and income (level), 2020–2025.
review one_term() {
  const std::vector<io::indicator_row> indicators{
      ind("VON", "Tổng vốn đầu tư", "tỷ đồng", measure_kind::flow, 0, "Total investment"),
      ind("TN", "Thu nhập bình quân đầu người", "triệu đồng", measure_kind::level, 2, "Income per head")};
  const std::vector<io::target_row> targets{tgt("VON", target_kind::cumulative, 10000_d, 2020, 2025),
                                            tgt("TN", target_kind::level, 60_d, 2020, 2025)};
  const std::vector<io::observation_row> observations{
      obs("VON", 2021, 1650_d), obs("VON", 2022, 1830_d), obs("VON", 2023, 2060_d, value_status::estimate),
      obs("TN", 2020, 38.05_d), obs("TN", 2021, 41.2_d),   obs("TN", 2022, 45.6_d),
      obs("TN", 2023, 50.04_d, value_status::estimate)};
  review_options o;
  o.as_of = date(2023, 6, 29);
  o.title = "huyện Thử";
  o.title_en = "Test district";
  return make_review(indicators, targets, observations, o);
}

std::string html(const review& r, language l = language::en) {
  return render(r, {.format = report_format::html, .language = l});
}

// The card of target n (1-based): from its <article> to the next </article>.
std::string card(const std::string& page, int n) {
  const std::size_t from = page.find("<article class=\"card\" id=\"t" + std::to_string(n) + "\"");
  if (from == std::string::npos) return {};
  return page.substr(from, page.find("</article>", from) - from);
}

// Everything before the first card's section: the cover, the summary and the table.
std::string before_cards(const std::string& page) { return page.substr(0, page.find("<section class=\"cards\"")); }

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The number in attribute `name` of the first element that has `marker` in its start tag.
double attribute(std::string_view text, std::string_view marker, std::string_view name) {
  const std::size_t at = text.find(marker);
  if (at == std::string_view::npos) return -1e9;
  const std::size_t tag = text.rfind('<', at);
  const std::size_t end = text.find('>', at);
  const std::string_view start = text.substr(tag, end - tag);
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t v = start.find(key);
  if (v == std::string_view::npos) return -1e9;
  return std::strtod(std::string(start.substr(v + key.size())).c_str(), nullptr);
}

// x of the scale for a share s: 0 % at 4, 150 % at 296 on a scale that starts at `lo`.
double scale_x(double s, double lo = 0) { return 4 + (s - lo) * 292 / (1.5 - lo); }

}  // namespace

// PER-TARGET TIME -----------------------------------------------------------------------------

TEST(report_html, each_card_draws_the_elapsed_share_of_its_own_term) {
  const std::string page = html(three_terms());
  // 3,104/5,479 of 2016–2030, 1,277/2,922 of 2021–2028, 1,277/5,478 of 2021–2035 on 2024-06-30.
  const double shares[] = {3104.0 / 5479, 1277.0 / 2922, 1277.0 / 5478};
  const double lows[] = {0, 0, -0.5};  // the third card's scale starts at −50 %: its progress is negative
  double previous = 1e9;
  for (int n = 1; n <= 3; ++n) {
    const std::string c = card(page, n);
    ASSERT_FALSE(c.empty()) << n;
    EXPECT_EQ(count(c, "class=\"elapsed\""), 1U) << n;
    const double x = attribute(c, "class=\"elapsed\"", "x1");
    EXPECT_NEAR(x, scale_x(shares[n - 1], lows[n - 1]), 0.1) << "card " << n;
    EXPECT_NE(x, previous) << "card " << n << " draws another card's elapsed share";
    previous = x;
  }
  EXPECT_NE(card(page, 1).find("time elapsed 56.7%"), std::string::npos);
  EXPECT_NE(card(page, 2).find("time elapsed 43.7%"), std::string::npos);
  EXPECT_NE(card(page, 3).find("time elapsed 23.3%"), std::string::npos);
  EXPECT_NE(card(page, 1).find("2015–2030 term, 56.7% elapsed"), std::string::npos);
  EXPECT_NE(card(page, 2).find("2020–2028 term, 43.7% elapsed"), std::string::npos);
  EXPECT_NE(card(page, 3).find("2020–2035 term, 23.3% elapsed"), std::string::npos);
}

TEST(report_html, each_card_says_its_own_forecast_year) {
  const std::string page = html(three_terms());
  const char* years[] = {"2030", "2028", "2035"};
  for (int n = 1; n <= 3; ++n) {
    const std::string c = card(page, n);
    EXPECT_NE(c.find(std::string("Forecast ") + years[n - 1] + ": "), std::string::npos) << n;
    EXPECT_NE(c.find(std::string("<dt>Forecast for ") + years[n - 1] + "</dt>"), std::string::npos) << n;
    for (const char* other : years) {
      if (other == years[n - 1]) continue;
      EXPECT_EQ(c.find(std::string("Forecast for ") + other), std::string::npos) << n;
    }
  }
}

TEST(report_html, a_header_over_different_terms_claims_no_one_term_or_year) {
  const std::string head = before_cards(html(three_terms()));
  EXPECT_EQ(head.find("2015–2030 term"), std::string::npos);
  EXPECT_EQ(head.find("days of the term elapsed"), std::string::npos);
  EXPECT_EQ(head.find("Forecast for 2030"), std::string::npos);
  EXPECT_EQ(head.find("Forecast 2030<"), std::string::npos);
  EXPECT_NE(head.find("3 targets over different terms (2015–2030, 2020–2028, 2020–2035)"), std::string::npos);
  EXPECT_NE(head.find("Review date: 30 June 2024"), std::string::npos);
  EXPECT_NE(head.find("forecast to be met by the end of their terms"), std::string::npos);
  // The table says each forecast with its year.
  EXPECT_NE(head.find("2028: needs extra effort"), std::string::npos);
  EXPECT_NE(head.find("2035: needs extra effort"), std::string::npos);
}

TEST(report_html, a_header_over_one_term_says_it_once) {
  const std::string head = before_cards(html(one_term()));
  EXPECT_NE(head.find("2 targets, 2020–2025 term (baseline 2020, plan years 2021–2025)"), std::string::npos);
  EXPECT_NE(head.find("910/1,826 days of the term elapsed (49.8%)"), std::string::npos);
  EXPECT_NE(head.find("forecast to be met in 2025"), std::string::npos);
  EXPECT_NE(head.find(">Forecast 2025</th>"), std::string::npos);
}

// CHARTS --------------------------------------------------------------------------------------

TEST(report_html, the_line_chart_has_years_on_x_and_round_values_on_y_in_the_language_format) {
  const review r = one_term();
  // Investment: running totals 1,650, 3,480, 5,540 and the path 0 → 10,000: ticks 0…10,000.
  const std::string en = card(html(r), 1);
  EXPECT_EQ(count(en, "class=\"tick y\""), 6U);
  for (const char* tick : {">0</text>", ">2,000</text>", ">4,000</text>", ">6,000</text>", ">8,000</text>", ">10,000</text>"})
    EXPECT_NE(en.find(tick), std::string::npos) << tick;
  const std::string vi = card(html(r, language::vi), 1);
  for (const char* tick : {">2.000</text>", ">10.000</text>"}) EXPECT_NE(vi.find(tick), std::string::npos) << tick;
  // Every year of the term on x, 2020–2025.
  EXPECT_EQ(count(en, "class=\"tick x\""), 6U);
  for (int y = 2020; y <= 2025; ++y) EXPECT_NE(en.find(">" + std::to_string(y) + "</text>"), std::string::npos) << y;
  // The unit above the axis, the target path labelled.
  EXPECT_NE(en.find(">tỷ đồng</text>"), std::string::npos);
  EXPECT_NE(en.find("class=\"path\""), std::string::npos);
  EXPECT_NE(en.find(">target 10,000 tỷ đồng</text>"), std::string::npos);
  // Income 38.05 … 60 in percent-free units with two decimals: round ticks, no 2.5 steps of cents.
  const std::string income = card(html(r), 2);
  for (const char* tick : {">35</text>", ">40</text>", ">60</text>"}) EXPECT_NE(income.find(tick), std::string::npos) << tick;
}

TEST(report_html, a_long_term_labels_a_readable_subset_of_years) {
  const std::string c = card(html(three_terms()), 1);  // 2015–2030: 16 years
  EXPECT_EQ(count(c, "class=\"tick x\""), 4U);         // 2015, 2020, 2025, 2030
  for (const char* y : {">2015</text>", ">2020</text>", ">2025</text>", ">2030</text>"})
    EXPECT_NE(c.find(y), std::string::npos) << y;
  // A percent indicator's ticks carry the percent sign.
  EXPECT_NE(c.find(">60%</text>"), std::string::npos);
}

TEST(report_html, a_missing_value_or_a_year_without_one_is_a_gap_in_the_line) {
  const std::string page = html(three_terms());
  // Forest cover: 2015–2017, 2018 missing, 2019–2024: two lines, not one across 2018.
  const std::string forest = card(page, 1);
  EXPECT_EQ(count(forest, "class=\"obs\""), 2U);
  EXPECT_NE(forest.find("2018: no value"), std::string::npos);
  // New enterprises: 2021 alone (a dot), no 2022 row, 2023–2024: one line of two points.
  const std::string firms = card(page, 2);
  EXPECT_EQ(count(firms, "class=\"obs\""), 1U);
  EXPECT_EQ(count(firms, "<circle"), 3U);
  EXPECT_NE(firms.find("2022: no value"), std::string::npos);
  // Poor households: every year from 2020 to 2023, one line, no gap.
  const std::string poor = card(page, 3);
  EXPECT_EQ(count(poor, "class=\"obs\""), 1U);
  EXPECT_EQ(poor.find("no value"), std::string::npos);
}

// THE COMPLETION SCALE ------------------------------------------------------------------------

TEST(report_html, the_completion_scale_is_labelled_0_50_100_150_percent) {
  const std::string c = card(html(one_term()), 1);
  for (const char* tick : {">0%</text>", ">50%</text>", ">100%</text>", ">150%</text>"})
    EXPECT_NE(c.find(tick), std::string::npos) << tick;
  // 55.4 % of the target: a bar from 0 to 55.4/150 of the scale, past the 49.8 % elapsed mark.
  EXPECT_NEAR(attribute(c, "class=\"bar\"", "x"), 4, 0.05);
  EXPECT_NEAR(attribute(c, "class=\"bar\"", "width"), 0.554 * 292 / 1.5, 0.1);
  EXPECT_NEAR(attribute(c, "class=\"zero\"", "x1"), 4, 0.05);
}

TEST(report_html, a_negative_progress_is_a_bar_left_of_zero) {
  const std::string c = card(html(three_terms()), 3);  // 4.8 % → 5.9 %, target 1.5 %: −33.3 %
  EXPECT_NE(c.find("Progress from the baseline: -33.3%"), std::string::npos);
  EXPECT_NE(c.find(">-50%</text>"), std::string::npos);  // the scale extends below 0
  const double zero = attribute(c, "class=\"zero\"", "x1");
  // The second bar (progress): from −33.3 % to 0, i.e. it ends on the zero line.
  const std::size_t progress = c.find("class=\"bar\"", c.find("class=\"bar\"") + 1);
  ASSERT_NE(progress, std::string::npos);
  const double x = attribute(std::string_view(c).substr(progress - 10), "class=\"bar\"", "x");
  const double width = attribute(std::string_view(c).substr(progress - 10), "class=\"bar\"", "width");
  EXPECT_NEAR(zero, scale_x(0, -0.5), 0.1);
  EXPECT_LT(x, zero);
  EXPECT_NEAR(x + width, zero, 0.1);
  EXPECT_NEAR(width, (1.1 / 3.3) * 292 / 2.0, 0.1);  // a third of the distance, on a 200 % wide scale
}

// THE SUMMARY TABLE ---------------------------------------------------------------------------

TEST(report_html, a_table_of_every_target_comes_before_the_cards) {
  const std::string page = html(three_terms());
  const std::size_t table = page.find("<table class=\"summary-table\">");
  const std::size_t cards = page.find("<section class=\"cards\"");
  ASSERT_NE(table, std::string::npos);
  EXPECT_LT(table, cards);
  const std::string body = page.substr(page.find("<tbody>", table), page.find("</tbody>", table) - page.find("<tbody>", table));
  EXPECT_EQ(count(body, "<tr>"), 3U);
  for (const char* needle :
       {"<a href=\"#t1\">Forest cover</a>", "<a href=\"#t2\">New enterprises</a>", "<a href=\"#t3\">Poor households</a>",
        ">93.3%</td>", ">26.5%</td>", ">25.4%</td>", "56.0% (2024, estimate)", "≥ 60% (2030)", "≤ 1.5% (2035)",
        "ahead of schedule", "not met (behind schedule)"})
    EXPECT_NE(body.find(needle), std::string::npos) << needle;
  for (const char* head : {">#</th>", ">Indicator</th>", ">Value</th>", ">Target</th>", ">Completion</th>",
                           ">Mid-term</th>", ">Forecast</th>"})
    EXPECT_NE(page.find(head), std::string::npos) << head;
}

// THE COVER -----------------------------------------------------------------------------------

TEST(report_html, the_cover_names_the_issuer_the_sources_and_the_notes) {
  review r = one_term();
  EXPECT_EQ(html(r).find("class=\"sources\""), std::string::npos);  // none given: none shown
  EXPECT_EQ(html(r).find("class=\"issuer\""), std::string::npos);
  r.metadata.issuer = "Ủy ban nhân dân huyện Thử";
  r.metadata.sources = {"Cục Thống kê tỉnh", "Báo cáo của UBND <huyện>"};
  r.metadata.notes = {"Số liệu 2023 là ước đạt."};
  const std::string head = before_cards(html(r, language::vi));
  EXPECT_NE(head.find("<h1>ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH — huyện Thử</h1>"), std::string::npos);
  EXPECT_NE(head.find("<p class=\"issuer\">Cơ quan ban hành: <b>Ủy ban nhân dân huyện Thử</b></p>"), std::string::npos);
  EXPECT_NE(head.find("<h2>Nguồn số liệu</h2><ul><li>Cục Thống kê tỉnh</li><li>Báo cáo của UBND &lt;huyện&gt;</li></ul>"),
            std::string::npos);
  EXPECT_NE(head.find("<h2>Ghi chú</h2><ul><li>Số liệu 2023 là ước đạt.</li></ul>"), std::string::npos);
  EXPECT_NE(head.find("ngày 29/6/2023"), std::string::npos);
  EXPECT_LT(head.find("class=\"cover\""), head.find("class=\"summary\""));
}

// LANGUAGES AND PRINT -------------------------------------------------------------------------

TEST(report_html, french_words_come_from_the_catalogue) {
  const std::string page = html(three_terms(), language::fr);
  EXPECT_NE(page.find("<html lang=\"fr\">"), std::string::npos);
  for (const char* word : {">Synthèse</h2>", ">Tous les objectifs</h2>", ">Objectif par objectif</h2>",
                           ">Indicateur</th>", ">Taux de réalisation</th>", ">Définitions</h2>",
                           "Prévision pour 2030", "Prévision pour 2028", "Prévision pour 2035", "période 2015–2030",
                           "temps écoulé", "trajectoire cible", "3 objectifs sur des périodes différentes"})
    EXPECT_NE(page.find(word), std::string::npos) << word;
  for (const char* english : {">Summary<", ">All targets<", ">Target by target<", "time elapsed", "target path",
                              "Forecast for "})
    EXPECT_EQ(page.find(english), std::string::npos) << english;
  EXPECT_NE(page.find("\"Page \" counter(page) \" sur \" counter(pages)"), std::string::npos);
}

TEST(report_html, the_page_is_self_contained_and_prints_with_page_numbers) {
  const std::string page = html(one_term(), language::vi);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("http://"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_NE(page.find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(page.find("@media print"), std::string::npos);
  EXPECT_NE(page.find("@bottom-center{content:\"Trang \" counter(page) \"/\" counter(pages)"), std::string::npos);
  // Cards flow: never split, never forced onto a page of their own.
  EXPECT_NE(page.find("break-inside:avoid"), std::string::npos);
  EXPECT_EQ(page.find("break-before:page"), std::string::npos);
  EXPECT_EQ(page.find("page-break-before:always"), std::string::npos);
  EXPECT_EQ(page.find("break-after:page"), std::string::npos);
}

TEST(report_html, a_title_with_quotes_cannot_break_the_page_style) {
  review r = one_term();
  r.title_en = "A \"quoted\" </style><script>x</script> title";
  const std::string page = html(r);
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_EQ(count(page, "</style>"), 1U);
}

TEST(report_html, a_review_without_targets_is_a_page_without_cards) {
  review_options o;
  o.as_of = date(2024, 6, 30);
  const review r = make_review({}, {}, {}, o);
  const std::string page = html(r);
  EXPECT_NE(page.find("</html>"), std::string::npos);
  EXPECT_EQ(page.find("<article"), std::string::npos);
  EXPECT_NE(page.find("Review date: 30 June 2024"), std::string::npos);
}

TEST(report_html, a_completion_beyond_150_percent_fills_the_scale_and_says_its_figure) {
  const std::vector<io::indicator_row> indicators{ind("OCOP", "Sản phẩm OCOP", "sản phẩm", measure_kind::count, 0, "OCOP products")};
  const std::vector<io::target_row> targets{tgt("OCOP", target_kind::units_meeting_standard, 10_d, 2020, 2025)};
  const std::vector<io::observation_row> observations{obs("OCOP", 2020, 2_d), obs("OCOP", 2023, 24_d)};
  review_options o;
  o.as_of = date(2023, 6, 29);
  const std::string c = card(html(make_review(indicators, targets, observations, o)), 1);
  EXPECT_NE(c.find("Completion: 240.0%"), std::string::npos);
  EXPECT_NEAR(attribute(c, "class=\"bar\"", "width"), 292, 0.05);  // to 150 %, the end of the scale
  EXPECT_NE(c.find("l6 5-6 5z"), std::string::npos);                // and an arrow: it goes on
}
