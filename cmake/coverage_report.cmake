# cmake -P script behind the `coverage` target (see AttainCoverage.cmake).
# Inputs: LLVM_PROFDATA LLVM_COV LCOV GENHTML PERL OBJECTS (separated by |) PROFILES SOURCE_DIR
# BINARY_DIR MIN_LINES MIN_BRANCHES.
set(_out "${BINARY_DIR}/coverage")
file(MAKE_DIRECTORY "${_out}")
set(_rc --rc lcov_branch_coverage=1)

function(_run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rv OUTPUT_VARIABLE _o ERROR_VARIABLE _e)
  if(NOT _rv EQUAL 0)
    message(FATAL_ERROR "coverage: command failed (${_rv}): ${ARGN}\n${_o}\n${_e}")
  endif()
  set(_last_output "${_o}${_e}" PARENT_SCOPE)
endfunction()

file(GLOB _profiles "${PROFILES}/*.profraw")
if(NOT _profiles)
  message(FATAL_ERROR "coverage: no raw profiles in ${PROFILES}; run the tests first (ctest --preset coverage)")
endif()
list(LENGTH _profiles _n)
message("coverage: merging ${_n} raw profiles")
# A response file: the list of profiles can be longer than a command line.
list(JOIN _profiles "\n" _list)
file(WRITE "${_out}/profiles.txt" "${_list}\n")
_run("${LLVM_PROFDATA}" merge -sparse "--input-files=${_out}/profiles.txt"
     -o "${_out}/attain.profdata")

# The first object is llvm-cov's positional argument, the others follow -object.
string(REPLACE "|" ";" _objects "${OBJECTS}")
set(_object_args "")
foreach(_o IN LISTS _objects)
  if(_object_args)
    list(APPEND _object_args -object "${_o}")
  else()
    list(APPEND _object_args "${_o}")
  endif()
endforeach()
# Keep include/ and src/ of the project: leave out the system's headers (the standard library,
# Boost, GoogleTest) and the project's other folders (tests, the command, the examples).
string(REGEX REPLACE "([][+.*()^$?|\\\\{}])" "\\\\\\1" _src "${SOURCE_DIR}")
# lcov's format for the lines, JSON for the branches with their places in the source.
foreach(_format lcov text)
  execute_process(
    COMMAND "${LLVM_COV}" export -format=${_format} "-instr-profile=${_out}/attain.profdata"
            "-ignore-filename-regex=^/usr/"
            "-ignore-filename-regex=^${_src}/(tests|tools|examples|bench|build)/"
            ${_object_args}
    OUTPUT_FILE "${_out}/export.${_format}" RESULT_VARIABLE _rv ERROR_VARIABLE _e)
  if(NOT _rv EQUAL 0)
    message(FATAL_ERROR "coverage: llvm-cov export failed (${_rv}):\n${_e}")
  endif()
endforeach()
# One branch record per branch of the source, added up over template instantiations.
_run("${PERL}" "${CMAKE_CURRENT_LIST_DIR}/coverage_branches.pl" "${_out}/export.text" "${_out}/export.lcov"
     "${_out}/all.info")
_run("${LCOV}" ${_rc} --quiet --extract "${_out}/all.info"
     "${SOURCE_DIR}/include/*" "${SOURCE_DIR}/src/*" --output-file "${_out}/attain.info")
_run("${LCOV}" ${_rc} --list "${_out}/attain.info")
message("${_last_output}")
if(GENHTML)
  _run("${GENHTML}" ${_rc} --quiet --branch-coverage --demangle-cpp --prefix "${SOURCE_DIR}"
       --output-directory "${_out}/html" "${_out}/attain.info")
  message("coverage: HTML report in ${_out}/html/index.html")
endif()
_run("${LCOV}" ${_rc} --summary "${_out}/attain.info")
set(_summary "${_last_output}")
message("${_summary}")

string(REGEX MATCH "lines\\.*: ([0-9.]+)%" _m "${_summary}")
set(_lines "${CMAKE_MATCH_1}")
string(REGEX MATCH "branches\\.*: ([0-9.]+)%" _m "${_summary}")
set(_branches "${CMAKE_MATCH_1}")
if(_lines STREQUAL "" OR _branches STREQUAL "")
  message(FATAL_ERROR "coverage: could not read the totals from lcov's summary")
endif()
message("coverage: lines ${_lines}% (minimum ${MIN_LINES}%), branches ${_branches}% (minimum ${MIN_BRANCHES}%)")
set(_fail "")
if(_lines LESS MIN_LINES)
  string(APPEND _fail " lines ${_lines}% < ${MIN_LINES}%;")
endif()
if(_branches LESS MIN_BRANCHES)
  string(APPEND _fail " branches ${_branches}% < ${MIN_BRANCHES}%;")
endif()
if(_fail)
  message(FATAL_ERROR "coverage: below the minimum:${_fail}")
endif()
