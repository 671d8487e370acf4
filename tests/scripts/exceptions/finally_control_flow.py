# return/break/continue inside try/finally; finally overriding return.
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed exception'
print(swallow())
def order():
    log = []
    try:
        log.append(1)
        return log
    finally:
        log.append(2)
print(order())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_continue())
def value_evaluated():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'exception discarded by break'
print(break_in_finally())
