# heapq.merge with key= and reverse=: log lines from two servers by timestamp.
import heapq


def log(server, entries):
    for t, msg in entries:
        yield (t, server, msg)


a = log("web", [(1, "start"), (4, "get /"), (9, "stop")])
b = log("db", [(2, "open"), (4, "query"), (7, "close")])
for t, server, msg in heapq.merge(a, b, key=lambda e: e[0]):
    print(t, server, msg)

print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(heapq.merge(["kiwi", "fig"], ["banana", "apple"], key=len, reverse=True)))
words = heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)
print(list(words))
print(list(heapq.merge([1, 1, 2], [1, 2, 2])))
try:
    list(heapq.merge([1, 2], ["a", "b"]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    heapq.merge([1], color="red")
except TypeError as e:
    print(type(e).__name__ + ":", e)
