records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_num_desc)
print(sorted(records))
print(sorted(records, key=lambda r: (-r[1], r[0])))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort(key=lambda n: n % 3)
print(nums)
mixed = [3, 1.5, True, 2, 0.5, False]
print(sorted(mixed))
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
print(sorted(range(10), key=lambda n: (n % 2, -n)))
