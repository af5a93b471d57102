# \N{NAME} escapes in strings: names in any case, in f-strings, next to other
# escapes; a raw string keeps them as text.
arrow = "\N{RIGHTWARDS ARROW}"
print("a", arrow, "b", len(arrow), hex(ord(arrow)))
print("\N{greek small letter lamda}\N{GREEK SMALL LETTER MU}", "\N{EM DASH}" == "\u2014")
print(f"\N{BULLET} {1 + 1} \N{BULLET}", "\N{LATIN CAPITAL LETTER A WITH GRAVE}")
print("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE HAN}", "\N{DIGIT SEVEN}" + "\x41")
print(r"\N{BULLET}", len(r"\N{BULLET}"), "\\N{BULLET}")


def bullets(items):
    for item in items:
        yield f"\N{BLACK SMALL SQUARE} {item}"


print(list(bullets(["send", "throw"])))
print("\N{SNOWMAN}".encode("utf-8") if False else ord("\N{SNOWMAN}"))
