stack = []
for op in ["push 1", "push 2", "pop", "push 3", "push 4", "pop", "pop", "push 5"]:
    parts = op.split()
    if parts[0] == "push":
        stack.append(int(parts[1]))
    else:
        print("pop ->", stack.pop())
    print(op, stack)
queue = [1, 2, 3]
queue.append(4)
while queue:
    item = queue.pop(0)
    print("served", item, "left", queue)
    if item == 2:
        queue.append(20)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
