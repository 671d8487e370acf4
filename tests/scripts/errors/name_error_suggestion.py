# 3.11 adds "Did you mean" suggestions to uncaught NameError.
length = 5
print(lenght)
