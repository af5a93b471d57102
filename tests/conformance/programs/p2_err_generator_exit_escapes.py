# a GeneratorExit raised by hand inside a generator body escapes next()
def finisher():
    yield "working"
    print("  raising GeneratorExit by hand")
    raise GeneratorExit("finished by hand")

f = finisher()
print(next(f))
next(f)
print("never printed")
