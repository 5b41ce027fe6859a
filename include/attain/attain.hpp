// attain/attain.hpp — the whole library in one include.
#ifndef ATTAIN_ATTAIN_HPP
#define ATTAIN_ATTAIN_HPP

#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/number_format.hpp"
#include "attain/rounding.hpp"
#include "attain/version.hpp"

#endif  // ATTAIN_ATTAIN_HPP
