// The catalogue's review entries (attain/words.hpp): en, vi, fr. The words of the review's
// text, Markdown, JSON and CSV renderers (src/report.cpp) and of the sentences every renderer
// shares (src/report_words.hpp): verdicts, kinds of target, methods, the header lines, the
// summary, the definitions, the labels and the growth sentences.
//
// French follows the typography of French statistical publications, as the other areas do:
// a no-break space (U+00A0) before a colon, a narrow no-break space (U+202F) before a
// semicolon and a percent sign; "objectif" for a target of the plan, "cible" for its value,
// "période" for a term, "année de référence" for a baseline.
#include "catalogue.hpp"

namespace attain::detail::words {
namespace {

constexpr row rows[] = {
    // review_verdict (the English and Vietnamese texts are those of describe(review_verdict)).
    {word::review_verdict_exceeded, "exceeded", "vượt mục tiêu", "dépassé"},
    {word::review_verdict_achieved, "achieved", "đạt mục tiêu", "atteint"},
    {word::review_verdict_ahead, "ahead of schedule", "vượt tiến độ", "en avance sur le calendrier"},
    {word::review_verdict_on_schedule, "on schedule", "đúng tiến độ", "dans les temps"},
    {word::review_verdict_behind, "not met (behind schedule)", "chưa đạt (chậm tiến độ)", "non atteint (en retard)"},
    {word::review_verdict_not_met, "not met", "chưa đạt", "non atteint"},
    {word::review_verdict_no_value, "not assessable", "không đánh giá được", "non évaluable"},

    // target_kind
    {word::review_kind_level, "level", "mức cần đạt", "niveau"},
    {word::review_kind_cumulative, "cumulative over the term", "cộng dồn cả giai đoạn", "cumul sur la période"},
    {word::review_kind_average_growth, "average annual growth", "tốc độ tăng bình quân", "croissance annuelle moyenne"},
    {word::review_kind_units_meeting_standard, "units meeting a standard", "số đạt chuẩn", "unités conformes à une norme"},
    {word::review_kind_criteria_met, "criteria met", "số tiêu chí đạt", "critères remplis"},
    {word::review_kind_band, "band", "trong khoảng", "fourchette"},
    {word::review_kind_maintain, "maintain", "duy trì", "maintien"},

    // assessment_method
    {word::review_method_growth_ratio, "growth ratio (Eurostat, Open SDG)", "tỷ số tăng trưởng (Eurostat, Open SDG)",
     "ratio de croissance (Eurostat, Open SDG)"},
    {word::review_method_projection, "trend projection (UNSD)", "dự phóng xu hướng (UNSD)", "projection de tendance (UNSD)"},
    {word::review_method_weather, "weather symbols (Destatis)", "biểu tượng thời tiết (Destatis)",
     "symboles météorologiques (Destatis)"},

    // Figures. {0} a rate already formatted ("5.7%", "≥ 7.5%"), {1} its years (and status).
    {word::review_rate_a_year, "{0} a year ({1})", "{0}/năm ({1})", "{0} par an ({1})"},
    {word::review_rate_a_year_flows, "{0} a year (yearly flows, {1})", "{0}/năm (theo năm, {1})",
     "{0} par an (flux annuels, {1})"},
    // {0} a change of a percentage in points ("-3.5"), {1} its years
    {word::review_points, "{0} pp ({1})", "{0} điểm % ({1})", "{0} pts ({1})"},
    // {0} how many units a roll-up adds up
    {word::review_summed_over, "summed over {0} units", "tổng của {0} đơn vị", "somme de {0} unités"},
    {word::review_summed_over_one, "summed over 1 unit", "tổng của 1 đơn vị", "somme d’une unité"},
    // A count in a tally and the status it counts: French puts the status first, so that a
    // status written in the singular ("cible atteinte") does not follow a plural count.
    // A forecast tally as a sentence; {1} the outcome (describe(forecast_class)).
    {word::review_forecast_count, "{0} targets forecast: {1}", "{0} chỉ tiêu dự báo {1}",
     "{0} objectifs avec la prévision\u00A0: {1}"},
    {word::review_tally_item, "{0} {1}", "{0} {1}", "{1}\u00A0: {0}"},

    // Headings and labels (a label and its figure: review_line).
    {word::review_title, "PLAN REVIEW", "ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH", "REVUE DU PLAN"},
    {word::review_heading, "Plan review", "Đánh giá thực hiện kế hoạch", "Revue du plan"},
    {word::review_summary_heading, "SUMMARY", "TỔNG HỢP", "SYNTHÈSE"},
    {word::review_summary, "Summary", "Tổng hợp", "Synthèse"},
    {word::review_targets_heading, "Targets", "Các chỉ tiêu", "Objectifs"},
    {word::review_how_obtained, "How each figure was obtained", "Cách tính từng con số", "Mode de calcul de chaque chiffre"},
    {word::review_definitions, "Definitions", "Định nghĩa", "Définitions"},
    {word::review_indicator, "Indicator", "Chỉ tiêu", "Indicateur"},
    {word::review_value, "Value", "Thực hiện", "Valeur"},
    {word::review_target, "Target", "Mục tiêu", "Cible"},
    {word::review_completion, "Completion", "Hoàn thành", "Taux d’achèvement"},
    {word::review_time_adjusted, "Time-adjusted", "So với tiến độ thời gian", "Rapporté au temps écoulé"},
    {word::review_time_adjusted_column, "Time-adjusted", "So với tiến độ", "Rapporté au temps écoulé"},
    {word::review_growth, "Growth", "Tăng trưởng", "Croissance"},
    {word::review_progress, "Progress", "Tiến độ", "Progression"},
    {word::review_mid_term, "Mid-term", "Giữa kỳ", "Mi-parcours"},
    // {0} a label, {1} its figure
    {word::review_line, "{0}: {1}", "{0}: {1}", "{0}\u00A0: {1}"},

    // The forecast's year: one term, or each target's own.
    {word::review_forecast_for, "Forecast for {0}", "Dự báo năm {0}", "Prévision pour {0}"},
    {word::review_forecast_by_term, "Forecast for the end of each target's term", "Dự báo năm cuối nhiệm kỳ của từng chỉ tiêu",
     "Prévision pour la fin de la période de chaque objectif"},
    {word::review_forecast_in, "Forecast {0}", "Dự báo {0}", "Prévision {0}"},
    {word::review_forecast_term_end, "Forecast (term end)", "Dự báo (cuối nhiệm kỳ)", "Prévision (fin de période)"},

    // The header lines. {0} how many targets; {1} the term, {2} its baseline year, {3} its plan years.
    {word::review_targets, "{0} targets", "{0} chỉ tiêu", "{0} objectifs"},
    {word::review_term, "{0} targets, {1} term (baseline {2}, plan years {3})",
     "{0} chỉ tiêu, nhiệm kỳ {1} (năm gốc {2}, các năm kế hoạch {3})",
     "{0} objectifs, période {1} (année de référence {2}, années du plan {3})"},
    {word::review_term_one, "1 target, {0} term (baseline {1}, plan years {2})",
     "1 chỉ tiêu, nhiệm kỳ {0} (năm gốc {1}, các năm kế hoạch {2})",
     "1 objectif, période {0} (année de référence {1}, années du plan {2})"},
    // {1} the distinct terms: "2015–2030, 2020–2028"
    {word::review_terms_differ, "{0} targets with different terms ({1})", "{0} chỉ tiêu thuộc các nhiệm kỳ khác nhau ({1})",
     "{0} objectifs aux périodes différentes ({1})"},
    // {0} the date; {1} days elapsed, {2} days of the term, {3} the share
    {word::review_date, "Review date: {0}", "Thời điểm đánh giá: {0}", "Date de la revue\u00A0: {0}"},
    {word::review_date_elapsed, "Review date: {0}; {1}/{2} days of the term elapsed ({3})",
     "Thời điểm đánh giá: {0}; đã qua {1}/{2} ngày của nhiệm kỳ ({3})",
     "Date de la revue\u00A0: {0}\u202F; {1} jours écoulés sur les {2} de la période ({3})"},
    {word::review_method, "Progress assessment method: {0}", "Phương pháp đánh giá tiến độ: {0}",
     "Méthode d’évaluation des progrès\u00A0: {0}"},

    // The definitions. {0} of the second: review_forecast_for or review_forecast_by_term.
    {word::review_definition_met,
     "Met at the review date: achieved, or on or ahead of a straight-line schedule (completion — for a cumulative "
     "target — or progress from the baseline at least the share of time elapsed); an average-growth target: met when "
     "the growth so far reaches the target rate.",
     "Đạt giữa kỳ: đã đạt mục tiêu, hoặc đúng/vượt tiến độ (tỷ lệ hoàn thành — với chỉ tiêu cộng dồn — hoặc chặng "
     "đường đã đi từ năm gốc không thấp hơn tỷ lệ thời gian đã qua); chỉ tiêu tốc độ tăng bình quân: đạt khi tốc độ "
     "đến nay đạt mục tiêu.",
     "Atteint à la date de la revue\u00A0: cible atteinte, ou en avance ou dans les temps selon un calendrier linéaire "
     "(taux d’achèvement — pour un objectif cumulé — ou progression depuis l’année de référence au moins égaux à la "
     "part du temps écoulé)\u202F; objectif de croissance annuelle moyenne\u00A0: atteint lorsque la croissance obtenue "
     "jusqu’ici atteint le taux visé."},
    {word::review_definition_forecast,
     "{0}: the average annual growth (CAGR) from the baseline to the latest value, continued; exceed at ≥ 105% of the "
     "target, meet at ≥ 100%, below: needs extra effort.",
     "{0}: tiếp tục tốc độ tăng bình quân (CAGR) từ năm gốc đến số liệu mới nhất; vượt kế hoạch khi đạt ≥ 105% mục "
     "tiêu, hoàn thành ≥ 100%, thấp hơn: phải nỗ lực.",
     "{0}\u00A0: la croissance annuelle moyenne (TCAM) de l’année de référence à la dernière valeur, prolongée\u202F; "
     "dépassement à ≥\u00A0105\u202F% de la cible, atteinte à ≥\u00A0100\u202F%, en deçà\u00A0: effort supplémentaire "
     "nécessaire."},
    {word::review_definition_status, "Estimated and provisional values are labelled next to each figure.",
     "Số liệu ước đạt, sơ bộ được ghi rõ bên cạnh từng con số.",
     "Les valeurs estimées et provisoires sont signalées à côté de chaque chiffre."},

    // The summary. {0} met, {1} targets, {2} achieved, {3} of them exceeded, {4} on or ahead of
    // schedule, {5} not met, {6} not assessable.
    {word::review_summary_met,
     "At the review date: {0}/{1} targets met or exceeded ({2} already achieved, {3} of them exceeded; {4} on or ahead "
     "of schedule); {5} not met",
     "Giữa kỳ: {0}/{1} chỉ tiêu đạt và vượt kế hoạch ({2} đã đạt mục tiêu, trong đó {3} vượt; {4} đúng hoặc vượt tiến "
     "độ); {5} chưa đạt",
     "À la date de la revue\u00A0: {0}/{1} objectifs atteints ou dépassés ({2} déjà atteints, dont {3} dépassés\u202F; "
     "{4} en avance ou dans les temps)\u202F; {5} non atteints"},
    {word::review_summary_met_no_value,
     "At the review date: {0}/{1} targets met or exceeded ({2} already achieved, {3} of them exceeded; {4} on or ahead "
     "of schedule); {5} not met; {6} not assessable",
     "Giữa kỳ: {0}/{1} chỉ tiêu đạt và vượt kế hoạch ({2} đã đạt mục tiêu, trong đó {3} vượt; {4} đúng hoặc vượt tiến "
     "độ); {5} chưa đạt; {6} không đánh giá được",
     "À la date de la revue\u00A0: {0}/{1} objectifs atteints ou dépassés ({2} déjà atteints, dont {3} dépassés\u202F; "
     "{4} en avance ou dans les temps)\u202F; {5} non atteints\u202F; {6} non évaluables"},
    // {0} the method's name, {1} "17 on track, 3 acceleration needed"
    {word::review_summary_progress, "Progress ({0}): {1}", "Đánh giá tiến độ ({0}): {1}",
     "Évaluation des progrès ({0})\u00A0: {1}"},

    // The sentences under a target's figures. {0} the sentence of explain().
    {word::review_progress_explained, "progress: {0}", "đánh giá tiến độ: {0}", "évaluation des progrès\u00A0: {0}"},
    {word::review_growth_explained, "growth: {0}", "tăng trưởng: {0}", "croissance\u00A0: {0}"},
    // {0} the years, {1} latest value, {2} first value, {3} years between, {4} the rate
    {word::review_growth_cagr_explained, "average annual growth (CAGR) {0}: ({1} / {2})^(1/{3}) − 1 = {4} a year",
     "tốc độ tăng bình quân (CAGR) {0}: ({1} / {2})^(1/{3}) − 1 = {4}/năm",
     "croissance annuelle moyenne (TCAM) {0}\u00A0: ({1} / {2})^(1/{3}) − 1 = {4} par an"},
    {word::review_growth_flows_explained,
     "average annual growth of the yearly values (CAGR) {0}: ({1} / {2})^(1/{3}) − 1 = {4} a year",
     "tốc độ tăng bình quân của giá trị từng năm (CAGR) {0}: ({1} / {2})^(1/{3}) − 1 = {4}/năm",
     "croissance annuelle moyenne des valeurs annuelles (TCAM) {0}\u00A0: ({1} / {2})^(1/{3}) − 1 = {4} par an"},
    // {0} latest value, {1} baseline value, {2} the change in points, {3} the years
    {word::review_growth_points_explained, "change on the baseline, in percentage points: {0} − {1} = {2} pp ({3})",
     "thay đổi so với năm gốc, tính bằng điểm phần trăm: {0} − {1} = {2} điểm % ({3})",
     "variation depuis l’année de référence, en points de pourcentage\u00A0: {0} − {1} = {2} pts ({3})"},
};

}  // namespace

std::span<const row> review_rows() noexcept { return rows; }

}  // namespace attain::detail::words
