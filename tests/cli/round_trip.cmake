# tidy → SDMX-CSV → tidy gives the same observations as tidy → tidy (both written by attain).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(step "convert;${INPUT};--to;sdmx;-o;${WORK}/sdmx.csv"
             "convert;${WORK}/sdmx.csv;--to;tidy;-o;${WORK}/back.csv"
             "convert;${INPUT};--to;tidy;-o;${WORK}/direct.csv")
  execute_process(COMMAND ${PROGRAM} ${step} RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "attain ${step}: exit code ${status}\n${errors}")
  endif()
endforeach()
file(READ "${WORK}/back.csv" back)
file(READ "${WORK}/direct.csv" direct)
if(NOT back STREQUAL direct)
  execute_process(COMMAND diff -u "${WORK}/direct.csv" "${WORK}/back.csv")
  message(FATAL_ERROR "the round trip through SDMX-CSV changed the observations")
endif()
