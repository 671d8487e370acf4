# and/or return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 5, None or 0)
print(0 or '' or None, 1 and 2 and 3, 1 and 0 and 3)
log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1)
print(r, log)
log.clear()
r = t(1) or t(2)
print(r, log)
log.clear()
r = t(0) or t(0) or t(5) or t(6)
print(r, log)
print(not 0, not 1, not [], not [0], not None)
print(1 or 2 and 0, (1 or 2) and 0)
