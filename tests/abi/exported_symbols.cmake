# Fails if the shared libattain exports a symbol that is not attain's public API.
#
#   cmake -DLIBRARY=<libattain.so> -DNM=<nm> -P exported_symbols.cmake
#
# Every defined dynamic symbol must be named in namespace attain (a function, a variable, or
# the typeinfo or vtable of a class), and none may be in a namespace `detail` of attain. No
# symbol may be STB_GNU_UNIQUE ('u'): such a symbol keeps the library loaded after dlclose.
# The list of what the library exports is printed, so that a change of the ABI shows in the
# test's log.
cmake_minimum_required(VERSION 3.25)
foreach(var LIBRARY NM)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "exported_symbols.cmake: ${var} is not set")
  endif()
endforeach()

execute_process(COMMAND "${NM}" -D --defined-only -C "${LIBRARY}"
  OUTPUT_VARIABLE listing ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D ${LIBRARY} failed (exit ${rc}): ${err}")
endif()
string(REPLACE ";" "\\;" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")

set(foreign "")
set(exported 0)
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  # "<address> <type> <demangled name>"
  if(NOT line MATCHES "^[0-9a-fA-F]+ ([A-Za-z]) (.*)$")
    list(APPEND foreign "unreadable line: ${line}")
    continue()
  endif()
  set(type "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  math(EXPR exported "${exported} + 1")
  # The symbol's own qualified name: what precedes its parameter list.
  string(REGEX REPLACE "\\(.*$" "" qualified "${name}")
  string(REGEX REPLACE "^(typeinfo name for|typeinfo for|vtable for) " "" qualified "${qualified}")
  if(type STREQUAL "u")
    list(APPEND foreign "STB_GNU_UNIQUE: ${name}")
  elseif(NOT qualified MATCHES "^attain::")
    list(APPEND foreign "not attain's: ${name}")
  elseif(qualified MATCHES "::detail::")
    list(APPEND foreign "attain::detail: ${name}")
  endif()
  message("${type} ${name}")
endforeach()

if(exported EQUAL 0)
  message(FATAL_ERROR "${LIBRARY} exports no symbol: not a shared attain library?")
endif()
list(LENGTH foreign n)
if(n GREATER 0)
  list(JOIN foreign "\n  " shown)
  message(FATAL_ERROR "${n} of ${exported} exported symbols are not attain's public API:\n  ${shown}")
endif()
message(STATUS "${exported} exported symbols, all attain's public API")
