# A generator that yields SimpleNamespace events and a consumer that updates state
# held in another namespace.
from types import SimpleNamespace


def events():
    yield SimpleNamespace(kind="deposit", amount=50)
    yield SimpleNamespace(kind="withdraw", amount=20)
    yield SimpleNamespace(kind="deposit", amount=5)


state = SimpleNamespace(balance=0, history=[])
for e in events():
    state.balance += e.amount if e.kind == "deposit" else -e.amount
    state.history.append(e.kind[0])
print(state)
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), repr(SimpleNamespace(x=SimpleNamespace())))
