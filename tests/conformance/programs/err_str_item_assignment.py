def capitalize_first(s):
    print("before:", s)
    s[0] = s[0].upper()
    return s
lst = list("hello")
lst[0] = lst[0].upper()
print("".join(lst))
word = "world"
print(word[0].upper() + word[1:])
capitalize_first(word)
