// Explanations (see attain/explain.hpp).
#include "attain/explain.hpp"

namespace attain {
namespace {

bool vi(const explain_options& o) { return o.language == language::vi; }

// A value as the report shows it: its own digits, trailing zeros dropped.
std::string number(const decimal& x, const explain_options& o) { return format(trim(x), format_of(o.language)); }

std::string percent(const decimal& ratio, const explain_options& o) {
  return format_percent(ratio, format_of(o.language), o.percent_decimals, o.mode);
}

// " tỷ đồng"; a percent unit joins its number as format_percent does: "57,6%".
std::string unit_suffix(const indicator& ind) {
  if (ind.unit.text.empty()) return "";
  return ind.unit.percent ? ind.unit.text : " " + ind.unit.text;
}

// The unit of a change: a change of a percentage is in percentage points (30,5% → 27% is
// "giảm 3,5 điểm phần trăm", not a fall of 3,5%).
std::string change_suffix(const indicator& ind, const explain_options& o) {
  if (!ind.unit.percent) return unit_suffix(ind);
  return vi(o) ? " điểm phần trăm" : " percentage points";
}

std::string status_note(value_status s, const explain_options& o) {
  if (s == value_status::normal) return "";
  return " (" + std::string(describe(s, o.language)) + ")";
}

std::string elapsed_text(const attainment& a, const term& t, const explain_options& o) {
  const decimal years = a.elapsed_years.to_decimal(1, rounding::half_up);
  const std::string y = format(years, format_of(o.language));
  const std::string n = std::to_string(t.plan_years());
  std::string out = vi(o) ? "đã qua " + y + "/" + n + " năm" : y + " of " + n + " years elapsed";
  if (a.schedule != schedule_status::not_applicable) out += ": " + std::string(describe(a.schedule, o.language));
  return out;
}

}  // namespace

std::string_view describe(value_status s, language l) noexcept {
  const bool v = l == language::vi;
  switch (s) {
    case value_status::normal: return v ? "thực hiện" : "actual";
    case value_status::provisional: return v ? "sơ bộ" : "provisional";
    case value_status::estimate: return v ? "ước đạt" : "estimate";
    case value_status::forecast: return v ? "dự báo" : "forecast";
    case value_status::break_in_series: return v ? "chuỗi bị gián đoạn" : "break in series";
    case value_status::missing: return v ? "thiếu số liệu" : "missing";
  }
  return "?";
}

std::string_view describe(why reason, language l) noexcept {
  if (l == language::en) return attain::describe(reason);
  switch (reason) {
    case why::zero_base: return "kỳ gốc bằng 0";
    case why::negative_base: return "kỳ gốc âm";
    case why::sign_change: return "kỳ gốc và kỳ hiện tại trái dấu";
    case why::zero_target: return "mục tiêu bằng 0";
    case why::zero_denominator: return "mẫu số bằng 0";
    case why::empty_group: return "không có số liệu";
    case why::too_few_points: return "quá ít số liệu";
    case why::no_periods: return "không có kỳ nào giữa hai số liệu";
    case why::missing_value: return "thiếu số liệu";
    case why::not_applicable: return "không áp dụng";
    case why::population_mismatch: return "hai bảng xếp hạng khác tập đơn vị hoặc phương pháp";
    case why::not_ranked: return "đơn vị không có trong bảng xếp hạng";
  }
  return "?";
}

std::string_view describe(progress_status s, language l) noexcept {
  const bool v = l == language::vi;
  switch (s) {
    case progress_status::target_achieved: return v ? "đã đạt mục tiêu" : "target achieved";
    case progress_status::substantial_progress: return v ? "đúng hướng, đạt tiến độ" : "on track";
    case progress_status::moderate_progress: return v ? "cần đẩy nhanh" : "acceleration needed";
    case progress_status::limited_progress: return v ? "tiến triển chậm" : "limited progress";
    case progress_status::deterioration: return v ? "đi xuống" : "deterioration";
    case progress_status::not_assessable: return v ? "không đánh giá được" : "not assessable";
  }
  return "?";
}

std::string_view describe(forecast_class c, language l) noexcept {
  const bool v = l == language::vi;
  switch (c) {
    case forecast_class::exceed: return v ? "vượt kế hoạch" : "exceed";
    case forecast_class::meet: return v ? "hoàn thành" : "meet";
    case forecast_class::needs_effort: return v ? "phải nỗ lực" : "needs extra effort";
    case forecast_class::not_forecast: return v ? "không dự báo" : "not forecast";
  }
  return "?";
}

std::string_view describe(schedule_status s, language l) noexcept {
  const bool v = l == language::vi;
  switch (s) {
    case schedule_status::ahead: return v ? "vượt tiến độ" : "ahead of a straight-line schedule";
    case schedule_status::on_schedule: return v ? "đúng tiến độ" : "on a straight-line schedule";
    case schedule_status::behind: return v ? "chậm tiến độ" : "behind a straight-line schedule";
    case schedule_status::not_applicable: return v ? "không áp dụng" : "not applicable";
  }
  return "?";
}

std::string plan_years_text(const term& t) {
  return std::to_string(t.first_year()) + "\u2013" + std::to_string(t.last_year());
}

std::string explain(const no_value& n, const explain_options& o) {
  return std::string(vi(o) ? "không tính được: " : "no value: ") + std::string(describe(n.reason, o.language));
}

std::string explain(const attainment& a, const target& t, const indicator& ind, const explain_options& o) {
  if (!a.actual) return explain(a.actual.error(), o);
  const std::string span = plan_years_text(t.term);
  const std::string end = std::to_string(t.term.last_year());
  const std::string base = std::to_string(t.term.baseline_year());
  const std::string u = unit_suffix(ind);
  const std::string st = status_note(a.status, o);
  const std::string latest = a.latest ? std::to_string(review_year(*a.latest)) : "";
  std::string out;
  switch (t.kind) {
    case target_kind::cumulative:
      out = number(*a.actual, o) + " / " + number(t.value, o) + u + " = " +
            (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o)) +
            (vi(o) ? " mục tiêu giai đoạn " + span : " of the " + span + " target") + st + "; " + elapsed_text(a, t.term, o);
      return out;
    case target_kind::average_growth:
      out = vi(o) ? "tốc độ tăng bình quân giai đoạn " + std::to_string(t.term.first_year()) + "\u2013" + latest +
                        " (so với năm " + base + ") " + percent(*a.actual, o) + "/năm" + st + ", bằng " +
                        (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o)) + " mục tiêu " +
                        percent(t.value, o)
                  : "average growth " + std::to_string(t.term.first_year()) + "\u2013" + latest + " (from " + base +
                        ") " + percent(*a.actual, o) + " a year" + st + " = " +
                        (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o)) +
                        " of the " + percent(t.value, o) + " target";
      return out;
    case target_kind::units_meeting_standard:
    case target_kind::criteria_met:
      out = number(*a.actual, o) + "/" + number(t.value, o) + u + st + (vi(o) ? ", bằng " : " = ") +
            (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o)) +
            (vi(o) ? " kế hoạch năm " + end : " of the " + end + " plan");
      return out;
    case target_kind::band:
      out = number(*a.actual, o) + u + st + (vi(o) ? (a.achieved ? " nằm trong " : " ngoài ") : (a.achieved ? " within " : " outside ")) +
            number(t.value, o) + "\u2013" + number(t.upper.value_or(t.value), o) + u;
      return out;
    case target_kind::maintain:
      out = number(*a.actual, o) + u + st + (vi(o) ? (a.achieved ? ": duy trì được mức năm " : ": chưa duy trì được mức năm ")
                                                    : (a.achieved ? ": held at or beyond its " : ": fell short of its ")) +
            base + (vi(o) ? "" : " level") + (a.baseline ? " (" + number(*a.baseline, o) + u + ")" : "");
      return out;
    case target_kind::level:
      break;
  }
  // "(2023, estimate)" / "(năm 2023, ước đạt)"
  const std::string when = (vi(o) ? "năm " : "") + latest + (st.empty() ? "" : ", " + st.substr(2, st.size() - 3));
  if (vi(o)) {
    out = number(*a.actual, o) + u + " (" + when + "), bằng " + (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o)) + " mục tiêu " +
           number(t.value, o) + u + " năm " + end;
    if (a.baseline) {
      const decimal change = *a.actual - *a.baseline;
      out += std::string(signum(change) >= 0 ? "; tăng " : "; giảm ") + number(abs(change), o) + change_suffix(ind, o) + " so với năm " + base;
    }
    if (a.progress) out += "; đã thực hiện " + percent(*a.progress, o) + " chặng đường";
  } else {
    out = number(*a.actual, o) + u + " (" + when + ") against a target of " + number(t.value, o) + u + " for " + end + " = " +
           (a.completion ? percent(*a.completion, o) : explain(a.completion.error(), o));
    if (a.baseline) {
      const decimal change = *a.actual - *a.baseline;
      out += std::string(signum(change) >= 0 ? "; up " : "; down ") + number(abs(change), o) + change_suffix(ind, o) + " on " + base;
    }
    if (a.progress) out += "; " + percent(*a.progress, o) + " of the distance covered";
  }
  if (a.schedule != schedule_status::not_applicable) out += "; " + elapsed_text(a, t.term, o);
  return out;
}

std::string explain(const target_forecast& f, const target& t, const indicator& ind, const explain_options& o) {
  if (!f.projected) return explain(f.projected.error(), o);
  const std::string end = std::to_string(t.term.last_year());
  const bool rate = t.kind == target_kind::average_growth;
  const std::string value = rate ? percent(*f.projected, o) : number(round(*f.projected, ind.decimals, o.mode), o) + unit_suffix(ind);
  std::string method;
  switch (f.method) {
    case projection_method::cagr: method = vi(o) ? "tăng bình quân" : "average growth"; break;
    case projection_method::linear: method = vi(o) ? "tuyến tính" : "linear"; break;
    case projection_method::least_squares: method = vi(o) ? "bình phương nhỏ nhất" : "least squares"; break;
  }
  const std::string completion = f.projected_completion ? percent(*f.projected_completion, o) : explain(f.projected_completion.error(), o);
  if (vi(o))
    return "dự báo năm " + end + ": " + value + " = " + completion + " mục tiêu (phương pháp: " + method + ") \u2192 " +
           std::string(describe(f.outcome, o.language));
  return "forecast for " + end + ": " + value + " = " + completion + " of the target (method: " + method + ") \u2192 " +
         std::string(describe(f.outcome, o.language));
}

std::string explain(const progress_assessment& a, const explain_options& o) {
  std::string out = std::string(describe(a.status, o.language));
  if (a.status == progress_status::not_assessable && a.reason) return out + ": " + std::string(describe(*a.reason, o.language));
  out += vi(o) ? " (phương pháp " : " (method ";
  out += a.method;
  if (a.progress_value) out += ", " + std::string(vi(o) ? "chỉ số " : "value ") + format(round(*a.progress_value, 3, o.mode), format_of(o.language));
  if (a.score) out += ", " + std::string(vi(o) ? "điểm " : "score ") + format(round(*a.score, 2, o.mode), format_of(o.language));
  out += ")";
  return out;
}

}  // namespace attain
