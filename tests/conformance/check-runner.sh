#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# yieldscope-run behaves like python3 where no program runs: an unreadable file is one
# line on stderr and exit status 2; a syntax error is exit status 1 with CPython's last
# line; output goes to stdout and errors to stderr.
engine=${1:?usage: check-runner.sh YIELDSCOPE_RUN PYTHON}
python=${2:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

check () {
  what=$1 expected=$2 actual=$3
  if [ "$expected" != "$actual" ]; then
    echo "FAIL: $what: python3 gave [$expected], yieldscope-run gave [$actual]"
    status=1
  else
    echo "ok: $what"
  fi
}

"$engine" "$tmp/missing.py" >"$tmp/out" 2>"$tmp/err"; code=$?
"$python" "$tmp/missing.py" >/dev/null 2>"$tmp/perr"; pcode=$?
check "missing file: exit status" "$pcode" "$code"
check "missing file: stderr lines" "$(wc -l <"$tmp/perr")" "$(wc -l <"$tmp/err")"
check "missing file: message" "$(sed 's/^[^:]*: //' "$tmp/perr")" "$(sed 's/^[^:]*: //' "$tmp/err")"
check "missing file: nothing on stdout" "" "$(cat "$tmp/out")"

printf 'print("hello")\n' >"$tmp/hello.py"
"$engine" "$tmp/hello.py" >"$tmp/out" 2>"$tmp/err"; code=$?
check "hello: exit status" 0 "$code"
check "hello: stdout" "hello" "$(cat "$tmp/out")"
check "hello: stderr" "" "$(cat "$tmp/err")"

printf 'print("before")\nx = (1,\n' >"$tmp/syntax.py"
"$engine" "$tmp/syntax.py" >"$tmp/out" 2>"$tmp/err"; code=$?
"$python" "$tmp/syntax.py" >"$tmp/pout" 2>"$tmp/perr"; pcode=$?
check "syntax error: exit status" "$pcode" "$code"
check "syntax error: nothing runs" "$(cat "$tmp/pout")" "$(cat "$tmp/out")"
check "syntax error: last line" "$(tail -n 1 "$tmp/perr")" "$(tail -n 1 "$tmp/err")"
check "syntax error: where" "$(grep 'line' "$tmp/perr" | head -n 1)" "$(grep 'line' "$tmp/err" | head -n 1)"
exit $status
