"""
Description: sys.implementation.name is "gilt", and sys.version mentions
gilt; sys.version_info is (3, 11, ...).
Cause: gilt is a different implementation of the Python 3.11 language.
Workaround: test sys.version_info for language features.
"""
import sys

print(sys.version_info >= (3, 11))
