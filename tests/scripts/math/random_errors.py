# random's errors.
import random
random.seed(1)
for e in ["random.randrange(0)", "random.randrange(5, 5)", "random.randrange(1, 10, 0)",
          "random.randrange(10, 1)", "random.randrange(1, 10, -1)", "random.randrange(3, step=2)",
          "random.randrange('a')", "random.randrange(1.5)",
          "random.choice([])", "random.sample([1, 2], 3)", "random.sample([1, 2], -1)",
          "random.sample({1, 2}, 1)", "random.sample([1, 2], 1, counts=[1])",
          "random.sample([1, 2], 1, counts=[0, 0])", "random.seed([1])", "random.seed({})",
          "random.getrandbits(-1)", "random.getrandbits(1.5)",
          "random.choices('ab', [1])", "random.choices('ab', [0, 0])", "random.choices('ab', 3)",
          "random.choices('ab', [1, 1], cum_weights=[1, 2])",
          "random.gammavariate(0, 1)", "random.gammavariate(1, -1)",
          "random.Random().setstate((3, (1,) * 5, None))", "random.Random().setstate((9, (), None))",
          "random.Random(1, 2)", "type(random.Random(x=1)).__name__", "random.randint(1, 0)"]:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
