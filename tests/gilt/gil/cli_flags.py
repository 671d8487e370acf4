# The GIL command-line options: --gil, --check-interval, --switch-interval,
# --gil-stats and --gil-trace, and their usage errors (exit status 2).
import json
import os
import sys

gilt = sys.executable
probe = ("import gil, sys; "
         "print(gil.policy(), sys.getcheckinterval(), sys.getswitchinterval())")


def run(args, code=probe):
    status = os.system(f"{gilt} {args} -c '{code}' > cli_out.txt 2> cli_err.txt")
    with open("cli_out.txt") as f:
        out = f.read()
    with open("cli_err.txt") as f:
        err = f.read()
    os.remove("cli_out.txt")
    os.remove("cli_err.txt")
    return os.waitstatus_to_exitcode(status), out, err


for args in ("", "--gil=interval", "--gil legacy", "--check-interval=500",
             "--gil=interval --switch-interval=0.002",
             "--switch-interval 0.25 --check-interval 7"):
    status, out, err = run(args)
    print(repr(args), status, out.strip(), repr(err))

for args in ("--gil=fair", "--gil", "--check-interval=0", "--check-interval=x",
             "--switch-interval=-1", "--switch-interval=0"):
    status, out, err = run(args)
    print(repr(args), status, repr(out), err.splitlines()[0])

code = ("import threading; "
        "t = threading.Thread(target=sum, args=(range(10),), name=\"worker\"); "
        "t.start(); t.join(); print(\"done\")")
status, out, err = run("--gil-stats", code)
lines = err.splitlines()
print(status, out.strip(), lines[1].startswith("GIL statistics: policy ticks"))
print(lines[2].split())
print(sorted(line.split()[0] for line in lines[3:-1]))

status, out, err = run("--gil-trace=cli_trace.json", code)
with open("cli_trace.json") as f:
    doc = json.load(f)
os.remove("cli_trace.json")
names = sorted(e["args"]["name"] for e in doc["traceEvents"]
               if e["ph"] == "M" and e["name"] == "thread_name")
print(status, out.strip(), repr(err), names)

status, out, err = run("--gil-trace=/nonexistent-dir/t.json", "pass")
print(status, repr(out), err.strip())
