# Starred expressions and tuples in subscripts (3.11).
class S:
    def __getitem__(self, k):
        return k
s = S()
args = (1, 2)
print(s[*args], s[0, *args], s[*args, 3], s[1:2, ::3])
d = {(1, 2): 'pair'}
print(d[*args])
