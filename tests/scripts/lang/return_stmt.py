# return forms.
def none1():
    return
def none2():
    pass
def tup():
    return 1, 2
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(none1(), none2(), tup(), early(3), early(20))
def multi():
    return *[1, 2], 3
print(multi())
