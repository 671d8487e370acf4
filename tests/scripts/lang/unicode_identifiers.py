# Unicode identifiers (NFKC-normalised).
café = 'coffee'
print(café)
π = 3.14159
print(round(π, 2))
def größe(länge):
    return länge * 2
print(größe(4))
class Ñandú:
    pass
print(Ñandú.__name__)
ﬁ = 'ligature'
print(fi)
