# Pulling request lines out of the log with findall and named groups, then
# summing status codes with a generator expression.
import re

text = open("data/server.log").read()
requests = re.findall(r"request (GET|POST) (\S+) (\d{3})", text)
print(requests)
print(sum(1 for method, path, status in requests if status.startswith("2")))
for m in re.finditer(r"request (?P<method>\w+) (?P<path>/\S*) (?P<status>\d+)", text):
    print(m.start(), m.end(), m["method"], m.group("path"), int(m.group("status")))
print(re.findall(r"\d+%", text), re.findall(r"port (\d+)", text))
print(re.search(r"(\d+(?:\.\d+)?)s\b", text).group(1))
