# contextmanager applied to generator methods in a class body: the manager binds to
# the instance as the function did, and works from the class too.
from contextlib import contextmanager


class Database:
    def __init__(self):
        self.log = []

    def _transaction(self, name):
        self.log.append(f"begin {name}")
        try:
            yield self
        except Exception as e:
            self.log.append(f"rollback {name}: {e}")
            raise
        else:
            self.log.append(f"commit {name}")

    transaction = contextmanager(_transaction)


db = Database()
with db.transaction("t1") as d:
    print(d is db)
try:
    with db.transaction("t2"):
        raise ValueError("bad row")
except ValueError:
    pass
with Database.transaction(db, "t3"):
    pass
print(db.log)
print(callable(Database.transaction), type(db.transaction).__name__)
