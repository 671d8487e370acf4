# atexit handlers still run when the script ends with sys.exit().
import atexit
import sys

atexit.register(print, 'cleanup after exit')
print('exiting')
sys.exit(3)
