# A tuple cannot be annotated.
first, second: int = 1, 2
