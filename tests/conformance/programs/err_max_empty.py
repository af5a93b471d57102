def best_score(scores):
    return max(s for s in scores if s >= 50)
def best_or_none(scores):
    return max((s for s in scores if s >= 50), default=None)
print(best_score([40, 70, 90]))
print(best_score([55]))
print(best_or_none([10, 20]))
print(best_or_none([51, 49]))
print("without default:")
print(best_score([10, 20]))
