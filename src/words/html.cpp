// The catalogue's html entries (attain/words.hpp): en, vi, fr. The HTML review's headings,
// labels and chart words; its figures and sentences come from the review's own words.
// French puts a no-break space (U+00A0) before ":" and after a number before "%".
#include "catalogue.hpp"

namespace attain::detail::words {
namespace {

constexpr row rows[] = {
    // Headings and the summary table's columns.
    {word::html_summary, "Summary", "Tổng hợp", "Synthèse"},
    {word::html_all_targets, "All targets", "Toàn bộ chỉ tiêu", "Tous les objectifs"},
    {word::html_target_by_target, "Target by target", "Từng chỉ tiêu", "Objectif par objectif"},
    {word::html_number, "#", "TT", "N°"},
    {word::html_indicator, "Indicator", "Chỉ tiêu", "Indicateur"},
    {word::html_value, "Value", "Thực hiện", "Valeur atteinte"},
    {word::html_target, "Target", "Mục tiêu", "Cible"},
    {word::html_completion, "Completion", "Hoàn thành", "Taux de réalisation"},
    {word::html_time_adjusted, "Time-adjusted", "So với tiến độ thời gian", "Rapporté au temps écoulé"},
    {word::html_time_adjusted_definition,
     "Time-adjusted: the completion (cumulative targets) or the progress from the baseline (other targets) divided "
     "by the share of the target's term elapsed; 1 or more: on or ahead of schedule.",
     "So với tiến độ thời gian: tỷ lệ hoàn thành (chỉ tiêu cộng dồn) hoặc chặng đường đã đi từ năm gốc (các chỉ tiêu "
     "khác) chia cho tỷ lệ thời gian đã qua của nhiệm kỳ của chỉ tiêu; từ 1 trở lên: đúng hoặc vượt tiến độ.",
     "Rapporté au temps écoulé\u00a0: le taux de réalisation (objectifs cumulés) ou la progression depuis l'année de "
     "référence (autres objectifs) divisé par la part écoulée de la période de l'objectif\u00a0; 1 ou plus\u00a0: dans "
     "les temps ou en avance."},
    {word::html_growth, "Growth", "Tăng trưởng", "Croissance"},
    {word::html_progress, "Progress", "Tiến độ", "Progression"},
    {word::html_mid_term, "Mid-term", "Giữa kỳ", "Mi-parcours"},
    {word::html_forecast, "Forecast", "Dự báo", "Prévision"},
    {word::html_forecast_in, "Forecast {0}", "Dự báo {0}", "Prévision {0}"},
    {word::html_forecast_for, "Forecast for {0}", "Dự báo năm {0}", "Prévision pour {0}"},
    {word::html_badge_mid_term, "Mid-term: {0}", "Giữa kỳ: {0}", "Mi-parcours\u00a0: {0}"},
    {word::html_badge_forecast, "Forecast {0}: {1}", "Dự báo {0}: {1}", "Prévision {0}\u00a0: {1}"},
    {word::html_label_value, "{0}: {1}", "{0}: {1}", "{0}\u00a0: {1}"},

    // The summary tiles (a count before each).
    {word::html_tile_met, "met or exceeded", "đạt và vượt", "atteints ou dépassés"},
    {word::html_tile_on_schedule, "of which on schedule", "trong đó đúng/vượt tiến độ", "dont dans les temps"},
    {word::html_tile_not_met, "not met", "chưa đạt", "non atteints"},
    {word::html_tile_forecast_met, "forecast to be met in {0}", "dự báo hoàn thành năm {0}",
     "atteints en {0} selon la prévision"},
    {word::html_tile_forecast_met_by_term, "forecast to be met by the end of their terms",
     "dự báo hoàn thành khi kết thúc nhiệm kỳ", "atteints en fin de période selon la prévision"},
    {word::html_tile_needs_effort, "need extra effort", "phải nỗ lực", "demandent un effort supplémentaire"},

    // The cover block.
    {word::html_issued_by, "Issued by: {0}", "Cơ quan ban hành: {0}", "Publié par\u00a0: {0}"},
    {word::html_review_date_is, "Review date: {0}", "Thời điểm đánh giá: {0}", "Date de la revue\u00a0: {0}"},
    {word::html_terms_differ,
     "{0} targets over different terms ({1}): each target's time elapsed and forecast year are those of its own term.",
     "{0} chỉ tiêu thuộc các nhiệm kỳ khác nhau ({1}): thời gian đã qua và năm dự báo của mỗi chỉ tiêu tính theo "
     "nhiệm kỳ của chính chỉ tiêu đó.",
     "{0} objectifs sur des périodes différentes ({1})\u00a0: le temps écoulé et l'année de prévision de chaque "
     "objectif sont ceux de sa propre période."},
    {word::html_sources, "Sources", "Nguồn số liệu", "Sources"},
    {word::html_notes, "Notes", "Ghi chú", "Notes"},

    // A target's card.
    {word::html_card_term, "{0} term, {1} elapsed", "nhiệm kỳ {0}, đã qua {1}", "période {0}, {1} écoulés"},
    {word::html_bar_progress, "Progress from the baseline", "Chặng đường từ năm gốc",
     "Progression depuis l'année de référence"},
    {word::html_bars_title, "Completion and progress on a scale of 0 to 150% of the target, with the time elapsed",
     "Hoàn thành và chặng đường trên thang 0–150% mục tiêu, so với thời gian đã qua",
     "Réalisation et progression sur une échelle de 0 à 150\u00a0% de la cible, avec le temps écoulé"},
    {word::html_time_elapsed, "time elapsed {0}", "thời gian đã qua {0}", "temps écoulé {0}"},
    {word::html_chart_title, "{0}: values and the target path", "{0}: số liệu và đường mục tiêu",
     "{0}\u00a0: valeurs et trajectoire cible"},
    {word::html_target_path, "target path", "đường mục tiêu", "trajectoire cible"},
    {word::html_target_label, "target {0}", "mục tiêu {0}", "cible {0}"},
    {word::html_target_band, "target band", "khoảng mục tiêu", "fourchette cible"},
    {word::html_no_value_in, "{0}: no value", "{0}: không có số liệu", "{0}\u00a0: pas de valeur"},

    // The end of the page.
    {word::html_definitions, "Definitions", "Định nghĩa", "Définitions"},
    {word::html_legend,
     "Charts: filled dot = actual value, hollow dot = estimate or provisional; a gap in the line = a year without a "
     "value; blue dashes = the target path. Bars: on a scale of 0 to 150% of the target, a bar left of 0% = moved "
     "away from the target; orange dashes = the share of the target's own term elapsed.",
     "Biểu đồ: chấm đặc = số liệu thực hiện, chấm rỗng = ước đạt/sơ bộ; đường bị ngắt = năm không có số liệu; nét "
     "đứt xanh = đường mục tiêu. Thanh: trên thang 0–150% mục tiêu, thanh nằm bên trái mốc 0% = đi ngược mục tiêu; "
     "vạch đứt cam = tỷ lệ thời gian đã qua của nhiệm kỳ của chính chỉ tiêu đó.",
     "Graphiques\u00a0: point plein = valeur constatée, point creux = estimation ou valeur provisoire\u00a0; une "
     "interruption de la ligne = une année sans valeur\u00a0; tirets bleus = la trajectoire cible. Barres\u00a0: sur "
     "une échelle de 0 à 150\u00a0% de la cible, une barre à gauche de 0\u00a0% = un éloignement de la cible\u00a0; "
     "tirets orange = la part écoulée de la période propre à l'objectif."},
    {word::html_footer, "attain: every figure computed with exact decimals",
     "attain: mọi con số được tính chính xác bằng số thập phân",
     "attain\u00a0: chaque chiffre est calculé en décimales exactes"},
    {word::html_page_of, "Page {0} of {1}", "Trang {0}/{1}", "Page {0} sur {1}"},
};

}  // namespace

std::span<const row> html_rows() noexcept { return rows; }

}  // namespace attain::detail::words
