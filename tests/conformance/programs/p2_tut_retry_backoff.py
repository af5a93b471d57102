# tutorial: a retry-with-back-off delays generator
def backoff_delays(initial=1, factor=2, maximum=30, retries=6):
    delay = initial
    for attempt in range(retries):
        yield attempt + 1, delay
        delay = min(delay * factor, maximum)

for attempt, delay in backoff_delays():
    print("attempt", attempt, "wait", delay, "s")

print(list(backoff_delays(0.5, 3, 10, 5)))

# using the delays to retry an operation that succeeds on the 4th try
outcomes = iter([False, False, False, True])

def operation():
    return next(outcomes)

waited = 0
for attempt, delay in backoff_delays(retries=5):
    if operation():
        print("succeeded on attempt", attempt, "after waiting", waited, "s in total")
        break
    print("attempt", attempt, "failed; would sleep", delay)
    waited += delay
else:
    print("gave up")

# a retry coroutine: send True/False results, it yields the next delay
def retry_policy(limit):
    delay = 1
    for _ in range(limit):
        ok = yield delay
        if ok:
            return "success"
        delay *= 2
    return "exhausted"

p = retry_policy(3)
print("first delay:", next(p))
try:
    print(p.send(False), p.send(False))
    p.send(False)
except StopIteration as e:
    print("policy says:", e.value)
