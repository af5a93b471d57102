def parse_ints(lines):
    for n, line in enumerate(lines, 1):
        print("parsing line", n)
        yield int(line)
def doubled(nums):
    for x in nums:
        yield x * 2
total = 0
for v in doubled(parse_ints(["1", "2", "three", "4"])):
    total += v
    print("running total", total)
