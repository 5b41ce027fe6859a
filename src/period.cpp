// The compiled halves of attain/period.hpp: the messages of its errors (a period out of
// range, a period that does not align with a kind, two periods of different kinds), which
// name periods in the canonical form (attain/period_format.hpp).
#include "attain/period.hpp"

#include <string>

#include "attain/error.hpp"
#include "attain/period_format.hpp"

namespace attain {

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

void raise_period(errc code, const char* what, long long a, long long b) {
  std::string msg(describe(code));
  msg += ": ";
  msg += what;
  msg += ' ';
  msg += std::to_string(a);
  if (code == errc::year_out_of_range) {
    msg += " (expected ";
    msg += std::to_string(min_period_year);
    msg += " to ";
    msg += std::to_string(max_period_year);
    msg += ')';
  } else if (code == errc::bad_range) {
    if (b != 0) {
      msg += " before ";
      msg += std::to_string(b);
    }
  } else if (b != 0) {
    msg += " (expected 1 to ";
    msg += std::to_string(b);
    msg += ')';
  }
  raise_domain(code, msg);
}

void raise_not_aligned(const period& p, period_kind kind, bool enclosing) {
  std::string msg;
  if (kind == period_kind::term || kind == period_kind::range) {
    msg = std::string(describe(errc::kind_mismatch)) + ": ";
    msg += enclosing ? "no enclosing " : "cannot split into ";
    msg += to_string(kind);
    raise_domain(errc::kind_mismatch, msg);
  }
  msg = std::string(describe(errc::not_aligned)) + ": ";
  msg += to_string(p);
  msg += enclosing ? " lies in more than one " : " is not a whole number of ";
  msg += to_string(kind);
  if (!enclosing) msg += 's';
  raise_domain(errc::not_aligned, msg);
}

void raise_kind_mismatch(const period& a, const period& b) {
  std::string msg(describe(errc::kind_mismatch));
  msg += ": ";
  msg += to_string(a);
  msg += " (";
  msg += to_string(a.kind());
  msg += ") and ";
  msg += to_string(b);
  msg += " (";
  msg += to_string(b.kind());
  msg += ')';
  raise_domain(errc::kind_mismatch, msg);
}

}  // namespace out_of_line

}  // namespace attain
