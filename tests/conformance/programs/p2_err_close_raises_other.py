# close() propagates a different exception raised while handling GeneratorExit
class CleanupError(Exception):
    pass

def transaction():
    try:
        yield "begin"
        yield "update"
        yield "commit"
    except GeneratorExit:
        print("  rolling back...")
        raise CleanupError("rollback failed: connection lost")

t = transaction()
print(next(t))
print(next(t))
t.close()
print("never printed")
