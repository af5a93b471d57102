# MULTILINE and DOTALL over a small config text: sections, keys and the body of a
# block, each as a generator.
import re

config = """[server]
port = 8080
host = example.org

[client]
retries = 3
"""


def sections(text):
    for m in re.finditer(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S):
        yield m.group(1), dict(re.findall(r"^(\w+) = (.*)$", m.group(2), re.M))


print(list(sections(config)))
print(re.findall(r"^\w+", config, re.M), re.findall(r"\d+$", config, re.M))
