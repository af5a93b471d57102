def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("abc")
    if kind == "name":
        return undefined_name
    if kind == "attr":
        return (5).nope
    return "fine"
for kind in ["zero", "index", "key", "type", "value", "name", "attr", "ok"]:
    try:
        print("result:", risky(kind))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__, e)
    except TypeError as e:
        print("TypeError", e)
    except Exception as e:
        print("other", type(e).__name__, repr(e))
