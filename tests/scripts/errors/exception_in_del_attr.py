class C:
    pass
del C().x
