# Regression: a difference from CPython found by programs written outside this repository.
print(-579261 / 781016599041880152470332667210)
print(579261 / -781016599041880152470332667210)
print(579261 / 781016599041880152470332667210)
print(0 / -2**65, False / -2**65)
