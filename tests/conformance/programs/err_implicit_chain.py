def parse(s):
    try:
        return int(s)
    except ValueError:
        print("parse failed for", repr(s), "- trying fallback")
        return {}["fallback"]
print(parse("12"))
print(parse(" -3 "))
try:
    parse("?")
except KeyError as e:
    print("handled:", repr(e))
print(parse("zz"))
