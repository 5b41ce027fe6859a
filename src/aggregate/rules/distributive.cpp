// The compiled half of attain/aggregate/rules/distributive.hpp: count_if's standard
// aligned to a column's scale.
#include "attain/aggregate/rules/distributive.hpp"

#include <algorithm>

namespace attain {

// The out-of-line halves of inline code (attain/config.hpp, SYMBOL VISIBILITY).
namespace out_of_line {
using namespace detail;

aligned_threshold align_threshold(compare_op op, const decimal& t, int scale) {
  aligned_threshold a;
  a.op = op;
  const int s = std::max(scale, t.scale());
  if (!mul_pow10(1, s - scale, a.xf) || !mul_pow10(t.coefficient(), s - t.scale(), a.t))
    raise_overflow("standard beyond 38 digits at the column's scale");
  return a;
}

}  // namespace out_of_line

}  // namespace attain
