// The HTML review (attain/report.hpp): one self-contained page — inline CSS and SVG, no
// scripts, fonts or images from elsewhere — that reads on a phone (390 px wide) and prints
// as a publication on A4 or Letter (page numbers in the margin, cards that flow).
//
// The page: a cover block (title, issuing body, review date, terms, method, sources, notes);
// the summary tiles; a table of every target (#, indicator, value, target, completion,
// mid-term verdict, forecast); then one card per target:
//   - status badges (colour from the Okabe–Ito palette, which stays distinct for the common
//     colour-vision deficiencies, AND a symbol AND a word: nothing depends on colour);
//   - bars of the completion (and, for targets measured from a baseline, of the progress from
//     the baseline) on a labelled scale of 0–150 % of the target; a negative progress is a bar
//     left of the 0 % line; the target's OWN elapsed share of its OWN term is drawn on the bar
//     the schedule is judged on (completion for a cumulative target, progress otherwise);
//   - a line chart: years on x, values on y with ticks in the language's number format, the
//     target path dashed and labelled; a missing value (status missing, or a year with no
//     observation) is a gap in the line, never joined across;
//   - every figure with the sentence that explains it.
// Every word comes from the catalogue (attain/words.hpp, src/words/html.cpp); every figure
// from the review's words (report_words.hpp). Chart coordinates are exact decimals rounded
// once to 0.1 SVG units; a ratio is drawn from its exact fraction at 4 digits.
#include <algorithm>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "attain/error.hpp"
#include "attain/report.hpp"
#include "attain/words.hpp"
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

// A CSS string's content (inside "…" in a <style> element): no quote, backslash, line end or
// "</style" can end it early.
std::string css_string(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\22 "; break;
      case '\\': out += "\\5C "; break;
      case '<': out += "\\3C "; break;
      case '\n':
      case '\r': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

std::string say(word x, const words& w) { return std::string(text(x, w.lang)); }

// The content of the page-number margin box: "Page " counter(page) " of " counter(pages).
std::string page_numbers(const words& w) {
  const std::string page = "\x01", pages = "\x02";
  std::string out = "\"" + css_string(fill(word::html_page_of, w.lang, {page, pages})) + "\"";
  for (const auto& [mark, counter] : {std::pair{page, "counter(page)"}, std::pair{pages, "counter(pages)"}})
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark))
      out.replace(at, mark.size(), std::string("\" ") + counter + " \"");
  return out;
}

// Characters (not bytes) of UTF-8 text: how wide a label is.
std::size_t glyphs(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

// An SVG coordinate: exact, rounded once to one decimal.
std::string coord(const decimal& x) { return to_string(round(x, 1, rounding::half_up)); }

// a + (v − lo) / (hi − lo) × span, for hi ≠ lo.
decimal scale_to(const decimal& v, const decimal& lo, const decimal& hi, const decimal& a, const decimal& span) {
  return a + divide((v - lo) * span, hi - lo, 4, rounding::half_up);
}

// A ratio as the decimal it is drawn at (a drawing: no figure is read from it).
decimal drawn(const exact_fraction& x) { return x.to_decimal(4, rounding::half_up); }

std::string term_text(const term& t) { return years_text(t.baseline_year(), t.last_year()); }

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

// The page's style. Screen: one column on a phone, cards with charts beside their figures from
// 48rem. Print: no forced page breaks (cards flow, none is split), page numbers in the bottom
// margin (the @page rule written with the page's own words follows this block).
constexpr const char* css = R"css(
:root{--met:#0072B2;--track:#009E73;--behind:#D55E00;--none:#6b6b6b;--ink:#1b1b1b;--muted:#555;--line:#d8d8d8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:64rem;padding:1rem;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:break-word}
h1{font-size:1.45rem;line-height:1.25;margin:.2rem 0 .5rem}
h2{font-size:1.15rem;margin:1.2rem 0 .4rem}
h3{font-size:1.02rem;margin:0}
.cover{border-bottom:2px solid var(--ink);padding-bottom:.6rem}
.cover p{margin:.15rem 0;color:var(--muted)}
.cover .issuer b{color:var(--ink)}
.cover h2{font-size:.9rem;margin:.5rem 0 .1rem;color:var(--ink)}
.cover ul{margin:0;padding-left:1.2rem;color:var(--muted);font-size:.9rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;margin:.8rem 0 .4rem}
.tile{border:1px solid var(--line);border-radius:.5rem;padding:.4rem .6rem}
.tile b{display:block;font-size:1.4rem}
.tile .badge{white-space:normal}
.lines{margin:.3rem 0 .6rem;padding-left:1.2rem}
.badge{display:inline-block;border-radius:1rem;padding:.05rem .55rem;font-size:.82rem;font-weight:600;color:#fff;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge.met{background:var(--met)}.badge.track{background:var(--track)}.badge.behind{background:var(--behind)}.badge.none{background:var(--none)}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid var(--line)}
th{font-size:.8rem;color:var(--muted);border-bottom:2px solid var(--ink)}
td.n,th.n{text-align:right;white-space:nowrap}
tbody tr:nth-child(even){background:#f6f6f6}
.summary-table .badge{font-size:inherit;font-weight:400;color:var(--ink);background:none;padding:0;border-radius:0;white-space:normal}
.summary-table .met span{color:var(--met)}.summary-table .track span{color:var(--track)}.summary-table .behind span{color:var(--behind)}.summary-table .none span{color:var(--none)}
td a{color:inherit}
.summary-table th:nth-child(2){width:23%}.summary-table th:nth-child(3){width:17%}.summary-table th:nth-child(4){width:15%}
.summary-table th:nth-child(5){width:10%}.summary-table th:nth-child(6),.summary-table th:nth-child(7){width:16%}
.card{border:1px solid var(--line);border-radius:.6rem;padding:.6rem .8rem;margin:.7rem 0;break-inside:avoid;page-break-inside:avoid}
.head{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:baseline;justify-content:space-between}
.badges{display:flex;flex-wrap:wrap;gap:.3rem}
.meta{color:var(--muted);font-size:.82rem;margin:.15rem 0 .4rem}
.body{display:grid;grid-template-columns:1fr;gap:.5rem}
.charts{display:grid;grid-template-columns:1fr;gap:.3rem;align-content:start}
svg{width:100%;height:auto;display:block}
svg text{font:10px system-ui,Arial,sans-serif;fill:var(--ink)}
svg .tick{fill:var(--muted)}
dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 .9rem;margin:0}
dl div{padding:.2rem 0;border-top:1px solid var(--line)}
dt{font-size:.76rem;color:var(--muted)}dd{margin:0;font-weight:600;font-size:.92rem}
.why{font-weight:400;font-size:.8rem;color:var(--muted);margin:.05rem 0 0;line-height:1.3}
.defs{font-size:.85rem;color:var(--muted)}
footer{font-size:.8rem;color:var(--muted);margin-top:1.2rem}
@media (min-width:48rem){.body{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}
.summary-table thead{display:none}.summary-table tr{display:grid;grid-template-columns:auto 1fr;gap:0 .5rem;padding:.4rem 0;border-bottom:1px solid var(--line)}
.summary-table td{border:0;padding:.05rem 0;display:contents}
.summary-table td::before{content:attr(data-label);font-size:.75rem;color:var(--muted);padding-top:.1rem}
.summary-table td.n{text-align:left}}
@media print{
body{max-width:none;padding:0;font-size:8.5pt;line-height:1.3}
h1{font-size:14pt}h2{font-size:11pt;margin:.5rem 0 .25rem;break-after:avoid;page-break-after:avoid}h3{font-size:9.5pt}
.cover p{margin:0}.cover ul{font-size:8pt}
.tiles{grid-template-columns:repeat(5,1fr);gap:.3rem;margin:.4rem 0 .2rem}.tile{padding:.2rem .4rem}.tile b{font-size:12pt}
.lines{margin:.2rem 0 .3rem}
.badge{font-size:7.5pt;padding:0 .45rem}
table{font-size:7.5pt}th,td{padding:.12rem .3rem}th{font-size:7.5pt}
thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}
.card{border-color:#999;border-radius:.3rem;padding:.25rem .45rem;margin:.3rem 0}
.meta{font-size:7.5pt;margin:0 0 .15rem}
.body{grid-template-columns:minmax(0,4fr) minmax(0,7fr);gap:.5rem}
.charts{grid-template-columns:1fr;gap:.1rem}
dl{display:block;column-count:3;column-gap:.6rem}
dl div{padding:.08rem 0;break-inside:avoid;page-break-inside:avoid}
dt{font-size:6.5pt}dd{font-size:8pt}
.why{font-size:6.8pt;line-height:1.22}
.defs{font-size:7.5pt}footer{font-size:7.5pt;margin-top:.5rem}
a{color:inherit;text-decoration:none}}
)css";

// THE COMPLETION SCALE ------------------------------------------------------------------------

// The bars of a target on one scale from 0 % (or −50 %, −100 % when a bar is negative) to
// 150 % of the target, ticks every 50 % labelled; a value beyond the scale is drawn to its end
// with an arrow (its figure is written beside). The elapsed share of the target's own term is
// drawn on the bar its schedule is judged on.
void bars(std::ostream& os, const target_review& t, const words& w) {
  const attainment& a = t.attainment;
  const target_kind k = t.target.kind;
  struct bar {
    std::string label, figure;
    decimal value;
    bool schedule;  // the straight-line schedule is judged on this bar
  };
  const bool levels = k == target_kind::level || k == target_kind::units_meeting_standard ||
                      k == target_kind::criteria_met;
  std::vector<bar> list;
  if (a.completion)
    list.push_back({say(word::html_completion, w), completion_text(t, w), drawn(*a.completion),
                    k == target_kind::cumulative});
  if (a.progress && k != target_kind::cumulative)
    list.push_back({say(word::html_bar_progress, w), percent(*a.progress, w), drawn(*a.progress), levels});
  if (list.empty()) return;
  const bool schedule = std::any_of(list.begin(), list.end(), [](const bar& b) { return b.schedule; });

  const decimal half{5, 1};
  decimal lo{0};
  const decimal hi{15, 1};
  for (const bar& b : list)
    if (b.value < lo) lo = std::max(decimal{-1}, divide(b.value, half, 0, rounding::floor) * half);
  const decimal left{4}, width{292};
  const auto x_of = [&](const decimal& v) { return scale_to(v, lo, hi, left, width); };
  const int row = 30;
  const int bottom = row * static_cast<int>(list.size());
  const int height = bottom + 15 + (schedule ? 14 : 0);
  const std::string title = say(word::html_bars_title, w);
  os << "<svg class=\"scale\" viewBox=\"0 0 300 " << height << "\" role=\"img\" aria-label=\"" << escape(title)
     << "\"><title>" << escape(title) << "</title>";
  const std::string x0 = coord(x_of(decimal{0})), x100 = coord(x_of(decimal{1}));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const bar& b = list[i];
    const int y = static_cast<int>(i) * row;
    os << "<text x=\"0\" y=\"" << y + 10 << "\">" << escape(fill(word::html_label_value, w.lang, {b.label, b.figure}))
       << "</text>";
    os << "<rect x=\"" << coord(left) << "\" y=\"" << y + 14 << "\" width=\"" << coord(width)
       << "\" height=\"12\" fill=\"#eee\"/>";
    const decimal v = std::clamp(b.value, lo, hi);
    const decimal from = std::min(v, decimal{0}), to = std::max(v, decimal{0});
    os << "<rect class=\"bar\" x=\"" << coord(x_of(from)) << "\" y=\"" << y + 14 << "\" width=\""
       << coord(x_of(to) - x_of(from)) << "\" height=\"12\" fill=\"" << (signum(b.value) < 0 ? "#D55E00" : "#4a4a4a")
       << "\"><title>" << escape(b.figure) << "</title></rect>";
    if (b.value > hi)  // beyond 150 %: an arrow at the end
      os << "<path d=\"M" << coord(left + width - decimal{7}) << " " << y + 15 << "l6 5-6 5z\" fill=\"#fff\"/>";
    if (b.value < lo)
      os << "<path d=\"M" << coord(left + decimal{7}) << " " << y + 15 << "l-6 5 6 5z\" fill=\"#fff\"/>";
    // 0 % and 100 % (the target).
    os << "<line class=\"zero\" x1=\"" << x0 << "\" x2=\"" << x0 << "\" y1=\"" << y + 13 << "\" y2=\"" << y + 27
       << "\" stroke=\"#000\" stroke-width=\"1\"/>";
    os << "<line x1=\"" << x100 << "\" x2=\"" << x100 << "\" y1=\"" << y + 12 << "\" y2=\"" << y + 28
       << "\" stroke=\"#000\" stroke-width=\"1.5\"/>";
    if (b.schedule) {
      const std::string x = coord(x_of(std::clamp(drawn(a.elapsed), lo, hi)));
      os << "<line class=\"elapsed\" x1=\"" << x << "\" x2=\"" << x << "\" y1=\"" << y + 11 << "\" y2=\"" << y + 29
         << "\" stroke=\"#D55E00\" stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>"
         << escape(fill(word::html_time_elapsed, w.lang, {percent(a.elapsed, w)})) << "</title></line>";
    }
  }
  // The scale's ticks under the bars.
  for (decimal tick = lo; tick <= hi; tick = tick + half) {
    const std::string x = coord(x_of(tick));
    const char* anchor = tick == lo ? "start" : tick == hi ? "end" : "middle";
    os << "<line x1=\"" << x << "\" x2=\"" << x << "\" y1=\"" << bottom << "\" y2=\"" << bottom + 3
       << "\" stroke=\"#777\"/><text class=\"tick\" x=\"" << x << "\" y=\"" << bottom + 12 << "\" text-anchor=\""
       << anchor << "\">" << escape(format_percent(tick, w.nf(), 0, w.mode)) << "</text>";
  }
  if (schedule) {  // the legend of the orange mark: this target's own elapsed share
    const int y = bottom + 23;
    os << "<line x1=\"4\" x2=\"16\" y1=\"" << y - 3 << "\" y2=\"" << y - 3
       << "\" stroke=\"#D55E00\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/><text x=\"20\" y=\"" << y << "\">"
       << escape(fill(word::html_time_elapsed, w.lang, {percent(a.elapsed, w)})) << "</text>";
  }
  os << "</svg>\n";
}

// THE LINE CHART ------------------------------------------------------------------------------

struct point {
  int year;
  decimal value;
  value_status status = value_status::normal;  // an estimate, provisional…: a hollow dot
};

int order_of(const decimal& x) {  // the exponent of the leading digit of x ≠ 0: 250 → 2, 0.05 → −2
  const decimal t = trim(abs(x));
  int digits = 0;
  for (auto c = t.coefficient(); c != 0; c /= 10) ++digits;
  return digits - 1 - t.scale();
}

decimal power_of_ten(int k) { return k >= 0 ? pow(decimal{10}, static_cast<unsigned>(k)) : decimal{1, -k}; }

// Round ticks covering [lo, hi] (hi > lo): a step of 1, 2, 2.5 or 5 × 10^k giving at most 5
// intervals, with no more decimals than `max_decimals` unless the range needs them.
struct axis {
  std::vector<decimal> ticks;
  int decimals = 0;
};

axis nice_axis(const decimal& lo, const decimal& hi, int max_decimals) {
  const decimal steps[] = {decimal{1}, decimal{2}, decimal{25, 1}, decimal{5}};
  try {
    const int order = order_of(hi - lo);
    for (int k = order - 1; k <= order + 1; ++k)
      for (const decimal& m : steps) {
        const decimal step = trim(m * power_of_ten(k));
        if (step.scale() > std::max(max_decimals, 0) && step < (hi - lo)) continue;
        const decimal first = divide(lo, step, 0, rounding::floor) * step;
        const decimal last = divide(hi, step, 0, rounding::ceiling) * step;
        if (divide(last - first, step, 0, rounding::half_up) > decimal{5}) continue;
        axis out;
        out.decimals = step.scale();
        for (decimal v = first; v <= last; v = v + step) out.ticks.push_back(v);
        return out;
      }
  } catch (const overflow_error&) {  // values near 38 digits: no round ticks beyond them
  }
  return {{lo, hi}, std::max(max_decimals, 0)};
}

// The observations up to the date (a cumulative target: the running total of its plan years'
// flows), split where a value is missing; and the missing years.
struct observed {
  std::vector<std::vector<point>> segments;
  std::vector<int> missing;
};

observed observed_of(const target_review& t, const boost::gregorian::date& as_of) {
  const target& g = t.target;
  observed out;
  bool open = false;  // the last segment can be continued
  decimal running{0};
  for (const observation& o : t.observations.observations()) {
    if (o.when.first() > as_of) continue;
    if (g.kind == target_kind::cumulative && !contains(g.term.as_period(), o.when)) continue;
    const int y = review_year(o.when);
    if (o.status == value_status::missing) {
      out.missing.push_back(y);
      open = false;
      continue;
    }
    if (open && y > out.segments.back().back().year + 1) {
      for (int m = out.segments.back().back().year + 1; m < y; ++m) out.missing.push_back(m);
      open = false;
    }
    if (!open) out.segments.emplace_back();
    open = true;
    decimal v = o.value;
    if (g.kind == target_kind::cumulative) v = running = running + o.value;  // what the target is a total of
    out.segments.back().push_back({y, v, o.status});
  }
  std::sort(out.missing.begin(), out.missing.end());
  out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
  return out;
}

// The target path: from the baseline (0 for a total) to the target in the last year.
std::vector<point> target_path(const target_review& t) {
  const target& g = t.target;
  const attainment& a = t.attainment;
  const int y0 = g.term.baseline_year(), y1 = g.term.last_year();
  if (g.kind == target_kind::cumulative) return {{y0, decimal{0}}, {y1, g.value}};
  if (!a.baseline) return {};
  std::vector<point> path;
  if (g.kind == target_kind::average_growth) {
    // baseline × (1 + r)^k for each year, rounded once at 6 decimals, half_up: a drawing (no
    // verdict reads it), never compounded from rounded values.
    for (int y = y0; y <= y1; ++y)
      path.push_back({y, round(implied_level{*a.baseline, g.value, y - y0}, 6, rounding::half_up)});
  } else if (g.kind == target_kind::maintain) {
    path = {{y0, *a.baseline}, {y1, *a.baseline}};
  } else if (g.kind != target_kind::band) {
    path = {{y0, *a.baseline}, {y1, g.value}};
  }
  return path;
}

// Years on x (every year, or every 2nd, 5th, 10th… when there are many), values on y with
// round ticks in the language's number format, the unit above; the observations as a line
// broken where a value is missing (the missing years marked × on the axis), estimates as
// hollow dots; the target path dashed, labelled with the target.
void line_chart(std::ostream& os, const target_review& t, const boost::gregorian::date& as_of, const words& w) {
  const target& g = t.target;
  const observed obs = observed_of(t, as_of);
  const std::vector<point> path = target_path(t);
  std::vector<decimal> values;
  int first = g.term.baseline_year(), last = g.term.last_year();
  for (const auto& s : obs.segments)
    for (const point& p : s) {
      values.push_back(p.value);
      first = std::min(first, p.year);
      last = std::max(last, p.year);
    }
  for (const point& p : path) values.push_back(p.value);
  if (g.kind == target_kind::band) {
    values.push_back(g.value);
    if (g.upper) values.push_back(*g.upper);
  }
  if (values.empty()) return;
  decimal lo = *std::min_element(values.begin(), values.end()), hi = *std::max_element(values.begin(), values.end());
  // The range drawn, for the chart's description: "11,250 – 16,151 tỷ đồng".
  const std::string range = format(round(lo, t.indicator.decimals, w.mode), w.nf()) + " \u2013 " +
                            value_text(hi, t.indicator, w);
  if (lo == hi) {
    lo = lo - decimal{1};
    hi = hi + decimal{1};
  }
  const axis y_axis = nice_axis(lo, hi, t.indicator.decimals);
  lo = y_axis.ticks.front();
  hi = y_axis.ticks.back();
  const auto number = [&](const decimal& v) {
    const std::string n = format(v, w.nf(), y_axis.decimals, w.mode);
    return t.indicator.unit.percent ? with_unit(n, t.indicator) : n;
  };
  std::size_t widest = 0;
  for (const decimal& v : y_axis.ticks) widest = std::max(widest, glyphs(number(v)));

  // The plot: x from `left` to 284, y from 20 (hi) to 96 (lo); year labels at 108.
  const decimal left{static_cast<int>(std::clamp<std::size_t>(6 * widest + 8, 22, 80))}, right{284};
  const decimal top{20}, bottom{96};
  const int span = std::max(last - first, 1);
  const auto x_of = [&](int year) { return coord(scale_to(decimal{year}, decimal{first}, decimal{first + span}, left, right - left)); };
  const auto y_of = [&](const decimal& v) { return coord(scale_to(v, hi, lo, top, bottom - top)); };
  const std::string label = fill(word::html_chart_title, w.lang, {t.name(w.lang)});
  os << "<svg class=\"chart\" viewBox=\"0 0 300 112\" role=\"img\" aria-label=\"" << escape(label) << "\"><title>"
     << escape(label) << "</title><desc>" << escape(range) << "</desc>";
  if (!t.indicator.unit.percent && !t.indicator.unit.text.empty())
    os << "<text class=\"tick\" x=\"0\" y=\"8\">" << escape(t.indicator.unit.text) << "</text>";
  // y: gridlines and ticks.
  for (const decimal& v : y_axis.ticks) {
    const std::string y = y_of(v);
    os << "<line x1=\"" << coord(left) << "\" x2=\"" << coord(right) << "\" y1=\"" << y << "\" y2=\"" << y
       << "\" stroke=\"" << (v == lo ? "#999" : "#e4e4e4") << "\"/><text class=\"tick y\" x=\""
       << coord(left - decimal{3}) << "\" y=\"" << coord(scale_to(v, hi, lo, top, bottom - top) + decimal{3})
       << "\" text-anchor=\"end\">" << escape(number(v)) << "</text>";
  }
  // x: a tick every year, a label every `every` years (at most 7 labels).
  int every = 1;
  for (const int e : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
    every = e;
    if (span / e + 1 <= 7) break;
  }
  for (int y = first; y <= first + span; ++y) {
    const std::string x = x_of(y);
    if (span <= 60)
      os << "<line x1=\"" << x << "\" x2=\"" << x << "\" y1=\"96\" y2=\"99\" stroke=\"#999\"/>";
    if (y % every == 0 || (every > 1 && y == first && first % every > every / 2))
      os << "<text class=\"tick x\" x=\"" << x << "\" y=\"108\" text-anchor=\"middle\">" << y << "</text>";
  }
  if (g.kind == target_kind::band && g.upper) {
    const decimal y_top = scale_to(*g.upper, hi, lo, top, bottom - top);
    os << "<rect x=\"" << coord(left) << "\" y=\"" << coord(y_top) << "\" width=\"" << coord(right - left)
       << "\" height=\"" << coord(scale_to(g.value, hi, lo, top, bottom - top) - y_top)
       << "\" fill=\"#009E73\" fill-opacity=\".15\"><title>"
       << escape(fill(word::html_label_value, w.lang, {say(word::html_target_band, w), target_text(t, w)}))
       << "</title></rect>";
  }
  if (!path.empty()) {
    os << "<polyline class=\"path\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" "
          "points=\"";
    for (const point& p : path) os << x_of(p.year) << "," << y_of(p.value) << " ";
    os << "\"><title>" << escape(say(word::html_target_path, w)) << "</title></polyline>";
    // The path's end marked, and named in the legend above the plot: "- - target 60 tỷ đồng".
    const point& end = path.back();
    // A growth target is named by its rate ("≥ 7.5% a year (2021–2025)"), the others by the
    // value the path ends at.
    const std::string target_value = g.kind == target_kind::average_growth
                                         ? target_text(t, w)
                                         : with_unit(format(trim(end.value), w.nf()), t.indicator);
    const std::string named = fill(word::html_target_label, w.lang, {target_value});
    os << "<path d=\"M" << x_of(end.year) << " " << coord(scale_to(end.value, hi, lo, top, bottom - top) - decimal{3})
       << "l3 3-3 3-3-3z\" fill=\"#0072B2\"/>";
    os << "<line x1=\"" << coord(right - decimal{6 * static_cast<int>(glyphs(named)) + 14}) << "\" x2=\""
       << coord(right - decimal{6 * static_cast<int>(glyphs(named)) + 2})
       << "\" y1=\"5\" y2=\"5\" stroke=\"#0072B2\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
       << "<text class=\"target\" x=\"" << coord(right) << "\" y=\"8\" text-anchor=\"end\" style=\"fill:#0072B2\">"
       << escape(named) << "</text>";
  }
  // The observations: one line per run of years with values; a missing year breaks it.
  for (const auto& s : obs.segments) {
    if (s.size() < 2) continue;
    os << "<polyline class=\"obs\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"2\" points=\"";
    for (const point& p : s) os << x_of(p.year) << "," << y_of(p.value) << " ";
    os << "\"/>";
  }
  for (const auto& s : obs.segments)
    for (const point& p : s) {
      const bool actual = p.status == value_status::normal;
      const std::string shown = value_text(p.value, t.indicator, w) +
                                (actual ? "" : " (" + std::string(describe(p.status, w.lang)) + ")");
      os << "<circle cx=\"" << x_of(p.year) << "\" cy=\"" << y_of(p.value) << "\" r=\"3\" fill=\""
         << (actual ? "#1b1b1b" : "#fff") << "\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"><title>"
         << escape(fill(word::html_label_value, w.lang, {std::to_string(p.year), shown})) << "</title></circle>";
    }
  for (const int y : obs.missing) {
    if (y < first || y > first + span) continue;
    os << "<text class=\"gap\" x=\"" << x_of(y) << "\" y=\"99.5\" text-anchor=\"middle\" style=\"fill:#D55E00\">"
       << "\u00D7<title>" << escape(fill(word::html_no_value_in, w.lang, {std::to_string(y)})) << "</title></text>";
  }
  os << "</svg>\n";
}

// THE PAGE ------------------------------------------------------------------------------------

void figure(std::ostream& os, std::string_view term, const std::string& value, const std::string& why) {
  os << "<div><dt>" << escape(term) << "</dt><dd>" << escape(value) << "</dd>";
  if (!why.empty()) os << "<p class=\"why\">" << escape(why) << "</p>";
  os << "</div>\n";
}

void cover(std::ostream& os, const review& r, const std::optional<term>& shared, const words& w) {
  const review_metadata& m = r.metadata;
  os << "<header class=\"cover\">\n";
  if (!m.issuer.empty()) {  // "Issued by: <b>…</b>"
    std::string line = escape(fill(word::html_issued_by, w.lang, {"\x01"}));
    line.replace(line.find('\x01'), 1, "<b>" + escape(m.issuer) + "</b>");
    os << "<p class=\"issuer\">" << line << "</p>\n";
  }
  os << "<h1>" << escape(report_title(r, w)) << "</h1>\n";
  if (shared) {
    os << "<p>" << escape(term_line(r, w)) << "</p>\n<p>" << escape(date_line(r, w)) << "</p>\n";
  } else {
    if (!r.targets.empty())
      os << "<p>" << escape(fill(word::html_terms_differ, w.lang, {std::to_string(r.targets.size()), distinct_terms_text(r)}))
         << "</p>\n";
    os << "<p>" << escape(fill(word::html_review_date_is, w.lang, {date_text(r.as_of, w)})) << "</p>\n";
  }
  os << "<p>" << escape(method_line(r, w)) << "</p>\n";
  const auto list = [&](word heading, const std::vector<std::string>& lines, const char* css_class) {
    if (lines.empty()) return;
    os << "<section class=\"" << css_class << "\"><h2>" << escape(say(heading, w)) << "</h2><ul>";
    for (const std::string& l : lines) os << "<li>" << escape(l) << "</li>";
    os << "</ul></section>\n";
  };
  list(word::html_sources, m.sources, "sources");
  list(word::html_notes, m.notes, "notes");
  os << "</header>\n";
}

void summary(std::ostream& os, const review& r, const std::optional<term>& shared, const words& w) {
  const review_summary& s = r.summary;
  os << "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">" << escape(say(word::html_summary, w))
     << "</h2>\n<div class=\"tiles\">\n";
  const auto tile = [&](std::size_t n, const std::string& what, const badge_style& b) {
    os << "<div class=\"tile\"><b>" << n << "</b>" << badge(b, what) << "</div>\n";
  };
  tile(s.met, say(word::html_tile_met, w), badge_of(review_verdict::achieved));
  tile(s.on_schedule, say(word::html_tile_on_schedule, w), badge_of(review_verdict::ahead));
  tile(s.behind, say(word::html_tile_not_met, w), badge_of(review_verdict::not_met));
  tile(s.forecast.exceed + s.forecast.meet,
       shared ? fill(word::html_tile_forecast_met, w.lang, {std::to_string(shared->last_year())})
              : say(word::html_tile_forecast_met_by_term, w),
       badge_of(forecast_class::meet));
  tile(s.forecast.needs_effort, say(word::html_tile_needs_effort, w), badge_of(forecast_class::needs_effort));
  os << "</div>\n<ul class=\"lines\">\n";
  // The review's summary lines (with different terms, the forecast line names each term's end).
  for (const std::string& line : summary_lines(r, w)) os << "<li>" << escape(line) << "</li>\n";
  os << "</ul>\n</section>\n";
}

std::string anchor_of(std::size_t i) { return "t" + std::to_string(i + 1); }

void summary_table(std::ostream& os, const review& r, const std::optional<term>& shared, const words& w) {
  os << "<section aria-labelledby=\"all\">\n<h2 id=\"all\">" << escape(say(word::html_all_targets, w))
     << "</h2>\n<table class=\"summary-table\">\n<thead><tr>";
  const std::string forecast = shared ? fill(word::html_forecast_in, w.lang, {std::to_string(shared->last_year())})
                                      : say(word::html_forecast, w);
  const std::string heads[] = {say(word::html_number, w),     say(word::html_indicator, w), say(word::html_value, w),
                               say(word::html_target, w),     say(word::html_completion, w),
                               say(word::html_mid_term, w),   forecast};
  for (std::size_t c = 0; c < std::size(heads); ++c)
    os << "<th scope=\"col\"" << (c == 0 || c == 4 ? " class=\"n\"" : "") << ">" << escape(heads[c]) << "</th>";
  os << "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    const target_review& t = r.targets[i];
    const auto cell = [&](std::size_t c, const std::string& html, const char* css_class = nullptr) {
      os << "<td" << (css_class ? std::string(" class=\"") + css_class + "\"" : "") << " data-label=\""
         << escape(heads[c]) << "\">" << html << "</td>";
    };
    os << "<tr>";
    cell(0, std::to_string(i + 1), "n");
    cell(1, "<a href=\"#" + anchor_of(i) + "\">" + escape(t.name(w.lang)) + "</a>");
    cell(2, escape(actual_text(t, w)));
    cell(3, escape(target_text(t, w)));
    cell(4, escape(completion_text(t, w)), "n");
    cell(5, badge(badge_of(t.verdict), verdict_text(t, w)));
    const std::string f = forecast_text(t, w);
    cell(6, badge(badge_of(t.forecast.outcome),
                  shared ? f : fill(word::html_label_value, w.lang, {std::to_string(t.target.term.last_year()), f})));
    os << "</tr>\n";
  }
  os << "</tbody>\n</table>\n</section>\n";
}

void card(std::ostream& os, const review& r, std::size_t i, const words& w) {
  const target_review& t = r.targets[i];
  const explanation e = explain_target(t, w);
  const int year = t.target.term.last_year();
  os << "<article class=\"card\" id=\"" << anchor_of(i) << "\">\n<div class=\"head\"><h3>" << i + 1 << ". "
     << escape(t.name(w.lang)) << "</h3><div class=\"badges\">"
     << badge(badge_of(t.verdict), fill(word::html_badge_mid_term, w.lang, {verdict_text(t, w)}))
     << badge(badge_of(t.forecast.outcome),
              fill(word::html_badge_forecast, w.lang,
                   {std::to_string(year), std::string(describe(t.forecast.outcome, w.lang))}))
     << "</div></div>\n";
  os << "<p class=\"meta\">" << escape(series_text(t)) << " · " << escape(kind_text(t.target.kind, w)) << " · "
     << "<span class=\"term\">"
     << escape(fill(word::html_card_term, w.lang, {term_text(t.target.term), percent(t.attainment.elapsed, w)}))
     << "</span>";
  if (t.rolled_up_from != 0)
    os << " · " << escape(summed_over_text(t.rolled_up_from, w));
  if (!t.target.source.empty()) os << " · " << escape(t.target.source);
  os << "</p>\n<div class=\"body\">\n<div class=\"charts\">";
  bars(os, t, w);
  line_chart(os, t, r.as_of, w);
  os << "</div>\n<dl>\n";
  figure(os, say(word::html_value, w), actual_text(t, w), e.attainment);
  figure(os, say(word::html_target, w), target_text(t, w), "");
  figure(os, say(word::html_completion, w), completion_text(t, w), "");
  figure(os, say(word::html_time_adjusted, w), time_adjusted_text(t, w), "");
  figure(os, say(word::html_growth, w), growth_text(t, w), e.growth);
  figure(os, say(word::html_progress, w), progress_text(t, w), e.progress);
  figure(os, fill(word::html_forecast_for, w.lang, {std::to_string(year)}), forecast_text(t, w), e.forecast);
  os << "</dl>\n</div>\n</article>\n";
}

}  // namespace

void render_html(std::ostream& os, const review& r, const render_options& options) {
  const words w{options.language, options.percent_decimals, options.mode};
  const std::optional<term> shared = r.term;
  const std::string title = report_title(r, w);
  os << "<!DOCTYPE html>\n<html lang=\"" << to_string(w.lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << escape(title)
     << "</title>\n<style>" << css;
  // Print: the paper's own size (A4 or Letter), its margins, the title and the page numbers.
  os << "@page{margin:13mm 11mm 14mm;@top-left{content:\"" << css_string(title)
     << "\";font:7pt system-ui,Arial,sans-serif;color:#555}@bottom-center{content:"
     << page_numbers(w) << ";font:7.5pt system-ui,Arial,sans-serif;color:#555}}\n</style>\n</head>\n<body>\n";
  cover(os, r, shared, w);
  summary(os, r, shared, w);
  summary_table(os, r, shared, w);
  os << "<section class=\"cards\" aria-labelledby=\"cards\">\n<h2 id=\"cards\">" << escape(say(word::html_target_by_target, w))
     << "</h2>\n";
  for (std::size_t i = 0; i < r.targets.size(); ++i) card(os, r, i, w);
  os << "</section>\n";
  os << "<section class=\"defs\">\n<h2>" << escape(say(word::html_definitions, w)) << "</h2>\n<ul>\n";
  const std::vector<std::string> defs = definitions(r, w);
  for (const std::string& d : defs) os << "<li>" << escape(d) << "</li>\n";
  os << "<li>" << escape(say(word::html_time_adjusted_definition, w)) << "</li>\n<li>"
     << escape(say(word::html_legend, w)) << "</li>\n</ul>\n</section>\n";
  os << "<footer>" << escape(say(word::html_footer, w)) << "</footer>\n</body>\n</html>\n";
}

}  // namespace attain
