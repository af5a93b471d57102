def is_pal(s):
    cleaned = ""
    for ch in s.lower():
        if ch in "abcdefghijklmnopqrstuvwxyz0123456789":
            cleaned += ch
    return cleaned == cleaned[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "12321", "123"]:
    print(repr(s), is_pal(s))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
print(longest_pal("babad"), longest_pal("forgeeksskeegfor"), longest_pal("abc"))
