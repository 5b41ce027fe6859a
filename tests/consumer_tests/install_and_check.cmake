# Installs an already built attain into PREFIX (emptied first) and checks the installed tree:
# every public header, the library, the CMake package files and attain.pc.
#
#   cmake -DBUILD_DIR=<attain build> -DPREFIX=<dir> -DSOURCE_DIR=<attain source>
#         -DLIBDIR=lib -DINCLUDEDIR=include -DCMAKEDIR=lib/cmake/attain [-DCONFIG=Debug]
#         -P install_and_check.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var BUILD_DIR PREFIX SOURCE_DIR LIBDIR INCLUDEDIR CMAKEDIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "install_and_check.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
unset(ENV{DESTDIR})
# cmake --install BUILD_DIR into `prefix`, in CONFIG, with any further arguments.
function(install_into prefix)
  set(command "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" ${ARGN})
  if(DEFINED CONFIG AND NOT CONFIG STREQUAL "")
    list(APPEND command --config "${CONFIG}")
  endif()
  execute_process(COMMAND ${command} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install ${ARGN} failed (exit ${rc})")
  endif()
endfunction()

install_into("${PREFIX}")

foreach(var LIBDIR INCLUDEDIR CMAKEDIR)
  if(IS_ABSOLUTE "${${var}}")
    set(${var}_PATH "${${var}}")
  else()
    set(${var}_PATH "${PREFIX}/${${var}}")
  endif()
endforeach()

set(missing "")
foreach(file attainConfig.cmake attainConfigVersion.cmake attainTargets.cmake)
  if(NOT EXISTS "${CMAKEDIR_PATH}/${file}")
    list(APPEND missing "${CMAKEDIR_PATH}/${file}")
  endif()
endforeach()
if(NOT EXISTS "${LIBDIR_PATH}/pkgconfig/attain.pc")
  list(APPEND missing "${LIBDIR_PATH}/pkgconfig/attain.pc")
endif()
if(NOT EXISTS "${PREFIX}/share/licenses/attain/LICENSE")
  list(APPEND missing "${PREFIX}/share/licenses/attain/LICENSE")
endif()

# Every public header of the source tree, and nothing but headers, under include/attain.
file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/*.hpp")
if(NOT source_headers)
  message(FATAL_ERROR "no headers found under ${SOURCE_DIR}/include")
endif()
foreach(header IN LISTS source_headers)
  if(NOT EXISTS "${INCLUDEDIR_PATH}/${header}")
    list(APPEND missing "${INCLUDEDIR_PATH}/${header}")
  endif()
endforeach()
file(GLOB_RECURSE installed_includes RELATIVE "${INCLUDEDIR_PATH}" "${INCLUDEDIR_PATH}/*")
list(FILTER installed_includes EXCLUDE REGEX "\\.hpp$")
if(installed_includes)
  message(FATAL_ERROR "non-header files installed under ${INCLUDEDIR_PATH}: ${installed_includes}")
endif()

# The library itself: libattain.a / libattain.so* (or attain.lib / attain.dll).
file(GLOB libraries "${LIBDIR_PATH}/*attain.*" "${LIBDIR_PATH}/*attain[-_.]*"
                    "${PREFIX}/bin/*attain*.dll")
list(FILTER libraries EXCLUDE REGEX "\\.pc$")
if(NOT libraries)
  list(APPEND missing "${LIBDIR_PATH}/libattain.*")
endif()

if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "missing from the installed tree:\n  ${missing}")
endif()
list(LENGTH source_headers n_headers)
message(STATUS "installed into ${PREFIX}: ${n_headers} headers, ${libraries}, CMake package, attain.pc, LICENSE")

# The `library` component alone (README.md, "Installing the library"): the same files, and
# never the command.
set(library_prefix "${PREFIX}-library")
file(REMOVE_RECURSE "${library_prefix}")
install_into("${library_prefix}" --component library)
file(GLOB_RECURSE full_tree RELATIVE "${PREFIX}" "${PREFIX}/*")
file(GLOB_RECURSE library_tree RELATIVE "${library_prefix}" "${library_prefix}/*")
set(only_in_full ${full_tree})
list(REMOVE_ITEM only_in_full ${library_tree})
list(FILTER only_in_full EXCLUDE REGEX "^bin/attain(\\.exe)?$")
if(only_in_full)
  message(FATAL_ERROR "the library component leaves out: ${only_in_full}")
endif()
if(EXISTS "${library_prefix}/bin/attain" OR EXISTS "${library_prefix}/bin/attain.exe")
  message(FATAL_ERROR "the library component installs the attain command")
endif()
file(REMOVE_RECURSE "${library_prefix}")
message(STATUS "the library component: everything but the command")
