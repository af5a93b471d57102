# Removing tags and collecting links from a small HTML text, lazily.
import re

html = '<p>See <a href="/docs">the docs</a> and <a href="https://x.org/a?b=1">X</a>.</p><br/>'


def links(text):
    for m in re.finditer(r'<a\s+href="([^"]*)"\s*>(.*?)</a>', text):
        yield m.group(2), m.group(1)


print(list(links(html)))
print(re.sub(r"<[^>]+>", "", html))
print(re.findall(r"</?(\w+)", html))
