# Modules can be injected via sys.modules.
import sys
class Fake:
    answer = 99
sys.modules['_fake_injected'] = Fake
import _fake_injected
print(_fake_injected.answer)
from _fake_injected import answer
print(answer)
