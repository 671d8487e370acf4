# Matrix class with operator overloading.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join(' '.join(f'{x:>{w}}' for x in r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
print(A + A)
print(A * A)
print(2 * A, A * 0.5)
print(A.transpose())
print(A[1, 0], A == Matrix([[1, 2], [3, 4]]), A == A.transpose())
F = Matrix([[1, 1], [1, 0]])
print((F ** 50)[0, 1])
print(Matrix.identity(3))
