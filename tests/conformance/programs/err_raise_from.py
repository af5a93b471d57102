def load(config):
    try:
        return int(config["port"])
    except ValueError as e:
        raise RuntimeError("x") from ValueError("y")
print(load({"port": "8080"}))
try:
    load({"port": "?"})
except RuntimeError as e:
    print("caught", type(e).__name__, e)
print("again, uncaught")
print(load({"port": "eighty"}))
