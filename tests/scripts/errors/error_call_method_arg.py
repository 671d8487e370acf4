'abc'.split(1)
