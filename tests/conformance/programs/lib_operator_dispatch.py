# A tiny calculator: a dict from symbols to operator functions, fed tokens by a generator.
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


def tokens(text):
    for tok in text.split():
        yield tok


def rpn(text):
    stack = []
    for tok in tokens(text):
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack.pop()


for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 //", "7 2 /", "9 4 %"]:
    print(expr, "=", rpn(expr))
for bad in ["1 0 /", "1 +", "1 x +"]:
    try:
        print(rpn(bad))
    except (ZeroDivisionError, IndexError, ValueError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
