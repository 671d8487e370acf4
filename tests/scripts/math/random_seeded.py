# random with fixed seeds: the same numbers as CPython (Mersenne Twister,
# seeding, and every distribution's algorithm).
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abc'))
print([random.randrange(10) for _ in range(10)])
print(random.uniform(1, 5), random.gauss(0, 1), random.normalvariate(2, 3))
x = list(range(20)); random.shuffle(x); print(x)
print(random.sample(range(100), 5), random.sample(range(10**6), 7))
print(random.sample('abcdefghij', 10))
print(random.choices('abcde', k=8), random.choices('abc', weights=[1, 5, 2], k=6))
print(random.choices([1, 2, 3], cum_weights=[0.5, 0.7, 1.0], k=4))
print(random.getrandbits(100), random.getrandbits(32), random.getrandbits(1), random.getrandbits(0))
print(random.randbytes(10), random.randbytes(0))
print(random.randrange(10**30), random.randint(-10**20, 10**20), random.randrange(0, 100, 7))
print(random.randrange(100, 0, -3), random.randrange(-5, 5))
for seed in ['hello', b'bytes', bytearray(b'ba'), 3.75, -2.5, -2**100 - 5, 0, 1, 2**32, 2**32 - 1,
             10**40, True, '', 'ü']:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
random.seed('hello', version=1); print(random.random())
random.seed(b'hello', version=1); print(random.random())
r = random.Random(12345)
print(r.expovariate(1.5), r.gammavariate(2.5, 1.0), r.gammavariate(0.5, 2.0), r.gammavariate(1.0, 3.0))
print(r.betavariate(2, 3), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0.0, 0.0))
print(r.paretovariate(2.5), r.weibullvariate(1.0, 1.5), r.lognormvariate(0, 1))
print(r.triangular(0, 10, 3), r.triangular(), r.triangular(5, 5))
print([round(r.gauss(), 12) for _ in range(5)])
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(r.sample(['x', 'y', 'z'], 2, counts=[3, 1, 2]))
print(len(r.getstate()[1]), r.getstate()[0], r.getstate()[1][-1])
s = random.Random(7)
t = random.Random()
t.setstate(s.getstate())
print([s.random() == t.random() for _ in range(3)], s.getrandbits(64) == t.getrandbits(64))
class Mine(random.Random):
    def random(self):
        return 0.5
m = Mine()
print(m.randrange(10), m.choice('abcd'), m.randint(1, 6))
print(type(random.Random()).__name__, random.Random.__mro__[1].__module__, random.Random.__mro__[1].__name__)
