# Classes nested in classes and functions.
class Outer:
    class Inner:
        val = 'inner'
        class Deep:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.Deep.__qualname__)
def factory(base):
    class Made(base):
        def who(self):
            return 'Made from ' + base.__name__
    return Made
M = factory(dict)
print(M().who(), M.__qualname__, isinstance(M(), dict))
print(factory(list) is factory(list))
