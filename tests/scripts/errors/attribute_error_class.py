class K:
    pass
K.missing
