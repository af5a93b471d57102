# tutorial: an accumulator that reports totals and returns a summary
def accumulate():
    tally = 0
    while True:
        nxt = yield
        if nxt is None:
            return tally
        tally += nxt

def gather_tallies(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)

tallies = []
acc = gather_tallies(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)

# a simpler accumulator that yields the running total
def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount

bank = running_total()
print("opening balance:", next(bank))
for deposit in [100, 250, -75, 30]:
    print("after", str(deposit).rjust(4), "balance", bank.send(deposit))
