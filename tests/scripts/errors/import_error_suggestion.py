from sys import maxsiz
