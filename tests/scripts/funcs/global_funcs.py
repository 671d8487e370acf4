# Functions see module globals at call time.
def show():
    return value
value = 1
print(show())
value = 2
print(show())
def set_global():
    global created
    created = 'made in function'
set_global()
print(created)
