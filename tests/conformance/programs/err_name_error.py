def greet(name):
    message = "hello " + name
    print(message)
    return undefined_total
try:
    greet("first")
except NameError as e:
    print("caught:", e)
print("calling again without a handler")
greet("world")
