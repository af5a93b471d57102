def greet(name):
    message = "hello " + name
    print(message)
    return mesage
try:
    greet("first")
except NameError as e:
    print("str(e) has no suggestion:", e)
print("uncaught: the traceback's last line adds a 'Did you mean' hint")
greet("world")
