# Only names, attributes and subscripts can be annotated.
def f():
    yield 1


f(): int = 3
