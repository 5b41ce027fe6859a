# doxygen_filter.awk — lets Doxygen read attain's headers as they are written.
#
# attain's headers use plain // comments (../STYLE.md §17): a prologue with the header's
# concept, CAPITALISED sections and a CASE STUDY, then a comment above each declaration.
# Doxygen reads only special comments, so this filter (Doxygen's INPUT_FILTER, run as
# `awk -f doxygen_filter.awk <file>`) rewrites them on the fly, line for line (so that
# warnings point at the right line of the real header):
#   * the prologue becomes the file's documentation: its first line the brief description,
#     the rest a verbatim block (examples keep their layout and their results in comments);
#   * a run of // lines directly above a declaration (outside function bodies) becomes ///;
#   * a trailing // comment after a member or an enumerator (`int n = 0;  // rows`) becomes ///<.
# Comments inside function bodies, section rules and comments followed by a blank line are
# left alone. Headers are not changed on disk.

function flush_plain(   i) {
  for (i = 1; i <= nbuf; i++) print buf[i]
  nbuf = 0
}

function flush_doc(   i, s) {
  for (i = 1; i <= nbuf; i++) {
    s = buf[i]
    sub(/\/\//, "///", s)
    print s
  }
  nbuf = 0
}

# The code part of a line: without a trailing // comment and without string and character
# literals (so that braces inside them are not counted).
function code_of(line,   out, i, c, n, q) {
  out = ""; n = length(line); q = ""
  for (i = 1; i <= n; i++) {
    c = substr(line, i, 1)
    if (q != "") {
      if (c == "\\") { i++; continue }
      if (c == q) q = ""
      continue
    }
    if (c == "\"" || c == "'") { q = c; continue }
    if (c == "/" && substr(line, i + 1, 1) == "/") break
    out = out c
  }
  return out
}

function count_char(s, ch,   n, i) {
  n = 0
  for (i = 1; i <= length(s); i++) if (substr(s, i, 1) == ch) n++
  return n
}

function in_body(   i) {
  for (i = 1; i <= depth; i++) if (kind[i] == "body") return 1
  return 0
}

BEGIN { prologue = 1; depth = 0; nbuf = 0; pending = "" }

{
  line = $0
  if (prologue) {
    if (line ~ /^\/\//) {
      text = line
      sub(/^\/\/ ?/, "", text)
      if (NR == 1) {
        brief = text
        sub(/^[^ ]+ — /, "", brief)
        first = text
        sub(/ — .*/, "", first)
        held = "/** @file " first " @brief " brief
        started = 0
        next
      }
      print held
      held = (started ? "   " : "@verbatim   ") text
      if (!started && text == "") held = "@verbatim"
      started = 1
      next
    }
    prologue = 0
    if (NR > 1) print held (started ? " @endverbatim */" : " */")
  }

  if (line ~ /^[ \t]*\/\/([^\/!].*)?$/) {   # a comment-only line
    buf[++nbuf] = line
    next
  }

  code = code_of(line)
  stripped = code
  gsub(/^[ \t]+|[ \t]+$/, "", stripped)

  if (nbuf > 0) {
    documentable = !in_body() && stripped != "" && stripped !~ /^(#(if|ifdef|ifndef|else|elif|endif|include|pragma|error)|}|namespace |(public|private|protected):|using namespace|static_assert)/
    if (documentable) flush_doc(); else flush_plain()
  }

  out = line
  if (!in_body() && line ~ /[;,][ \t]+\/\/ / && stripped !~ /^(#|return|case|if|for|while|})/)
    sub(/[ \t]+\/\/ /, "  ///< ", out)
  print out

  # Scopes opened and closed on this line.
  if (stripped != "") pending = pending " " stripped
  opens = count_char(code, "{"); closes = count_char(code, "}")
  net = opens - closes
  if (net > 0) {
    k = (pending ~ /(^|[^A-Za-z_])(class|struct|union|enum|namespace)([^A-Za-z_]|$)/ && pending !~ /[)=][ \t]*(const|noexcept|override|->[^{]*)?[ \t]*{/) ? "decl" : "body"
    for (j = 0; j < net; j++) kind[++depth] = k
  } else if (net < 0) {
    depth += net
    if (depth < 0) depth = 0
  }
  if (code ~ /[;{}][ \t]*$/ || stripped ~ /^#/) pending = ""
}

END {
  if (prologue && NR > 0) print held (started ? " @endverbatim */" : " */")
  flush_plain()
}
