# Relative imports inside a package.
import _pkg._nested as n
print(n.SIB, n.pkg_level, n.deep.DEEP, n.deep.TOP_SIB)
print(n.deep.info())
import _pkg.sub
print(_pkg.sub.where(), _pkg.sub.sib_value)
print(n.__package__, _pkg.__package__)
