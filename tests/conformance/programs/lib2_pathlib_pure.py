# The pure parts of a path: joining, names, suffixes, parents, comparisons.
from pathlib import Path, PosixPath

p = Path("reports") / "2024" / "sales.final.csv"
print(p, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent, p.parts)
print(Path("a//b/./c/"), Path(""), Path("/usr/lib").parts, Path("/").parent, Path("x").parent)
print(p.with_suffix(".txt"), p.with_name("other.csv"), p.with_suffix(""), Path("a").joinpath("b", "c"))
print("base" / Path("file.py"), Path("a", "/abs", "c"), type(p).__name__, isinstance(p, Path), PosixPath)
print(p == Path("reports/2024/sales.final.csv"), Path("a") < Path("b"), sorted([Path("b"), Path("a/z"), Path("a")]))
print(p.match("*.csv"), p.match("2024/*.csv"), p.match("*.txt"), Path(".bashrc").suffix, Path("a.").suffix)
print(str(p), hash(p) == hash(Path("reports//2024/sales.final.csv")), {Path("x"): 1}[Path("x")])
for bad in (lambda: p.with_suffix("txt"), lambda: Path("").with_name("x"), lambda: Path(3), lambda: p / 3):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
