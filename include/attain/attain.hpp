// attain/attain.hpp — the whole library in one include: every public header under
// include/attain, the opt-in integrations (attain/io.hpp's operator<<, the CSV and JSON
// readers and writers of attain/io/) included. Internals (attain/detail/,
// attain/aggregate/detail/) come in through the headers that use them. A test
// (tests/umbrella_check.cmake) fails when a public header is missing from this list.
#ifndef ATTAIN_ATTAIN_HPP
#define ATTAIN_ATTAIN_HPP

#include "attain/aggregate.hpp"
#include "attain/aggregate/dhis2.hpp"
#include "attain/aggregate/grouping.hpp"
#include "attain/aggregate/options.hpp"
#include "attain/aggregate/partial.hpp"
#include "attain/aggregate/rule.hpp"
#include "attain/aggregate/rules/algebraic.hpp"
#include "attain/aggregate/rules/distributive.hpp"
#include "attain/aggregate/rules/holistic.hpp"
#include "attain/aggregate/value.hpp"
#include "attain/attainment.hpp"
#include "attain/config.hpp"
#include "attain/decimal.hpp"
#include "attain/error.hpp"
#include "attain/explain.hpp"
#include "attain/fraction.hpp"
#include "attain/fwd.hpp"
#include "attain/growth.hpp"
#include "attain/hierarchy.hpp"
#include "attain/indicator.hpp"
#include "attain/io.hpp"
#include "attain/io/csv.hpp"
#include "attain/io/json.hpp"
#include "attain/io/open_sdg.hpp"
#include "attain/io/sdmx_csv.hpp"
#include "attain/io/tidy.hpp"
#include "attain/language.hpp"
#include "attain/no_value.hpp"
#include "attain/number_format.hpp"
#include "attain/observation.hpp"
#include "attain/period.hpp"
#include "attain/period_format.hpp"
#include "attain/period_span.hpp"
#include "attain/progress.hpp"
#include "attain/ranking.hpp"
#include "attain/report.hpp"
#include "attain/rollup.hpp"
#include "attain/rounding.hpp"
#include "attain/series.hpp"
#include "attain/table.hpp"
#include "attain/target.hpp"
#include "attain/term.hpp"
#include "attain/version.hpp"
#include "attain/words.hpp"

#endif  // ATTAIN_ATTAIN_HPP
