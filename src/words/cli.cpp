// The catalogue's entries of the attain command (attain/words.hpp): en, vi, fr. The command
// holds no sentence of its own: what it prints for people comes from here, from the other
// areas of the catalogue, and from explain(). Its usage text and the messages about its
// command line stay in English, in the command.
#include "catalogue.hpp"

namespace attain::detail::words {
namespace {

constexpr row rows[] = {
    {word::cli_note, "note: {0}", "lưu ý: {0}", "remarque\u00A0: {0}"},
    // {0} method, {1} review date
    {word::cli_assess_header, "Progress assessment, method {0}, as of {1}", "Đánh giá tiến độ, phương pháp {0}, đến {1}",
     "Évaluation des progrès, méthode {0}, au {1}"},
    {word::cli_growth_cagr, "average annual growth (CAGR): {0}", "tốc độ tăng bình quân (CAGR): {0}",
     "taux de croissance annuel moyen (TCAM)\u00A0: {0}"},
    {word::cli_growth_year_on_year, "year on year: {0}", "từng năm: {0}", "en glissement annuel\u00A0: {0}"},
    // {0} the series, {1} how many observations
    {word::cli_growth_shorter_periods, "{0}: {1} observations of a shorter period (quarter, month…) left out: growth is yearly",
     "{0}: bỏ qua {1} số liệu của kỳ ngắn hơn năm (quý, tháng…): tốc độ tăng tính theo năm",
     "{0}\u00A0: {1} observations d’une période plus courte (trimestre, mois…) écartées\u00A0: la croissance est annuelle"},
    {word::cli_growth_shorter_periods_one, "{0}: 1 observation of a shorter period (quarter, month…) left out: growth is yearly",
     "{0}: bỏ qua 1 số liệu của kỳ ngắn hơn năm (quý, tháng…): tốc độ tăng tính theo năm",
     "{0}\u00A0: 1 observation d’une période plus courte (trimestre, mois…) écartée\u00A0: la croissance est annuelle"},
    {word::cli_growth_no_value, "{0}: no value in any year (every observation missing)",
     "{0}: không năm nào có số liệu (mọi số liệu đều thiếu)",
     "{0}\u00A0: aucune valeur pour aucune année (toutes les observations manquent)"},
    {word::cli_total_unit_not_ranked, "unit _T is the total of the units ranked, not ranked beside them",
     "đơn vị _T là tổng của các đơn vị được xếp hạng, không xếp hạng cùng các đơn vị đó",
     "l’unité _T est le total des unités classées et n’est pas classée avec elles"},
    // {0} dimension, {1} its member
    {word::cli_only_member_is_total, "dimension \"{0}\" has no total; its only member, \"{1}\", stands for it",
     "chiều \"{0}\" không có tổng; thành phần duy nhất của nó, \"{1}\", được dùng làm tổng",
     "la dimension «\u00A0{0}\u00A0» n’a pas de total\u202F; son seul membre, «\u00A0{1}\u00A0», en tient lieu"},
    // {0} file, {1} kind, {2} rows read, {3} accepted, {4} rejected, {5} cli_problems
    {word::cli_check_summary, "{0}: {1}, {2} rows, {3} accepted, {4} rejected, {5}",
     "{0}: {1}, {2} dòng, {3} dòng nhận, {4} dòng loại, {5}",
     "{0}\u00A0: {1}\u202F; lignes lues\u00A0: {2}, acceptées\u00A0: {3}, rejetées\u00A0: {4}\u202F; {5}"},
    {word::cli_problems, "{0} problems", "{0} lỗi", "problèmes\u00A0: {0}"},
    {word::cli_problem_one, "1 problem", "1 lỗi", "problème\u00A0: 1"},
};

}  // namespace

std::span<const row> cli_rows() noexcept { return rows; }

}  // namespace attain::detail::words
