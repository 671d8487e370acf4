class A:
    def __init__(self):
        raise TypeError("Can't instantiate abstract class A")
A()
