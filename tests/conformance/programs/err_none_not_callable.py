def get_handler(kind):
    handlers = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
    return handlers.get(kind)
print(get_handler("add")(2, 3))
print(get_handler("sub")(2, 3))
h = get_handler("mul")
print("handler is", h)
print(h is None)
print(h(2, 3))
print("never printed")
