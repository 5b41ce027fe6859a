// Report labels (attain/period_format.hpp, SYNTAXES "human"): English (Q1 2024, June 2023,
// week 5 of 2023, 29 June 2023, 2021–2025) and Vietnamese (quý I/2024, tháng 6/2023,
// 6 tháng đầu năm 2023, giai đoạn 2021–2023, nhiệm kỳ 2020–2025). Parser, formatter,
// format_human and reference_year_note.
#include "attain/period_format.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "attain/language.hpp"
#include "attain/words.hpp"
#include "common.hpp"

namespace attain {

namespace detail::period_text {

namespace {

constexpr std::array<std::string_view, 12> en_months{"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// A month name (full or three-letter), 1…12; 0 when none.
int eat_month_name(cursor& c) {
  for (int i = 0; i < 12; ++i) {
    if (c.eat_word(en_months[static_cast<std::size_t>(i)])) return i + 1;
  }
  for (int i = 0; i < 12; ++i) {
    if (c.eat_word(en_months[static_cast<std::size_t>(i)].substr(0, 3))) return i + 1;
  }
  return 0;
}

// Roman I…IV or a digit, for "quý I/2024".
std::optional<long long> read_quarter_number(cursor& c) {
  if (auto v = c.run()) return v;
  long long v = 0;
  if (c.eat("IV")) v = 4;
  else if (c.eat("III")) v = 3;
  else if (c.eat("II")) v = 2;
  else if (c.eat('I')) v = 1;
  else if (c.eat('V')) v = 5;
  else return std::nullopt;
  while (c.peek() == 'I' || c.peek() == 'V' || c.peek() == 'X') {
    ++c.pos;
    v = 9;
  }
  return v;
}

// "YYYY–YYYY" after the cursor; the two years.
std::optional<fail> read_year_span(cursor& c, int& a, int& b) {
  if (auto f = read_year(c, a)) return f;
  if (!c.eat_dash()) return trailing(c);
  const std::size_t at = c.pos;
  if (auto f = read_year(c, b)) return f;
  if (!c.at_end()) return trailing(c);
  if (b < a) return fail{errc::bad_range, at};
  return std::nullopt;
}

outcome parse_human_vi(cursor& c) {
  const std::string_view text = c.s;
  int y = 0;
  if (c.eat_word("năm ")) {
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return detail::make_monthly(period_kind::year, y, calendar_year_start);
  }
  if (c.eat_word("quý ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto q = read_quarter_number(c);
    if (!q) return fail{errc::unknown_period_syntax, at};
    c.skip_spaces();
    if (!c.eat('/') && !c.eat("năm ")) return trailing(c);
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return monthly(period_kind::quarter, y, *q, calendar_year_start, at);
  }
  if (c.eat_word("tháng ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto m = c.run();
    if (!m) return fail{errc::unknown_period_syntax, at};
    std::optional<long long> m2;
    std::size_t at2 = 0;
    if (c.eat_dash()) {
      at2 = c.pos;
      m2 = c.run();
      if (!m2) return fail{errc::unknown_period_syntax, at2};
    }
    if (!c.eat('/')) return trailing(c);
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    if (m2) {  // tháng 1–2/2023: a bi-month
      if (*m < 1 || *m > 11 || *m % 2 == 0) return fail{errc::bimonth_out_of_range, at};
      if (*m2 != *m + 1) return fail{errc::bimonth_out_of_range, at2};
      return monthly(period_kind::bimonth, y, (*m + 1) / 2, calendar_year_start, at);
    }
    return monthly(period_kind::month, y, *m, calendar_year_start, at);
  }
  if (c.eat_word("tuần ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    const auto w = c.run();
    if (!w) return fail{errc::unknown_period_syntax, at};
    if (!c.eat('/')) return trailing(c);
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return week_of(y, *w, 1, at);
  }
  if (c.eat_word("ngày ")) {
    c.skip_spaces();
    const std::size_t dat = c.pos;
    const auto d = c.run();
    if (!d || !c.eat('/')) return fail{errc::unknown_period_syntax, c.pos};
    const std::size_t mat = c.pos;
    const auto m = c.run();
    if (!m || !c.eat('/')) return fail{errc::unknown_period_syntax, c.pos};
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return day_of(y, static_cast<int>(std::min(*m, 99LL)), static_cast<int>(std::min(*d, 99LL)), mat, dat);
  }
  if (c.eat_word("giai đoạn ")) {
    c.skip_spaces();
    int a = 0, b = 0;
    if (auto f = read_year_span(c, a, b)) return *f;
    return detail::make_term(a, b);
  }
  if (c.eat_word("nhiệm kỳ ")) {
    c.skip_spaces();
    const std::size_t at = c.pos;
    int a = 0, b = 0;
    if (auto f = read_year_span(c, a, b)) return *f;
    if (b == a) return fail{errc::bad_range, at};
    if (!detail::year_ok(a + 1)) return fail{errc::year_out_of_range, at};
    return detail::make_term(a + 1, b);
  }
  // "6 tháng đầu năm 2023", "4 tháng giữa năm 2023"
  const std::size_t at = c.pos;
  if (c.eat("6 tháng ") || c.eat("4 tháng ")) {
    const bool half = text[at] == '6';
    int index = 0;
    if (c.eat("đầu năm ")) index = 1;
    else if (!half && c.eat("giữa năm ")) index = 2;
    else if (c.eat("cuối năm ")) index = half ? 2 : 3;
    else return trailing(c);
    c.skip_spaces();
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return monthly(half ? period_kind::half_year : period_kind::trimester, y, index, calendar_year_start, at);
  }
  return fail{errc::unknown_period_syntax, at};
}

constexpr std::array<std::string_view, 4> roman{"I", "II", "III", "IV"};

void put_vi_day(std::string& out, std::int32_t z) {
  const civil_date c = civil_from_days(z);
  put_int(out, c.day);
  out += '/';
  put_int(out, c.month);
  out += '/';
  put_year(out, c.year);
}

// "tuần 5/2023", "week 5 of 2023", "semaine 5 de 2023": a numbered part of a year.
void put_numbered(std::string& out, std::string_view word, int i, std::string_view of, int y) {
  out += word;
  put_int(out, i);
  out += of;
  put_year(out, y);
}

// " (từ thứ Hai)", " (commençant le lundi)": the first day of a week that does not start on
// Monday, after the week's number.
void put_week_start(std::string& out, weekday start, const std::array<std::string_view, 7>& names,
                    std::string_view before) {
  if (start == weekday::monday) return;
  out += before;
  out += names[static_cast<std::size_t>(start) - 1];
  out += ')';
}

std::string format_human_vi(const period& p, term_label label) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  if (p.is_reporting()) {
    switch (p.kind()) {
      case period_kind::year: break;
      case period_kind::half_year: out += i == 1 ? "6 tháng đầu " : "6 tháng cuối "; break;
      case period_kind::quarter: out += "quý "; out += roman[static_cast<std::size_t>(i - 1)]; out += ' '; break;
      default:
        out += "kỳ ";
        put_int(out, i);
        out += ' ';
        break;
    }
    out += "năm tài chính ";
    put_year(out, y);
    out += en_dash;
    put_year(out, y + 1);
    out += " (từ ";
    put_int(out, p.start().day);
    out += '/';
    put_int(out, p.start().month);
    out += ')';
    return out;
  }
  switch (p.kind()) {
    case period_kind::day: out += "ngày "; put_vi_day(out, p.first_day_number()); break;
    case period_kind::week:
      put_numbered(out, "tuần ", i, "/", y);
      put_week_start(out, p.week_start(),
                     {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}, " (từ ");
      break;
    case period_kind::biweek: put_numbered(out, "kỳ 2 tuần ", i, "/", y); break;
    case period_kind::month: out += "tháng "; put_int(out, i); out += '/'; put_year(out, y); break;
    case period_kind::bimonth:
      out += "tháng ";
      put_int(out, 2 * i - 1);
      out += en_dash;
      put_int(out, 2 * i);
      out += '/';
      put_year(out, y);
      break;
    case period_kind::quarter: out += "quý "; out += roman[static_cast<std::size_t>(i - 1)]; out += '/'; put_year(out, y); break;
    case period_kind::trimester:
      out += i == 1 ? "4 tháng đầu năm " : i == 2 ? "4 tháng giữa năm " : "4 tháng cuối năm ";
      put_year(out, y);
      break;
    case period_kind::half_year:
      out += i == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ";
      put_year(out, y);
      break;
    case period_kind::year: out += "năm "; put_year(out, y); break;
    case period_kind::term:
      if (label == term_label::baseline) {
        out += "nhiệm kỳ ";
        put_year(out, y - 1);
      } else {
        out += "giai đoạn ";
        put_year(out, y);
      }
      out += en_dash;
      put_year(out, y + i - 1);
      break;
    case period_kind::range:
      out += "từ ";
      put_vi_day(out, p.first_day_number());
      out += " đến ";
      put_vi_day(out, p.last_day_number());
      break;
  }
  return out;
}

}  // namespace

outcome parse_human(std::string_view text) {
  cursor c{text};
  const char first = c.peek();
  if (first == 'Q' || first == 'H' || first == 'T') {  // Q1 2024, H1 2023, T2 2023
    ++c.pos;
    const std::size_t at = c.pos;
    const auto n = c.run();
    if (n && c.skip_spaces() > 0) {
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      const period_kind k = first == 'Q' ? period_kind::quarter : first == 'H' ? period_kind::half_year : period_kind::trimester;
      return monthly(k, y, *n, calendar_year_start, at);
    }
    c.pos = 0;
  }
  if (c.eat_word("week ")) {  // week 5 of 2023
    const std::size_t at = c.pos;
    const auto w = c.run();
    if (!w) return fail{errc::unknown_period_syntax, at};
    if (!c.eat(" of ")) return trailing(c);
    int y = 0;
    if (auto f = read_year(c, y)) return *f;
    if (!c.at_end()) return trailing(c);
    return week_of(y, *w, 1, at);
  }
  if (is_digit(first)) {
    const std::size_t n = c.digit_run();
    if (n == 4) {  // 2023, or 2021–2025 (plan years)
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (c.at_end()) return detail::make_monthly(period_kind::year, y, calendar_year_start);
      c.pos = 0;
      int a = 0, b = 0;
      if (auto f = read_year_span(c, a, b)) return *f;
      return detail::make_term(a, b);
    }
    if (n == 1 || n == 2) {  // 29 June 2023
      const std::size_t dat = c.pos;
      const int d = c.number(n);
      if (c.skip_spaces() == 0) {
        c.pos = 0;
        return parse_human_vi(c);
      }
      const std::size_t mat = c.pos;
      const int m = eat_month_name(c);
      if (m == 0) {
        c.pos = 0;
        return parse_human_vi(c);
      }
      if (c.skip_spaces() == 0) return trailing(c);
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      return day_of(y, m, d, mat, dat);
    }
  }
  {  // June 2023, Jan–Feb 2023
    const std::size_t at = c.pos;
    const int m = eat_month_name(c);
    if (m != 0) {
      int m2 = 0;
      std::size_t at2 = 0;
      if (c.eat(en_dash) || c.eat('-')) {
        at2 = c.pos;
        m2 = eat_month_name(c);
        if (m2 == 0) return trailing(c);
      }
      if (c.skip_spaces() == 0) return trailing(c);
      int y = 0;
      if (auto f = read_year(c, y)) return *f;
      if (!c.at_end()) return trailing(c);
      if (m2 != 0) {
        if (m % 2 == 0) return fail{errc::bimonth_out_of_range, at};
        if (m2 != m + 1) return fail{errc::bimonth_out_of_range, at2};
        return monthly(period_kind::bimonth, y, (m + 1) / 2, calendar_year_start, at);
      }
      return monthly(period_kind::month, y, m, calendar_year_start, at);
    }
  }
  return parse_human_vi(c);
}

std::string format_human_en(const period& p, term_label label) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  if (p.is_reporting()) {
    // Q1 2001/2002 (year from 1 July)
    switch (p.kind()) {
      case period_kind::year: break;
      case period_kind::half_year: out += 'H'; put_int(out, i); out += ' '; break;
      case period_kind::trimester: out += 'T'; put_int(out, i); out += ' '; break;
      case period_kind::quarter: out += 'Q'; put_int(out, i); out += ' '; break;
      case period_kind::bimonth: out += "B"; put_int(out, i); out += ' '; break;
      case period_kind::month: {
        const civil_date c = civil_from_days(p.first_day_number());
        out += en_months[static_cast<std::size_t>(c.month - 1)];
        out += ' ';
        break;
      }
      default: break;
    }
    put_year(out, y);
    out += '/';
    put_year(out, y + 1);
    out += " (year from ";
    put_int(out, p.start().day);
    out += ' ';
    out += en_months[static_cast<std::size_t>(p.start().month - 1)];
    out += ')';
    return out;
  }
  switch (p.kind()) {
    case period_kind::day: {
      const civil_date c = civil_from_days(p.first_day_number());
      put_int(out, c.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(c.month - 1)];
      out += ' ';
      put_year(out, c.year);
      break;
    }
    case period_kind::week:
      if (p.week_start() != weekday::monday) {
        constexpr std::array<std::string_view, 7> names{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};
        out += names[static_cast<std::size_t>(p.week_start()) - 1];
        out += ' ';
      }
      put_numbered(out, "week ", i, " of ", y);
      break;
    case period_kind::biweek: put_numbered(out, "bi-week ", i, " of ", y); break;
    case period_kind::month:
      out += en_months[static_cast<std::size_t>(i - 1)];
      out += ' ';
      put_year(out, y);
      break;
    case period_kind::bimonth:
      out += en_months[static_cast<std::size_t>(2 * i - 2)].substr(0, 3);
      out += en_dash;
      out += en_months[static_cast<std::size_t>(2 * i - 1)].substr(0, 3);
      out += ' ';
      put_year(out, y);
      break;
    case period_kind::quarter: out += 'Q'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::trimester: out += 'T'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::half_year: out += 'H'; put_int(out, i); out += ' '; put_year(out, y); break;
    case period_kind::year: put_year(out, y); break;
    case period_kind::term:
      put_year(out, y);
      out += en_dash;
      put_year(out, y + i - 1);
      if (label == term_label::baseline) {
        out += " (baseline ";
        put_year(out, y - 1);
        out += ')';
      }
      break;
    case period_kind::range: {
      const civil_date a = civil_from_days(p.first_day_number());
      const civil_date b = civil_from_days(p.last_day_number());
      put_int(out, a.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(a.month - 1)];
      out += ' ';
      put_year(out, a.year);
      out += ' ';
      out += en_dash;
      out += ' ';
      put_int(out, b.day);
      out += ' ';
      out += en_months[static_cast<std::size_t>(b.month - 1)];
      out += ' ';
      put_year(out, b.year);
      break;
    }
  }
  return out;
}

// French, as INSEE and Statistics Canada write periods: "29 juin 2023", "1er juin 2023",
// "T1 2024", "S1 2024", "juin 2023", "2021–2025 (année de référence 2020)". Written only:
// the human forms attain reads are English and Vietnamese.
constexpr std::array<std::string_view, 12> fr_months{"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

void put_fr_day(std::string& out, int day, int month, int year) {
  put_int(out, day);
  if (day == 1) out += "er";
  out += ' ';
  out += fr_months[static_cast<std::size_t>(month - 1)];
  if (year != 0) {
    out += ' ';
    put_year(out, year);
  }
}

std::string format_human_fr(const period& p, term_label label) {
  std::string out;
  const int y = p.label_year();
  const int i = p.label_index();
  const auto sub_year = [&](period_kind k) {
    switch (k) {
      case period_kind::half_year: out += 'S'; put_int(out, i); out += ' '; break;
      case period_kind::trimester: out += "quadrimestre "; put_int(out, i); out += ' '; break;
      case period_kind::quarter: out += 'T'; put_int(out, i); out += ' '; break;
      case period_kind::bimonth: out += "bimestre "; put_int(out, i); out += ' '; break;
      default: break;
    }
  };
  if (p.is_reporting()) {
    // T1 2001/2002 (exercice commençant le 1er juillet)
    if (p.kind() == period_kind::month) {
      const civil_date c = civil_from_days(p.first_day_number());
      out += fr_months[static_cast<std::size_t>(c.month - 1)];
      out += ' ';
    } else {
      sub_year(p.kind());
    }
    put_year(out, y);
    out += '/';
    put_year(out, y + 1);
    out += " (exercice commençant le ";
    put_fr_day(out, p.start().day, p.start().month, 0);
    out += ')';
    return out;
  }
  switch (p.kind()) {
    case period_kind::day: {
      const civil_date c = civil_from_days(p.first_day_number());
      put_fr_day(out, static_cast<int>(c.day), static_cast<int>(c.month), static_cast<int>(c.year));
      break;
    }
    case period_kind::week:
      put_numbered(out, "semaine ", i, " de ", y);
      put_week_start(out, p.week_start(), {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
                     " (commençant le ");
      break;
    case period_kind::biweek: put_numbered(out, "quinzaine ", i, " de ", y); break;
    case period_kind::month:
      out += fr_months[static_cast<std::size_t>(i - 1)];
      out += ' ';
      put_year(out, y);
      break;
    case period_kind::bimonth:
    case period_kind::quarter:
    case period_kind::trimester:
    case period_kind::half_year:
      sub_year(p.kind());
      put_year(out, y);
      break;
    case period_kind::year: put_year(out, y); break;
    case period_kind::term:
      put_year(out, y);
      out += en_dash;
      put_year(out, y + i - 1);
      if (label == term_label::baseline) {
        out += " (année de référence ";
        put_year(out, y - 1);
        out += ')';
      }
      break;
    case period_kind::range: {
      const civil_date a = civil_from_days(p.first_day_number());
      const civil_date b = civil_from_days(p.last_day_number());
      put_fr_day(out, static_cast<int>(a.day), static_cast<int>(a.month), static_cast<int>(a.year));
      out += ' ';
      out += en_dash;
      out += ' ';
      put_fr_day(out, static_cast<int>(b.day), static_cast<int>(b.month), static_cast<int>(b.year));
      break;
    }
  }
  return out;
}

}  // namespace detail::period_text

using namespace detail::period_text;

std::string format_human(const period& p, language lang, term_label label) {
  switch (lang) {
    case language::vi: return format_human_vi(p, label);
    case language::fr: return format_human_fr(p, label);
    case language::en: break;
  }
  return format_human_en(p, label);
}

std::string reference_year_note(const period& p, language lang) {
  const computed<year_reference> r = reference_year(p);
  if (!r) return fill(word::period_no_reference_year, lang, {format_human(p, lang)});
  std::string counted;
  put_year(counted, r->year);
  switch (r->rule) {
    case reference_rule::calendar_year: return {};
    case reference_rule::reporting_year:
      return fill(word::period_counted_as_start_year, lang, {format_human(p, lang), counted});
    case reference_rule::first_year_of_range: {
      std::string range = counted;
      range += en_dash;
      put_year(range, detail::civil_from_days(p.last_day_number()).year);
      return fill(word::period_counted_as_first_year, lang, {range, counted});
    }
  }
  return {};
}

}  // namespace attain
