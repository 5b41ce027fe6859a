// attain/io.hpp — opt-in iostream support: `stream << x` writes the canonical text.
// The core headers never include <iostream>; include this one where streams are wanted.
#ifndef ATTAIN_IO_HPP
#define ATTAIN_IO_HPP

#include <ostream>

#include "attain/decimal.hpp"
#include "attain/error.hpp"

namespace attain {

inline std::ostream& operator<<(std::ostream& os, const decimal& x) { return os << to_string(x); }
inline std::ostream& operator<<(std::ostream& os, rounding mode) { return os << to_string(mode); }
inline std::ostream& operator<<(std::ostream& os, const parse_error& e) { return os << to_string(e); }

}  // namespace attain

#endif  // ATTAIN_IO_HPP
