# A name Unicode does not have: CPython refuses the literal at compile time.
print("ok")
text = "before \N{NO SUCH CHARACTER NAME} after"
