def backoff_delays(base, factor, max_delay, attempts):
    delay = base
    for attempt in range(1, attempts + 1):
        yield attempt, min(delay, max_delay)
        delay *= factor
print(list(backoff_delays(1, 2, 30, 7)))
print(list(backoff_delays(0.5, 3, 10, 5)))
def flaky_results():
    yield False
    yield False
    yield False
    yield True
results = flaky_results()
for attempt, delay in backoff_delays(1, 2, 60, 10):
    ok = next(results)
    print(f"attempt {attempt}: {'success' if ok else 'failed'}, next wait {delay}s")
    if ok:
        break
else:
    print("gave up")
total_wait = sum(d for a, d in backoff_delays(1, 2, 16, 8))
print("total wait if all fail:", total_wait)
