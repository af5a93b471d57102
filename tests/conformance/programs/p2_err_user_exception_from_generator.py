# a user exception class raised inside a generator body, uncaught
class InsufficientFunds(Exception):
    pass

def withdrawals(balance, amounts):
    for amount in amounts:
        if amount > balance:
            raise InsufficientFunds("balance " + str(balance) + ", requested " + str(amount))
        balance -= amount
        yield balance

for left in withdrawals(100, [30, 50, 10]):
    print("left:", left)
for left in withdrawals(60, [20, 30, 50]):
    print("left:", left)
print("never printed")
