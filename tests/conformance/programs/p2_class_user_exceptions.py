# user exception classes derived from Exception
class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field
        self.problem = problem

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return "no entry for " + repr(self.key)

def check(case):
    if case == 1:
        raise ConfigError("missing setting")
    if case == 2:
        raise ValidationError("age", "must be positive")
    if case == 3:
        raise NotFound("alice")
    if case == 4:
        raise AppError()
    return "ok"

for case in range(5):
    try:
        print(case, check(case))
    except ValidationError as e:
        print(case, "ValidationError:", e, "| field =", e.field, "| args =", e.args)
    except AppError as e:
        print(case, type(e).__name__ + ":", str(e), "| args =", e.args, "| repr:", repr(e))

print(issubclass(ValidationError, Exception), issubclass(AppError, BaseException))
try:
    raise ConfigError("a", "b")
except Exception as e:
    print(str(e), repr(e))
try:
    raise NotFound
except NotFound as e:
    print("raised the class:", e)
except TypeError as e:
    print("TypeError:", e)
