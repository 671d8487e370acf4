# A class body can read enclosing function locals; __class__ cell;
# a name assigned in the class body is looked up in class then globals.
def make(tag):
    class T:
        name = tag
        def get(self):
            return tag
        def cls(self):
            return __class__
    return T
T = make('hello')
print(T.name, T().get(), T().cls() is T)
def shadow():
    x = 1
    class K:
        x = 2
        y = x
    return K.y, x
print(shadow())
v = 'global v'
def class_assigns_after():
    v = 'enclosing'
    class K:
        before = v
        v = 'class'
        after = v
    return K.before, K.after
print(class_assigns_after())
