# Strict warnings and sanitizers for attain's own targets only — never through
# CMAKE_CXX_FLAGS, so a consumer's build is not affected.
function(attain_strict_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
      -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
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
    # -O0 keeps every line and branch of the source in the object code, so gcov counts them
    # as written; inline functions of the headers are counted in each test that uses them.
    target_compile_options(${target} PRIVATE --coverage -O0 -fno-inline)
    target_link_options(${target} PRIVATE --coverage)
  endif()
endfunction()
