class E(Exception):
    def __str__(self):
        return 'E with custom str'
def a():
    b()
def b():
    raise E
a()
