# global inside a class body and methods.
value = 'module'
class C:
    global value
    value = 'set from class body'
    def m(self):
        global other
        other = 'set from method'
print(value, hasattr(C, 'value'))
C().m()
print(other)
