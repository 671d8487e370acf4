# TypeError: object is not callable.
x = 'text'
x()
