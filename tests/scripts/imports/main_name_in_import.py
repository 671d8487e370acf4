# The imported module's __name__ is its own name; the script's is __main__.
import _mod_a
print(__name__, _mod_a.__name__)
if __name__ == '__main__':
    print('script main block')
