# Nested SimpleNamespaces built from a dict by a recursive function, printed and
# compared.
from types import SimpleNamespace


def to_ns(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(v) for v in obj]
    return obj


cfg = to_ns({"server": {"host": "localhost", "ports": [80, 443]}, "debug": False})
print(cfg)
print(cfg.server.host, cfg.server.ports[1], cfg.debug)
cfg.server.host = "example.org"
print(cfg.server, cfg == to_ns({"server": {"host": "example.org", "ports": [80, 443]}, "debug": False}))
