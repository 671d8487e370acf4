# NameError for a free variable referenced before assignment in the enclosing scope.
def outer():
    def inner():
        return v
    r = inner()
    v = 1
    return r
outer()
