#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Programs that outside testing used to crash, hang or leak the compiler (issue 16):
deep nesting, long lines, many names, odd bytes. Each is generated here (they are too
big or too binary to keep as files), run by yieldscope-run and by python3, and must give
the same stdout, last stderr line and exit status; a few where the engine refuses on
purpose compare with a fixed last line instead. In the sanitizer build a leak makes the
exit status differ, so the error cases double as leak tests.

  hostile.py --list                   the case names
  hostile.py ENGINE PYTHON CASE       runs one case
"""
import os
import subprocess
import sys
import tempfile


def blocks(n, header="if True:", body="print('ok')"):
    return "".join(" " * i + header + "\n" for i in range(n)) + " " * n + body + "\n"


def elifs(n):
    return ("x = 1\nif x == 0:\n    pass\n" + "elif x == 1:\n    pass\n" * n +
            "print('ok')\n")


def static_blocks(n, kind):
    if kind == "for":
        return "".join(" " * i + f"for i{i} in [1]:\n" for i in range(n)) + " " * n + "print('ok')\n"
    if kind == "while":
        return "".join(" " * i + "while True:\n" for i in range(n)) + " " * n + "break\nprint('ok')\n"
    if kind == "try":
        return ("".join(" " * i + "try:\n" for i in range(n)) + " " * n + "pass\n" +
                "".join(" " * i + "finally: pass\n" for i in reversed(range(n))) + "print('ok')\n")
    if kind == "with":
        return ("class C:\n    def __enter__(self): return self\n"
                "    def __exit__(self, *a): return False\n" +
                "".join(" " * i + "with C():\n" for i in range(n)) + " " * n + "pass\nprint('ok')\n")
    if kind == "except":
        # 18 loops, then an except body: CPython counts the handler as two blocks.
        return ("def f():\n" + "".join(" " * (i + 1) + f"for i{i} in [1]:\n" for i in range(n)) +
                " " * (n + 1) + "try:\n" + " " * (n + 2) + "raise ValueError\n" +
                " " * (n + 1) + "except ValueError:\n" + " " * (n + 2) + "print('caught')\n"
                "f()\n")
    raise ValueError(kind)


# name -> (source as str or bytes, expected last stderr line or None to ask python3)
CASES = {
    # Deep nesting: CPython's parser gives up with MemoryError past 6000 levels, its
    # compiler with RecursionError past 3000, its tokenizer past 200 brackets.
    "elif-100000": (elifs(100000), None),
    "elif-5000": (elifs(5000), None),
    "elif-2997": (elifs(2997), None),
    "brackets-100000": ("x = " + "(" * 100000 + "1" + ")" * 100000 + "\n", None),
    "brackets-199": ("x = " + "(-" * 199 + "1" + ")" * 199 + "\nprint(x)\n", None),
    "blocks-10000": (blocks(10000), None),
    "blocks-100": (blocks(100), None),
    "blocks-99": (blocks(99), None),
    "lambda-10000": ("f = " + "lambda: " * 10000 + "1\nprint('ok')\n", None),
    "lambda-2983": ("f = " + "lambda: " * 2983 + "1\nprint(type(f).__name__)\n", None),
    "unary-100000": ("x = " + "-" * 100000 + "1\nprint(x)\n", None),
    "unary-5967": ("x = " + "-" * 5967 + "1\nprint(x)\n", None),
    "not-100000": ("x = " + "not " * 100000 + "1\nprint(x)\n", None),
    "ifexp-100000": ("x = " + "0 if 0 else " * 100000 + "1\nprint(x)\n", None),
    "ifexp-2990": ("x = " + "0 if 0 else " * 2990 + "1\nprint(x)\n", None),
    "power-100000": ("x = " + "**".join(["1"] * 100000) + "\nprint(x)\n", None),
    "sum-3000": ("x = " + "+".join(["1"] * 3000) + "\nprint(x)\n", None),
    "sum-2999": ("x = " + "+".join(["1"] * 2999) + "\nprint(x)\n", None),
    "sum-100000": ("x = " + "+".join(["1"] * 100000) + "\nprint(x)\n", None),
    "calls-3000": ("def f(*a): return f\nx = f" + "()" * 3000 + "\nprint('ok')\n", None),
    "attributes-3000": ("x = 1 .real" + ".real" * 3000 + "\nprint(x)\n", None),
    "subscripts-100000": ("x = [1]" + "[0:1]" * 100000 + "\nprint(x)\n", None),
    # CPython's compiler allows 20 nested blocks in a function.
    "for-20": (static_blocks(20, "for"), None),
    "for-21": (static_blocks(21, "for"), None),
    "while-21": (static_blocks(21, "while"), None),
    "try-21": (static_blocks(21, "try"), None),
    "with-21": (static_blocks(21, "with"), None),
    "except-18": (static_blocks(18, "except"), None),
    "except-19": (static_blocks(19, "except"), None),
    # Long lines and many names: linear, not quadratic.
    "list-200000-one-line": ("x = [" + ",".join(str(i) for i in range(200000)) +
                             "]\nprint(len(x), x[-1])\n", None),
    "string-300000-one-line": ("x = '" + "\u00e9" * 300000 + "'; y = 1\nprint(len(x), y)\n", None),
    # Compiled, never run: the VM's own lookup of globals is not what this measures.
    "globals-200000": ("if len('') > 0:\n" + "".join(f"    v{i} = {i}\n" for i in range(200000)) +
                       "print('compiled')\n", None),
    "locals-100000": ("def f():\n" + "".join(f"    v{i} = {i}\n" for i in range(100000)) +
                      "    return v99999 + v0\nprint(f())\n", None),
    "constants-100000": ("x = [" + ",".join(f"'s{i}'" for i in range(100000)) + "]\nprint(len(set(x)))\n",
                         None),
    # Compile errors that leaked (the sanitizer build checks).
    "leak-dotted-import": ("import itertools.x\n", None),
    "leak-metaclass": ("class A(metaclass=type):\n    pass\n",
                       "SyntaxError: the class keyword 'metaclass' is not supported by Yieldscope"),
    "leak-def-starred": ("def f(): *1\n", None),
    "leak-genexp-starred-target": ("m = []\nx = (t for*t in m)\n", None),
    "leak-comprehension-error": ("def f():\n    return [x for x in y for z in (*a)]\n", None),
    "leak-finally-error": ("def f():\n    try:\n        return 1\n    finally:\n        *x\n", None),
    "leak-nested-def-error": ("def f():\n    def g():\n        class C:\n            def h(self):\n"
                              "                return lambda: (yield)\n        return *a\n", None),
    "leak-lambda-error": ("f = lambda: [*a for a in b]\n", None),
    # Bytes CPython reads differently.
    "bom": (b"\xef\xbb\xbfprint('bom skipped')\nprint(1/0)\n", None),
    "crlf-triple-quoted": (b"s = '''a\r\nb\r\nc'''\r\nprint(repr(s))\r\nif s:\r\n    print('x')\r\n", None),
    "cr-alone": (b"s = '''a\rb'''\rprint(repr(s))\r", None),
    "crlf-continuation": (b"x = 1 + \\\r\n  2\r\ns = 'a\\\r\nb'\r\nprint(x, s)\r\n", None),
    "tab-then-spaces": (b"if 1:\n\tx = 1\n        y = 2\nprint(x, y)\n", None),
    "spaces-then-tab": (b"if 1:\n    if 1:\n\tx = 1\nprint('ok')\n", None),
    "tab-dedent": (b"if 1:\n\tif 1:\n\t    x = 1\n        y = 2\nprint(x, y)\n", None),
    "tabs-consistent": (b"if 1:\n\tif 1:\n\t\tx = 1\n\ty = 2\nprint(x, y)\n", None),
    # CPython 3.11's limit on decimal conversions.
    "int-literal-5000-digits": ("x = 1\ny = " + "1" * 5000 + "\n", None),
    "int-literal-4300-digits": ("y = " + "1" * 4300 + "\nprint(y % 7)\n", None),
    "int-literal-underscores": ("y = " + "1_" * 4300 + "1\n", None),
    "int-literal-zeros": ("y = " + "0" * 5000 + "\nprint(y)\n", None),
    "int-literal-hex": ("y = 0x" + "f" * 5000 + "\nprint(y % 7)\n", None),
    "int-conversions": ("""
def t(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r % 1000)
    except ValueError as e:
        print(label, "ValueError", e)
t("int4300", lambda: int('1' * 4300))
t("int4301", lambda: int('1' * 4301))
t("int-sign-space", lambda: int(' -' + '1' * 4301 + ' '))
t("int-underscores", lambda: int('1_' * 4300 + '1'))
t("int-zeros", lambda: int('0' * 5000))
t("int-base16", lambda: int('f' * 5000, 16))
t("int-base7", lambda: int('1' * 5000, 7))
t("int-base0", lambda: int('1' * 5000, 0))
t("int-base0-hex", lambda: int('0x' + '1' * 5000, 0))
t("str4300", lambda: str(10 ** 4299))
t("str4301", lambda: str(10 ** 4300))
t("str-negative", lambda: str(-10 ** 4300))
t("repr", lambda: repr(10 ** 4300))
t("fstring", lambda: f"{10 ** 4300}")
t("format-d", lambda: format(10 ** 4300, 'd'))
t("percent-d", lambda: '%d' % 10 ** 4300)
t("hex", lambda: hex(10 ** 4300))
t("in-list", lambda: str([10 ** 4300]))
print(int('1' * 5000))
""", None),
}


def run(argv, cwd):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=90, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    return p.stdout.decode("utf-8", "replace"), err[-1] if err else "", p.returncode, p.stderr


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return 0
    engine, python, case = sys.argv[1:4]
    source, expected_last = CASES[case]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.py")
        with open(path, "wb") as f:
            f.write(source if isinstance(source, bytes) else source.encode("utf-8"))
        actual = run([os.path.abspath(engine), path], tmp)
        if actual is None:
            print(f"yieldscope-run timed out on {case}")
            return 1
        if expected_last is not None:
            expected = ("", expected_last, 1)
        else:
            expected = run([python, path], tmp)
            if expected is None:
                print(f"python3 timed out on {case}")
                return 1
    ok = True
    for what, e, a in zip(("stdout", "last stderr line", "exit status"), expected, actual):
        if e != a:
            ok = False
            print(f"--- {what} differs")
            print(f"python3:        {e[:2000]!r}")
            print(f"yieldscope-run: {a[:2000]!r}")
    if not ok:
        sys.stdout.write(actual[3].decode("utf-8", "replace")[-4000:])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
