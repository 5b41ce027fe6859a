# The ctest smoke run of one fuzz target (tests/fuzz/CMakeLists.txt): the seeds and the
# reproducers of fixed bugs, then RUNS mutations from a fixed seed, with what the run finds
# written to a scratch directory that starts empty each time.
#   cmake -DFUZZER=<program> -DSCRATCH=<dir> -DSEEDS=<dir> -DREGRESSIONS=<dir>
#         -DMAX_LEN=<bytes> -DRUNS=<count> -P smoke.cmake
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/corpus")
set(inputs "${SCRATCH}/corpus" "${SEEDS}")
if(IS_DIRECTORY "${REGRESSIONS}")
  list(APPEND inputs "${REGRESSIONS}")
endif()
execute_process(
  COMMAND "${FUZZER}" -seed=1 -runs=${RUNS} -max_total_time=60 -max_len=${MAX_LEN} -timeout=10
          -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=${SCRATCH}/" ${inputs}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${status}); the input is in ${SCRATCH}")
endif()
