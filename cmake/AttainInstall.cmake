# Install rules, in two components:
#   library  headers, libattain (static or shared), the CMake package (attainConfig.cmake,
#            attainConfigVersion.cmake, exported attain::attain), attain.pc and LICENSE;
#   command  the `attain` program (tools/attain/CMakeLists.txt).
# `cmake --install <build> --component library` installs the library alone (README.md,
# "Installing the library").
include(CMakePackageConfigHelpers)

set(ATTAIN_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/attain" CACHE STRING
  "Where attainConfig.cmake is installed")

install(TARGETS attain EXPORT attainTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT library
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT library NAMELINK_COMPONENT library
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT library
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/attain
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  COMPONENT library
  FILES_MATCHING PATTERN "*.hpp")
install(EXPORT attainTargets
  NAMESPACE attain::
  DESTINATION ${ATTAIN_INSTALL_CMAKEDIR}
  COMPONENT library)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
  DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/licenses/attain
  COMPONENT library)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/attainConfig.cmake.in
  ${PROJECT_BINARY_DIR}/attainConfig.cmake
  INSTALL_DESTINATION ${ATTAIN_INSTALL_CMAKEDIR})
# Before 1.0 a minor release may break compatibility: find_package(attain 0.1) accepts 0.1.x
# only. From 1.0 on, the same major version.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(_attain_compatibility SameMinorVersion)
else()
  set(_attain_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/attainConfigVersion.cmake
  COMPATIBILITY ${_attain_compatibility})
install(FILES
  ${PROJECT_BINARY_DIR}/attainConfig.cmake
  ${PROJECT_BINARY_DIR}/attainConfigVersion.cmake
  DESTINATION ${ATTAIN_INSTALL_CMAKEDIR}
  COMPONENT library)

# pkg-config. The file is relocatable: `prefix` is found from the .pc file's own directory
# (${pcfiledir}, understood by pkg-config and pkgconf), so `cmake --install --prefix <any>`
# and a moved tree both work. Boost ships no .pc file, so its include directories are
# spelled out in Cflags, except the compiler's own search directories (/usr/include); they
# are read at generate time so that generator expressions (as Conan's targets use) resolve.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(ATTAIN_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(ATTAIN_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  # ${pcfiledir} is <prefix>/<libdir>/pkgconfig: one `..` per component of <libdir>, plus one.
  set(ATTAIN_PC_PREFIX "\${pcfiledir}/..")
  string(REGEX MATCHALL "[^/]+" _attain_libdir_parts "${CMAKE_INSTALL_LIBDIR}")
  foreach(_part IN LISTS _attain_libdir_parts)
    string(APPEND ATTAIN_PC_PREFIX "/..")
  endforeach()
  set(ATTAIN_PC_LIBDIR "\${exec_prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(ATTAIN_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(ATTAIN_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
set(_attain_pc_system_dirs ${CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES} /usr/include /usr/local/include)
list(REMOVE_DUPLICATES _attain_pc_system_dirs)
list(TRANSFORM _attain_pc_system_dirs REPLACE "([][+.*?()^$|\\])" "\\\\\\1")
list(JOIN _attain_pc_system_dirs "|" _attain_pc_system_regex)
set(_attain_pc_boost_dirs "$<FILTER:$<REMOVE_DUPLICATES:$<TARGET_PROPERTY:Boost::headers,INTERFACE_INCLUDE_DIRECTORIES>>,EXCLUDE,^(${_attain_pc_system_regex})/?$>")
set(ATTAIN_PC_BOOST_CFLAGS "$<$<BOOL:${_attain_pc_boost_dirs}>: -I$<JOIN:${_attain_pc_boost_dirs}, -I>>")
configure_file(${PROJECT_SOURCE_DIR}/cmake/attain.pc.in ${PROJECT_BINARY_DIR}/attain.pc.gen @ONLY)
file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/pkgconfig/$<CONFIG>/attain.pc
  INPUT ${PROJECT_BINARY_DIR}/attain.pc.gen)
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/$<CONFIG>/attain.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  COMPONENT library)
