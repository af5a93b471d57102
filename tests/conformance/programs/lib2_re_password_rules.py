# Checking passwords against a list of regex rules with a generator of failures.
import re

RULES = [(r".{8,}", "at least 8 characters"), (r"[A-Z]", "an uppercase letter"), (r"[a-z]", "a lowercase letter"),
         (r"\d", "a digit"), (r"[^\w\s]", "a symbol")]


def failures(password):
    for pattern, need in RULES:
        if not re.search(pattern, password):
            yield need


for pw in ["abc", "Password1", "Pa55word!", "ALLUPPER123!"]:
    missing = list(failures(pw))
    print(pw, "ok" if not missing else "needs " + ", ".join(missing))
