def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        count += step
        return count
    return next_value
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(50)
print(dep(25), wd(100), wd(30), get())
