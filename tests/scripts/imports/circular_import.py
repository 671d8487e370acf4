# Circular imports see partially initialised modules.
import _circ.a
from _circ import b
print(b.seen_early, b.seen_late, _circ.a.from_b(), _circ.a.A_LATE)
