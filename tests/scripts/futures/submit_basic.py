# submit(fn, *args, **kwargs) returns a Future for the call; exceptions in
# the call land in the future.
from concurrent.futures import ThreadPoolExecutor, Future


def power(base, exp=2, *, offset=0):
    return base ** exp + offset


def fail(msg):
    raise ValueError(msg)


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(power, n) for n in range(8)]
    print([f.result() for f in futures])
    print(ex.submit(power, 2, 10).result())
    print(ex.submit(power, 3, exp=3, offset=1).result())
    # fn is positional-only, so fn= can be a keyword of the call itself.
    print(ex.submit(dict, fn=1, self=2).result())
    bad = ex.submit(fail, "no")
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    print("isinstance Future", isinstance(bad, Future))
    print("lambda", ex.submit(lambda: "λ").result())
print("all done", all(f.done() for f in futures))
