# global declarations.
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def create():
    global new_name
    new_name = 'created'
create()
print(new_name)
def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
def del_global():
    global new_name
    del new_name
del_global()
print('new_name' in globals())
def reads_only():
    return counter
print(reads_only())
