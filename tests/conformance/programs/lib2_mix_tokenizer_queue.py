# A tokenizer generator feeding a queue that a small evaluator drains: re + queue.
import queue
import re


def tokens(expr):
    for m in re.finditer(r"\d+|[-+*/]", expr):
        tok = m.group()
        yield int(tok) if tok.isdigit() else tok


def evaluate(expr):
    q = queue.Queue()
    for t in tokens(expr):
        q.put(t)
    result = q.get()
    while not q.empty():
        op, rhs = q.get(), q.get()
        result = {"+": result + rhs, "-": result - rhs, "*": result * rhs, "/": result / rhs}[op]
    return result


for e in ["1 + 2 * 3", "10 / 4 - 1", "7"]:
    print(e, "=", evaluate(e))
