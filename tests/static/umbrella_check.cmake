# Fails when a public header under include/attain is not reachable from the umbrella
# attain/attain.hpp: neither included by it nor by a header it includes, at any depth.
# Internals (any folder named detail) are exempt: they come in through the headers that use
# them. Only `#include "attain/…"` lines count, so a header named in a comment does not.
#
#   cmake -DINCLUDE_DIR=<source>/include -P umbrella_check.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED INCLUDE_DIR OR NOT IS_DIRECTORY "${INCLUDE_DIR}/attain")
  message(FATAL_ERROR "umbrella_check.cmake: INCLUDE_DIR must name the folder holding attain/")
endif()

file(GLOB_RECURSE public RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/attain/*.hpp")
list(FILTER public EXCLUDE REGEX "(^|/)detail/")
list(REMOVE_ITEM public "attain/attain.hpp")
list(LENGTH public n_public)
if(n_public EQUAL 0)
  message(FATAL_ERROR "no public header found under ${INCLUDE_DIR}/attain")
endif()

# Breadth-first over the include lines, from the umbrella.
set(reached "")
set(queue "attain/attain.hpp")
while(queue)
  list(POP_FRONT queue header)
  if(header IN_LIST reached)
    continue()
  endif()
  list(APPEND reached "${header}")
  if(NOT EXISTS "${INCLUDE_DIR}/${header}")
    message(FATAL_ERROR "${header} is included but does not exist under ${INCLUDE_DIR}")
  endif()
  file(STRINGS "${INCLUDE_DIR}/${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"attain/[^\"]+\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"(attain/[^\"]+)\".*$" "\\1" included "${line}")
    if(NOT included IN_LIST reached)
      list(APPEND queue "${included}")
    endif()
  endforeach()
endwhile()

set(missing "")
foreach(header IN LISTS public)
  if(NOT header IN_LIST reached)
    list(APPEND missing "${header}")
  endif()
endforeach()
if(missing)
  list(LENGTH missing n_missing)
  list(JOIN missing "\n  " shown)
  message(FATAL_ERROR "${n_missing} public header(s) not reachable from attain/attain.hpp "
                      "(add them to it):\n  ${shown}")
endif()
message(STATUS "attain/attain.hpp reaches all ${n_public} public headers")
