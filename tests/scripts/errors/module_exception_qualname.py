# An uncaught exception class from another module is printed with its module name.
import _errmod
_errmod.fail()
