# Traceback through several frames including a method and a lambda.
class Calc:
    def run(self, values):
        return list(map(lambda v: self.inv(v), values))
    def inv(self, v):
        return 1 / v
print(Calc().run([1, 2]))
Calc().run([1, 0])
