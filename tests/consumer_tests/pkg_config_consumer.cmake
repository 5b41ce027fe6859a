# Builds tests/consumer/main.cpp the way a Makefile user would, from the installed attain.pc:
#
#     c++ -std=c++20 main.cpp $(pkg-config --cflags --libs attain) -o attain_consumer_pc
#
# with PKG_CONFIG_PATH pointing into PREFIX only, then runs it. Prints `ATTAIN-SKIP:` and
# stops (the test is then reported as skipped) when pkg-config is not installed.
#
#   cmake -DPREFIX=<dir> -DCONSUMER_SOURCE_DIR=<tests/consumer> -DBINARY_DIR=<dir>
#         -DCXX_COMPILER=<c++> -DVERSION=<x.y.z> [-DCXX_FLAGS=...] [-DLINKER_FLAGS=...]
#         -P pkg_config_consumer.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var PREFIX CONSUMER_SOURCE_DIR BINARY_DIR CXX_COMPILER VERSION)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "pkg_config_consumer.cmake: ${var} is not set")
  endif()
endforeach()

find_program(PKG_CONFIG NAMES pkg-config pkgconf)
if(NOT PKG_CONFIG)
  message("ATTAIN-SKIP: pkg-config is not installed")
  return()
endif()

file(GLOB_RECURSE pc_files "${PREFIX}/*/pkgconfig/attain.pc")
list(LENGTH pc_files n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one installed attain.pc under ${PREFIX}, found: ${pc_files}")
endif()
get_filename_component(pc_dir "${pc_files}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
unset(ENV{PKG_CONFIG_LIBDIR})
unset(ENV{PKG_CONFIG_SYSROOT_DIR})
set(ENV{LC_ALL} C)

function(pkg_config out)
  execute_process(COMMAND "${PKG_CONFIG}" ${ARGN} attain
    RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config ${ARGN} attain failed (exit ${rc}): ${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

pkg_config(version --modversion)
if(NOT version STREQUAL VERSION)
  message(FATAL_ERROR "attain.pc says version '${version}', the project is ${VERSION}")
endif()
pkg_config(flags --cflags --libs)
message(STATUS "pkg-config --cflags --libs attain: ${flags}")

# The flags must point into PREFIX (the .pc file is relocatable), not where the build
# thought it would be installed.
pkg_config(includedir --variable=includedir)
file(REAL_PATH "${includedir}" includedir)
file(REAL_PATH "${PREFIX}" prefix_real)
string(FIND "${includedir}/" "${prefix_real}/" at)
if(NOT at EQUAL 0 OR NOT EXISTS "${includedir}/attain/decimal.hpp")
  message(FATAL_ERROR "attain.pc's includedir ${includedir} is not the installed ${prefix_real}/...")
endif()

# The language standard is the consumer's: a -std in Cflags would lower a C++23 build.
if(flags MATCHES "(^| )-std=")
  message(FATAL_ERROR "attain.pc's Cflags set the language standard: ${flags}")
endif()
pkg_config(libdir --variable=libdir)

separate_arguments(flags UNIX_COMMAND "${flags}")
separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")
separate_arguments(linker_flags UNIX_COMMAND "${LINKER_FLAGS}")
file(MAKE_DIRECTORY "${BINARY_DIR}")
set(exe "${BINARY_DIR}/attain_consumer_pc")
file(REMOVE "${exe}")
# C++20, as README.md's pkg-config line; the run path finds a shared libattain in PREFIX.
set(command "${CXX_COMPILER}" -std=c++20 ${cxx_flags} "${CONSUMER_SOURCE_DIR}/main.cpp" ${flags}
  ${linker_flags} "-Wl,-rpath,${libdir}" -o "${exe}")
list(JOIN command " " shown)
message(STATUS "${shown}")
execute_process(COMMAND ${command} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling with pkg-config's flags failed (exit ${rc})")
endif()
execute_process(COMMAND "${exe}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer returned ${rc}")
endif()
message(STATUS "pkg-config consumer: built and ran")
