# Chained exception: last line is the second exception.
try:
    {}['k']
except KeyError:
    raise ValueError('during handling')
