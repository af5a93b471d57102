# throw() with something that is not an exception
def gen():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("  generator caught", type(e).__name__)

g = gen()
print(next(g))
print(g.throw(ValueError))
print("throwing a string")
g.throw("stop now")
print("never printed")
