# a coroutine used as a little state machine (turnstile)
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        elif event == "break":
            return "broken in state " + state

t = turnstile()
print("start:", next(t))
for ev in ["push", "coin", "coin", "push", "push", "coin"]:
    print(ev, "->", t.send(ev))
try:
    t.send("break")
except StopIteration as e:
    print(e.value)

# a parser coroutine that collects digits into numbers
def number_parser():
    numbers = []
    current = ""
    while True:
        ch = yield numbers
        if ch.isdigit():
            current += ch
        elif current:
            numbers.append(int(current))
            current = ""

p = number_parser()
next(p)
result = None
for ch in "ab12 c345,6 x":
    result = p.send(ch)
print(result)
