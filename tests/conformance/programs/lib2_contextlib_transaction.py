# A transaction as a generator context manager: commit on success, rollback on
# error, with a log the test prints.
from contextlib import contextmanager

log = []


class Account:
    def __init__(self, balance):
        self.balance = balance


def transaction(account):
    saved = account.balance
    log.append("begin")
    try:
        yield account
    except Exception as e:
        account.balance = saved
        log.append(f"rollback ({e})")
        raise
    else:
        log.append("commit")


transaction = contextmanager(transaction)
acct = Account(100)
with transaction(acct) as a:
    a.balance -= 30
try:
    with transaction(acct) as a:
        a.balance -= 500
        if a.balance < 0:
            raise ValueError("overdrawn")
except ValueError as e:
    print("caught", e)
print(acct.balance, log)
