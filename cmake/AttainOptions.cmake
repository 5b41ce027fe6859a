# Options. Tests, benchmarks and examples are built by default only when attain is the
# top-level project, so a consumer's add_subdirectory(attain) builds the library alone.
include(GNUInstallDirs)

option(ATTAIN_BUILD_TESTS "Build attain's tests" ${PROJECT_IS_TOP_LEVEL})
option(ATTAIN_BUILD_BENCHMARKS "Build attain's benchmarks" ${PROJECT_IS_TOP_LEVEL})
option(ATTAIN_BUILD_EXAMPLES "Build attain's examples" ${PROJECT_IS_TOP_LEVEL})
option(ATTAIN_INSTALL "Generate attain's install rules" ${PROJECT_IS_TOP_LEVEL})
# Off for every user build, presets included: a newer compiler's new warning must never break
# a user's build. The project's CI turns it on (environment ATTAIN_WARNINGS_AS_ERRORS=ON,
# which the presets pass through; see .ci/run).
option(ATTAIN_WARNINGS_AS_ERRORS "Treat warnings as errors in attain's own targets" OFF)
set(ATTAIN_SANITIZERS "" CACHE STRING
  "Semicolon-separated sanitizers for attain's own targets, e.g. address;undefined")
option(ATTAIN_COVERAGE
  "Instrument attain's own targets for line and branch coverage (clang source-based coverage; see cmake/AttainCoverage.cmake)" OFF)
