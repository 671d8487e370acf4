# __file__ of the main script is absolute; sys.argv[0] is as given.
import sys
print(__file__.startswith('/'), __file__.endswith('main_file_attr.py'), sys.argv[0])
print(__name__, __doc__)
