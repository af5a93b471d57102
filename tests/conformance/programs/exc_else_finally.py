def attempt(x):
    try:
        print("  try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else", r)
        return r
    finally:
        print("  finally")
print(attempt(2))
print(attempt(0))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("boom")
        finally:
            if i == 1:
                break
    return "loop ended at " + str(i)
print(swallow())
def cont():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(cont())
