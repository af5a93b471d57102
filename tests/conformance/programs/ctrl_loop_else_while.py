def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
search([4, 5, 6], 5)
search([4, 5, 6], 9)
search([], 1)
attempts = 0
while attempts < 3:
    attempts += 1
    print("attempt", attempts)
    if attempts == 5:
        break
else:
    print("gave up after", attempts)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c)
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1]]))
