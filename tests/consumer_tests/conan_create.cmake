# Packages attain with Conan 2 the way a user would, with the unit tests on, and builds and
# runs test_package/ against the package:
#
#     conan profile detect        (only if the Conan home has no default profile yet)
#     conan create <source>/conan.py -o '&:with_tests=True' --build=missing --build='attain/*'
#
# The second --build forces attain itself to be built: with --build=missing alone, Conan
# reuses an attain binary already in its cache (with_tests is not part of the package id) and
# the tests would not run. The test fails unless the unit tests ran and passed, and
# test_package ran.
#
# Which Conan home (the cache with boost, gtest and benchmark, and the default profile):
#   * $ATTAIN_CONAN_HOME, if set when the test runs: an already prepared home, e.g. one whose
#     cache holds stand-in packages for boost/gtest/benchmark and whose profiles/default maps
#     the requirements onto them ([replace_requires]), for machines without a Conan remote;
#   * otherwise the user's default Conan home ($CONAN_HOME, else ~/.conan2), with its remotes.
# conan create puts attain/<version> into that home's cache; nothing else there is changed
# (an existing default profile is kept). Everything else is throwaway, under WORK_DIR:
# test_package/ is copied there, so that Conan's build folder and CMakeUserPresets.json are
# not written into the source tree.
#
# Prints `ATTAIN-SKIP:` and stops (the test is then reported as skipped) when CONAN is empty,
# i.e. no `conan` executable was found when the project was configured.
#
#   cmake -DCONAN=<conan> -DSOURCE_DIR=<attain source> -DWORK_DIR=<dir> -P conan_create.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "conan_create.cmake: ${var} is not set")
  endif()
endforeach()

if(NOT CONAN)
  message("ATTAIN-SKIP: conan not installed (no `conan` executable found when the project was "
          "configured; install Conan 2, or configure with -DCONAN_EXECUTABLE=/path/to/conan)")
  return()
endif()

if(DEFINED ENV{ATTAIN_CONAN_HOME} AND NOT "$ENV{ATTAIN_CONAN_HOME}" STREQUAL "")
  set(home "$ENV{ATTAIN_CONAN_HOME}")
  if(NOT IS_DIRECTORY "${home}")
    message(FATAL_ERROR "ATTAIN_CONAN_HOME=${home} is not a directory")
  endif()
  set(ENV{CONAN_HOME} "${home}")
  set(home_text "ATTAIN_CONAN_HOME=${home}")
elseif(DEFINED ENV{CONAN_HOME} AND NOT "$ENV{CONAN_HOME}" STREQUAL "")
  set(home_text "CONAN_HOME=$ENV{CONAN_HOME}")
else()
  set(home_text "the default Conan home")
endif()
# Plain text in the test's log.
set(ENV{NO_COLOR} 1)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/test_package" DESTINATION "${WORK_DIR}"
  PATTERN "build" EXCLUDE PATTERN "CMakeUserPresets.json" EXCLUDE)

function(conan)
  list(JOIN ARGN " " shown)
  message(STATUS "conan ${shown}")
  execute_process(COMMAND "${CONAN}" ${ARGN}
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out ERROR_VARIABLE out
    ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE)
  set(conan_rc "${rc}" PARENT_SCOPE)
  set(conan_out "${out}" PARENT_SCOPE)
endfunction()

conan(--version)
if(NOT conan_rc EQUAL 0)
  message(FATAL_ERROR "${CONAN} --version failed (${conan_rc})")
endif()
message(STATUS "Conan home: ${home_text}")

# A fresh home has no default profile yet: detect one, as a new user would. An existing one
# is left alone (`conan profile detect` without --force refuses to overwrite it).
conan(profile path default)
if(NOT conan_rc EQUAL 0)
  conan(profile detect)
  if(NOT conan_rc EQUAL 0)
    message(FATAL_ERROR "conan profile detect failed (${conan_rc})")
  endif()
endif()

conan(create "${SOURCE_DIR}/conan.py" -o "&:with_tests=True" --build=missing "--build=attain/*"
  --test-folder "${WORK_DIR}/test_package")
if(NOT conan_rc EQUAL 0)
  message(FATAL_ERROR "conan create ${SOURCE_DIR}/conan.py -o '&:with_tests=True' failed "
    "(${conan_rc}) with ${home_text}. Without a reachable Conan remote, set ATTAIN_CONAN_HOME "
    "to a Conan home whose cache has boost, gtest and benchmark and whose default profile "
    "resolves attain's requirements to them.")
endif()
# CMake's ctest summary from the package build (the recipe runs the tests when with_tests).
if(NOT conan_out MATCHES "100% tests passed")
  message(FATAL_ERROR "conan create succeeded, but attain's unit tests did not run in it")
endif()
if(NOT conan_out MATCHES "\\(test package\\): Running test\\(\\)")
  message(FATAL_ERROR "conan create succeeded, but test_package did not run")
endif()
message(STATUS "conan create: attain's unit tests passed and test_package ran")
