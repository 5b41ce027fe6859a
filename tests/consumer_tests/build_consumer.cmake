# Configures, builds and runs tests/consumer in a fresh binary directory.
#
#   cmake -DMODE=find_package|subdirectory|fetchcontent -DCONSUMER_SOURCE_DIR=<tests/consumer>
#         -DBINARY_DIR=<dir> -DGENERATOR=<generator> -DCXX_COMPILER=<c++>
#         [-DATTAIN_SOURCE_DIR=<dir>] [-DPREFIX_PATH=a|b] [-DEXPECT_ATTAIN_UNDER=<prefix>]
#         [-DMAKE_PROGRAM=<ninja>] [-DBUILD_TYPE=Debug] [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...]
#         [-DTOOLCHAIN_FILE=<file>] [-DBOOST_DIR=<dir>] [-DCTEST=<ctest>]
#         -P build_consumer.cmake
#
# The consumer is built with the compiler, generator, build type and flags (sanitizers) of
# the build under test, so that it can link what that build made. Settings go through an
# initial-cache file (-C), which keeps lists and flags with spaces intact.
cmake_minimum_required(VERSION 3.25)
foreach(var MODE CONSUMER_SOURCE_DIR BINARY_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "build_consumer.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED CTEST OR CTEST STREQUAL "")
  set(CTEST "${CMAKE_CTEST_COMMAND}")
endif()

file(REMOVE_RECURSE "${BINARY_DIR}")
file(MAKE_DIRECTORY "${BINARY_DIR}")

set(cache "# written by build_consumer.cmake\n")
macro(cache_set name type value)
  string(REPLACE "\\" "\\\\" _v "${value}")
  string(REPLACE "\"" "\\\"" _v "${_v}")
  string(APPEND cache "set(${name} \"${_v}\" CACHE ${type} \"\")\n")
endmacro()
cache_set(ATTAIN_CONSUMER_MODE STRING "${MODE}")
cache_set(CMAKE_CXX_COMPILER FILEPATH "${CXX_COMPILER}")
if(DEFINED ATTAIN_SOURCE_DIR AND NOT ATTAIN_SOURCE_DIR STREQUAL "")
  cache_set(ATTAIN_SOURCE_DIR PATH "${ATTAIN_SOURCE_DIR}")
endif()
if(DEFINED MAKE_PROGRAM AND NOT MAKE_PROGRAM STREQUAL "")
  cache_set(CMAKE_MAKE_PROGRAM FILEPATH "${MAKE_PROGRAM}")
endif()
if(DEFINED BUILD_TYPE AND NOT BUILD_TYPE STREQUAL "")
  cache_set(CMAKE_BUILD_TYPE STRING "${BUILD_TYPE}")
endif()
if(DEFINED CXX_FLAGS AND NOT CXX_FLAGS MATCHES "^ *$")
  cache_set(CMAKE_CXX_FLAGS STRING "${CXX_FLAGS}")
endif()
if(DEFINED LINKER_FLAGS AND NOT LINKER_FLAGS MATCHES "^ *$")
  cache_set(CMAKE_EXE_LINKER_FLAGS STRING "${LINKER_FLAGS}")
endif()
if(DEFINED PREFIX_PATH AND NOT PREFIX_PATH STREQUAL "")
  string(REPLACE "|" ";" PREFIX_PATH "${PREFIX_PATH}")
  list(REMOVE_ITEM PREFIX_PATH "")
  cache_set(CMAKE_PREFIX_PATH STRING "${PREFIX_PATH}")
endif()
if(DEFINED TOOLCHAIN_FILE AND NOT TOOLCHAIN_FILE STREQUAL "")
  cache_set(CMAKE_TOOLCHAIN_FILE FILEPATH "${TOOLCHAIN_FILE}")
endif()
if(DEFINED BOOST_DIR AND NOT BOOST_DIR STREQUAL "" AND NOT BOOST_DIR MATCHES "NOTFOUND$")
  cache_set(Boost_DIR PATH "${BOOST_DIR}")
endif()
file(WRITE "${BINARY_DIR}/consumer-init.cmake" "${cache}")

function(run what)
  list(JOIN ARGN " " shown)
  message(STATUS "${what}: ${shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer (${MODE}): ${what} failed (exit ${rc})")
  endif()
endfunction()

run(configure "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE_DIR}" -B "${BINARY_DIR}"
  -G "${GENERATOR}" -C "${BINARY_DIR}/consumer-init.cmake")

if(DEFINED EXPECT_ATTAIN_UNDER AND NOT EXPECT_ATTAIN_UNDER STREQUAL "")
  # find_package must have found the attain just installed, not another one.
  file(STRINGS "${BINARY_DIR}/CMakeCache.txt" attain_dir REGEX "^attain_DIR:")
  string(REGEX REPLACE "^attain_DIR:[A-Z]+=" "" attain_dir "${attain_dir}")
  file(REAL_PATH "${EXPECT_ATTAIN_UNDER}" expected_root)
  if(attain_dir STREQUAL "" OR NOT EXISTS "${attain_dir}")
    message(FATAL_ERROR "consumer (${MODE}): attain_DIR not set after configuring")
  endif()
  file(REAL_PATH "${attain_dir}" attain_dir)
  string(FIND "${attain_dir}/" "${expected_root}/" at)
  if(NOT at EQUAL 0)
    message(FATAL_ERROR "consumer (${MODE}): found attain in ${attain_dir}, "
      "not in ${expected_root}")
  endif()
endif()

set(build_command "${CMAKE_COMMAND}" --build "${BINARY_DIR}")
set(ctest_command "${CTEST}" --test-dir "${BINARY_DIR}" --output-on-failure -V)
if(DEFINED BUILD_TYPE AND NOT BUILD_TYPE STREQUAL "")
  list(APPEND build_command --config "${BUILD_TYPE}")
  list(APPEND ctest_command -C "${BUILD_TYPE}")
endif()
run(build ${build_command})
run(run ${ctest_command})
message(STATUS "consumer (${MODE}): built and ran")
