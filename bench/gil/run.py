"""bench/gil/run.py GILT [GILT_NOTICK] - the GIL benchmarks, gilt beside
python3, medians of BENCH_RUNS (default 5) runs.

  cpu_threads     two CPU-bound threads / the same work sequentially
                  (1.00: threads cost nothing; lower is better)
  sleep_latency   extra wake-up delay of time.sleep(0.001) next to a
                  spinning thread, ms (lower is better)
  lock_rate       uncontended Lock acquire+release pairs per second
  queue_pingpong  queue.Queue items per second between two threads
  thread_spawn    threads started and joined per second

gilt runs under each GIL policy (--gil=...) for the first two. With
GILT_NOTICK (gilt built with -DGILT_TICK_EVERY_INSN=0: ticks counted only
at backward jumps and returns, where CPython checks), the core benchmarks
in bench/ also run with both builds: the single-threaded cost of counting
a tick at every instruction.
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = os.path.dirname(HERE)
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
POLICIES = ("ticks", "interval", "legacy")


def measure(cmd):
    """Median of the number the program prints last on its line."""
    vals = []
    for _ in range(RUNS):
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
        if p.returncode:
            sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr}")
        vals.append(float(p.stdout.split()[-1]))
    return statistics.median(vals)


def wall(cmd):
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if p.returncode:
            sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr.decode()}")
    return statistics.median(times)


def policy_rows(gilt):
    print(f"{'benchmark':<16}" + "".join(f"{'gilt ' + p:>15}" for p in POLICIES)
          + f"{'python3':>10}")
    for name, fmt in (("cpu_threads", "{:.2f}x"), ("sleep_latency", "{:.3f} ms")):
        path = os.path.join(HERE, name + ".py")
        cells = [fmt.format(measure([gilt, f"--gil={p}", path])) for p in POLICIES]
        py = fmt.format(measure(["python3", path]))
        print(f"{name:<16}" + "".join(f"{c:>15}" for c in cells) + f"{py:>10}",
              flush=True)
    print()


def rate_rows(gilt):
    print(f"{'benchmark':<16}{'gilt /s':>14}{'python3 /s':>14}{'ratio':>8}")
    for name in ("lock_rate", "queue_pingpong", "thread_spawn"):
        path = os.path.join(HERE, name + ".py")
        g = measure([gilt, path])
        p = measure(["python3", path])
        print(f"{name:<16}{g:>14,.0f}{p:>14,.0f}{g / p:>7.2f}x", flush=True)
    print()


def check_cost(gilt, notick):
    names = sorted(f[:-3] for f in os.listdir(CORE)
                   if f.endswith(".py") and f != "run.py")
    print("single-threaded cost of a tick at every instruction")
    print(f"{'benchmark':<16}{'every insn':>12}{'branches':>12}{'cost':>8}")
    costs = []
    for name in names:
        path = os.path.join(CORE, name + ".py")
        a = wall([gilt, path])
        b = wall([notick, path])
        costs.append(a / b)
        print(f"{name:<16}{a:>11.3f}s{b:>11.3f}s{(a / b - 1) * 100:>7.1f}%",
              flush=True)
    geo = statistics.geometric_mean(costs)
    print(f"geometric mean cost: {(geo - 1) * 100:.1f}%")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gilt = os.path.abspath(sys.argv[1])
    print(f"GIL benchmarks: medians of {RUNS} runs\n")
    policy_rows(gilt)
    rate_rows(gilt)
    if len(sys.argv) > 2:
        check_cost(gilt, os.path.abspath(sys.argv[2]))


if __name__ == "__main__":
    main()
