# types.GeneratorType and friends to tell what a function returned.
import types


def gen():
    yield 1


def plain():
    return 1


def describe(obj):
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, types.ModuleType):
        return "module"
    return type(obj).__name__


for thing in (gen(), gen, plain, plain(), len, types, (x for x in []), lambda: 0, [].append):
    print(describe(thing))
print(types.GeneratorType, types.FunctionType is types.LambdaType, types.NoneType)
print(type(gen()) is types.GeneratorType, types.MethodType)
