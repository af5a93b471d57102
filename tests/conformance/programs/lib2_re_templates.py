# Replacement templates: \1, \g<name>, \g<0>, escapes, and their errors.
import re

date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
print(date.sub(r"\3/\2/\1", "from 2024-03-01 to 2024-03-15"))
print(date.sub(r"\g<d>.\g<m>.\g<y>", "2024-12-25"))
print(date.sub(r"[\g<0>]\t\\", "2024-01-01"))
m = date.search("due 2024-07-04")
print(m.expand(r"year \g<y>, day \3"))
for bad in (r"\4", r"\g<x>", r"\g<9>", r"\g<>", r"\q", r"\g"):
    try:
        date.sub(bad, "2024-01-01")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r"(a)|b", r"[\1]", "abab"))
