// The HTML review (attain/report.hpp): one self-contained page — inline CSS and SVG, no
// scripts, fonts or images from elsewhere — that reads on a phone and prints on A4.
//
// Per target: a status badge (colour from the Okabe–Ito palette, which stays distinct for
// the common colour-vision deficiencies, AND a symbol AND a word, so that nothing depends on
// colour); a completion bar — and for targets measured from a baseline a progress bar — with
// the elapsed share of the term drawn across them; a small line chart of the observations
// with the target path (dashed) from the baseline to the target year; every figure with
// the sentence that explains it underneath. Chart coordinates are computed with exact
// decimals and rounded once to 0.1 SVG units.
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "attain/report.hpp"
#include "report_words.hpp"

namespace attain {
namespace {
using namespace detail::report;

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// An SVG coordinate: exact, rounded once to one decimal.
std::string coord(const decimal& x) { return to_string(round(x, 1, rounding::half_up)); }

// a + (v − lo) / (hi − lo) × span, for hi > lo.
decimal scale_to(const decimal& v, const decimal& lo, const decimal& hi, const decimal& a, const decimal& span) {
  return a + divide((v - lo) * span, hi - lo, 4, rounding::half_up);
}

struct badge_style {
  const char* css;     // class name
  const char* symbol;  // shown before the word: the badge never relies on colour alone
};

badge_style badge_of(review_verdict v) {
  switch (v) {
    case review_verdict::exceeded:
    case review_verdict::achieved: return {"met", "\u2714"};          // ✔
    case review_verdict::ahead:
    case review_verdict::on_schedule: return {"track", "\u25B2"};     // ▲
    case review_verdict::behind:
    case review_verdict::not_met: return {"behind", "\u25BC"};        // ▼
    case review_verdict::no_value: return {"none", "?"};
  }
  return {"none", "?"};
}

badge_style badge_of(forecast_class c) {
  switch (c) {
    case forecast_class::exceed: return {"met", "\u2714"};
    case forecast_class::meet: return {"track", "\u25CF"};            // ●
    case forecast_class::needs_effort: return {"behind", "\u25BC"};
    case forecast_class::not_forecast: return {"none", "?"};
  }
  return {"none", "?"};
}

std::string badge(const badge_style& s, std::string_view words) {
  return std::string("<span class=\"badge ") + s.css + "\"><span aria-hidden=\"true\">" + s.symbol + "</span> " +
         escape(words) + "</span>";
}

constexpr const char* css = R"css(
:root{--met:#0072B2;--track:#009E73;--behind:#D55E00;--none:#6b6b6b;--ink:#1b1b1b;--muted:#555;--line:#d8d8d8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1rem;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.45rem;margin:.2rem 0 .5rem}h2{font-size:1.1rem;margin:0 0 .3rem}
header p{margin:.15rem 0;color:var(--muted)}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.5rem;margin:1rem 0}
.tile{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .7rem}
.tile b{display:block;font-size:1.5rem}
.tile .badge{white-space:normal}
.lines{margin:.3rem 0 1rem;padding-left:1.2rem}
.badge{display:inline-block;border-radius:1rem;padding:.05rem .6rem;font-size:.85rem;font-weight:600;color:#fff;white-space:nowrap}
.badge.met{background:var(--met)}.badge.track{background:var(--track)}.badge.behind{background:var(--behind)}.badge.none{background:var(--none)}
article{border:1px solid var(--line);border-radius:.6rem;padding:.8rem;margin:.8rem 0;break-inside:avoid;page-break-inside:avoid}
.meta{color:var(--muted);font-size:.85rem;margin:.1rem 0 .5rem}
.badges{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0 .5rem}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;align-items:start}
svg{width:100%;height:auto;display:block}
svg text{font:11px system-ui,Arial,sans-serif;fill:var(--ink)}
dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.2rem 1rem;margin:.6rem 0 0}
dl div{padding:.3rem 0;border-top:1px solid var(--line)}
dt{font-size:.8rem;color:var(--muted)}dd{margin:0;font-weight:600}
.why{font-weight:400;font-size:.85rem;color:var(--muted);margin:.1rem 0 0}
.defs{font-size:.85rem;color:var(--muted)}
footer{font-size:.8rem;color:var(--muted);margin-top:1.5rem}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}.charts{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0;font-size:10pt}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
article{border-color:#999}a{color:inherit;text-decoration:none}}
)css";

// The completion bar (and the progress bar, for targets measured from a baseline), on a
// scale of 0–150 %, with the elapsed share of the term as a vertical line.
void bars(std::ostream& os, const review& r, const target_review& t, const words& w) {
  const attainment& a = t.attainment;
  struct bar {
    std::string label;
    decimal value;
  };
  std::vector<bar> list;
  if (a.completion) list.push_back({w.pick("Hoàn thành", "Completion"), *a.completion});
  if (a.progress && t.target.kind != target_kind::cumulative)
    list.push_back({w.pick("Chặng đường từ năm gốc", "Progress from the baseline"), *a.progress});
  if (list.empty()) return;
  const bool schedule = r.term.has_value() && t.target.kind != target_kind::average_growth &&
                        t.target.kind != target_kind::band && t.target.kind != target_kind::maintain;
  const decimal cap = decimal{15, 1};  // 150 %
  const decimal left = decimal{0}, width = decimal{300};
  const int row = 30;
  const int height = row * static_cast<int>(list.size()) + (schedule ? 16 : 4);
  const std::string elapsed = percent(r.elapsed.to_decimal(6, rounding::half_up), w);
  std::string label = w.pick("Hoàn thành so với thời gian đã qua", "Completion against the time elapsed");
  os << "<svg viewBox=\"0 0 300 " << height << "\" role=\"img\" aria-label=\"" << escape(label) << "\">";
  os << "<title>" << escape(label) << "</title>";
  for (std::size_t i = 0; i < list.size(); ++i) {
    const int y = static_cast<int>(i) * row;
    const decimal v = std::clamp(list[i].value, decimal{0}, cap);
    os << "<text x=\"0\" y=\"" << y + 10 << "\">" << escape(list[i].label) << ": " << escape(percent(list[i].value, w))
       << "</text>";
    os << "<rect x=\"0\" y=\"" << y + 14 << "\" width=\"300\" height=\"12\" fill=\"#eee\"/>";
    os << "<rect x=\"0\" y=\"" << y + 14 << "\" width=\"" << coord(scale_to(v, decimal{0}, cap, left, width))
       << "\" height=\"12\" fill=\"#4a4a4a\"><title>" << escape(percent(list[i].value, w)) << "</title></rect>";
    // 100 %: the target.
    const std::string x100 = coord(scale_to(decimal{1}, decimal{0}, cap, left, width));
    os << "<line x1=\"" << x100 << "\" x2=\"" << x100 << "\" y1=\"" << y + 12 << "\" y2=\"" << y + 28
       << "\" stroke=\"#000\" stroke-width=\"1.5\"/>";
  }
  if (schedule) {
    const decimal e = r.elapsed.to_decimal(6, rounding::half_up);
    const std::string x = coord(scale_to(e, decimal{0}, cap, left, width));
    const int bottom = row * static_cast<int>(list.size());
    os << "<line x1=\"" << x << "\" x2=\"" << x << "\" y1=\"12\" y2=\"" << bottom + 2
       << "\" stroke=\"#D55E00\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>";
    os << "<text x=\"" << x << "\" y=\"" << bottom + 13 << "\" text-anchor=\"middle\">"
       << escape(w.pick("thời gian đã qua ", "time elapsed ") + elapsed) << "</text>";
  }
  os << "</svg>\n";
}

// A small line chart: the observations (estimates as hollow dots) and the target path.
void line_chart(std::ostream& os, const target_review& t, const boost::gregorian::date& as_of, const words& w) {
  const target& g = t.target;
  const attainment& a = t.attainment;
  struct point {
    int year;
    decimal value;
    bool final;
  };
  std::vector<point> obs;
  decimal running{0};
  for (const observation& o : t.observations.observations()) {
    if (o.status == value_status::missing || o.when.first() > as_of) continue;
    const int y = review_year(o.when);
    if (g.kind == target_kind::cumulative) {
      if (!contains(g.term.as_period(), o.when)) continue;
      running = running + o.value;  // the running total the target is a total of
      obs.push_back({y, running, o.status == value_status::normal});
    } else {
      obs.push_back({y, o.value, o.status == value_status::normal});
    }
  }
  // The target path: from the baseline (0 for a total) to the target in the last year.
  std::vector<point> path;
  const int y0 = g.term.baseline_year(), y1 = g.term.last_year();
  if (g.kind == target_kind::cumulative) {
    path = {{y0, decimal{0}, true}, {y1, g.value, true}};
  } else if (a.baseline) {
    if (g.kind == target_kind::average_growth) {
      // baseline × (1 + r)^k for each year, rounded once at 6 decimals, half_up: a drawing
      // (no verdict reads it), never compounded from rounded values.
      for (int y = y0; y <= y1; ++y)
        path.push_back({y, round(implied_level{*a.baseline, g.value, y - y0}, 6, rounding::half_up), true});
    } else if (g.kind == target_kind::maintain) {
      path = {{y0, *a.baseline, true}, {y1, *a.baseline, true}};
    } else if (g.kind != target_kind::band) {
      path = {{y0, *a.baseline, true}, {y1, g.value, true}};
    }
  }
  if (obs.empty() && path.empty()) return;
  decimal lo = obs.empty() ? path.front().value : obs.front().value, hi = lo;
  const auto widen = [&](const decimal& v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (const point& p : obs) widen(p.value);
  for (const point& p : path) widen(p.value);
  if (g.kind == target_kind::band) {
    widen(g.value);
    if (g.upper) widen(*g.upper);
  }
  if (lo == hi) hi = lo + decimal{1};
  int first = y0, last = y1;
  for (const point& p : obs) {
    first = std::min(first, p.year);
    last = std::max(last, p.year);
  }
  if (first == last) ++last;
  const decimal left{8}, plot_w{284}, top{18}, plot_h{76};
  const auto x_of = [&](int year) { return coord(scale_to(decimal{year}, decimal{first}, decimal{last}, left, plot_w)); };
  // y grows downwards: the top of the plot is `hi`.
  const auto y_of = [&](const decimal& v) { return coord(scale_to(v, hi, lo, top, plot_h)); };
  const std::string label = t.name(w.lang) + w.pick(": số liệu và đường mục tiêu", ": values and the target path");
  os << "<svg viewBox=\"0 0 300 112\" role=\"img\" aria-label=\"" << escape(label) << "\"><title>" << escape(label)
     << "</title>";
  os << "<line x1=\"8\" x2=\"292\" y1=\"94\" y2=\"94\" stroke=\"#999\"/>";
  const auto number = [&](const decimal& v) { return format(round(v, t.indicator.decimals, rounding::half_up), w.nf()); };
  // The value range as a caption: side labels would be cut off for long numbers.
  os << "<text x=\"0\" y=\"10\">" << escape(number(lo) + " \u2013 " + with_unit(number(hi), t.indicator)) << "</text>";
  os << "<text x=\"8\" y=\"108\">" << first << "</text><text x=\"292\" y=\"108\" text-anchor=\"end\">" << last
     << "</text>";
  if (g.kind == target_kind::band && g.upper) {
    const std::string ytop = y_of(*g.upper);
    os << "<rect x=\"8\" y=\"" << ytop << "\" width=\"284\" height=\""
       << coord(scale_to(g.value, hi, lo, top, plot_h) - scale_to(*g.upper, hi, lo, top, plot_h))
       << "\" fill=\"#009E73\" fill-opacity=\".15\"/>";
  }
  if (!path.empty()) {
    os << "<polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" points=\"";
    for (const point& p : path) os << x_of(p.year) << "," << y_of(p.value) << " ";
    os << "\"><title>" << escape(w.pick("đường mục tiêu", "target path")) << "</title></polyline>";
  }
  if (obs.size() > 1) {
    os << "<polyline fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"2\" points=\"";
    for (const point& p : obs) os << x_of(p.year) << "," << y_of(p.value) << " ";
    os << "\"/>";
  }
  for (const point& p : obs) {
    os << "<circle cx=\"" << x_of(p.year) << "\" cy=\"" << y_of(p.value) << "\" r=\"3.2\" fill=\""
       << (p.final ? "#1b1b1b" : "#fff") << "\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"><title>" << p.year << ": "
       << escape(number(p.value)) << (p.final ? "" : " (" + std::string(describe(value_status::estimate, w.lang)) + ")")
       << "</title></circle>";
  }
  os << "</svg>\n";
}

void figure(std::ostream& os, std::string_view term, const std::string& value, const std::string& why) {
  os << "<div><dt>" << escape(term) << "</dt><dd>" << escape(value) << "</dd>";
  if (!why.empty()) os << "<p class=\"why\">" << escape(why) << "</p>";
  os << "</div>\n";
}

}  // namespace

void render_html(std::ostream& os, const review& r, const render_options& options) {
  const words w{options.language, options.percent_decimals};
  const std::string title = report_title(r, w);
  os << "<!DOCTYPE html>\n<html lang=\"" << to_string(w.lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << escape(title)
     << "</title>\n<style>" << css << "</style>\n</head>\n<body>\n";
  os << "<header>\n<h1>" << escape(title) << "</h1>\n<p>" << escape(term_line(r, w)) << "</p>\n<p>"
     << escape(date_line(r, w)) << "</p>\n<p>" << escape(method_line(r, w)) << "</p>\n</header>\n";

  const review_summary& s = r.summary;
  const int last_year = r.term ? r.term->last_year() : 0;
  os << "<section class=\"summary\" aria-label=\"" << escape(w.pick("Tổng hợp", "Summary")) << "\">\n";
  const auto tile = [&](std::size_t n, const std::string& what, const badge_style& b) {
    os << "<div class=\"tile\"><b>" << n << "</b>" << badge(b, what) << "</div>\n";
  };
  tile(s.met, w.pick("đạt và vượt", "met or exceeded"), badge_of(review_verdict::achieved));
  tile(s.on_schedule, w.pick("trong đó đúng/vượt tiến độ", "of which on schedule"), badge_of(review_verdict::ahead));
  tile(s.behind, w.pick("chưa đạt", "not met"), badge_of(review_verdict::not_met));
  tile(s.forecast.exceed + s.forecast.meet,
       w.pick("dự báo hoàn thành ", "forecast to be met in ") + std::to_string(last_year), badge_of(forecast_class::meet));
  tile(s.forecast.needs_effort, w.pick("phải nỗ lực", "need extra effort"), badge_of(forecast_class::needs_effort));
  os << "</section>\n<ul class=\"lines\">\n";
  for (const std::string& line : summary_lines(r, w)) os << "<li>" << escape(line) << "</li>\n";
  os << "</ul>\n";

  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    const explanation e = explain_target(t, w);
    os << "<article id=\"" << escape(t.indicator.code) << "\">\n<h2>" << i + 1 << ". " << escape(t.name(w.lang))
       << "</h2>\n";
    os << "<p class=\"meta\">" << escape(series_text(t)) << " · " << escape(kind_text(t.target.kind, w));
    if (t.rolled_up_from != 0)
      os << " · " << escape(w.pick("tổng của ", "summed over ") + std::to_string(t.rolled_up_from) + w.pick(" đơn vị", " units"));
    if (!t.target.source.empty()) os << " · " << escape(t.target.source);
    os << "</p>\n<div class=\"badges\">" << badge(badge_of(t.verdict), w.pick("Giữa kỳ: ", "Mid-term: ") + verdict_text(t, w))
       << badge(badge_of(t.forecast.outcome),
                w.pick("Dự báo ", "Forecast ") + std::to_string(t.target.term.last_year()) + ": " +
                    std::string(describe(t.forecast.outcome, w.lang)))
       << "</div>\n<div class=\"charts\"><div>";
    bars(os, r, t, w);
    os << "</div><div>";
    line_chart(os, t, r.as_of, w);
    os << "</div></div>\n<dl>\n";
    figure(os, w.pick("Thực hiện", "Value"), actual_text(t, w), e.attainment);
    figure(os, w.pick("Mục tiêu", "Target"), target_text(t, w), "");
    figure(os, w.pick("Hoàn thành", "Completion"), completion_text(t, w), "");
    figure(os, w.pick("So với tiến độ thời gian", "Time-adjusted"), time_adjusted_text(t, w),
           t.attainment.time_adjusted
               ? w.pick("tỷ lệ hoàn thành (cộng dồn) hoặc chặng đường từ năm gốc chia cho tỷ lệ thời gian đã qua; ≥ 1: "
                        "đúng hoặc vượt tiến độ",
                        "completion (cumulative) or progress from the baseline divided by the share of time elapsed; "
                        "≥ 1: on or ahead of schedule")
               : "");
    figure(os, w.pick("Tăng trưởng", "Growth"), growth_text(t, w), e.growth);
    figure(os, w.pick("Tiến độ", "Progress"), progress_text(t, w), e.progress);
    figure(os, w.pick("Dự báo năm ", "Forecast for ") + std::to_string(t.target.term.last_year()), forecast_text(t, w),
           e.forecast);
    os << "</dl>\n</article>\n";
  }
  os << "<section class=\"defs\">\n<h2>" << escape(w.pick("Định nghĩa", "Definitions")) << "</h2>\n<ul>\n";
  for (const std::string& d : definitions(r, w)) os << "<li>" << escape(d) << "</li>\n";
  os << "<li>" << escape(w.pick("Biểu đồ: chấm đặc = số liệu thực hiện, chấm rỗng = ước đạt/sơ bộ; nét đứt xanh = "
                                "đường mục tiêu; vạch đứt cam = thời gian đã qua; vạch đen = 100% mục tiêu.",
                                "Charts: filled dot = actual, hollow dot = estimate or provisional; blue dashes = the "
                                "target path; orange dashes = time elapsed; black mark = 100% of the target."))
     << "</li>\n</ul>\n</section>\n";
  os << "<footer>attain " << escape(w.pick("— mọi con số tính chính xác bằng số thập phân", "— every figure computed with exact decimals"))
     << "</footer>\n</body>\n</html>\n";
}

}  // namespace attain
