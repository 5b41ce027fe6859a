# Renders the HTML review of the bundled data in headless Chromium and checks that the page
# loads and a screenshot is written. Without Chromium it prints SKIPPED (the test's
# SKIP_REGULAR_EXPRESSION), so that CI without a browser reports a skip, not a pass.
if(NOT CHROMIUM)
  message("SKIPPED: chromium is not installed")
  return()
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/profile")
foreach(lang vi en)
  set(html "${WORK}/review.${lang}.html")
  set(png "${WORK}/review.${lang}.png")
  execute_process(COMMAND ${PROGRAM} review ${DATA} --lang ${lang} --format html --output ${html}
    RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "attain review --format html: exit code ${status}\n${errors}")
  endif()
  file(READ "${html}" page)
  foreach(needle "<svg" "</html>" "class=\"badge")
    string(FIND "${page}" "${needle}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${html} has no ${needle}")
    endif()
  endforeach()
  # Self-contained: nothing is fetched from elsewhere.
  if(page MATCHES "(src|href)=\"(https?:)?//")
    message(FATAL_ERROR "${html} refers to an external asset")
  endif()
  execute_process(
    COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-background-networking
            --disable-component-update --disable-sync --no-first-run --user-data-dir=${WORK}/profile
            --window-size=900,1400 --screenshot=${png} file://${html}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE errors TIMEOUT 90)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "chromium failed (${status}):\n${errors}")
  endif()
  if(NOT EXISTS "${png}")
    message(FATAL_ERROR "chromium wrote no screenshot ${png}:\n${errors}")
  endif()
  file(SIZE "${png}" size)
  if(size LESS 10000)
    message(FATAL_ERROR "the screenshot ${png} is only ${size} bytes: the page did not render")
  endif()
  message(STATUS "${png}: ${size} bytes")
endforeach()
