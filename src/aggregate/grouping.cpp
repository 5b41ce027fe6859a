// Grouping plans (attain/aggregate/grouping.hpp): the keys of a query, its filters, the
// dimensions it splits or sums, and the frequencies a key may mix.
#include "attain/aggregate/grouping.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attain/detail/civil.hpp"

namespace attain {

grouping::grouping(const observation_table& t) : table_(&t) {
  indicator_map_.assign(t.indicator_count(), 0);
  unit_map_.assign(t.unit_count(), 0);
  period_map_.assign(t.period_count(), 0);
  indicator_keys_ = {npos};
  unit_keys_ = {npos};
  period_span all{0, 0};
  if (t.period_count() != 0) {
    all = {std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::int32_t>::min()};
    for (const period_span& p : t.periods()) {
      all.first_day = std::min(all.first_day, p.first_day);
      all.last_day = std::max(all.last_day, p.last_day);
    }
  }
  period_keys_ = {all};
  rebuild_indicator_scales();
  dims_.resize(t.dimension_count());
  for (std::uint32_t d = 0; d < dims_.size(); ++d) rebuild_dimension(d);
}

// ---------------------------------------------------------------------------------------
// Dimensions of a query
// ---------------------------------------------------------------------------------------

std::uint32_t grouping::dimension_index(std::string_view name) const {
  const std::uint32_t d = table_->find_dimension(name);
  if (d == npos || d >= dims_.size()) detail::raise_domain(errc::invalid_argument, "unknown dimension " + detail::quote_excerpt(name));
  return d;
}

void grouping::rebuild_dimension(std::uint32_t d) {
  dimension_query& q = dims_[d];
  const std::size_t m = table_->member_count(d);
  const auto chosen = [&q](std::size_t x) { return q.selected.empty() || (x < q.selected.size() && q.selected[x]); };
  q.map.assign(m, npos);
  q.keys.clear();
  switch (q.how) {
    case dimension_mode::total:
      if (q.selected.empty()) q.map[observation_table::total_member] = 0;
      else
        for (std::size_t x = 0; x < m; ++x)
          if (chosen(x)) q.map[x] = 0;
      break;
    case dimension_mode::over:
      for (std::size_t x = 1; x < m; ++x)
        if (chosen(x)) q.map[x] = 0;
      break;
    case dimension_mode::split:
      for (std::size_t x = 0; x < m; ++x) {
        if (!chosen(x)) continue;
        q.map[x] = static_cast<std::uint32_t>(q.keys.size());
        q.keys.push_back(static_cast<std::uint32_t>(x));
      }
      break;
  }
  slices_ = 1;
  for (std::uint32_t e = 0; e < dims_.size(); ++e) slices_ *= dimension_keys(e);
}

grouping& grouping::by_dimension(std::string_view name) {
  const std::uint32_t d = dimension_index(name);
  dims_[d].how = dimension_mode::split;
  rebuild_dimension(d);
  return *this;
}

grouping& grouping::over_dimension(std::string_view name) {
  const std::uint32_t d = dimension_index(name);
  dims_[d].how = dimension_mode::over;
  rebuild_dimension(d);
  return *this;
}

grouping& grouping::select_members(std::string_view name, std::span<const std::string_view> codes) {
  const std::uint32_t d = dimension_index(name);
  std::vector<bool> keep(table_->member_count(d), false);
  bool any = false;
  for (const std::string_view c : codes) {
    const std::uint32_t m = table_->find_member(d, c);
    if (m == npos) continue;
    keep[m] = true;
    any = true;
  }
  if (!any)
    detail::raise_domain(errc::invalid_argument, "dimension " + detail::quote_excerpt(name) + " has no member " +
                                                     detail::quote_excerpt(codes.empty() ? std::string_view() : codes[0]));
  dims_[d].selected = std::move(keep);
  rebuild_dimension(d);
  return *this;
}

grouping& grouping::members(std::string_view name, std::initializer_list<std::string_view> codes) {
  return select_members(name, std::span<const std::string_view>(codes.begin(), codes.size()));
}

grouping& grouping::members(std::string_view name, std::span<const std::string> codes) {
  const std::vector<std::string_view> views(codes.begin(), codes.end());
  return select_members(name, views);
}

void grouping::rebuild_indicator_scales() {
  key_scale_.assign(indicator_keys_.size(), 0);
  for (std::uint32_t i = 0; i < indicator_map_.size(); ++i) {
    const std::uint32_t k = indicator_map_[i];
    if (k == npos) continue;
    key_scale_[k] = std::max(key_scale_[k], table_->indicator(i).scale);
  }
}

grouping& grouping::by_indicator() {
  indicator_split_ = true;
  indicator_keys_.clear();
  for (std::uint32_t i = 0; i < indicator_map_.size(); ++i) {
    if (indicator_map_[i] == npos) continue;
    indicator_map_[i] = static_cast<std::uint32_t>(indicator_keys_.size());
    indicator_keys_.push_back(i);
  }
  rebuild_indicator_scales();
  return *this;
}

grouping& grouping::indicators(std::initializer_list<std::string_view> codes) {
  std::vector<bool> keep(indicator_map_.size(), false);
  for (const std::string_view c : codes) {
    const std::uint32_t i = table_->find_indicator(c);
    if (i == npos) detail::raise_domain(errc::invalid_argument, "unknown indicator \"" + std::string(c) + "\"");
    keep[i] = true;
  }
  for (std::uint32_t i = 0; i < indicator_map_.size(); ++i)
    if (!keep[i]) indicator_map_[i] = npos;
  indicator_filtered_ = true;
  if (indicator_split_) by_indicator();
  else rebuild_indicator_scales();
  return *this;
}

grouping& grouping::by_unit() {
  unit_keys_.clear();
  for (std::uint32_t u = 0; u < unit_map_.size(); ++u) {
    if (unit_map_[u] == npos) continue;
    unit_map_[u] = static_cast<std::uint32_t>(unit_keys_.size());
    unit_keys_.push_back(u);
  }
  return *this;
}

grouping& grouping::by_level(const unit_hierarchy& h, int level) {
  if (!h.sealed()) detail::raise_domain(errc::invalid_argument, "grouping by level of an unsealed hierarchy");
  if (level < 0 || level >= h.levels())
    detail::raise_domain(errc::invalid_argument, "level " + std::to_string(level) + " is not a level of the hierarchy");
  if (table_->hierarchy() != &h) detail::raise_domain(errc::invalid_argument, "the table is not over this hierarchy");
  const auto at = h.units_at(level);
  std::vector<std::uint32_t> key_of(h.size(), npos);
  unit_keys_.assign(at.begin(), at.end());
  for (std::uint32_t k = 0; k < at.size(); ++k) key_of[at[k]] = k;
  for (std::uint32_t u = 0; u < unit_map_.size(); ++u) {
    if (unit_map_[u] == npos) continue;
    const std::uint32_t a = h.ancestor_at(u, level);
    unit_map_[u] = a == npos ? npos : key_of[a];
  }
  unit_filtered_ = true;
  return *this;
}

grouping& grouping::within(const unit_hierarchy& h, std::string_view root) {
  if (table_->hierarchy() != &h) detail::raise_domain(errc::invalid_argument, "the table is not over this hierarchy");
  const std::uint32_t r = h.id(root);
  for (std::uint32_t u = 0; u < unit_map_.size(); ++u)
    if (!h.contains(r, u)) unit_map_[u] = npos;
  unit_filtered_ = true;
  return *this;
}

grouping& grouping::in_group(const unit_hierarchy& h, std::string_view group) {
  if (table_->hierarchy() != &h) detail::raise_domain(errc::invalid_argument, "the table is not over this hierarchy");
  const auto members = h.group(h.group_id(group));
  std::vector<bool> keep(unit_map_.size(), false);
  for (const std::uint32_t u : members) keep[u] = true;
  for (std::uint32_t u = 0; u < unit_map_.size(); ++u)
    if (!keep[u]) unit_map_[u] = npos;
  unit_filtered_ = true;
  return *this;
}

grouping& grouping::by_period() {
  std::vector<std::uint32_t> ids;
  for (std::uint32_t p = 0; p < period_map_.size(); ++p)
    if (period_map_[p] != npos) ids.push_back(p);
  std::sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
    const period_span x = table_->period(a), y = table_->period(b);
    return x.first_day != y.first_day ? x.first_day < y.first_day : x.last_day < y.last_day;
  });
  period_keys_.clear();
  for (const std::uint32_t p : ids) {
    period_map_[p] = static_cast<std::uint32_t>(period_keys_.size());
    period_keys_.push_back(table_->period(p));
  }
  period_filtered_ = true;
  return *this;
}

namespace {
// The ordinal of the calendar period of kind u containing day z, and its span.
// Calendar (January-start) kinds only: day and the month-based kinds.
int months_of(period_kind k) {
  switch (k) {
    case period_kind::day: return 0;
    case period_kind::month: return 1;
    case period_kind::bimonth: return 2;
    case period_kind::quarter: return 3;
    case period_kind::trimester: return 4;
    case period_kind::half_year: return 6;
    case period_kind::year: return 12;
    default: break;
  }
  detail::raise_domain(errc::invalid_argument, "grouping by " + std::string(to_string(k)) +
                                                   ": use by_periods with the target spans");
}
std::int64_t calendar_ordinal(std::int32_t z, period_kind k) {
  const int months = months_of(k);
  if (months == 0) return z;
  const detail::civil_date c = detail::civil_from_days(z);
  const std::int64_t m = static_cast<std::int64_t>(c.year) * 12 + c.month - 1;
  return m / months;
}
period_span calendar_span(std::int64_t ord, period_kind k) {
  const int months = months_of(k);
  if (months == 0) return {static_cast<std::int32_t>(ord), static_cast<std::int32_t>(ord)};
  const std::int64_t m0 = ord * months;
  const auto y0 = static_cast<int>(m0 / 12), mo0 = static_cast<int>(m0 % 12) + 1;
  const std::int64_t m1 = m0 + months - 1;
  const auto y1 = static_cast<int>(m1 / 12), mo1 = static_cast<int>(m1 % 12) + 1;
  return {detail::days_from_civil(y0, mo0, 1), detail::days_from_civil(y1, mo1, detail::days_in_month(y1, mo1))};
}
std::string day_text(std::int32_t z) {
  const detail::civil_date c = detail::civil_from_days(z);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}
}  // namespace

grouping& grouping::by_period(period_kind u) {
  // Only periods of the indicators selected so far make keys (and can straddle): a pooled
  // 2006–2008 of another indicator neither fails a yearly query nor adds an empty key.
  std::vector<bool> selected(period_map_.size(), !indicator_filtered_ || !table_->sealed());
  if (indicator_filtered_ && table_->sealed())
    for (const std::uint64_t ip : table_->indicator_periods())
      if (indicator_map_[static_cast<std::size_t>(ip >> 32)] != npos) selected[static_cast<std::uint32_t>(ip)] = true;
  std::map<std::int64_t, std::uint32_t> keys;
  std::vector<std::int64_t> ord(period_map_.size(), 0);
  for (std::uint32_t p = 0; p < period_map_.size(); ++p) {
    if (period_map_[p] == npos) continue;
    if (!selected[p]) {
      period_map_[p] = npos;
      continue;
    }
    const period_span s = table_->period(p);
    const std::int64_t a = calendar_ordinal(s.first_day, u), b = calendar_ordinal(s.last_day, u);
    if (a != b)
      detail::raise_domain(errc::invalid_argument, "period " + day_text(s.first_day) + "..." + day_text(s.last_day) +
                                                       " does not lie within one calendar period of the grouping");
    ord[p] = a;
    keys.emplace(a, 0);
  }
  period_keys_.clear();
  for (auto& [o, k] : keys) {
    k = static_cast<std::uint32_t>(period_keys_.size());
    period_keys_.push_back(calendar_span(o, u));
  }
  for (std::uint32_t p = 0; p < period_map_.size(); ++p)
    if (period_map_[p] != npos) period_map_[p] = keys[ord[p]];
  period_filtered_ = true;
  return *this;
}

grouping& grouping::by_periods(std::span<const period_span> targets) {
  period_keys_.assign(targets.begin(), targets.end());
  for (std::uint32_t p = 0; p < period_map_.size(); ++p) {
    if (period_map_[p] == npos) continue;
    const period_span s = table_->period(p);
    std::uint32_t key = npos;
    for (std::uint32_t k = 0; k < targets.size(); ++k) {
      if (targets[k].first_day <= s.first_day && s.last_day <= targets[k].last_day) {
        key = k;
        break;
      }
    }
    period_map_[p] = key;
  }
  period_filtered_ = true;
  return *this;
}

grouping& grouping::periods_within(period_span range) {
  for (std::uint32_t p = 0; p < period_map_.size(); ++p) {
    const period_span s = table_->period(p);
    if (s.first_day < range.first_day || s.last_day > range.last_day) period_map_[p] = npos;
  }
  if (period_keys_.size() == 1 && !period_filtered_) period_keys_[0] = range;
  period_filtered_ = true;
  return *this;
}

grouping& grouping::statuses(std::initializer_list<value_status> keep) {
  status_mask_ = 0;
  for (const value_status s : keep) status_mask_ = static_cast<std::uint8_t>(status_mask_ | (1u << static_cast<unsigned>(s)));
  return *this;
}

namespace {
// A period's frequency, from its days (FREQUENCIES in attain/aggregate/grouping.hpp).
enum class frequency : std::uint8_t { day, week, month, quarter, half_year, year, range };
std::string_view frequency_name(frequency f) {
  switch (f) {
    case frequency::day: return "day";
    case frequency::week: return "week";
    case frequency::month: return "month";
    case frequency::quarter: return "quarter";
    case frequency::half_year: return "half-year";
    case frequency::year: return "year";
    case frequency::range: return "range";
  }
  return "range";
}
frequency frequency_of(period_span p) {
  if (p.first_day == p.last_day) return frequency::day;
  if (p.days() == 7 && detail::iso_weekday(p.first_day) == 1) return frequency::week;
  const detail::civil_date a = detail::civil_from_days(p.first_day), b = detail::civil_from_days(p.last_day);
  if (a.day != 1 || b.day != detail::days_in_month(b.year, b.month)) return frequency::range;
  const int months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months == 1) return frequency::month;
  if (months == 3 && (a.month - 1) % 3 == 0) return frequency::quarter;
  if (months == 6 && (a.month - 1) % 6 == 0) return frequency::half_year;
  if (months == 12 && a.month == 1) return frequency::year;
  return frequency::range;
}
}  // namespace

void grouping::check_frequencies() const {
  const std::size_t np = period_keys_.size();
  // Frequencies of the selected periods; nothing to check when there is one.
  std::vector<frequency> freq(period_map_.size(), frequency::range);
  bool one = true;
  std::uint32_t seen = npos;
  for (std::uint32_t q = 0; q < period_map_.size() && q < table_->period_count(); ++q) {
    if (period_map_[q] == npos) continue;
    freq[q] = frequency_of(table_->period(q));
    if (seen == npos) seen = q;
    else one = one && freq[q] == freq[seen];
  }
  if (one) return;
  // The (indicator, period) pairs present in the rows (from seal(); else from the columns).
  std::vector<std::uint64_t> scanned;
  std::span<const std::uint64_t> pairs = table_->indicator_periods();
  if (!table_->sealed()) {
    const auto ic = table_->indicator_column();
    const auto pc = table_->period_column();
    scanned.reserve(ic.size());
    for (std::size_t r = 0; r < ic.size(); ++r) scanned.push_back((static_cast<std::uint64_t>(ic[r]) << 32) | pc[r]);
    std::sort(scanned.begin(), scanned.end());
    scanned.erase(std::unique(scanned.begin(), scanned.end()), scanned.end());
    pairs = scanned;
  }
  std::vector<std::uint32_t> first(indicator_keys_.size() * np, npos);  // (indicator key, period key) → a period
  for (const std::uint64_t pr : pairs) {
    const auto i = static_cast<std::uint32_t>(pr >> 32), q = static_cast<std::uint32_t>(pr);
    if (i >= indicator_map_.size() || q >= period_map_.size()) continue;
    const std::uint32_t ik = indicator_map_[i], pk = period_map_[q];
    if (ik == npos || pk == npos) continue;
    std::uint32_t& f = first[ik * np + pk];
    if (f == npos) {
      f = q;
      continue;
    }
    if (freq[f] == freq[q]) continue;
    const period_span a = table_->period(f), b = table_->period(q);
    detail::raise_domain(errc::invalid_argument, "a group mixes frequencies: " + day_text(a.first_day) + "..." +
                                                     day_text(a.last_day) + " (" + std::string(frequency_name(freq[f])) +
                                                     ") and " + day_text(b.first_day) + "..." + day_text(b.last_day) +
                                                     " (" + std::string(frequency_name(freq[q])) +
                                                     "); convert by name with grouping::convert_frequencies()");
  }
}

grouping::plan grouping::make_plan() const {
  plan p;
  const std::size_t ni = indicator_keys_.size(), nu = unit_keys_.size(), np = period_keys_.size();
  const std::size_t ns = slices_;
  // Group ids are 32-bit offsets below `skip`. Checked factor by factor: the product of
  // four key counts could wrap a 64-bit size_t.
  if (nu >= skip || np >= skip || ni >= skip || ns >= skip || nu * np >= skip || ns * (nu * np) >= skip ||
      ni * (ns * nu * np) >= skip)
    detail::raise_domain(errc::invalid_argument, "more than 2^30 groups");
  if (!convert_frequencies_) check_frequencies();
  p.indicator_offset.resize(indicator_map_.size());
  p.factor.assign(indicator_map_.size(), 1);
  p.wide.assign(indicator_map_.size(), 0);
  for (std::uint32_t i = 0; i < indicator_map_.size(); ++i) p.wide[i] = table_->indicator(i).wide ? 1 : 0;
  bool general = status_mask_ != 0x3F || table_->flagged_rows() != 0;
  for (std::uint32_t i = 0; i < indicator_map_.size(); ++i) {
    const std::uint32_t k = indicator_map_[i];
    p.indicator_offset[i] = k == npos ? skip : static_cast<std::uint32_t>(k * nu * ns * np);
    if (k == npos) continue;
    const int d = key_scale_[k] - table_->indicator(i).scale;
    p.factor[i] = static_cast<std::int64_t>(detail::pow10_u64[d]);
    general = general || d != 0 || table_->indicator(i).wide;
  }
  p.unit_offset.resize(unit_map_.size());
  for (std::uint32_t u = 0; u < unit_map_.size(); ++u)
    p.unit_offset[u] = unit_map_[u] == npos ? skip : static_cast<std::uint32_t>(unit_map_[u] * ns * np);
  p.period_offset.resize(period_map_.size());
  for (std::uint32_t q = 0; q < period_map_.size(); ++q) p.period_offset[q] = period_map_[q] == npos ? skip : period_map_[q];
  // Dimensions: key · (keys of the later dimensions) · periods. Members interned after the
  // grouping was made are left out.
  std::size_t stride = np;
  std::vector<std::vector<std::uint32_t>> offsets(dims_.size());
  for (std::size_t d = dims_.size(); d-- > 0;) {
    const dimension_query& q = dims_[d];
    std::vector<std::uint32_t>& o = offsets[d];
    o.assign(table_->member_count(static_cast<std::uint32_t>(d)), skip);
    for (std::size_t m = 0; m < q.map.size() && m < o.size(); ++m)
      if (q.map[m] != npos) o[m] = static_cast<std::uint32_t>(q.map[m] * stride);
    stride *= dimension_keys(static_cast<std::uint32_t>(d));
  }
  for (std::uint32_t d = 0; d < dims_.size(); ++d) {
    // Every row at the total, which the query counts at offset 0: nothing to read.
    if (table_->non_total_rows(d) == 0 && offsets[d][observation_table::total_member] == 0) continue;
    p.used_dimensions.push_back(d);
    p.dimension_offset.push_back(std::move(offsets[d]));
  }
  p.status_mask = status_mask_;
  p.use_indicator = indicator_split_ || indicator_filtered_;
  p.use_period = period_filtered_;
  p.general = general;
  return p;
}

}  // namespace attain
