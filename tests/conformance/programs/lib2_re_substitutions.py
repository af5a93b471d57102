# Cleaning text with chains of substitutions: collapsing whitespace, masking
# digits, normalizing dates, and counting with subn.
import re

raw = "  Order  #123 placed 2024-03-01,   shipped 2024-03-04.  Call 555-0100. "
step1 = re.sub(r"\s+", " ", raw).strip()
step2 = re.sub(r"\d", "#", step1)
step3 = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", step1)
print(step1)
print(step2)
print(step3)
print(re.subn(r"[aeiou]", "", step1))
print(re.sub(r"(?i)ORDER", "Request", step1), re.sub(r"^\s+|\s+$", "", raw))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
