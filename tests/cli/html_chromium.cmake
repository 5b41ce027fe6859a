# The HTML review as a person sees it: rendered in headless Chromium, read back from the DOM
# Chromium built, printed to PDF, and photographed at a phone's and a desktop's width.
#
#   DATA   the bundled review (examples/data/cam-thuy): in vi and en, every target's name,
#          value, target and completion text (as the Markdown report gives them) and unit of
#          measure (as the JSON report gives it) appear in its card; the PDF has at most
#          MAX_PAGES pages on A4 and on Letter.
#   MULTI  targets over different terms (tests/data/html/multi-term): each card shows its own
#          elapsed share and forecast year, the page header claims no one term
#          (expected.en.txt: "+ where text" must appear, "- where text" must not, where =
#          cover, the page before the cards, or a card's id t1, t2, …).
#
# Chromium is looked for now, when the test runs (not when CMake configures), so that one
# installed after the build directory was made is used. ATTAIN_CHROMIUM in the environment
# names one explicitly. Without Chromium the test prints SKIPPED (the test's
# SKIP_REGULAR_EXPRESSION): a skip, not a pass.
cmake_minimum_required(VERSION 3.25)

if(DEFINED ENV{ATTAIN_CHROMIUM} AND NOT "$ENV{ATTAIN_CHROMIUM}" STREQUAL "")
  set(CHROMIUM "$ENV{ATTAIN_CHROMIUM}")
else()
  find_program(CHROMIUM NAMES chromium chromium-browser google-chrome google-chrome-stable chrome headless_shell
               NO_CACHE)
endif()
if(NOT CHROMIUM)
  message("SKIPPED: chromium is not installed")
  return()
endif()
if(NOT DEFINED MAX_PAGES)
  set(MAX_PAGES 10)
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/profile")

# chromium(<output variable> <arguments…>): runs headless Chromium on a fresh profile; stdout
# (the DOM for --dump-dom) in the variable.
function(chromium out)
  execute_process(
    COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --disable-background-networking
            --disable-component-update --disable-sync --no-first-run --disable-extensions --hide-scrollbars
            --user-data-dir=${WORK}/profile ${ARGN}
    RESULT_VARIABLE status OUTPUT_VARIABLE stdout ERROR_VARIABLE errors TIMEOUT 90)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "chromium ${ARGN} failed (${status}):\n${errors}")
  endif()
  set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

# attain(<output file> <arguments…>)
function(attain file)
  execute_process(COMMAND ${PROGRAM} ${ARGN} --output ${file} RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0 AND NOT status EQUAL 1)  # 1: findings (targets behind), still a report
    message(FATAL_ERROR "attain ${ARGN}: exit code ${status}\n${errors}")
  endif()
endfunction()

# read_lines(<out> <file>): the file's lines as a list, each ";" in them replaced by ${semi}
# (a list would split there); restore(<var>) puts them back.
string(ASCII 1 bar)
string(ASCII 2 semi)
function(read_lines out file)
  file(READ "${file}" content)
  string(REPLACE ";" "${semi}" content "${content}")
  string(REPLACE "\r\n" "\n" content "${content}")
  string(REPLACE "\n" ";" content "${content}")
  set(${out} "${content}" PARENT_SCOPE)
endfunction()
macro(restore var)
  string(REPLACE "${semi}" ";" ${var} "${${var}}")
endmacro()

# Text as the DOM serialises it.
function(as_dom out text)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The part of the DOM a reader looks at for `where`: a card (t1, t2, …) or the cover and
# summary before the cards.
function(part out dom where)
  if(where STREQUAL "cover")
    string(FIND "${dom}" "<section class=\"cards\"" end)
    string(SUBSTRING "${dom}" 0 ${end} piece)
  else()
    string(FIND "${dom}" "<article class=\"card\" id=\"${where}\"" begin)
    if(begin EQUAL -1)
      message(FATAL_ERROR "the page has no card ${where}")
    endif()
    string(SUBSTRING "${dom}" ${begin} -1 piece)
    string(FIND "${piece}" "</article>" end)
    string(SUBSTRING "${piece}" 0 ${end} piece)
  endif()
  set(${out} "${piece}" PARENT_SCOPE)
endfunction()

# Pages of a PDF: its page objects, "/Type /Page" (not "/Type /Pages", the tree).
function(pdf_pages out pdf)
  file(STRINGS "${pdf}" pages REGEX "/Type */Page([^s]|$)")
  list(LENGTH pages n)
  set(${out} ${n} PARENT_SCOPE)
endfunction()

# render(<name> <data directory> <language>): the page, its static checks, its DOM.
function(render name data lang)
  set(html "${WORK}/${name}.html")
  attain(${html} review ${data} --lang ${lang} --format html)
  file(READ "${html}" page)
  foreach(needle "<svg" "</html>" "class=\"badge" "<table class=\"summary-table\"" "@page" "counter(page)")
    string(FIND "${page}" "${needle}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${html} has no ${needle}")
    endif()
  endforeach()
  # Self-contained: nothing fetched from elsewhere, nothing run.
  if(page MATCHES "(src|href)=\"(https?:)?//" OR page MATCHES "<script" OR page MATCHES "<link")
    message(FATAL_ERROR "${html} refers to an external asset or has a script")
  endif()
  chromium(dom --dump-dom file://${html})
  if(NOT dom MATCHES "</article>")
    message(FATAL_ERROR "chromium's DOM of ${html} has no card:\n${dom}")
  endif()
  set(dom "${dom}" PARENT_SCOPE)
endfunction()

# Every target's name, value, target and completion text, and its unit, in its card.
function(check_targets name data lang dom)
  set(md "${WORK}/${name}.md")
  set(json "${WORK}/${name}.json")
  attain(${md} review ${data} --lang ${lang} --format markdown)
  attain(${json} review ${data} --lang ${lang} --format json)
  file(READ "${json}" report)
  string(JSON count LENGTH "${report}" targets)
  read_lines(lines "${md}")
  list(FILTER lines INCLUDE REGEX "^\\| [0-9]+ \\| ")
  set(rows "${lines}")
  list(LENGTH rows n_rows)
  if(NOT n_rows EQUAL count)
    message(FATAL_ERROR "${name}: ${count} targets in the JSON report, ${n_rows} rows in the Markdown table")
  endif()
  set(i 0)
  foreach(row IN LISTS rows)
    math(EXPR n "${i} + 1")
    part(card "${dom}" t${n})
    # | # | name | value | target | completion | …: the cells, with "\|" kept whole.
    string(REPLACE "\\|" "${bar}" row "${row}")
    string(REGEX MATCHALL "\\| [^|]*" cells "${row}")
    set(figures)
    foreach(c 1 2 3 4)
      list(GET cells ${c} cell)
      string(REGEX REPLACE "^\\| (.*[^ ]) *$" "\\1" cell "${cell}")
      string(REPLACE "${bar}" "|" cell "${cell}")
      list(APPEND figures "${cell}")
    endforeach()
    string(JSON unit GET "${report}" targets ${i} unit_of_measure)
    list(APPEND figures "${unit}")
    foreach(figure IN LISTS figures)
      restore(figure)
      as_dom(shown "${figure}")
      string(FIND "${card}" "${shown}" at)
      if(at EQUAL -1)
        message(FATAL_ERROR "${name}: card t${n} does not show \"${figure}\"")
      endif()
    endforeach()
    math(EXPR i "${i} + 1")
  endforeach()
  message(STATUS "${name}: ${count} cards show their name, value, target, completion and unit")
endfunction()

# The PDF on A4 and on Letter (the page leaves the paper to the printer: an @page size rule
# added to a copy chooses it here), at most MAX_PAGES pages each.
function(check_print name)
  file(READ "${WORK}/${name}.html" page)
  foreach(paper A4 letter)
    set(copy "${WORK}/${name}.${paper}.html")
    set(pdf "${WORK}/${name}.${paper}.pdf")
    string(REPLACE "</style>" "@page{size:${paper}}</style>" printed "${page}")
    file(WRITE "${copy}" "${printed}")
    chromium(ignored --no-pdf-header-footer --print-to-pdf=${pdf} file://${copy})
    if(NOT EXISTS "${pdf}")
      message(FATAL_ERROR "chromium wrote no PDF ${pdf}")
    endif()
    pdf_pages(pages "${pdf}")
    message(STATUS "${name}: ${pages} pages on ${paper}")
    if(pages LESS 1 OR pages GREATER MAX_PAGES)
      message(FATAL_ERROR "${name} prints on ${pages} ${paper} pages (at most ${MAX_PAGES}): ${pdf}")
    endif()
  endforeach()
endfunction()

# Screenshots at a phone's and a desktop's width.
function(check_screens name)
  foreach(size 390,2400 1100,1600)
    string(REPLACE "," "x" tag "${size}")
    set(png "${WORK}/${name}.${tag}.png")
    chromium(ignored --window-size=${size} --screenshot=${png} file://${WORK}/${name}.html)
    if(NOT EXISTS "${png}")
      message(FATAL_ERROR "chromium wrote no screenshot ${png}")
    endif()
    file(SIZE "${png}" bytes)
    if(bytes LESS 10000)
      message(FATAL_ERROR "the screenshot ${png} is only ${bytes} bytes: the page did not render")
    endif()
  endforeach()
endfunction()

foreach(lang vi en)
  render(review.${lang} ${DATA} ${lang})
  check_targets(review.${lang} ${DATA} ${lang} "${dom}")
  check_print(review.${lang})
  check_screens(review.${lang})
endforeach()

# Targets over different terms.
render(multi.en ${MULTI} en)
check_targets(multi.en ${MULTI} en "${dom}")
read_lines(expectations "${MULTI}/expected.en.txt")
foreach(line IN LISTS expectations)
  restore(line)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^([+-]) ([^ ]+) (.+)$")
    message(FATAL_ERROR "expected.en.txt: cannot read \"${line}\"")
  endif()
  set(present "${CMAKE_MATCH_1}")
  set(where "${CMAKE_MATCH_2}")
  as_dom(text "${CMAKE_MATCH_3}")
  part(piece "${dom}" ${where})
  string(FIND "${piece}" "${text}" at)
  if(present STREQUAL "+" AND at EQUAL -1)
    message(FATAL_ERROR "multi-term: ${where} does not show \"${text}\"")
  elseif(present STREQUAL "-" AND NOT at EQUAL -1)
    message(FATAL_ERROR "multi-term: ${where} shows \"${text}\", which it must not")
  endif()
endforeach()
message(STATUS "multi-term: every card shows its own term, elapsed share and forecast year")
