# when the generator catches the thrown exception, throw() returns the next yielded value
def resilient():
    count = 0
    while count < 3:
        try:
            yield count
        except RuntimeError as e:
            print("  recovered from", e)
            yield "recovery-" + str(count)
        count += 1
    return "finished"

g = resilient()
print(next(g))
print(g.throw(RuntimeError("boom")))
print(next(g))
print(g.throw(RuntimeError("bang")))
print(next(g))
try:
    print(g.throw(RuntimeError("last")))
    print(next(g))
except StopIteration as e:
    print("StopIteration:", e.value)

# if the handler finishes the generator, throw() raises StopIteration
def one_shot():
    try:
        yield 1
    except ValueError:
        print("  handled, returning")
        return "from handler"

o = one_shot()
next(o)
try:
    o.throw(ValueError)
except StopIteration as e:
    print("throw raised StopIteration with value", repr(e.value))
print(next(o, "exhausted"))
