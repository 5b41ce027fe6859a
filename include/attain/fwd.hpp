// attain/fwd.hpp — forward declarations of attain's public types, for headers that only
// name them.
#ifndef ATTAIN_FWD_HPP
#define ATTAIN_FWD_HPP

#include <cstdint>

namespace attain {
class decimal;
struct number_format;
struct quantity;
struct parse_error;
enum class errc : std::uint8_t;
enum class rounding : std::uint8_t;
template <class T, class E>
class result;
}  // namespace attain

#endif  // ATTAIN_FWD_HPP
