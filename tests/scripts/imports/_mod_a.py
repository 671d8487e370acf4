"""Helper module A."""
print('executing _mod_a')
value = 42
_private = 'underscore'
def greet(name):
    return 'hello ' + name
class Thing:
    pass
if __name__ == '__main__':
    print('never printed on import')
