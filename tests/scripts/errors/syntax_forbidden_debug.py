# Every way of binding __debug__ is a SyntaxError; reading it is not.
cases = [
    "__debug__ = 1",
    "del __debug__",
    "x.__debug__ = 1",
    "f(__debug__=1)",
    "f(a=1, __debug__=2, a=3)",
    "def f(__debug__): pass",
    "def f(*, __debug__): pass",
    "def f(*__debug__): pass",
    "def f(**__debug__): pass",
    "def f(a, /, __debug__): pass",
    "lambda __debug__: 1",
    "def __debug__(): pass",
    "class __debug__: pass",
    "import a as __debug__",
    "import __debug__",
    "from a import __debug__",
    "from a import b as __debug__",
    "for __debug__ in x: pass",
    "with a as __debug__: pass",
    "(__debug__ := 1)",
    "__debug__ += 1",
    "__debug__: int",
    "__debug__: int = 1",
    "x.__debug__: int",
    "a, __debug__ = 1, 2",
    "[__debug__ for __debug__ in x]",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "if 1:\n    def g():\n        __debug__ = 2",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

ok = ["print(__debug__)", "x.__debug__", "del x.__debug__", "x.__debug__ += 1",
      "global __debug__", "__debug__ == True"]
for src in ok:
    compile(src, "<ok>", "exec")
print(__debug__, type(__debug__).__name__)
