# Finding and reformatting dates in free text with a verbose pattern and a
# replacement function.
import re

DATE = re.compile(r"""
    (?P<day>\d{1,2}) \s+
    (?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \s+
    (?P<year>\d{4})
""", re.VERBOSE | re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def iso(m):
    return f"{m['year']}-{MONTHS[m['month'].lower()]:02d}-{int(m['day']):02d}"


text = "Met on 3 March 2024, again on 15 apr 2024 and 1 DECEMBER 2023."
print(DATE.sub(iso, text))
print([m.groupdict() for m in DATE.finditer(text)][:1], len(DATE.findall(text)))
