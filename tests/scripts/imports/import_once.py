# Module state is shared by all importers; executed once.
import _mod_counter
from _mod_counter import bump, loads
import _mod_counter as alias
print(bump(), _mod_counter.bump(), alias.bump(), loads)
print(_mod_counter.state)
