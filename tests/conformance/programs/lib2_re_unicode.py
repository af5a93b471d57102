# Positions are counted in characters, not bytes, for text with accents and symbols.
import re

text = "Ünïcödé → façade, naïve — 日本語 and 123 ٤٥٦"
for m in re.finditer(r"\w+", text):
    print(m.span(), m.group())
print(re.search("→", text).start(), re.search("日本", text).span())
print(re.sub(r"[àâäéèêëïîôöùûüç]", "_", text))
print(re.split(r"\s*[→—]\s*", text))
print(re.findall(r"\d+", text), len(re.findall(".", text)) == len(text))
print(re.match(r"\u00dc", text), re.search(r"\U0001F600", "smile 😀").span())
print(re.escape("日本.語"), re.fullmatch(r"[^\W\d_]+", "日本語"))
