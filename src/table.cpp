// observation_table: dictionaries, validation at the boundary, duplicate policies
// (attain/table.hpp).
#include "attain/table.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "attain/detail/civil.hpp"
#include "attain/hierarchy.hpp"

namespace attain {

namespace {

// A code in a message: quoted, control characters escaped, a long one cut (error.hpp).
std::string quoted(std::string_view s) { return detail::quote_excerpt(s); }

std::string day_text(std::int32_t z) {
  const detail::civil_date c = detail::civil_from_days(z);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::uint64_t pack_span(period_span p) noexcept {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.first_day)) << 32) |
         static_cast<std::uint32_t>(p.last_day);
}

std::uint64_t mix(std::uint64_t x) noexcept {
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 29;
  return x;
}

// v at `scale` as an integer coefficient, exactly; errc::inexact when digits would be lost.
errc coefficient_at(const decimal& v, int scale, int128& out) noexcept {
  const int k = scale - v.scale();
  if (k >= 0) return detail::mul_pow10(v.coefficient(), k, out) ? errc::ok : errc::overflow;
  if (-k > 38) return v.coefficient() == 0 ? (out = 0, errc::ok) : errc::inexact;
  const auto p = static_cast<int128>(detail::pow10.value[-k]);
  if (v.coefficient() % p != 0) return errc::inexact;
  out = v.coefficient() / p;
  return errc::ok;
}

}  // namespace

observation_table::observation_table(const unit_hierarchy& units, duplicate_policy policy)
    : policy_(policy), hierarchy_(&units) {}

std::uint32_t observation_table::add_indicator(std::string_view code, int scale) {
  if (scale < 0 || scale > 18)
    detail::raise_domain(errc::scale_out_of_range, "indicator " + quoted(code) + ": scale " + std::to_string(scale) +
                                                       " is outside 0…18");
  const std::uint32_t found = indicators_.find(code);
  if (found != dictionary::npos) {
    if (info_[found].scale != scale)
      detail::raise_domain(errc::invalid_argument, "indicator " + quoted(code) + " declared with scale " +
                                                       std::to_string(info_[found].scale) + " and " +
                                                       std::to_string(scale));
    return found;
  }
  const std::uint32_t id = indicators_.intern(code);
  info_.push_back({scale, false});
  return id;
}

std::uint32_t observation_table::unit_id(std::string_view code) {
  if (hierarchy_ != nullptr) {
    const std::uint32_t u = hierarchy_->find(code);
    if (u == dictionary::npos) detail::raise_domain(errc::unknown_unit, "unknown unit " + quoted(code));
    return u;
  }
  return units_.intern(code);
}

std::uint32_t observation_table::find_unit(std::string_view code) const noexcept {
  return hierarchy_ != nullptr ? hierarchy_->find(code) : units_.find(code);
}
std::string_view observation_table::unit_code(std::uint32_t id) const noexcept {
  return hierarchy_ != nullptr ? hierarchy_->code(id) : units_[id];
}
std::size_t observation_table::unit_count() const noexcept {
  return hierarchy_ != nullptr ? hierarchy_->size() : units_.size();
}

std::uint32_t observation_table::period_id(period_span p) {
  if (p.last_day < p.first_day)
    detail::raise_domain(errc::bad_range, "period " + day_text(p.first_day) + "..." + day_text(p.last_day) +
                                              " ends before it starts");
  if ((periods_.size() + 1) * 2 > period_slots_.size()) {
    const std::size_t cap = period_slots_.empty() ? 64 : period_slots_.size() * 2;
    period_slots_.assign(cap, 0);
    period_slot_ids_.assign(cap, 0);
    for (std::uint32_t id = 0; id < periods_.size(); ++id) {
      const std::uint64_t key = pack_span(periods_[id]);
      std::size_t i = mix(key) & (cap - 1);
      while (period_slot_ids_[i] != 0) i = (i + 1) & (cap - 1);
      period_slots_[i] = key;
      period_slot_ids_[i] = id + 1;
    }
  }
  const std::uint64_t key = pack_span(p);
  const std::size_t mask = period_slots_.size() - 1;
  for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (period_slot_ids_[i] == 0) {
      // Ids are 32-bit and stored as id + 1: at most 2^32 − 1 distinct periods.
      if (ATTAIN_UNLIKELY(periods_.size() >= dictionary::npos))
        detail::raise_overflow("observation_table: more than 4294967295 distinct periods");
      const auto id = static_cast<std::uint32_t>(periods_.size());
      periods_.push_back(p);
      period_slots_[i] = key;
      period_slot_ids_[i] = id + 1;
      return id;
    }
    if (period_slots_[i] == key) return period_slot_ids_[i] - 1;
  }
}

std::uint32_t observation_table::add_dimension(std::string_view name) {
  if (name.empty()) detail::raise_domain(errc::invalid_argument, "a dimension needs a name");
  const std::uint32_t found = dimension_names_.find(name);
  if (found != dictionary::npos) return found;
  const std::uint32_t d = dimension_names_.intern(name);
  dimension dim;
  dim.members.intern(total_code);
  dim.column.reserve(value_.capacity());
  dim.column.assign(value_.size(), total_member);
  dimensions_.push_back(std::move(dim));
  return d;
}

std::uint32_t observation_table::member_id(std::uint32_t d, std::string_view code) {
  ATTAIN_EXPECTS(d < dimensions_.size());
  return code.empty() ? total_member : dimensions_[d].members.intern(code);
}

void observation_table::push_members(const std::uint32_t* members) {
  for (std::size_t d = 0; d < dimensions_.size(); ++d) {
    const std::uint32_t m = members != nullptr ? members[d] : total_member;
    dimensions_[d].column.push_back(m);
    dimensions_[d].non_total += m != total_member;
  }
}

void observation_table::check_members(std::span<const std::uint32_t> members) const {
  if (members.size() != dimensions_.size())
    detail::raise_domain(errc::invalid_argument, "a row needs one member of each of the " +
                                                     std::to_string(dimensions_.size()) + " dimensions, not " +
                                                     std::to_string(members.size()));
  for (std::size_t d = 0; d < members.size(); ++d) ATTAIN_EXPECTS(members[d] < dimensions_[d].members.size());
}

errc observation_table::resolve_members(std::span<const dimension_member> members, std::vector<std::uint32_t>& ids,
                                        std::string* message) {
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].dimension.empty()) {
      if (message) *message = "a dimension needs a name";
      return errc::invalid_argument;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (members[j].dimension == members[i].dimension) {
        if (message) *message = "dimension " + quoted(members[i].dimension) + " named twice in one row";
        return errc::invalid_argument;
      }
    }
  }
  for (const dimension_member& m : members) add_dimension(m.dimension);
  ids.assign(dimensions_.size(), total_member);
  for (const dimension_member& m : members) {
    const std::uint32_t d = dimension_names_.find(m.dimension);
    ids[d] = member_id(d, m.code);
  }
  return errc::ok;
}

errc observation_table::append_checked(std::string_view indicator, std::string_view unit, period_span p,
                                       const decimal& value, value_status status,
                                       std::span<const dimension_member> members, std::string* message) {
  const std::uint32_t ind = indicators_.find(indicator);
  if (ind == dictionary::npos) {
    if (message) *message = "undeclared indicator " + quoted(indicator);
    return errc::invalid_argument;
  }
  std::uint32_t u;
  if (hierarchy_ != nullptr) {
    u = hierarchy_->find(unit);
    if (u == dictionary::npos) {
      if (message) *message = "unknown unit " + quoted(unit);
      return errc::unknown_unit;
    }
  } else {
    u = units_.intern(unit);
  }
  if (p.last_day < p.first_day) {
    if (message) *message = "period ends before it starts";
    return errc::bad_range;
  }
  int128 c = 0;
  const errc e = coefficient_at(value, info_[ind].scale, c);
  if (e != errc::ok) {
    if (message) {
      *message = "value " + to_string(value) + " of indicator " + quoted(indicator) +
                 (e == errc::inexact ? " has more decimals than its scale " + std::to_string(info_[ind].scale)
                                     : " does not fit at scale " + std::to_string(info_[ind].scale));
    }
    return e;
  }
  if (members.empty()) {
    append_wide(ind, u, period_id(p), c, status);
    return errc::ok;
  }
  std::vector<std::uint32_t> ids;
  const errc m = resolve_members(members, ids, message);
  if (m != errc::ok) return m;
  append_wide(ind, u, period_id(p), c, status, ids);
  return errc::ok;
}

void observation_table::append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
                               value_status status) {
  append(indicator, unit, p, value, status, {});
}

void observation_table::append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
                               value_status status, std::span<const dimension_member> members) {
  std::string message;
  const errc e = append_checked(indicator, unit, p, value, status, members, &message);
  if (e == errc::overflow) detail::raise_overflow(message.c_str());
  if (e != errc::ok) detail::raise_domain(e, message);
}

errc observation_table::try_append(std::string_view indicator, std::string_view unit, period_span p,
                                   const decimal& value, value_status status) noexcept {
  return try_append(indicator, unit, p, value, status, {});
}

errc observation_table::try_append(std::string_view indicator, std::string_view unit, period_span p,
                                   const decimal& value, value_status status,
                                   std::span<const dimension_member> members) noexcept {
  try {
    return append_checked(indicator, unit, p, value, status, members, nullptr);
  } catch (const overflow_error&) {  // a dictionary full, or allocation failure
    return errc::overflow;
  } catch (const domain_error& e) {
    return e.code();
  } catch (...) {
    return errc::overflow;
  }
}

void observation_table::check_ids(std::uint32_t ind, std::uint32_t unit, std::uint32_t per) const {
  ATTAIN_EXPECTS(ind < info_.size());
  ATTAIN_EXPECTS(unit < unit_count());
  ATTAIN_EXPECTS(per < periods_.size());
  static_cast<void>(ind);
  static_cast<void>(unit);
  static_cast<void>(per);
}

void observation_table::append(const coded_observation& o) {
  check_ids(o.indicator, o.unit, o.period);
  if (ATTAIN_UNLIKELY(info_[o.indicator].wide)) {
    append_wide(o.indicator, o.unit, o.period, o.coefficient, o.status);
    return;
  }
  push_row(o.indicator, o.unit, o.period, o.coefficient, o.status);
}

void observation_table::append(const coded_observation& o, std::span<const std::uint32_t> members) {
  check_ids(o.indicator, o.unit, o.period);
  check_members(members);
  if (ATTAIN_UNLIKELY(info_[o.indicator].wide)) {
    append_wide(o.indicator, o.unit, o.period, o.coefficient, o.status, members);
    return;
  }
  push_row(o.indicator, o.unit, o.period, o.coefficient, o.status, members.data());
}

void observation_table::append(std::span<const coded_observation> rows) {
  reserve(size() + rows.size());
  for (const coded_observation& o : rows) append(o);
}

void observation_table::append_wide(std::uint32_t ind, std::uint32_t unit, std::uint32_t per, int128 c,
                                    value_status status) {
  check_ids(ind, unit, per);
  if (!info_[ind].wide && detail::fits_int64(c)) {
    push_row(ind, unit, per, static_cast<std::int64_t>(c), status);
    return;
  }
  if (!info_[ind].wide) widen(ind);
  wide_.push_back(c);
  push_row(ind, unit, per, static_cast<std::int64_t>(wide_.size() - 1), status);
}

void observation_table::append_wide(std::uint32_t ind, std::uint32_t unit, std::uint32_t per, int128 c,
                                    value_status status, std::span<const std::uint32_t> members) {
  check_ids(ind, unit, per);
  check_members(members);
  if (!info_[ind].wide && detail::fits_int64(c)) {
    push_row(ind, unit, per, static_cast<std::int64_t>(c), status, members.data());
    return;
  }
  if (!info_[ind].wide) widen(ind);
  wide_.push_back(c);
  push_row(ind, unit, per, static_cast<std::int64_t>(wide_.size() - 1), status, members.data());
}

void observation_table::widen(std::uint32_t ind) {
  for (std::size_t r = 0; r < value_.size(); ++r) {
    if (indicator_[r] != ind) continue;
    wide_.push_back(value_[r]);
    value_[r] = static_cast<std::int64_t>(wide_.size() - 1);
  }
  info_[ind].wide = true;
}

void observation_table::reserve(std::size_t rows) {
  indicator_.reserve(rows);
  unit_.reserve(rows);
  period_.reserve(rows);
  value_.reserve(rows);
  status_.reserve(rows);
  for (dimension& d : dimensions_) d.column.reserve(rows);
}

std::size_t observation_table::memory_bytes() const noexcept {
  return indicator_.capacity() * 4 + unit_.capacity() * 4 + period_.capacity() * 4 + value_.capacity() * 8 +
         status_.capacity() + wide_.capacity() * 16 + periods_.capacity() * sizeof(period_span) +
         period_slots_.capacity() * 12 + info_.capacity() * sizeof(indicator_info) + unit_rows_.capacity() * 4 +
         indicator_periods_.capacity() * 8 + dimension_bytes();
}

std::size_t observation_table::dimension_bytes() const noexcept {
  std::size_t b = dimensions_.empty() ? 0 : dimension_names_.memory_bytes() + dimensions_.capacity() * sizeof(dimension);
  for (const dimension& d : dimensions_) b += d.column.capacity() * bytes_per_dimension + d.members.memory_bytes();
  return b;
}

// A series id per row: the unit combined with the member of every dimension that has rows
// off its total (empty when there is none: the unit is the series). Ids are dense products
// while those stay small, else renumbered through a hash of (series, member) pairs.
std::vector<std::uint32_t> observation_table::series_ids(std::size_t& count) const {
  std::vector<std::uint32_t> series;
  count = unit_count();
  const std::size_t n = size();
  const std::size_t dense_limit = std::max<std::size_t>(std::size_t{1} << 24, 4 * n + 1024);
  for (const dimension& dim : dimensions_) {
    if (dim.non_total == 0) continue;
    if (series.empty()) series.assign(unit_.begin(), unit_.end());
    const std::size_t m = dim.members.size();
    const std::uint32_t* col = dim.column.data();
    if (count <= dense_limit / m) {
      for (std::size_t r = 0; r < n; ++r) series[r] = static_cast<std::uint32_t>(series[r] * m + col[r]);
      count *= m;
      continue;
    }
    std::size_t cap = 64;
    while (cap < 2 * n) cap *= 2;
    std::vector<std::uint64_t> keys(cap, 0);
    std::vector<std::uint32_t> ids(cap, 0);  // id + 1; 0 = empty
    std::uint32_t next = 0;
    for (std::size_t r = 0; r < n; ++r) {
      const std::uint64_t key = (static_cast<std::uint64_t>(series[r]) << 32) | col[r];
      std::size_t i = mix(key) & (cap - 1);
      while (ids[i] != 0 && keys[i] != key) i = (i + 1) & (cap - 1);
      if (ids[i] == 0) {
        keys[i] = key;
        ids[i] = ++next;
      }
      series[r] = ids[i] - 1;
    }
    count = next;
  }
  return series;
}

std::string observation_table::members_text(std::size_t row) const {
  std::string s;
  for (std::uint32_t d = 0; d < dimensions_.size(); ++d) {
    const std::uint32_t m = dimensions_[d].column[row];
    if (m != total_member) s += ", " + std::string(dimension_names_[d]) + " " + quoted(dimensions_[d].members[m]);
  }
  return s;
}

seal_report observation_table::seal() {
  seal_report report;
  const std::size_t n = size();
  if (sealed_) return report;
  rejected_.reset();
  // The sort below numbers rows in 32 bits.
  if (ATTAIN_UNLIKELY(n >= 0xFFFFFFFFu)) detail::raise_overflow("observation_table::seal: more than 4294967294 rows");
  const auto pair_of = [&](std::size_t r) { return (static_cast<std::uint64_t>(indicator_[r]) << 32) | period_[r]; };
  if (n < 2) {
    unit_rows_.assign(unit_count(), 0);
    for (const std::uint32_t u : unit_) ++unit_rows_[u];
    indicator_periods_.clear();
    if (n == 1) indicator_periods_.push_back(pair_of(0));
    sealed_ = true;
    return report;
  }
  // A duplicate shares indicator, period and series (unit × dimension members).
  std::size_t series_count = 0;
  const std::vector<std::uint32_t> series = series_ids(series_count);
  const std::uint32_t* series_col = series.empty() ? unit_.data() : series.data();
  // Order rows by (indicator, period), stably (append order within a bucket): a counting
  // sort when the buckets are few enough, a stable sort otherwise.
  const std::size_t buckets = info_.size() * periods_.size();
  std::vector<std::uint32_t> perm(n);
  const auto bucket_of = [&](std::size_t r) { return static_cast<std::size_t>(indicator_[r]) * periods_.size() + period_[r]; };
  if (buckets <= (std::size_t{1} << 24) && buckets <= 4 * n + 1024) {
    std::vector<std::uint32_t> start(buckets + 1, 0);
    for (std::size_t r = 0; r < n; ++r) ++start[bucket_of(r) + 1];
    for (std::size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
    for (std::size_t r = 0; r < n; ++r) perm[start[bucket_of(r)]++] = static_cast<std::uint32_t>(r);
  } else {
    for (std::size_t r = 0; r < n; ++r) perm[r] = static_cast<std::uint32_t>(r);
    std::stable_sort(perm.begin(), perm.end(), [&](std::uint32_t a, std::uint32_t b) { return bucket_of(a) < bucket_of(b); });
  }
  // Within a bucket, a series seen twice is a duplicate: stamp[series] = bucket number + 1,
  // keeper[series] = the row that stays.
  std::vector<std::uint32_t> stamp(series_count, 0), keeper(series_count, 0);
  std::vector<bool> drop(n, false);
  std::vector<std::pair<std::uint32_t, int128>> sums;  // keeper row → running sum (sum policy)
  std::vector<std::uint32_t> sum_slot(policy_ == duplicate_policy::sum ? series_count : 0, 0);
  std::vector<std::uint64_t> pairs;
  std::uint32_t bucket_no = 0;
  std::size_t prev_bucket = ~std::size_t{0};
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t r = perm[i];
    const std::size_t b = bucket_of(r);
    if (b != prev_bucket) {
      prev_bucket = b;
      ++bucket_no;
      pairs.push_back(pair_of(r));
    }
    const std::uint32_t u = series_col[r];
    if (stamp[u] != bucket_no) {
      stamp[u] = bucket_no;
      keeper[u] = r;
      if (policy_ == duplicate_policy::sum) sum_slot[u] = 0;
      continue;
    }
    ++report.duplicates;
    switch (policy_) {
      case duplicate_policy::reject: {
        const period_span p = periods_[period_[r]];
        rejected_ = std::pair<std::size_t, std::size_t>(keeper[u], r);
        detail::raise_domain(errc::invalid_argument, "duplicate observation: indicator " + quoted(indicators_[indicator_[r]]) +
                                                         ", unit " + quoted(unit_code(unit_[r])) + members_text(r) +
                                                         ", period " + day_text(p.first_day) + "..." + day_text(p.last_day));
      }
      case duplicate_policy::keep_last:
        drop[keeper[u]] = true;
        keeper[u] = r;
        break;
      case duplicate_policy::sum: {
        const std::uint32_t k = keeper[u];
        if (sum_slot[u] == 0) {
          sums.emplace_back(k, coefficient(k));
          sum_slot[u] = static_cast<std::uint32_t>(sums.size());
        }
        int128& acc = sums[sum_slot[u] - 1].second;
        if (__builtin_add_overflow(acc, coefficient(r), &acc) || acc == -detail::int128_max - 1)
          detail::raise_overflow("sum of duplicate observations does not fit 38 digits");
        status_[k] = std::max(status_[k], status_[r]);
        drop[r] = true;
        break;
      }
    }
  }
  // Write the sums back (an indicator may have to move to the wide column).
  for (const auto& [k, s] : sums) {
    const std::uint32_t ind = indicator_[k];
    if (!info_[ind].wide && !detail::fits_int64(s)) widen(ind);
    if (info_[ind].wide) wide_[static_cast<std::size_t>(value_[k])] = s;
    else value_[k] = static_cast<std::int64_t>(s);
  }
  // Compact.
  std::size_t w = 0;
  flagged_ = 0;
  unit_rows_.assign(unit_count(), 0);
  for (std::size_t r = 0; r < n; ++r) {
    if (drop[r]) continue;
    ++unit_rows_[unit_[r]];
    indicator_[w] = indicator_[r];
    unit_[w] = unit_[r];
    period_[w] = period_[r];
    value_[w] = value_[r];
    status_[w] = status_[r];
    flagged_ += status_[w] != value_status::normal;
    ++w;
  }
  if (w != n) {
    for (dimension& dim : dimensions_) {
      std::size_t k = 0;
      dim.non_total = 0;
      for (std::size_t r = 0; r < n; ++r) {
        if (drop[r]) continue;
        dim.column[k] = dim.column[r];
        dim.non_total += dim.column[k] != total_member;
        ++k;
      }
      dim.column.resize(w);
    }
  }
  report.rows_removed = n - w;
  indicator_.resize(w);
  unit_.resize(w);
  period_.resize(w);
  value_.resize(w);
  status_.resize(w);
  std::sort(pairs.begin(), pairs.end());
  indicator_periods_ = std::move(pairs);
  sealed_ = true;
  return report;
}

}  // namespace attain
