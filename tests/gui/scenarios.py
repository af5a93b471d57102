#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI scenarios: the real app under Xvfb plays a script (--play --fast) on a program,
dumps what its window shows (--dump-state) and takes a screenshot; each scenario then
checks the dump. Where Python decides the answer (a syntax error's place, what a
program prints), python3 is asked.

    scenarios.py NAME      run one scenario (meson runs each as its own test)
    scenarios.py --list    the names
"""
import json
import os
import subprocess
import sys
import tempfile

APP = os.environ.get("YIELDSCOPE_APP", "yieldscope")
SHOTS = os.path.join(os.environ.get("G_TEST_BUILDDIR", "."), "shots")

COUNTER = """\
def count_up_to(n):
    i = 1
    try:
        while i <= n:
            received = yield i
            if received is not None:
                i = received
            i += 1
        return "done"
    finally:
        print("cleanup")


g = count_up_to(3)
"""

COROUTINE = """\
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


a = averager()
next(a)
"""

RECOVERING = """\
def careful():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"


w = careful()
next(w)
"""

PIPELINE = """\
def numbers(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1


def squares(source):
    for n in source:
        yield n * n


total = 0
for sq in squares(numbers(3)):
    total += sq
print("total", total)
"""

RUNTIME_ERROR = """\
def ratios(values):
    for v in values:
        yield 10 / v


for r in ratios([5, 2, 0, 1]):
    print(r)
"""

SYNTAX_ERROR = """\
def broken(n):
    for i in range(n)
        yield i
"""

DELEGATING = """\
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    yield f"outer got {result}"


o = outer()
"""

RUNAWAY = """\
n = 0
while True:
    n += 1
"""


def run_app(name, program, script, env_extra=None, autosave=None, expect_failure=False, marker=False):
    """Plays @script on @program (None: the app's own); returns the dumped state.
    @marker: the app died while loading the autosave last time."""
    os.makedirs(SHOTS, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "program.py")
        with open(prog, "w") as f:
            f.write(program or "")
        play = os.path.join(tmp, "script.txt")
        with open(play, "w") as f:
            f.write(script)
        dump = os.path.join(tmp, "state.json")
        env = dict(os.environ)
        env["YIELDSCOPE_AUTOSAVE"] = os.path.join(tmp, "autosave.py")
        if autosave is not None:
            with open(env["YIELDSCOPE_AUTOSAVE"], "w") as f:
                f.write(autosave)
        if marker:
            open(env["YIELDSCOPE_AUTOSAVE"] + ".loading", "w").close()
        env.update(env_extra or {})
        argv = ["xvfb-run", "-a", "-s", "-screen 0 1920x1200x24", APP, "--play", play, "--fast",
                "--dump-state", dump, "--screenshot", os.path.join(SHOTS, name + ".png")]
        if program is not None:
            argv.append(prog)
        proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        if expect_failure:
            if proc.returncode == 0:
                sys.exit(f"{name}: yieldscope should have failed")
            return proc.stderr
        if proc.returncode != 0:
            sys.exit(f"{name}: yieldscope exited {proc.returncode}\n{proc.stderr}")
        with open(dump) as f:
            state = json.load(f)
        state["marker_left"] = os.path.exists(env["YIELDSCOPE_AUTOSAVE"] + ".loading")
        return state


def python_stdout(program):
    return subprocess.run(["python3", "-c", program], capture_output=True, text=True).stdout


def card(state, name):
    cards = [c for c in state["cards"] if c["name"] == name or c["binding"] == name]
    assert len(cards) == 1, f"one card named {name}, got {[c['name'] for c in state['cards']]}"
    return cards[0]


def settled(state):
    """@state without what depends on when layout ran (a card's place in the pane)."""
    for c in state["cards"]:
        c.pop("on_screen", None)
    return state


def check(cond, what, state):
    if not cond:
        sys.exit(f"failed: {what}\nstate: {json.dumps(state, indent=2)}")


# Scenarios

def counting_to_exhaustion():
    s = run_app("counting", COUNTER, "run\nnext g\nnext g\nnext g\nnext g\n")
    c = card(s, "g")
    check(s["console"].startswith(">>> next(g)\n1\n>>> next(g)\n2\n>>> next(g)\n3\n"), "yields 1 2 3", s)
    check("cleanup" in s["console"] and "StopIteration: done" in s["console"], "finally runs, StopIteration", s)
    check(c["state"] == "CLOSED", "the card is closed", s)
    check(c["event"] == "StopIteration('done')", "the card shows the StopIteration and its value", s)
    check(c["last_value"] == "3", "last value yielded", s)


def send_to_coroutine():
    s = run_app("send", COROUTINE, "run\nsend a 10\nsend a 20\n")
    c = card(s, "a")
    check(c["state"] == "SUSPENDED", "suspended at its yield", s)
    check(c["last_value"] == "15.0", "yielded the running average", s)
    check(c["locals"] == ["total = 30", "count = 2", "average = 15.0", "value = 20"], "locals as shown", s)
    check(set(c["changed"]) == {"total", "count", "average", "value"}, "changes of the last send highlighted", s)
    check(">>> a.send(10)\n10.0\n>>> a.send(20)\n15.0\n" in s["console"], "console shows the results", s)


def throw_caught():
    s = run_app("throw-caught", RECOVERING, "run\nthrow w ValueError\n")
    c = card(s, "w")
    check(c["state"] == "SUSPENDED" and c["last_value"] == "'recovered'", "caught and yielded again", s)
    check("caught ValueError()" in s["console"], "the handler printed", s)


def throw_uncaught():
    s = run_app("throw-uncaught", RECOVERING, "run\nthrow w KeyError\n")
    c = card(s, "w")
    check(c["state"] == "CLOSED", "an uncaught exception closes it", s)
    check(c["event"] is not None and "KeyError" in c["event"], "the card shows the exception", s)
    check(s["console"].rstrip().endswith("KeyError"), "the console shows the traceback", s)
    check(s["state"] == "finished", "the program itself had ended normally", s)


def close_runs_finally():
    s = run_app("close", COUNTER, "run\nnext g\nclose g\n")
    c = card(s, "g")
    check(c["state"] == "CLOSED", "closed", s)
    check(s["console"] == ">>> next(g)\n1\n>>> g.close()\ncleanup\n", "finally ran on close, close() returns None", s)


def pipeline_two_stages():
    s = run_app("pipeline", PIPELINE, "step\nstep\nstep\nstep\nstep\nstep\n")
    names = [c["name"] for c in s["cards"]]
    check(names == ["numbers", "squares"], "one card per stage, in creation order", s)
    sq = card(s, "squares")
    check(any(l.startswith("source = <generator numbers") for l in sq["locals"]), "squares reads numbers", s)
    s2 = run_app("pipeline-end", PIPELINE, "run\n")
    check(s2["console"] == python_stdout(PIPELINE), "the same output as python3", s2)
    check(s2["state"] == "finished", "finished", s2)
    s3 = run_app("pipeline-run-to-end", PIPELINE, "step\naction run.run-to-end\n")
    check(s3["state"] == "finished" and s3["console"] == python_stdout(PIPELINE), "Run to end (Ctrl+F5)", s3)


def step_back_across_yield():
    # Back from the end of next(g) is the moment of its yield: the input is in the
    # console, its result not yet; going to a moment again shows it as it was.
    before = run_app("back-before", COUNTER, "run\nnext g\n")
    after = run_app("back-after", COUNTER, f"run\nnext g\nnext g\ngoto {before['step']}\n")
    settled(before)
    settled(after)
    for key in ("cards", "console", "step", "state", "selected_line"):
        check(before[key] == after[key], f"going back restores {key}", {"before": before, "after": after})
    back = run_app("back-one", COUNTER, "run\nnext g\nnext g\nback\n")
    check(back["step"] == after["n_steps"] - 2, "one moment back", back)
    check(back["console"] == ">>> next(g)\n1\n>>> next(g)\n", "the input shown, its result not yet", back)
    check(card(back, "g")["last_value"] == "2" and back["state"] == "paused", "paused at the yield of 2", back)
    check(back["can_step_back"], "can go further back", back)


TRAVEL = """\
def averager():
    total = 0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
            print("average", average)
    finally:
        print("averager closed")


def numbers(n):
    for i in range(n):
        print("making", i)
        yield i


a = averager()
next(a)
for x in numbers(4):
    a.send(x * 10)
a.close()
print("done")
"""


def time_travel_exact():
    # Forward one moment at a time, dumping each; then to 24 moments in a random
    # order: each shows what it showed going forward.
    import random
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        forward = "".join(f"step\ndump {tmp}/f{i}.json\n" for i in range(1, 60))
        s = run_app("travel-forward", TRAVEL, forward)
        check(s["state"] == "finished" and s["console"] == python_stdout(TRAVEL), "ran to the end by steps", s)
        last = s["n_steps"] - 1
        check(last >= 25, "a run of many moments", s)
        states = set()
        for k in range(1, last + 1):
            with open(f"{tmp}/f{k}.json") as f:
                states |= {c["state"] for c in json.load(f)["cards"]}
        check("RUNNING" in states, f"a generator just resumed shows RUNNING (seen: {sorted(states)})", s)
        picks = [rng.randint(1, last) for _ in range(24)]
        script = "".join(f"goto {k}\ndump {tmp}/g{n}.json\n" for n, k in enumerate(picks))
        run_app("travel-back", TRAVEL, forward + script)
        for n, k in enumerate(picks):
            with open(f"{tmp}/f{k}.json") as f:
                want = json.load(f)
            with open(f"{tmp}/g{n}.json") as f:
                got = json.load(f)
            settled(want)
            settled(got)
            for key in ("step", "cards", "console", "state", "selected_line", "vm_step"):
                check(want[key] == got[key], f"moment {k}: {key} as going forward", {"forward": want, "back": got})
    # After a run to the end, back is the last event, not the start, and any moment
    # can be gone to.
    r = run_app("travel-after-run", TRAVEL, "run\nback\n")
    check(r["state"] == "paused" and r["step"] == r["n_steps"] - 2, "back from the end: the last event", r)
    g = run_app("travel-goto-after-run", TRAVEL, "run\ngoto 5\n")
    check(g["step"] == 5 and g["state"] == "paused", "goto after a run reaches that moment", g)


def syntax_error():
    s = run_app("syntax-error", SYNTAX_ERROR, "")
    try:
        compile(SYNTAX_ERROR, "program.py", "exec")
        sys.exit("python3 compiled the broken program")
    except SyntaxError as e:
        expected = (e.lineno, e.offset, e.msg)
    err = s["error"]
    check(s["state"] == "empty" and err is not None, "a syntax error stops the program", s)
    check((err["line"], err["column"], err["message"]) == expected, f"where python3 says: {expected}", s)
    check(f"line {expected[0]}, column {expected[1]}" in err["shown"], "shown with line and column", s)
    check(s["cards"] == [], "no cards", s)


def runtime_error():
    s = run_app("runtime-error", RUNTIME_ERROR, "run\n")
    err = s["error"]
    check(s["state"] == "raised", "ended by the exception", s)
    check(err["type"] == "ZeroDivisionError" and err["line"] == 3, "the line that raised it", s)
    check(s["console"].startswith("2.0\n5.0\nTraceback (most recent call last):"), "output, then the traceback", s)
    check(s["console"].rstrip().endswith("ZeroDivisionError: division by zero"), "python3's last line", s)
    c = card(s, "ratios")
    check(c["event"] is not None and "ZeroDivisionError" in c["event"], "the card shows the exception", s)


def runaway_stopped():
    s = run_app("runaway", RUNAWAY, "run\nwait 300\nstop\n")
    check(s["state"] == "raised", "stopped", s)
    check("KeyboardInterrupt" in s["console"], "the console says how it ended", s)
    # Told, not asserted: timings are the benchmarks' business.
    print(f"stopped {s['stop_ms']:.1f} ms after Stop")
    s2 = run_app("runaway-after", RUNAWAY, "run\nwait 200\nstop\neval n > 1000\n")
    check(s2["console"].rstrip().endswith("True"), "the console works after a stop", s2)


def timeline_goto():
    end = run_app("goto-end", COUNTER, "run\nnext g\nnext g\n")
    first = run_app("goto-first", COUNTER, "run\nnext g\n")
    back = run_app("goto", COUNTER, f"run\nnext g\nnext g\ngoto {first['step']}\n")
    settled(back)
    settled(first)
    check(back["step"] == first["step"] and back["cards"] == first["cards"], "goto restores that moment", back)
    check(back["console"] == first["console"], "and its console", back)
    check(end["step"] > first["step"], "the later moment was later", end)
    # The moments after stay: going forward again reaches the end as it was.
    again = run_app("goto-and-back", COUNTER, f"run\nnext g\nnext g\ngoto {first['step']}\ngoto {end['step']}\n")
    settled(end)
    settled(again)
    for key in ("step", "cards", "console", "state"):
        check(again[key] == end[key], f"forward again: {key}", {"end": end, "again": again})
    check(again["timeline_marks"] == end["timeline_marks"], "the timeline keeps the later marks", again)


def editing_resets():
    s = run_app("edited", COUNTER, "run\nnext g\ntype print('edited')\\n\n")
    check(s["state"] == "ready" and s["cards"] == [] and s["console"] == "", "an edit resets the run", s)
    check(s["source"] == COUNTER + "print('edited')\n", "the edit is in the program", s)
    check(not s["can_step_back"], "a new run has nothing to go back to", s)


def header_controls_and_yield_from():
    s = run_app("yield-from", DELEGATING, "run\nnext o\n")
    out, inn = card(s, "o"), card(s, "inner")
    check(out["yield_from"] == inn["id"], "the outer card shows its yield from target", s)
    check(out["last_value"] == "1" and inn["last_value"] == "1", "the value came up through both", s)
    check(out["selected"] and not inn["selected"], "the header buttons drive the generator just moved", s)
    s2 = run_app("header", DELEGATING, "run\nnext o\naction gen.next\naction gen.next\naction gen.next\n")
    want = ">>> next(o)\n1\n>>> next(o)\n2\n>>> next(o)\n'outer got inner done'\n>>> next(o)\n"
    check(s2["console"].startswith(want), "next() from the header bar, as console input", s2)
    check(s2["console"].rstrip().endswith("StopIteration"), "until it is exhausted", s2)


def open_and_save():
    with tempfile.TemporaryDirectory() as tmp:
        other = os.path.join(tmp, "coroutine.py")
        saved = os.path.join(tmp, "saved.py")
        with open(other, "w") as f:
            f.write(COROUTINE)
        s = run_app("open", COUNTER, f"open {other}\nrun\nsend a 4\n")
        check(s["program"] == other and card(s, "a")["last_value"] == "4.0", "the opened program runs", s)
        s = run_app("open-save", COUNTER, f"open {other}\nrun\ntype # kept\\n\nsave {saved}\n")
        check(s["state"] == "ready", "the edit reset the run", s)
        with open(saved) as f:
            check(f.read() == COROUTINE + "# kept\n", "Save As wrote the program as edited", s)
        bad = run_app("open-missing", COUNTER, f"open {os.path.join(tmp, 'missing.py')}\n", expect_failure=True)
        check("missing.py" in bad, "a missing file is a clear error", bad)


def dialogs_open():
    # The shortcuts, preferences and About windows open cleanly (warnings are fatal).
    s = run_app("dialogs", COUNTER, "action win.show-help-overlay\nwait 300\naction win.preferences\n"
                "wait 300\naction app.about\nwait 300\n")
    check(s["state"] == "ready", "the program untouched", s)


def classroom_mode():
    s = run_app("classroom", COROUTINE, "run\nsend a 10\naction win.classroom\naction win.zoom-in\n")
    check(s["classroom"] and s["zoom"] == 160, "full screen, large type, zoomed once more", s)
    check(card(s, "a")["last_value"] == "10.0", "still showing the program", s)


def default_program_and_autosave():
    # No program given: the default one, three generators of two kinds at once.
    s = run_app("default", None, "step\nstep\nstep\nstep\nstep\n")
    names = sorted(c["name"] for c in s["cards"])
    check(names == ["numbers", "running_average", "squares"], "a pipeline and a coroutine", s)
    # What was typed last time comes back.
    s2 = run_app("restored", None, "", autosave="def mine():\n    yield 1\n")
    check(s2["source"] == "def mine():\n    yield 1\n", "the autosaved text is restored", s2)


GLOBALS = """\
x = 0


def gen():
    yield x


g = gen()
"""

SALES = """\
def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\\n")


def fields(lines):
    for line in lines:
        yield line.split(",")


rows = fields(read_lines("sales.csv"))
header = next(rows)
print(header)
for row in rows:
    print(row)
"""

PRINTING_RUNAWAY = """\
i = 0
while True:
    print("line", i)
    i += 1
"""


def fresh_runs():
    # Reset: a global set in the last run is gone, the step is 0, no stale card.
    s = run_app("fresh-reset", GLOBALS, "run\neval x = 42\nnext g\nreset\nrun\neval print(x)\n")
    check(s["console"] == ">>> print(x)\n0\n", "the new run does not see x = 42", s)
    check(card(s, "g")["state"] == "CREATED", "g is the new run's, not started", s)
    r = run_app("fresh-reset-step", GLOBALS, "run\nnext g\nreset\n")
    check(r["step"] == 0 and r["cards"] == [] and r["console"] == "", "reset: step 0, no card, empty console", r)
    check(r["timeline_marks"] == 0 and not r["can_step_back"], "reset: an empty timeline", r)
    # Opening another program forgets the last one's cards and namespace.
    with tempfile.TemporaryDirectory() as tmp:
        other = os.path.join(tmp, "other.py")
        with open(other, "w") as f:
            f.write("def other():\n    yield 1\n\n\no = other()\n")
        o = run_app("fresh-open", GLOBALS, f"run\nnext g\nopen {other}\nrun\neval print('x' in globals())\n")
        check([c["name"] for c in o["cards"]] == ["other"], "only the opened program's card", o)
        check(o["console"] == ">>> print('x' in globals())\nFalse\n", "nothing of the old namespace", o)
    # An edit while the program runs stops it and starts afresh.
    e = run_app("fresh-edit-running", RUNAWAY, "run\nwait 200\ntype # edited\\n\nwait 600\n")
    check(e["state"] == "ready" and e["step"] == 0, "an edit during a run gives a fresh, unstarted run", e)


def unsaved_program_reads_samples():
    # An unsaved program (restored from the autosave) opens a sample file by its name,
    # as tools/run's environment has it, and is refused a file outside.
    s = run_app("sales-unsaved", None, "run\neval open('/etc/passwd')\n", autosave=SALES)
    samples = os.environ["YIELDSCOPE_SAMPLE_DIR"]
    expected = subprocess.run(["python3", "-c", SALES], cwd=samples, capture_output=True, text=True).stdout
    check(s["console"].startswith(expected), "the pipeline printed what python3 prints", s)
    check(s["console"].rstrip().endswith("'/etc/passwd'") and "PermissionError" in s["console"],
          "a file outside the sandbox is a PermissionError", s)
    check(s["state"] == "finished", "the program ended normally", s)


def console_capped():
    s = run_app("console-capped", PRINTING_RUNAWAY, "run\nwait 2000\nstop\n")
    check(s["state"] == "raised" and "KeyboardInterrupt" in s["console"], "stopped", s)
    check(s["console_view_lines"] <= 2002, "the view shows the end of the output only", s)
    check(s["console"].count("\n") > s["console_view_lines"], "more was printed than shown", s)


def play_ends_while_running():
    s = run_app("play-ends-running", RUNAWAY, "run\n")
    check(s["state"] == "running", "the dump is made while the program runs", s)
    bad = run_app("script-error", COUNTER, "run\n\nfly away\n", expect_failure=True)
    check("Line 3 of the script" in bad, "a script error names its line", bad)


def restore_after_crash():
    # The app died while loading the restored program: it starts, shows it, loads nothing.
    s = run_app("restore-after-crash", None, "", autosave="def mine():\n    yield 1\n", marker=True)
    check(s["source"] == "def mine():\n    yield 1\n", "the text is there to mend", s)
    check(s["state"] == "empty" and not s["marker_left"], "not loaded, and the next start loads it", s)
    r = run_app("restore-after-crash-reset", None, "reset\nrun\n", autosave="print('back')\n", marker=True)
    check(r["console"] == "back\n", "Reset loads it", r)
    t = run_app("restore-normal", None, "run\n", autosave="print('fine')\n")
    check(t["console"] == "fine\n" and not t["marker_left"], "a normal start loads it and leaves no marker", t)


ENDINGS = """\
def numbers(n):
    yield from range(n)


def squares(xs):
    return (x * x for x in xs)


def careful():
    try:
        yield 1
    finally:
        print("closing")


total = sum(squares(numbers(3)))
c = careful()
next(c)
c.close()
t = careful()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError:
    pass
many = [(i for i in range(2)) for _ in range(17)]
for g in many:
    list(g)
del many, g
print(total)
"""


def ended_cards():
    s = run_app("ended-cards", ENDINGS, "run\n")
    check(s["console"] == python_stdout(ENDINGS), "the same output as python3", s)
    check(len(s["cards"]) == 2 + 2 + 17, "every generator of the run keeps a card", s)
    check(all(c["state"] == "CLOSED" for c in s["cards"]), "all of them ended", s)
    gen = [c for c in s["cards"] if c["name"].endswith("<genexpr>")]
    check(gen[0]["title"].startswith("generator expression, line 6"), "a genexpr named as a student says it", s)
    check(gen[0]["ending"] == "Finished: it returned" and gen[0]["event"] == "StopIteration()", "how it ended", s)
    careful = [c for c in s["cards"] if c["name"] == "careful"]
    check(careful[0]["ending"] == "Closed" and "GeneratorExit" in careful[0]["event"]
          and "Raised" not in careful[0]["event"], "close() is not an error", s)
    check(careful[1]["ending"] == "Ended by throw()" and "KeyError('k')" in careful[1]["event"],
          "a throw() that killed it says so", s)
    cleared = run_app("ended-cleared", ENDINGS, "run\naction win.clear-ended\n")
    check(cleared["cards"] == [], "the ended cards can be cleared", cleared)
    live = run_app("genexpr-locals", "g = (x * x for x in [1, 2])\nnext(g)\n", "run\n")
    check(all(not l.startswith(".0") for l in live["cards"][0]["locals"]), "no hidden .0 local", live)


ITERATORS = """\
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def countdown(start):
    current = start
    while current > 0:
        yield current
        current -= 1


it = Countdown(3)
gen = countdown(3)
seen = []
nested = {"a": [1, 2, [3, 4]], "b": (5, 6)}
seen.append(next(it))
seen.append(next(gen))
seen.append(next(it))
"""


def variables_view():
    # A class-based iterator beside the generator that does the same: both watchable.
    s = run_app("variables", ITERATORS, "step\nstep\nview variables\nexpand it\nexpand nested\n"
                "expand nested/'a'\nstep\nstep\n")
    rows = [r.strip() for r in s["variables"]]
    check(s["view"] == "variables" and rows[0] == "Program", "the program's names", s)
    check("it = <Countdown object>" in rows and "current = 1" in rows, "the iterator object and its attribute", s)
    check("gen = <generator countdown #1>" in rows, "the generator beside it", s)
    check("seen = [3, 3, 2]" in rows and s["variables_changed"] == ["globals/seen"], "what the step changed", s)
    check("[2] = [3, 4]" in rows, "a nested container opens level by level", s)
    check(not any(r.startswith(("Countdown =", "countdown =")) for r in rows), "classes and functions are not variables", s)
    check(card(s, "gen")["last_value"] == "3", "the generator's card as well", s)


FIVE_STAGES = """\
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x


pipeline = take(3, running_total(evens(squares(numbers(10)))))
for value in pipeline:
    print(value)
"""


def classroom_projector():
    # At 1920×1080 and zoom 150, four cards or more are readable at once, and the pane
    # keeps the active card in view as the pipeline is stepped.
    steps = "step\n" * 15
    s = run_app("classroom-projector", FIVE_STAGES, f"resize 1920 1080\naction win.classroom\n{steps}")
    check(s["classroom"] and s["zoom"] >= 150, "classroom mode", s)
    shown = [c["title"] for c in s["cards"] if c["on_screen"]]
    check(len(shown) >= 4, f"four cards on screen at once (saw {shown})", s)
    # The pane follows the active card (at the end of the list here). Under Xvfb a
    # full-screen window without a window manager stops getting frames, so this part
    # runs in a window.
    f = run_app("cards-follow", FIVE_STAGES, steps)
    selected = [c for c in f["cards"] if c["selected"]]
    check(len(selected) == 1 and selected[0]["binding"] == "pipeline", "the last stage is the active one", f)
    check(selected[0]["on_screen"] and not f["cards"][0]["on_screen"], "the pane scrolled to it", f)


def many_generators_capped():
    # A run that makes thousands of generators: the pane keeps the newest live ones and
    # the last ended ones, in creation order, and counts the rest.
    program = ("def one(b):\n    yield b\n\n\nfor i in range(1000):\n    for v in one(i):\n        pass\n"
               "live = []\nfor i in range(450):\n    g = one(i)\n    next(g)\n    live.append(g)\n")
    s = run_app("many-generators-capped", program, "run\nsettle\n")
    ids = [c["id"] for c in s["cards"]]
    check(ids == list(range(941, 1001)) + list(range(1051, 1451)), "the last 60 ended and the newest 400 live",
          {"ids": ids[:5] + ["..."] + ids[-5:], "n": len(ids)})
    check(s["cards_note"] == "50 more live generators are not shown; 940 generators that ended earlier are not shown",
          "the rest counted", {"cards_note": s["cards_note"]})
    # Going back to where few existed shows them all again, in order.
    s = run_app("many-generators-back", program, "run\nsettle\ngoto 30\nsettle\n")
    check(s["cards_note"] is None and len(s["cards"]) >= 1, "no note at an early moment", {"note": s["cards_note"]})


def big_program():
    # A 10 MB program compiles on a thread: the window shows its first frame while it
    # compiles, and the program loads (issue 16; how fast is tools/bench-ui's business).
    text = "".join(f"v{i % 1000} = {i}\n" for i in range(750000)) + "print(v999)\n"
    check(len(text) > 10_000_000, "the program is over 10 MB", {})
    s = run_app("big-program", text, "settle\nrun\nsettle\n")
    check(s["first_frame_ms"] > 0, "a first frame was drawn", {"first_frame_ms": s["first_frame_ms"]})
    check(s["state"] == "finished" and s["console"] == "749999\n", "it loaded and ran",
          {"state": s["state"], "console": s["console"]})
    print(f"first frame {s['first_frame_ms']:.0f} ms after the start")


def translated_start():
    s = run_app("translated", COUNTER, "run\nnext g\n", {"LANGUAGE": "de", "LC_ALL": "C.UTF-8"})
    c = card(s, "g")
    check(c["state"] == "PAUSIERT", "the badge in German", s)
    check(s["status"].startswith("Beendet"), "the status in German", s)


SCENARIOS = {
    "counting-to-exhaustion": counting_to_exhaustion,
    "send-to-coroutine": send_to_coroutine,
    "throw-caught": throw_caught,
    "throw-uncaught": throw_uncaught,
    "close-runs-finally": close_runs_finally,
    "pipeline-two-stages": pipeline_two_stages,
    "step-back-across-yield": step_back_across_yield,
    "time-travel-exact": time_travel_exact,
    "syntax-error": syntax_error,
    "runtime-error": runtime_error,
    "runaway-stopped": runaway_stopped,
    "timeline-goto": timeline_goto,
    "translated-start": translated_start,
    "classroom-mode": classroom_mode,
    "dialogs-open": dialogs_open,
    "open-and-save": open_and_save,
    "header-controls-and-yield-from": header_controls_and_yield_from,
    "editing-resets": editing_resets,
    "default-program-and-autosave": default_program_and_autosave,
    "fresh-runs": fresh_runs,
    "unsaved-program-reads-samples": unsaved_program_reads_samples,
    "console-capped": console_capped,
    "play-ends-while-running": play_ends_while_running,
    "restore-after-crash": restore_after_crash,
    "ended-cards": ended_cards,
    "variables-view": variables_view,
    "classroom-projector": classroom_projector,
    "big-program": big_program,
    "many-generators-capped": many_generators_capped,
}


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        print("\n".join(SCENARIOS))
        return
    if len(sys.argv) != 2 or sys.argv[1] not in SCENARIOS:
        sys.exit(f"usage: {sys.argv[0]} NAME | --list")
    SCENARIOS[sys.argv[1]]()
    print(f"{sys.argv[1]}: ok")


if __name__ == "__main__":
    main()
