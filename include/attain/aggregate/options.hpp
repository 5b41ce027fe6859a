// attain/aggregate/options.hpp — how a query runs: `aggregate_options`, its threads and
// the rows each thread takes at least. Any choice gives the same exact answer.
#ifndef ATTAIN_AGGREGATE_OPTIONS_HPP
#define ATTAIN_AGGREGATE_OPTIONS_HPP

#include <cstddef>

namespace attain {

struct aggregate_options {
  // Threads over row partitions; 0: std::thread::hardware_concurrency(). Partitions merge
  // into the exact answer of one pass.
  unsigned threads = 0;
  // Fewer rows than this per thread run on fewer threads.
  std::size_t min_rows_per_thread = 1u << 16;
};

}  // namespace attain

#endif  // ATTAIN_AGGREGATE_OPTIONS_HPP
