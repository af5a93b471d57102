def level3():
    print("level3 start")
    raise KeyError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except IndexError:
        print("not reached")
    print("not reached either")
try:
    level1()
except KeyError as e:
    print("top caught", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        [][1]
except IndexError as e:
    print("outer handler", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise TypeError("t")
            if i == 1:
                raise ValueError("v")
        except TypeError:
            print(i, "inner TypeError")
    except ValueError:
        print(i, "outer ValueError")
    else:
        print(i, "no exception escaped")
