def with_progress(items, every):
    count = 0
    for item in items:
        count += 1
        if count % every == 0:
            print(f"  ...processed {count} items")
        yield item
    print(f"  done: {count} items total")
total = 0
for x in with_progress(range(1, 26), 10):
    total += x
print("total:", total)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
upper = [w.upper() for w in with_progress(words, 2)]
print(upper)
print(sum(with_progress((n * n for n in range(7)), 3)))
