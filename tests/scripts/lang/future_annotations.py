# from __future__ import annotations makes annotations strings.
from __future__ import annotations
def f(x: Undefined, y: list[int] = None) -> ReturnType:
    return x
print(f(1), f.__annotations__)
class C:
    attr: SomeType
print(C.__annotations__)
