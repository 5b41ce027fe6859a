// Series (see attain/series.hpp).
#include "attain/series.hpp"

#include <algorithm>
#include <string>

#include "attain/period_format.hpp"

namespace attain {

series::series(std::vector<observation> observations) {
  std::sort(observations.begin(), observations.end(),
            [](const observation& a, const observation& b) { return period_less{}(a.when, b.when); });
  for (const observation& o : observations) add(o);
}

namespace {

bool mixes_kinds(std::span<const observation> obs) noexcept {
  for (const observation& o : obs)
    if (o.when.kind() != obs.front().when.kind()) return true;
  return false;
}

}  // namespace

std::optional<period_kind> series::kind() const noexcept {
  if (obs_.empty() || mixes_kinds(obs_)) return std::nullopt;
  return obs_.front().when.kind();
}

void series::check(const observation& o) const {
  if (obs_.empty()) return;
  const computed<year_reference> ref = reference_year(o.when);
  // Years may sit beside multi-year periods (both have a reference year); no other mix.
  if (o.when.kind() != obs_.front().when.kind() && !(ref && reference_year(obs_.front().when)))
    detail::raise_domain(errc::kind_mismatch, "series: period " + to_string(o.when) + " is a " +
                                                  std::string(to_string(o.when.kind())) + ", the series holds " +
                                                  std::string(to_string(obs_.front().when.kind())) + "s");
  if (find(o.when) != nullptr)
    detail::raise_domain(errc::invalid_argument, "series: period " + to_string(o.when) + " given twice");
  if (!ref) return;
  // Two periods standing for one year: an error naming both, never a silent pick. The
  // reference year is the year of a period's first day, so only those neighbours can clash.
  const std::int32_t jan1 = detail::days_from_civil(ref->year, 1, 1);
  auto it = std::lower_bound(obs_.begin(), obs_.end(), jan1,
                             [](const observation& a, std::int32_t z) { return a.when.first_day_number() < z; });
  for (; it != obs_.end() && detail::civil_from_days(it->when.first_day_number()).year == ref->year; ++it) {
    const computed<year_reference> other = reference_year(it->when);
    if (!other || other->year != ref->year) continue;
    const bool pooled = ref->rule == reference_rule::first_year_of_range || other->rule == reference_rule::first_year_of_range;
    if (!pooled && it->when.kind() == o.when.kind()) continue;  // e.g. a calendar and a fiscal 2004: as before
    const period& first = period_less{}(it->when, o.when) ? it->when : o.when;
    const period& second = period_less{}(it->when, o.when) ? o.when : it->when;
    std::string msg = "series: " + to_string(first) + " and " + to_string(second) + " both stand for the year " +
                      std::to_string(ref->year);
    const char* sep = ": ";
    for (const period* p : {&first, &second}) {
      const std::string note = reference_year_note(*p);
      if (note.empty()) continue;
      msg += sep;
      msg += note;
      sep = "; ";
    }
    detail::raise_domain(errc::invalid_argument, msg);
  }
}

void series::add(const observation& o) {
  check(o);
  const auto at = std::upper_bound(obs_.begin(), obs_.end(), o,
                                   [](const observation& a, const observation& b) { return period_less{}(a.when, b.when); });
  obs_.insert(at, o);
}

const observation* series::find(const period& p) const noexcept {
  const auto it = std::lower_bound(obs_.begin(), obs_.end(), p,
                                   [](const observation& a, const period& q) { return period_less{}(a.when, q); });
  return it != obs_.end() && it->when == p ? &*it : nullptr;
}

const observation* series::latest() const noexcept {
  for (auto it = obs_.rbegin(); it != obs_.rend(); ++it)
    if (it->status != value_status::missing) return &*it;
  return nullptr;
}

const observation* series::latest_through(const boost::gregorian::date& last_day) const {
  const std::int32_t z = detail::to_day_number(last_day);
  for (auto it = obs_.rbegin(); it != obs_.rend(); ++it)
    if (it->status != value_status::missing && it->when.last_day_number() <= z) return &*it;
  return nullptr;
}

std::vector<period> series::gaps() const {
  std::vector<period> out;
  if (obs_.size() < 2) return out;
  if (mixes_kinds(obs_)) {  // years and multi-year periods: the calendar years left uncovered
    const int first = detail::civil_from_days(obs_.front().when.first_day_number()).year;
    int last = first;
    for (const observation& o : obs_) last = std::max(last, detail::civil_from_days(o.when.last_day_number()).year);
    for (int y = first; y <= last; ++y) {
      const period whole{year{y}};
      const bool covered = std::any_of(obs_.begin(), obs_.end(), [&whole](const observation& o) {
        return o.status != value_status::missing && contains(o.when, whole);
      });
      if (!covered) out.push_back(whole);
    }
    return out;
  }
  const period_kind k = obs_.front().when.kind();
  if (k == period_kind::term || k == period_kind::range) return out;  // no "next" for these
  std::size_t i = 1;
  for (period p = next(obs_.front().when); period_less{}(p, obs_.back().when); p = next(p)) {
    while (i < obs_.size() && period_less{}(obs_[i].when, p)) ++i;
    if (i < obs_.size() && obs_[i].when == p) {
      if (obs_[i].status == value_status::missing) out.push_back(p);
      continue;
    }
    out.push_back(p);
  }
  return out;
}

computed<status_total> series::total_within(const period& span) const {
  status_total t;
  for (const observation& o : obs_) {
    if (o.status == value_status::missing || !contains(span, o.when)) continue;
    t.value += o.value;
    t.status = combine(t.status, o.status);
    ++t.count;
  }
  if (t.count == 0) return none(why::empty_group);
  return t;
}

}  // namespace attain
