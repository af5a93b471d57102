#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one program with yieldscope-run and with python3 and compares what matters:
stdout, the last line of stderr and the exit status."""
import os
import subprocess
import sys


def run(argv, cwd):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    err_lines = p.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    return p.stdout.decode("utf-8", "replace"), err_lines[-1] if err_lines else "", p.returncode


def main():
    engine, python, program = sys.argv[1:4]
    engine = os.path.abspath(engine)
    cwd = os.path.dirname(os.path.abspath(program))
    env_program = os.path.abspath(program)
    expected = run([python, env_program], cwd)
    actual = run([engine, env_program], cwd)
    if expected is None:
        print(f"python3 timed out on {program}")
        return 1
    if actual is None:
        print(f"yieldscope-run timed out on {program}")
        return 1
    ok = True
    for what, e, a in zip(("stdout", "last stderr line", "exit status"), expected, actual):
        if e != a:
            ok = False
            print(f"--- {what} differs")
            if what == "stdout":
                import difflib
                sys.stdout.writelines(difflib.unified_diff(
                    e.splitlines(True), a.splitlines(True), "python3", "yieldscope-run", n=2))
                print()
            else:
                print(f"python3:        {e!r}")
                print(f"yieldscope-run: {a!r}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
