x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
print(read(), shadow(), x)
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def conditional_def(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional_def(True))
print(conditional_def(False))
def bad():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
bad()
