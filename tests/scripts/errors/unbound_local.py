# UnboundLocalError: assignment later in the function makes the name local.
x = 10
def f():
    print(x)
    x = 5
f()
