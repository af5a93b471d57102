def risky(n):
    try:
        print("working on", n)
        if n == 2:
            raise KeyError("k")
        return n
    finally:
        print("cleanup", n)
for i in range(4):
    print("result", risky(i))
