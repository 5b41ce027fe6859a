// The catalogue's ranking and roll-up entries (attain/words.hpp): en, vi, fr.
//
// A change of rank has its singular and its plural as separate entries ("up 1 place", "up 5
// places"); Vietnamese has one form, written twice. French ranks are ordinals: "1er", "7e".
#include "catalogue.hpp"

namespace attain::detail::words {
namespace {

constexpr row rows[] = {
    {word::rank_up, "up {0} places", "tăng {0} hạng", "gagne {0} places"},
    {word::rank_up_one, "up 1 place", "tăng 1 hạng", "gagne 1 place"},
    {word::rank_down, "down {0} places", "giảm {0} hạng", "perd {0} places"},
    {word::rank_down_one, "down 1 place", "giảm 1 hạng", "perd 1 place"},
    {word::rank_unchanged, "unchanged", "giữ nguyên hạng", "rang inchangé"},
    // {0} the change, {1} the period compared with ("2021" / "năm 2021")
    {word::rank_change_since, "{0} on {1}", "{0} so với {1}", "{0} par rapport à {1}"},
    // {0} the rank, {1} the number of units ranked
    {word::rank_position, "ranked {0} of {1}", "đứng thứ {0}/{1}", "classé {0}e sur {1}"},
    {word::rank_position_first, "ranked 1 of {0}", "đứng thứ 1/{0}", "classé 1er sur {0}"},
    {word::rank_level, "level {0}", "cấp {0}", "niveau {0}"},

    // rank_method
    {word::rank_method_standard, "standard competition (1224)", "cạnh tranh chuẩn (1224)", "compétition standard (1224)"},
    {word::rank_method_modified, "modified competition (1334)", "cạnh tranh điều chỉnh (1334)", "compétition modifiée (1334)"},
    {word::rank_method_dense, "dense (1223)", "liên tiếp (1223)", "dense (1223)"},
    {word::rank_method_ordinal, "ordinal (1234)", "thứ tự (1234)", "ordinal (1234)"},
    {word::rank_method_fractional, "fractional (1 2.5 2.5 4)", "trung bình (1 2,5 2,5 4)", "fractionnaire (1 2,5 2,5 4)"},

    // roll-ups
    {word::rollup_own_value, "own value (no data below)", "giá trị riêng (cấp dưới không có số liệu)",
     "valeur propre (aucune donnée au niveau inférieur)"},
    // {0} unit · indicator · period, {1} own value, {2} roll-up, {3} difference, {4} tolerance
    {word::rollup_discrepancy, "{0}: own value {1} differs from the roll-up of its units below, {2}, by {3} (tolerance {4})",
     "{0}: giá trị riêng {1} khác tổng hợp từ các đơn vị cấp dưới, {2}, chênh lệch {3} (dung sai {4})",
     "{0}\u00A0: la valeur propre {1} diffère de l’agrégation de ses unités inférieures, {2}, de {3} (tolérance {4})"},
};

}  // namespace

std::span<const row> ranking_rows() noexcept { return rows; }

}  // namespace attain::detail::words
