x = 'module x'
def get_x():
    return x
def set_x(v):
    global x
    x = v
