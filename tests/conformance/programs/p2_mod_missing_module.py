# importing a module that does not exist
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print("name attribute:", e.name)

try:
    import nosuchmodule as alias
except ImportError as e:
    print("caught as ImportError:", e)

try:
    from nosuchpackage import something
except ModuleNotFoundError as e:
    print("from-import:", e)

print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))

# a fallback pattern
try:
    import fastjson_that_does_not_exist as json_impl
    impl = "fast"
except ImportError:
    impl = "fallback"
print("using", impl)

# importing a real module twice gives the same object
import itertools
import itertools as again
print(itertools is again)
