// Series (see attain/series.hpp).
#include "attain/series.hpp"

#include <algorithm>

#include "attain/period_format.hpp"

namespace attain {

series::series(std::vector<observation> observations) {
  std::sort(observations.begin(), observations.end(),
            [](const observation& a, const observation& b) { return period_less{}(a.when, b.when); });
  for (const observation& o : observations) add(o);
}

std::optional<period_kind> series::kind() const noexcept {
  if (obs_.empty()) return std::nullopt;
  return obs_.front().when.kind();
}

void series::check(const observation& o) const {
  if (!obs_.empty() && o.when.kind() != obs_.front().when.kind())
    detail::raise_domain(errc::kind_mismatch, "series: period " + to_string(o.when) + " is a " +
                                                  std::string(to_string(o.when.kind())) + ", the series holds " +
                                                  std::string(to_string(obs_.front().when.kind())) + "s");
  if (find(o.when) != nullptr)
    detail::raise_domain(errc::invalid_argument, "series: period " + to_string(o.when) + " given twice");
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
