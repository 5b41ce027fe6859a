# Compiles one compile-fail source with the C++ compiler, syntax only.
#
#   cmake -DCOMPILER=c++ -DSOURCE=x.fail.cpp -DEXPECT=compile|fail
#         [-DSTD_FLAG=-std=c++20] [-DFLAGS=a|b] [-DINCLUDES=dir|dir] [-DDEFINES=X=1|Y]
#         [-DSYSTEM_INCLUDES=dir|dir] -P check_compile_fail.cmake
#
# EXPECT=compile: the file must compile as it is (the harness, includes and the valid code
#   around the bad line are fine).
# EXPECT=fail: with ATTAIN_COMPILE_FAIL defined the file must not compile, the compiler must
#   report an error on a line of the `#ifdef ATTAIN_COMPILE_FAIL` block and on no other line
#   of the file (so it failed for the right reason), and the output must match the regex of the file's
#   `// expected diagnostic: <regex>` line, when there is one.
# Lists are passed with `|` between elements.
cmake_minimum_required(VERSION 3.25)
foreach(var COMPILER SOURCE EXPECT)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_compile_fail.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT EXPECT MATCHES "^(compile|fail)$")
  message(FATAL_ERROR "check_compile_fail.cmake: EXPECT must be compile or fail, not '${EXPECT}'")
endif()
if(NOT DEFINED STD_FLAG OR STD_FLAG STREQUAL "")
  set(STD_FLAG -std=c++20)
endif()

foreach(var FLAGS INCLUDES SYSTEM_INCLUDES DEFINES)
  string(REPLACE "|" ";" ${var} "${${var}}")
endforeach()

set(command "${COMPILER}" ${STD_FLAG} -fsyntax-only -fdiagnostics-color=never)
foreach(flag IN LISTS FLAGS)
  if(NOT flag STREQUAL "")
    list(APPEND command "${flag}")
  endif()
endforeach()
# The compiler's own directories (/usr/include) are never passed: -I/usr/include reorders the
# system search path and breaks libstdc++'s #include_next.
foreach(dir IN LISTS INCLUDES)
  if(NOT dir STREQUAL "" AND NOT dir IN_LIST SYSTEM_INCLUDES AND NOT dir MATCHES "^/usr/include/?$")
    list(APPEND command "-I${dir}")
  endif()
endforeach()
foreach(def IN LISTS DEFINES)
  if(NOT def STREQUAL "")
    list(APPEND command "-D${def}")
  endif()
endforeach()
if(EXPECT STREQUAL "fail")
  list(APPEND command -DATTAIN_COMPILE_FAIL)
endif()
list(APPEND command "${SOURCE}")

list(JOIN command " " shown)
message(STATUS "${shown}")
set(ENV{LC_ALL} C)  # plain ASCII quotes in GCC's messages
execute_process(COMMAND ${command} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)

if(EXPECT STREQUAL "compile")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${SOURCE} does not compile without ATTAIN_COMPILE_FAIL "
      "(exit ${rc}); the test harness or the valid code is broken:\n${out}")
  endif()
  message(STATUS "compiles, as it must")
  return()
endif()

if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiles with ATTAIN_COMPILE_FAIL, but it must not:\n${out}")
endif()

# Lines of the #ifdef ATTAIN_COMPILE_FAIL block and the expected diagnostic.
file(STRINGS "${SOURCE}" lines)
set(number 0)
set(inside FALSE)
set(bad_lines "")
set(expected "")
foreach(line IN LISTS lines)
  math(EXPR number "${number} + 1")
  if(line MATCHES "^#ifdef ATTAIN_COMPILE_FAIL")
    set(inside TRUE)
  elseif(inside AND line MATCHES "^#endif")
    set(inside FALSE)
  elseif(inside)
    list(APPEND bad_lines ${number})
  elseif(line MATCHES "^// expected diagnostic: (.+)$")
    set(expected "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(NOT bad_lines)
  message(FATAL_ERROR "${SOURCE} has no #ifdef ATTAIN_COMPILE_FAIL block")
endif()

get_filename_component(name "${SOURCE}" NAME)
string(REPLACE "." "\\." name_regex "${name}")
string(REPLACE "+" "\\+" name_regex "${name_regex}")
# Every error reported in this file must be on a guarded line, and there must be one.
string(REGEX MATCHALL "${name_regex}:[0-9]+:[0-9]+: (fatal )?error" errors "${out}")
set(at_bad_line FALSE)
set(elsewhere "")
foreach(error IN LISTS errors)
  string(REGEX REPLACE "^.*:([0-9]+):[0-9]+: .*$" "\\1" n "${error}")
  if(n IN_LIST bad_lines)
    set(at_bad_line TRUE)
  else()
    list(APPEND elsewhere ${n})
  endif()
endforeach()
if(NOT at_bad_line OR elsewhere)
  message(FATAL_ERROR "${SOURCE} fails to compile, but not (only) because of the "
    "ATTAIN_COMPILE_FAIL line(s) ${bad_lines}; errors on line(s) ${elsewhere}:\n${out}")
endif()
if(NOT expected STREQUAL "" AND NOT out MATCHES "${expected}")
  message(FATAL_ERROR "${SOURCE} fails to compile at the right line, but the diagnostic does "
    "not match the expected /${expected}/:\n${out}")
endif()
string(REGEX MATCH "[^\n]*${name_regex}:[0-9]+:[0-9]+: (fatal )?error[^\n]*" first_error "${out}")
message(STATUS "rejected, as it must be: ${first_error}")
