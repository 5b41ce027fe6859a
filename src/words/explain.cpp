// The catalogue's explain entries (attain/words.hpp): en, vi, fr.
//
// French follows the typography of French statistical publications: a no-break space
// (U+00A0) before a colon, a narrow no-break space (U+202F) before a semicolon (and, through
// number_format::fr, before a percent sign); "cible" for a target, "estimation" and
// "provisoire" for the statuses of a value.
#include "catalogue.hpp"

namespace attain::detail::words {
namespace {

constexpr row rows[] = {
    // reference_year_note: {0} the period as people write it, {1} the year it counts as.
    {word::period_no_reference_year, "{0} has no reference year (not a whole calendar year)",
     "{0} không có năm tham chiếu (không trọn một năm dương lịch)",
     "{0} n\u2019a pas d\u2019année de référence (pas une année civile entière)"},
    {word::period_counted_as_start_year, "{0} counted as {1} (the year it begins)", "{0} được tính là năm {1} (năm bắt đầu)",
     "{0} compté comme {1} (l\u2019année où il commence)"},
    {word::period_counted_as_first_year, "{0} counted as {1} (first year of a pooled period)",
     "{0} được tính là năm {1} (năm đầu của giai đoạn gộp)",
     "{0} compté comme {1} (première année d\u2019une période regroupée)"},
    // value_status
    {word::status_actual, "actual", "thực hiện", "réalisé"},
    {word::status_provisional, "provisional", "sơ bộ", "provisoire"},
    {word::status_estimate, "estimate", "ước đạt", "estimation"},
    {word::status_forecast, "forecast", "dự báo", "prévision"},
    {word::status_break_in_series, "break in series", "chuỗi bị gián đoạn", "rupture de série"},
    {word::status_missing, "missing", "thiếu số liệu", "donnée manquante"},

    // why (the English texts are those of describe(why) in attain/no_value.hpp)
    {word::why_zero_base, "growth from a zero base", "kỳ gốc bằng 0", "croissance depuis une base nulle"},
    {word::why_negative_base, "growth from a negative base", "kỳ gốc âm", "croissance depuis une base négative"},
    {word::why_sign_change, "base and latest value have opposite signs", "kỳ gốc và kỳ hiện tại trái dấu",
     "valeur de base et dernière valeur de signes opposés"},
    {word::why_zero_target, "ratio to a zero target", "mục tiêu bằng 0", "rapport à une cible nulle"},
    {word::why_zero_denominator, "division by a zero denominator", "mẫu số bằng 0", "division par un dénominateur nul"},
    {word::why_empty_group, "empty group", "không có số liệu", "groupe vide"},
    {word::why_too_few_points, "too few observations", "quá ít số liệu", "trop peu d’observations"},
    {word::why_no_periods, "no periods between the observations", "không có kỳ nào giữa hai số liệu",
     "aucune période entre les observations"},
    {word::why_missing_value, "a needed value is missing", "thiếu số liệu", "une valeur nécessaire manque"},
    {word::why_not_applicable, "not applicable", "không áp dụng", "sans objet"},
    {word::why_population_mismatch, "rankings of different populations or methods",
     "hai bảng xếp hạng khác tập đơn vị hoặc phương pháp", "classements de populations ou de méthodes différentes"},
    {word::why_not_ranked, "the unit is not in the ranking", "đơn vị không có trong bảng xếp hạng",
     "l’unité ne figure pas dans le classement"},

    // progress_status
    {word::progress_target_achieved, "target achieved", "đã đạt mục tiêu", "cible atteinte"},
    {word::progress_on_track, "on track", "đúng hướng, đạt tiến độ", "en bonne voie"},
    {word::progress_acceleration_needed, "acceleration needed", "cần đẩy nhanh", "accélération nécessaire"},
    {word::progress_limited, "limited progress", "tiến triển chậm", "progrès limités"},
    {word::progress_deterioration, "deterioration", "đi xuống", "détérioration"},
    {word::progress_not_assessable, "not assessable", "không đánh giá được", "non évaluable"},

    // forecast_class
    {word::forecast_exceed, "exceed", "vượt kế hoạch", "dépassement prévu"},
    {word::forecast_meet, "meet", "hoàn thành", "atteinte prévue"},
    {word::forecast_needs_effort, "needs extra effort", "phải nỗ lực", "effort supplémentaire nécessaire"},
    {word::forecast_not_forecast, "not forecast", "không dự báo", "sans prévision"},

    // schedule_status
    {word::schedule_ahead, "ahead of a straight-line schedule", "vượt tiến độ", "en avance sur le calendrier"},
    {word::schedule_on_schedule, "on a straight-line schedule", "đúng tiến độ", "dans les temps"},
    {word::schedule_behind, "behind a straight-line schedule", "chậm tiến độ", "en retard sur le calendrier"},
    {word::schedule_not_applicable, "not applicable", "không áp dụng", "sans objet"},

    // projection_method
    {word::projection_average_growth, "average growth", "tăng bình quân", "croissance moyenne"},
    {word::projection_linear, "linear", "tuyến tính", "linéaire"},
    {word::projection_least_squares, "least squares", "bình phương nhỏ nhất", "moindres carrés"},

    // explain()
    {word::explain_no_value, "no value: {0}", "không tính được: {0}", "non calculable\u00A0: {0}"},
    {word::explain_with_reason, "{0}: {1}", "{0}: {1}", "{0}\u00A0: {1}"},
    {word::explain_clause_separator, "; ", "; ", "\u202F; "},
    {word::explain_per_year, "{0} a year", "{0}/năm", "{0} par an"},
    {word::explain_percentage_points, "percentage points", "điểm phần trăm", "points de pourcentage"},
    {word::explain_elapsed, "{0} of {1} years elapsed", "đã qua {0}/{1} năm", "{0} années écoulées sur {1}"},
    {word::explain_elapsed_schedule, "{0} of {1} years elapsed: {2}", "đã qua {0}/{1} năm: {2}",
     "{0} années écoulées sur {1}\u00A0: {2}"},
    // {0} value, {1} target with its unit, {2} completion, {3} plan years, {4} " (status)", {5} elapsed
    {word::explain_cumulative, "{0} / {1} = {2} of the {3} target{4}; {5}", "{0} / {1} = {2} mục tiêu giai đoạn {3}{4}; {5}",
     "{0} / {1} = {2} de la cible {3}{4}\u202F; {5}"},
    // {0} first plan year, {1} latest year, {2} baseline year, {3} rate, {4} " (status)",
    // {5} completion, {6} target rate
    {word::explain_average_growth, "average growth {0}–{1} (from {2}) {3} a year{4} = {5} of the {6} target",
     "tốc độ tăng bình quân giai đoạn {0}–{1} (so với năm {2}) {3}/năm{4}, bằng {5} mục tiêu {6}",
     "taux de croissance annuel moyen {0}–{1} (depuis {2}) {3} par an{4} = {5} de la cible de {6}"},
    // The same without a completion (a rate is compared with the target rate, not divided
    // by it): {0}…{4} as above, {5} target rate
    {word::explain_average_growth_rate, "average growth {0}–{1} (from {2}) {3} a year{4} against a target of {5} a year",
     "tốc độ tăng bình quân giai đoạn {0}–{1} (so với năm {2}) {3}/năm{4}, mục tiêu {5}/năm",
     "taux de croissance annuel moyen {0}–{1} (depuis {2}) {3} par an{4} pour une cible de {5} par an"},
    // {0} value, {1} target with its unit, {2} " (status)", {3} completion, {4} last year
    {word::explain_units_of_plan, "{0}/{1}{2} = {3} of the {4} plan", "{0}/{1}{2}, bằng {3} kế hoạch năm {4}",
     "{0}/{1}{2} = {3} de la cible {4}"},
    // {0} value with its unit and status, {1} lower bound, {2} upper bound with its unit
    {word::explain_band_within, "{0} within {1}–{2}", "{0} nằm trong {1}–{2}", "{0} dans la fourchette {1}–{2}"},
    {word::explain_band_outside, "{0} outside {1}–{2}", "{0} ngoài {1}–{2}", "{0} hors de la fourchette {1}–{2}"},
    // {0} value with its unit and status, {1} baseline year, {2} " (baseline value)" or nothing
    {word::explain_maintain_held, "{0}: held at or beyond its {1} level{2}", "{0}: duy trì được mức năm {1}{2}",
     "{0}\u00A0: niveau de {1} maintenu ou dépassé{2}"},
    {word::explain_maintain_fell_short, "{0}: fell short of its {1} level{2}", "{0}: chưa duy trì được mức năm {1}{2}",
     "{0}\u00A0: en deçà du niveau de {1}{2}"},
    {word::explain_in_year, "{0}", "năm {0}", "{0}"},
    // {0} value with its unit, {1} its year (and status), {2} target with its unit, {3} last
    // year, {4} completion
    {word::explain_level, "{0} ({1}) against a target of {2} for {3} = {4}", "{0} ({1}), bằng {4} mục tiêu {2} năm {3}",
     "{0} ({1}) = {4} de la cible de {2} pour {3}"},
    // {0} the change with its unit, {1} the baseline year
    {word::explain_change_up, "up {0} on {1}", "tăng {0} so với năm {1}", "en hausse de {0} par rapport à {1}"},
    {word::explain_change_down, "down {0} on {1}", "giảm {0} so với năm {1}", "en baisse de {0} par rapport à {1}"},
    {word::explain_distance_covered, "{0} of the distance covered", "đã thực hiện {0} chặng đường", "{0} du chemin parcouru"},
    // {0} last year, {1} projected value, {2} its completion, {3} method, {4} outcome
    {word::explain_forecast, "forecast for {0}: {1} = {2} of the target (method: {3}) → {4}",
     "dự báo năm {0}: {1} = {2} mục tiêu (phương pháp: {3}) → {4}",
     "prévision pour {0}\u00A0: {1} = {2} de la cible (méthode\u00A0: {3}) → {4}"},
    // {0} status, {1} method, {2} ", value …, score …" or nothing
    {word::explain_progress_method, "{0} (method {1}{2})", "{0} (phương pháp {1}{2})", "{0} (méthode {1}{2})"},
    {word::explain_progress_value, "value {0}", "chỉ số {0}", "valeur {0}"},
    {word::explain_progress_score, "score {0}", "điểm {0}", "score {0}"},
};

}  // namespace

std::span<const row> explain_rows() noexcept { return rows; }

}  // namespace attain::detail::words
