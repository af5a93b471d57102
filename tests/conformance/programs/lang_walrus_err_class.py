# := in a comprehension inside a class body is refused at compile time.
class Table:
    rows = [1, 2, 3]
    doubled = [last := r * 2 for r in rows]
