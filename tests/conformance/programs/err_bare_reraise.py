def fetch(i):
    data = [10, 20, 30]
    try:
        return data[i]
    except IndexError:
        print("fetch failed for", i, "- re-raising")
        raise
print(fetch(0))
print(fetch(2))
print(fetch(7))
