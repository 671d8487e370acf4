"""bench/run.py GILT [NAME...] - run the benchmarks with gilt and CPython
side by side and print medians and ratios.

Each bench/*.py program prints a checksum; every implementation must print
the same one. The reference is the fastest CPython on the machine
(/usr/bin/python3.11 when present, an optimized build) and the python3 on
PATH is shown too. Ratios above 1 mean gilt is faster.

Environment: BENCH_RUNS (default 5) runs per program and implementation.
"""
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("%s failed:\n%s" % (" ".join(cmd), p.stderr.decode()))
    return dt, p.stdout


def median_time(cmd, runs):
    times, out = [], None
    for _ in range(runs):
        dt, o = run_once(cmd)
        times.append(dt)
        out = o
    return statistics.median(times), out


def startup(gilt, runs=30):
    """Median wall time of `gilt -c pass` in ms, and its peak RSS in MB.
    The RSS comes from GNU time (/usr/bin/time), which forks from a small
    process: a child forked from this Python would count its pages."""
    times = [run_once([gilt, "-c", "pass"])[0] for _ in range(runs)]
    rss = None
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-f", "%M", gilt, "-c", "pass"],
                           stderr=subprocess.PIPE, text=True)
        rss = int(p.stderr.split()[-1]) / 1024
    return statistics.median(times) * 1000, rss


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gilt = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(HERE)
                                   if f.endswith(".py") and f != "run.py")
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    refs = [("python3", "python3")]
    if os.path.exists("/usr/bin/python3.11"):
        refs.insert(0, ("py3.11", "/usr/bin/python3.11"))
    head = "%-16s %9s" % ("benchmark", "gilt")
    for label, _ in refs:
        head += " %9s %7s" % (label, "ratio")
    print(head)
    ratios = []
    for name in names:
        path = os.path.join(HERE, name + ".py")
        g, gout = median_time([gilt, path], runs)
        line = "%-16s %8.3fs" % (name, g)
        for i, (label, exe) in enumerate(refs):
            t, out = median_time([exe, path], runs)
            if out != gout:
                sys.exit("%s: output differs from %s:\n%r\n%r" % (name, label, gout, out))
            line += " %8.3fs %6.2fx" % (t, t / g)
            if i == 0:
                ratios.append(t / g)
        print(line, flush=True)
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print("geometric mean ratio vs %s: %.2fx" % (refs[0][0], geo))
    ms, rss = startup(gilt)
    print("startup: gilt -c pass %.1f ms, peak RSS %s" %
          (ms, "%.1f MB" % rss if rss else "unknown (no /usr/bin/time)"))


if __name__ == "__main__":
    main()
