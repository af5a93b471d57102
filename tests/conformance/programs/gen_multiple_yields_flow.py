def stages():
    print("  stage A")
    yield "A"
    for i in range(2):
        print("  loop", i)
        yield "loop" + str(i)
    if True:
        print("  branch")
        yield "branch"
    print("  stage end")
for s in stages():
    print("consumer got", s)
def conditional(n):
    if n > 0:
        yield "positive"
    elif n < 0:
        yield "negative"
    else:
        return
    yield "done"
print(list(conditional(1)), list(conditional(-1)), list(conditional(0)))
def nested_loops():
    for a in range(3):
        for b in range(3):
            if b > a:
                break
            yield (a, b)
print(list(nested_loops()))
