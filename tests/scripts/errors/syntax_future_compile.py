# Future statements: where they may appear and which features exist.
cases = [
    "from __future__ import braces",
    "from __future__ import nested_scopes, braces",
    "from __future__ import (annotations,\n    spam)",
    "x = 1\nfrom __future__ import annotations",
    "import os; from __future__ import division",
    "from __future__ import division; import os; from __future__ import generators",
    "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division",
    "'''doc'''\n'''not doc'''\nfrom __future__ import annotations",
    "if 1:\n    from __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "from __future__ import *",
    "from __future__ import generator_stop, with_statement, print_function",
    "from __future__ import unicode_literals, absolute_import",
    "from __future__ import annotations as a",
    "import __future__",
    "from __future__ import annotations\nfrom __future__ import annotations",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

import __future__
print(__future__.annotations.getMandatoryRelease() is not None)
