# Strict warnings and sanitizers for attain's own targets only — never through
# CMAKE_CXX_FLAGS, so a consumer's build is not affected.
function(attain_strict_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
      -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      # g++ 12's -Wrestrict (part of -Wall) is wrong about std::string at -O2 and -O3: it
      # flags `s = "X"` and `"U" + std::to_string(i)` (GCC bugs 105329 and 105651), so no
      # optimised build of the tests passed with -Werror. Later compilers keep the warning.
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(ATTAIN_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  if(ATTAIN_SANITIZERS)
    list(JOIN ATTAIN_SANITIZERS "," _san)
    target_compile_options(${target} PRIVATE -fsanitize=${_san} -fno-omit-frame-pointer
      -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${_san})
  endif()
  if(ATTAIN_COVERAGE)
    # clang's source-based coverage (cmake/AttainCoverage.cmake), unoptimised so that every
    # line and branch of the source is counted as written; the target is recorded so that
    # the report reads the coverage mapping of every instrumented program.
    target_compile_options(${target} PRIVATE -fprofile-instr-generate -fcoverage-mapping -O0)
    target_link_options(${target} PRIVATE -fprofile-instr-generate)
    set_property(GLOBAL APPEND PROPERTY ATTAIN_COVERAGE_TARGETS ${target})
  endif()
endfunction()
