x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
y = 7
y /= 2
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
n = 2
n **= 100
print(n)
n //= 3
print(n)
f = 1.5
f *= 2
print(f)
f -= 0.5
print(f)
