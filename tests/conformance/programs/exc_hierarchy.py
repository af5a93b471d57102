cases = [ZeroDivisionError("z"), OverflowError("o"), KeyError("k"), IndexError("i"),
         ValueError("v"), TypeError("t"), NameError("n"), UnboundLocalError("u"),
         RuntimeError("r"), RecursionError("rec"), NotImplementedError("ni"),
         AssertionError("a"), AttributeError("at"), StopIteration("s"), MemoryError("m")]
for exc in cases:
    name = type(exc).__name__
    flags = [isinstance(exc, ArithmeticError), isinstance(exc, LookupError),
             isinstance(exc, NameError), isinstance(exc, RuntimeError),
             isinstance(exc, Exception), isinstance(exc, BaseException)]
    print(f"{name:<20}", flags)
print(isinstance(GeneratorExit(), Exception), isinstance(GeneratorExit(), BaseException))
try:
    raise UnboundLocalError("ul")
except NameError as e:
    print("caught as NameError:", type(e).__name__, e)
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
try:
    raise OverflowError("big")
except ArithmeticError as e:
    print("caught as ArithmeticError:", repr(e))
