// attain/table.hpp — observations in columns: indicator, unit, period, value, status.
//
// An `observation_table` is the fact table every roll-up reads. Each observation is one row:
// which indicator (chỉ tiêu), which unit (đơn vị: a commune, a district…), which period,
// its value and its status. Codes are interned once into dictionaries, so a row holds three
// 32-bit ids; a value is stored as a 64-bit integer coefficient at its indicator's scale
// (investment in billions with 2 decimals: 1621.41 is stored as 162141). An indicator whose
// values need more than 18 digits is moved to a wide (128-bit) column the moment such a
// value arrives — never a silent loss. A row costs 21 bytes: 3 × 4 (ids) + 8 (value) + 1.
// Ids are 32-bit: at most 2^32 − 1 distinct indicators, units and periods, and seal() sorts
// at most 2^32 − 2 rows; beyond, overflow_error (docs/explanation/limits.md).
//
// GLOSSARY (users' words → ours)
//   chỉ tiêu = indicator; đơn vị / địa bàn = unit; xã = commune; huyện = district;
//   tỉnh = province; kỳ = period; số liệu = value; ước đạt = estimate (status);
//   sơ bộ = provisional; trùng = duplicate.
//
// LOADING (results in comments)
//   observation_table t;                                   // duplicates rejected by default
//   t.add_indicator("INVEST", 2);                          // billions, 2 decimals
//   t.append("INVEST", "D01", period_span{19723, 19723 + 365}, decimal{162141, 2});
//   t.append("INVEST", "D01", y2024, decimal::parse("3918.5"));   // 3918.50 → 391850
//   t.append("INVEST", "D01", y2024, decimal{1, 3});       // throws domain_error (inexact):
//                                                          //   0.001 has 3 decimals, scale 2
//   t.seal();                                              // applies the duplicate policy
//   t.value(0)                                             // 1621.41
//
// PERIODS
//   A period is stored by its days: `period_span{first_day, last_day}`, day numbers since
//   1970-01-01 (attain/period.hpp's first_day_number()/last_day_number()). Anything with
//   those two members — `attain::period`, `quarter`, `month` … — is accepted directly
//   (the `day_span` concept), so the table needs no period parser. Coarser grouping
//   (months → quarters → years → term) is done by the query: see attain/aggregate.hpp.
//
// DIMENSIONS (SDMX series keys: sex, age group, urban/rural, source…)
//   An observation is identified by indicator × unit × period × one member of every declared
//   dimension. A dimension is a dictionary-encoded column of 32-bit member ids (4 bytes a row
//   per dimension, `bytes_per_dimension`). Member 0 of every dimension is its total, written
//   "_T" (SDMX); an empty code is the total too (Open SDG's blank cell). A row appended without
//   naming a dimension stands at its total, so declaring a dimension never changes old rows.
//   observation_table t;  t.add_indicator("POP", 0);
//   t.append("POP", "VN", y2024, decimal{100});                         // SEX stands at _T
//   const dimension_member f[] = {{"SEX", "F"}};
//   t.append("POP", "VN", y2024, decimal{51}, value_status::normal, f); // declares SEX
//   t.member_code(t.find_dimension("SEX"), 0)                           // "_T"
//   Queries split, filter or sum over dimensions: attain/aggregate/grouping.hpp, DIMENSIONS OF A
//   QUERY.
//
// STATUS M (missing): a row with value_status::missing carries no value (stored as 0). It is
//   kept so an aggregate can say that an input was missing; aggregation never steps it into
//   a rule (attain/aggregate.hpp).
//
// DUPLICATES (explicit: one observation per indicator × unit × period × dimension members)
//   duplicate_policy::reject     seal() throws domain_error naming the first duplicate key
//                                (rejected_duplicate() then gives both rows' indices)
//   duplicate_policy::keep_last  the row appended last wins
//   duplicate_policy::sum        duplicates add up (status: the least final of them)
//
// VALIDATION AT THE BOUNDARY
//   A table built over a unit_hierarchy accepts only its units: an unknown unit code throws
//   domain_error (errc::unknown_unit) "unknown unit \"X99\"". An undeclared indicator throws
//   (errc::invalid_argument). `try_append` returns the code instead of throwing.
//
// CASE STUDY: ratio of sums vs mean of ratios (why the table keeps numerators)
//   Two communes: A has 9 of 10 households with clean water, B 1 of 90. The district's share
//   is the ratio of sums (9 + 1) / (10 + 90) = 10 %, not the mean of the communes' ratios
//   (90 % + 1.1 %) / 2 = 45.6 %. The table therefore stores the counts (numerators and
//   denominators as indicators), never a per-commune percentage, and aggregate.hpp computes
//   `ratio_of_sums` — offering `mean_of_ratios` only under its own name.
#ifndef ATTAIN_TABLE_HPP
#define ATTAIN_TABLE_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>  // the dictionary compares a bucket's four check words at once
#endif

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/observation.hpp"
#include "attain/period_span.hpp"

namespace attain {

class unit_hierarchy;

// value_status (SDMX OBS_STATUS) comes from attain/observation.hpp.

enum class duplicate_policy : std::uint8_t { reject, keep_last, sum };

// period_span, the day_span concept and to_span: attain/period_span.hpp.

namespace detail {

// A code's key: its first and last 8 bytes (fewer for short codes, zero-padded). With its
// length, the key *is* a code of up to 16 bytes, so comparing two such codes is comparing
// two keys — no trip to the stored characters.
struct code_key {
  std::uint64_t a = 0, b = 0;
};
inline std::uint64_t load8(const char* q) noexcept {
  std::uint64_t v;
  std::memcpy(&v, q, 8);
  return v;
}
inline code_key key_of(const char* p, std::size_t n) noexcept {
  code_key k;
  if (n >= 8) {
    k.a = load8(p);
    k.b = load8(p + n - 8);
  } else if (n >= 4) {
    std::uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    k.a = x | (static_cast<std::uint64_t>(y) << 32);
  } else if (n > 0) {
    k.a = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
          static_cast<unsigned char>(p[n - 1]);
  }
  return k;
}

inline std::uint64_t fold(std::uint64_t a, std::uint64_t b) noexcept {
  const uint128 m = static_cast<uint128>(a) * b;
  return static_cast<std::uint64_t>(m) ^ static_cast<std::uint64_t>(m >> 64);
}

// A fast hash of short byte strings (codes are mostly under 16 bytes): the key's two words
// folded by a 128-bit multiply, one more fold per 16 bytes beyond the first 16.
inline std::uint64_t hash_bytes(const char* p, std::size_t n, const code_key& k) noexcept {
  constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ULL, k1 = 0xD6E8FEB86659FD93ULL;
  std::uint64_t h = k0 ^ (n * k1);
  for (std::size_t i = 0; i + 16 < n; i += 16) h = fold(load8(p + i) ^ k1 ^ h, load8(p + i + 8) ^ k0);
  return fold(k.a ^ k1 ^ h, k.b ^ k0);
}
inline std::uint64_t hash_bytes(const char* p, std::size_t n) noexcept { return hash_bytes(p, n, key_of(p, n)); }

// Asks for the cache line at p ahead of a read, or ahead of a write (a group's state).
inline void prefetch([[maybe_unused]] const void* p) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p);
#endif
}
inline void prefetch_for_write([[maybe_unused]] const void* p) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p, 1);
#endif
}

}  // namespace detail

// Interned codes: each distinct string gets the next id, 0, 1, 2 … Open addressing over
// 16-byte slots, each holding a code's first 8 bytes (the whole code when it has at most 8,
// zero-padded), a check word (24 bits of the hash and the length, up to 255) and the id. The
// slots come in buckets of four, one cache line: a code's home is the first slot of a
// bucket, and probing goes on slot by slot from there (into the next buckets when its own is
// full). A code of up to 8 bytes is therefore found by one hash and one cache line, without
// touching anything else, and the bulk intern compares the bucket's four check words at
// once; a longer one also compares its entry (length, first and last 8 bytes) and,
// beyond 16 bytes, the stored characters. The views returned stay valid until the next
// `intern`.
//   dictionary d;  d.intern("D01") == 0;  d.intern("D02") == 1;  d.intern("D01") == 0
//   d.find("D09") == dictionary::npos;    d[1] == "D02"
// Bulk interning (a query's string keys, Arrow-style: code i is chars[offsets[i],
// offsets[i + 1])) hashes a batch first and fetches its buckets, then probes:
//   d.intern(chars, offsets, ids)      // ids[i] = the id of code i, for offsets.size() − 1 codes
class dictionary {
 public:
  static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();
  // LIMITS: ids are 32-bit with npos reserved, so at most 2^32 − 1 distinct codes, whose
  // characters together take at most 2^32 − 1 bytes (offsets and sizes are 32-bit). A new
  // code beyond either throws attain::overflow_error; nothing wraps.
  static constexpr std::size_t max_size = npos;
  static constexpr std::size_t max_chars_total = std::numeric_limits<std::uint32_t>::max();

  std::uint32_t intern(std::string_view code) {
    const probe q(code.data(), code.size());
    return intern_probed(q);
  }
  std::uint32_t find(std::string_view code) const noexcept {
    if (buckets_.empty()) return npos;
    const probe q(code.data(), code.size());
    const std::size_t mask = slot_count() - 1;
    for (std::size_t i = q.home(mask);; i = (i + 1) & mask) {
      const bucket& k = buckets_[i / bucket_slots];
      const std::size_t lane = i % bucket_slots;
      if (k.id[lane] == 0) return npos;
      if (matches(k, lane, q)) return k.id[lane] - 1;
    }
  }
  // Interns offsets.size() − 1 codes given as characters and offsets; writes their ids.
  // A batch is hashed and its home buckets fetched first, then looked up (measured faster
  // than fetching a fixed distance ahead in one loop).
  void intern(const char* chars, std::span<const std::uint32_t> offsets, std::uint32_t* ids) {
    constexpr std::size_t batch = 64;
    struct short_probe {
      std::uint64_t head;
      std::uint32_t check, bucket;
    };
    short_probe probes[batch];
    const std::size_t n = offsets.empty() ? 0 : offsets.size() - 1;
    for (std::size_t b = 0; b < n; b += batch) {
      const std::size_t m = n - b < batch ? n - b : batch;
      if (ATTAIN_UNLIKELY((size() + m) * 2 > slot_count())) reserve(size() + m);
      const std::size_t mask = slot_count() - 1;
      const bucket* buckets = buckets_.data();  // an insertion never regrows here (reserved above)
      const std::uint32_t* o = offsets.data() + b;
      bool short_codes = true;
      for (std::size_t j = 0; j < m; ++j) {
        const std::size_t len = o[j + 1] - o[j];
        const detail::code_key key = detail::key_of(chars + o[j], len);
        const std::uint64_t hash = detail::hash_bytes(chars + o[j], len, key);
        short_codes &= len <= 8;
        probes[j] = short_probe{key.a, check_of(hash, len), static_cast<std::uint32_t>((hash & mask) / bucket_slots)};
        detail::prefetch(buckets + probes[j].bucket);
      }
      // The common case in line: codes of up to 8 bytes, each in its home bucket. The
      // bucket's four check words are compared at once; the first equal one's head decides
      // (up to 8 bytes, head and check are the code). Anything else — a code probed past its
      // bucket, a new code, a batch with a longer code — takes the general probe.
      if (ATTAIN_LIKELY(short_codes)) {
        for (std::size_t j = 0; j < m; ++j) {
          const short_probe& q = probes[j];
          const bucket& k = buckets[q.bucket];
          const unsigned hits = lanes_equal(k, q.check);
          std::uint32_t id = 0;
          if (ATTAIN_LIKELY(hits != 0)) {
            const auto lane = static_cast<std::size_t>(std::countr_zero(hits));
            id = k.head[lane] == q.head ? k.id[lane] : 0;
          }
          ids[b + j] = ATTAIN_LIKELY(id != 0) ? id - 1 : intern_probed(probe(chars + o[j], o[j + 1] - o[j]));
        }
      } else {
        for (std::size_t j = 0; j < m; ++j) ids[b + j] = intern_probed(probe(chars + o[j], o[j + 1] - o[j]));
      }
    }
  }
  std::string_view operator[](std::uint32_t id) const noexcept {
    ATTAIN_EXPECTS(id < size());
    return std::string_view(chars_.data() + keys_[id].offset, keys_[id].size);
  }
  std::size_t size() const noexcept { return keys_.size(); }
  // Bytes held: characters, entries and slots.
  std::size_t memory_bytes() const noexcept {
    return chars_.capacity() + keys_.capacity() * sizeof(entry) + buckets_.capacity() * sizeof(bucket);
  }
  void reserve(std::size_t n) {
    while (n * 2 > slot_count()) grow();
    keys_.reserve(n);
  }

 private:
  struct entry {
    detail::code_key key;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  // Four slots, one cache line, each field's four side by side: slot i of the table is lane
  // i % 4 of bucket i / 4.
  static constexpr std::size_t bucket_slots = 4;
  struct alignas(64) bucket {
    std::uint32_t check[bucket_slots] = {};  // bits 40…63 of the hash, then the length (255 for 255 and more)
    std::uint32_t id[bucket_slots] = {};     // id + 1; 0 = empty
    std::uint64_t head[bucket_slots] = {};   // the code's key.a: its first 8 bytes, or all of a shorter code
  };
  std::size_t slot_count() const noexcept { return buckets_.size() * bucket_slots; }
  // Bit i set when lane i's check word is x.
  static unsigned lanes_equal(const bucket& k, std::uint32_t x) noexcept {
#if defined(__SSE2__)
    static_assert(offsetof(bucket, check) == 0);
    const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(&k));  // the four check words
    return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_set1_epi32(static_cast<int>(x))))));
#else
    unsigned m = 0;
    for (std::size_t i = 0; i < bucket_slots; ++i) m |= static_cast<unsigned>(k.check[i] == x) << i;
    return m;
#endif
  }
  // A code to look up: where it is, its key, hash and check word.
  struct probe {
    const char* p = nullptr;
    std::size_t n = 0;
    detail::code_key key;
    std::uint64_t hash = 0;
    std::uint32_t check = 0;
    probe() = default;
    probe(const char* chars, std::size_t size) noexcept
        : p(chars), n(size), key(detail::key_of(chars, size)), hash(detail::hash_bytes(chars, size, key)),
          check(check_of(hash, size)) {}
    // The first slot of the home bucket (mask + 1 = the slot count, a multiple of 4).
    std::size_t home(std::size_t mask) const noexcept { return static_cast<std::size_t>(hash) & mask & ~(bucket_slots - 1); }
  };
  static std::uint32_t check_of(std::uint64_t hash, std::size_t n) noexcept {
    return (static_cast<std::uint32_t>(hash >> 32) & 0xFFFFFF00u) | static_cast<std::uint32_t>(n < 255 ? n : 255);
  }
  // Whether a filled slot holds the probed code. Up to 8 bytes, head and check (with the
  // exact length) are the code; longer codes also compare the entry and the characters.
  bool matches(const bucket& k, std::size_t lane, const probe& q) const noexcept {
    if (k.head[lane] != q.key.a || k.check[lane] != q.check) return false;
    if (q.n <= 8) return true;
    const entry& e = keys_[k.id[lane] - 1];
    if (e.size != q.n || e.key.b != q.key.b) return false;
    return q.n <= 16 || std::memcmp(chars_.data() + e.offset, q.p, q.n) == 0;
  }
  std::uint32_t intern_probed(const probe& q) {
    if (ATTAIN_UNLIKELY((size() + 1) * 2 > slot_count())) grow();
    const std::size_t mask = slot_count() - 1;
    for (std::size_t i = q.home(mask);; i = (i + 1) & mask) {
      bucket& k = buckets_[i / bucket_slots];
      const std::size_t lane = i % bucket_slots;
      if (k.id[lane] == 0) {
        if (ATTAIN_UNLIKELY(size() >= max_size)) detail::raise_overflow("dictionary: more than 4294967295 distinct codes");
        if (ATTAIN_UNLIKELY(q.n > max_chars_total - chars_.size()))
          detail::raise_overflow("dictionary: the codes' characters exceed 4294967295 bytes");
        const auto id = static_cast<std::uint32_t>(size());
        keys_.push_back(entry{q.key, static_cast<std::uint32_t>(q.n), static_cast<std::uint32_t>(chars_.size())});
        chars_.append(q.p, q.n);
        k.head[lane] = q.key.a;
        k.check[lane] = q.check;
        k.id[lane] = id + 1;
        return id;
      }
      if (matches(k, lane, q)) return k.id[lane] - 1;
    }
  }
  void grow() {
    std::vector<bucket> old = std::move(buckets_);
    buckets_.assign(old.empty() ? 16 : old.size() * 2, bucket{});
    const std::size_t mask = slot_count() - 1;
    for (const bucket& k : old)
      for (std::size_t lane = 0; lane < bucket_slots; ++lane) {
        if (k.id[lane] == 0) continue;
        const std::string_view code = (*this)[k.id[lane] - 1];
        std::size_t i = static_cast<std::size_t>(detail::hash_bytes(code.data(), code.size())) & mask & ~(bucket_slots - 1);
        while (buckets_[i / bucket_slots].id[i % bucket_slots] != 0) i = (i + 1) & mask;
        bucket& to = buckets_[i / bucket_slots];
        to.head[i % bucket_slots] = k.head[lane];
        to.check[i % bucket_slots] = k.check[lane];
        to.id[i % bucket_slots] = k.id[lane];
      }
  }
  std::string chars_;
  std::vector<entry> keys_;     // by id
  std::vector<bucket> buckets_;  // the slots, four to a cache line
};

// One observation by ids, for bulk loading: the coefficient is at the indicator's scale.
struct coded_observation {
  std::uint32_t indicator = 0;
  std::uint32_t unit = 0;
  std::uint32_t period = 0;
  std::int64_t coefficient = 0;
  value_status status = value_status::normal;
};

// One member of a row, by names: the dimension and the member's code ("" or "_T": total).
struct dimension_member {
  std::string_view dimension;
  std::string_view code;
};

// What seal() did.
struct seal_report {
  std::size_t duplicates = 0;     // rows that shared a key with an earlier row
  std::size_t rows_removed = 0;   // rows merged away (keep_last, sum)
  friend bool operator==(const seal_report&, const seal_report&) = default;
};

class ATTAIN_API observation_table {
 public:
  // The wide column's marker in the indicator table; rows of a wide indicator store an index
  // into the wide column instead of the coefficient.
  struct indicator_info {
    int scale = 0;
    bool wide = false;
  };

  // A table whose units are interned as they come (any code is accepted).
  explicit observation_table(duplicate_policy policy = duplicate_policy::reject) : policy_(policy) {}
  // A table over a hierarchy's units: unit ids are the hierarchy's ids, and an unknown unit
  // code is rejected. The hierarchy must outlive the table.
  explicit observation_table(const unit_hierarchy& units, duplicate_policy policy = duplicate_policy::reject);

  // DICTIONARIES
  // Declares an indicator and the scale (0…18 decimals) its values are kept at. Declaring
  // it again with the same scale returns the same id; with another scale throws
  // domain_error (invalid_argument).
  std::uint32_t add_indicator(std::string_view code, int scale);
  // The id of a unit code (interned unless the table is over a hierarchy, where an unknown
  // code throws domain_error, errc::unknown_unit).
  std::uint32_t unit_id(std::string_view code);
  // The id of a period (interned).
  std::uint32_t period_id(period_span p);
  template <day_span P>
  std::uint32_t period_id(const P& p) { return period_id(to_span(p)); }

  std::uint32_t find_indicator(std::string_view code) const noexcept { return indicators_.find(code); }
  std::uint32_t find_unit(std::string_view code) const noexcept;
  std::string_view indicator_code(std::uint32_t id) const noexcept { return indicators_[id]; }
  std::string_view unit_code(std::uint32_t id) const noexcept;
  const indicator_info& indicator(std::uint32_t id) const noexcept { return info_[id]; }
  std::size_t indicator_count() const noexcept { return info_.size(); }
  std::size_t unit_count() const noexcept;
  std::size_t period_count() const noexcept { return periods_.size(); }
  period_span period(std::uint32_t id) const noexcept { return periods_[id]; }
  std::span<const period_span> periods() const noexcept { return periods_; }
  const unit_hierarchy* hierarchy() const noexcept { return hierarchy_; }

  // DIMENSIONS. Member id 0 of every dimension is its total, written "_T" (SDMX); an empty
  // code is the total too (Open SDG's blank cell). A row appended without naming a dimension
  // stands at its total.
  static constexpr std::uint32_t total_member = 0;
  static constexpr std::string_view total_code = "_T";
  // Declares (or finds) a dimension; rows already appended stand at its total. An empty name
  // throws domain_error (invalid_argument) "a dimension needs a name".
  //   t.add_dimension("SEX") == 0;  t.add_dimension("AGE") == 1;  t.add_dimension("SEX") == 0
  std::uint32_t add_dimension(std::string_view name);
  std::uint32_t find_dimension(std::string_view name) const noexcept { return dimension_names_.find(name); }  // npos when absent
  std::size_t dimension_count() const noexcept { return dimensions_.size(); }
  std::string_view dimension_name(std::uint32_t d) const noexcept { return dimension_names_[d]; }
  // The id of a member code of dimension d, interned; "" and "_T" → 0 (the total).
  std::uint32_t member_id(std::uint32_t d, std::string_view code);
  // The same without interning: dictionary::npos when absent.
  std::uint32_t find_member(std::uint32_t d, std::string_view code) const noexcept {
    ATTAIN_EXPECTS(d < dimensions_.size());
    return code.empty() ? total_member : dimensions_[d].members.find(code);
  }
  std::string_view member_code(std::uint32_t d, std::uint32_t member) const noexcept {
    ATTAIN_EXPECTS(d < dimensions_.size());
    return dimensions_[d].members[member];
  }
  // Members of dimension d, the total included.
  std::size_t member_count(std::uint32_t d) const noexcept {
    ATTAIN_EXPECTS(d < dimensions_.size());
    return dimensions_[d].members.size();
  }
  // Row r's member of dimension d is dimension_column(d)[r].
  std::span<const std::uint32_t> dimension_column(std::uint32_t d) const noexcept {
    ATTAIN_EXPECTS(d < dimensions_.size());
    return dimensions_[d].column;
  }
  // Rows whose member of dimension d is not the total (0: the column can be left unread).
  std::size_t non_total_rows(std::uint32_t d) const noexcept {
    ATTAIN_EXPECTS(d < dimensions_.size());
    return dimensions_[d].non_total;
  }
  duplicate_policy policy() const noexcept { return policy_; }

  // APPENDING. The value must be exact at the indicator's scale (more decimals than the
  // scale throws domain_error, errc::inexact; 3918.5 at scale 2 is fine). A coefficient
  // beyond 18 digits moves the indicator to the wide column.
  void append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
              value_status status = value_status::normal);
  template <day_span P>
  void append(std::string_view indicator, std::string_view unit, const P& p, const decimal& value,
              value_status status = value_status::normal) {
    append(indicator, unit, to_span(p), value, status);
  }
  // The same, returning the error code instead of throwing (errc::ok on success).
  errc try_append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
                  value_status status = value_status::normal) noexcept;
  // With members of dimensions, by names. A dimension not yet declared is declared; the
  // dimensions not named stand at their total. Naming one dimension twice, or a dimension
  // without a name, throws domain_error (invalid_argument) before anything is appended.
  //   const dimension_member m[] = {{"SEX", "F"}, {"AGE", "Y15T24"}};
  //   t.append("POP", "VN", y2024, decimal{12}, value_status::normal, m);
  void append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
              value_status status, std::span<const dimension_member> members);
  template <day_span P>
  void append(std::string_view indicator, std::string_view unit, const P& p, const decimal& value,
              value_status status, std::span<const dimension_member> members) {
    append(indicator, unit, to_span(p), value, status, members);
  }
  errc try_append(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
                  value_status status, std::span<const dimension_member> members) noexcept;
  // By ids (bulk loaders): ids must come from this table, the coefficient at the scale.
  void append(const coded_observation& o);
  void append(std::span<const coded_observation> rows);
  // By ids with one member id per dimension (members.size() == dimension_count(), else
  // domain_error (invalid_argument)); member ids from member_id().
  void append(const coded_observation& o, std::span<const std::uint32_t> members);
  // A value given as a coefficient of 128 bits at the indicator's scale (wide values).
  void append_wide(std::uint32_t indicator, std::uint32_t unit, std::uint32_t period, int128 coefficient,
                   value_status status = value_status::normal);
  void append_wide(std::uint32_t indicator, std::uint32_t unit, std::uint32_t period, int128 coefficient,
                   value_status status, std::span<const std::uint32_t> members);
  void reserve(std::size_t rows);

  // Applies the duplicate policy; aggregation needs a sealed table. Appending unseals it.
  // The key is indicator × unit × period × every dimension's member (rows differing only in
  // SEX are not duplicates).
  // reject: throws domain_error (invalid_argument)
  //   `duplicate observation: indicator "INVEST", unit "D01", period 2024-01-01...2024-12-31`;
  //   members other than the total are named after the unit:
  //   `duplicate observation: indicator "GDP", unit "VN", SEX "F", period 2020-01-01...2020-12-31`.
  seal_report seal();
  bool sealed() const noexcept { return sealed_; }
  // After a failed seal() under duplicate_policy::reject: the append-order indices (earlier,
  // later) of the first duplicate pair found; nullopt otherwise. Lets a loader name both lines.
  std::optional<std::pair<std::size_t, std::size_t>> rejected_duplicate() const noexcept { return rejected_; }
  // The distinct (indicator, period) pairs of the rows as of the last seal(), sorted, each as
  // indicator << 32 | period (a query checks from them that it does not mix frequencies).
  std::span<const std::uint64_t> indicator_periods() const noexcept { return indicator_periods_; }

  // COLUMNS (row order is append order, minus rows removed by seal()).
  std::size_t size() const noexcept { return value_.size(); }
  std::span<const std::uint32_t> indicator_column() const noexcept { return indicator_; }
  std::span<const std::uint32_t> unit_column() const noexcept { return unit_; }
  std::span<const std::uint32_t> period_column() const noexcept { return period_; }
  std::span<const std::int64_t> value_column() const noexcept { return value_; }
  std::span<const value_status> status_column() const noexcept { return status_; }
  std::span<const int128> wide_column() const noexcept { return wide_; }
  // Number of rows whose status is not `normal` (0 lets aggregation skip the status column).
  std::size_t flagged_rows() const noexcept { return flagged_; }
  // Rows per unit id as of the last seal() (empty while unsealed): a plain group-by-unit over
  // every row takes its counts from here instead of counting row by row.
  std::span<const std::uint32_t> unit_rows() const noexcept {
    return sealed_ ? std::span<const std::uint32_t>(unit_rows_) : std::span<const std::uint32_t>();
  }

  // The coefficient of a row at its indicator's scale, and the row's value.
  int128 coefficient(std::size_t row) const noexcept {
    const std::int64_t v = value_[row];
    return info_[indicator_[row]].wide ? wide_[static_cast<std::size_t>(v)] : static_cast<int128>(v);
  }
  decimal value(std::size_t row) const noexcept {
    return decimal::from_parts(coefficient(row), info_[indicator_[row]].scale);
  }

  // Bytes per observation in the columns (ids, value, status): 21.
  static constexpr std::size_t bytes_per_observation = 3 * sizeof(std::uint32_t) + sizeof(std::int64_t) + 1;
  // Bytes per observation and declared dimension (its member id): 4.
  static constexpr std::size_t bytes_per_dimension = sizeof(std::uint32_t);
  // Bytes held by columns (dimension columns included), dictionaries and the wide column.
  std::size_t memory_bytes() const noexcept;

 private:
  struct dimension {
    dictionary members;                 // id 0: "_T"
    std::vector<std::uint32_t> column;  // a member id per row
    std::size_t non_total = 0;          // rows whose member is not the total
  };
  // members: one id per dimension, or nullptr (every dimension at its total).
  void push_row(std::uint32_t ind, std::uint32_t unit, std::uint32_t per, std::int64_t v, value_status s,
                const std::uint32_t* members = nullptr) {
    indicator_.push_back(ind);
    unit_.push_back(unit);
    period_.push_back(per);
    value_.push_back(v);
    status_.push_back(s);
    flagged_ += s != value_status::normal;
    sealed_ = false;
    if (ATTAIN_UNLIKELY(!dimensions_.empty())) push_members(members);
  }
  void push_members(const std::uint32_t* members);
  std::size_t dimension_bytes() const noexcept;
  std::vector<std::uint32_t> series_ids(std::size_t& count) const;
  std::string members_text(std::size_t row) const;
  void check_members(std::span<const std::uint32_t> members) const;
  errc resolve_members(std::span<const dimension_member> members, std::vector<std::uint32_t>& ids,
                       std::string* message);
  void widen(std::uint32_t ind);
  void check_ids(std::uint32_t ind, std::uint32_t unit, std::uint32_t per) const;
  errc append_checked(std::string_view indicator, std::string_view unit, period_span p, const decimal& value,
                      value_status status, std::span<const dimension_member> members, std::string* message);

  duplicate_policy policy_ = duplicate_policy::reject;
  const unit_hierarchy* hierarchy_ = nullptr;
  dictionary indicators_;
  dictionary units_;
  std::vector<indicator_info> info_;
  std::vector<period_span> periods_;
  std::vector<std::uint64_t> period_slots_;  // open addressing: packed span → id + 1
  std::vector<std::uint32_t> period_slot_ids_;
  std::vector<std::uint32_t> indicator_, unit_, period_;
  std::vector<std::int64_t> value_;
  std::vector<value_status> status_;
  std::vector<int128> wide_;
  std::vector<std::uint32_t> unit_rows_;  // rows per unit id, set by seal()
  dictionary dimension_names_;
  std::vector<dimension> dimensions_;
  std::vector<std::uint64_t> indicator_periods_;  // set by seal()
  std::optional<std::pair<std::size_t, std::size_t>> rejected_;
  std::size_t flagged_ = 0;
  bool sealed_ = true;
};

}  // namespace attain

#endif  // ATTAIN_TABLE_HPP
