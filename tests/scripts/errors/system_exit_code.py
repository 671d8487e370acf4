# sys.exit with a code: no traceback, exit status 3.
import sys
print('exiting')
sys.exit(3)
