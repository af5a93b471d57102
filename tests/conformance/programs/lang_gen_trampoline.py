# A trampoline: deeply recursive functions written as generators that yield their
# recursive calls, run by a loop with an explicit stack instead of the C stack.
def trampoline(gen):
    stack = [gen]
    value = None
    while stack:
        try:
            call = stack[-1].send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        stack.append(call)
        value = None
    return value


def recursive(gen_func):
    def run(*args):
        return trampoline(gen_func(*args))
    run.raw = gen_func
    return run


@recursive
def count_down(n):
    if n == 0:
        return 0
    return 1 + (yield count_down.raw(n - 1))


@recursive
def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = yield fib_pair.raw(n - 1)
    return (b, a + b)


print(count_down(5000))
print(fib_pair(90)[0])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return (yield ackermann(m - 1, 1))
    inner = yield ackermann(m, n - 1)
    return (yield ackermann(m - 1, inner))


print(trampoline(ackermann(2, 3)))
