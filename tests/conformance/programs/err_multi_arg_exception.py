def validate(name, age):
    if age < 0:
        raise ValueError("invalid age", name, age)
    return f"{name} is {age}"
print(validate("ann", 30))
try:
    validate("cy", -5)
except ValueError as e:
    print("caught:", e)
    print("repr:", repr(e))
print(validate("bob", -1))
