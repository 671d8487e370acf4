# sys.exit(True) exits with status 1 and prints nothing (bool is an int).
import sys
print('before')
sys.exit(True)
