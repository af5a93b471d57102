# := may not rebind a comprehension's own loop variable.
values = [1, 2, 3]
print([v := v * 2 for v in values])
