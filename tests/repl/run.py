"""tests/repl/run.py GILT - Drive gilt's REPL through a pseudo-terminal, as
a user at a keyboard would, and check what it shows.

Each case types lines (and control keys) into a fresh `gilt` whose stdin,
stdout and stderr are a pty, then looks for the expected text in what the
terminal showed. Ends with "repl: N passed, N failed".
"""
import os
import pty
import select
import sys
import tempfile
import time

GILT = os.path.abspath(sys.argv[1])


class Term:
    def __init__(self, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(GILT, [GILT], env)
        self.seen = b""

    def read_until(self, text, timeout=10.0, since=0):
        """Wait for [text] in what the terminal showed after [since]."""
        want = text.encode()
        end = time.monotonic() + timeout
        while want not in self.seen[since:]:
            left = end - time.monotonic()
            if left <= 0:
                return False
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    return want in self.seen[since:]
                if not data:
                    return want in self.seen[since:]
                self.seen += data
        return True

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def close(self):
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return status

    def wait_exit(self, timeout=10.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            self.read_until("\0", 0.05)
        return None


def case(name, steps, env, expect_exit=None):
    t = Term(env)
    ok = t.read_until(">>> ")
    why = "" if ok else "no first prompt"
    for keys, want in steps:
        if not ok:
            break
        if isinstance(keys, float):  # let the code get going
            time.sleep(keys)
            continue
        mark = len(t.seen)
        t.send(keys)
        if want is not None:
            ok = t.read_until(want, since=mark)
            if not ok:
                why = f"after {keys!r}: no {want!r} in {t.seen[mark:]!r}"
    if ok and expect_exit is not None:
        code = t.wait_exit()
        if code != expect_exit:
            ok, why = False, f"exit status {code}, expected {expect_exit}"
    elif expect_exit is None:
        t.close()
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f" ({why})"))
    return ok


def main():
    home = tempfile.mkdtemp()
    env = dict(os.environ, TERM="dumb", HOME=home,
               GILT_HISTORY=os.path.join(home, "hist"))
    results = [
        case("expression echo and _", [
            ("1 + 2\r", "3\r\n>>> "),
            ("_ * 10\r", "30\r\n>>> "),
            ("'a' + 'b'\r", "'ab'"),
            ("None\r", ">>> "),
        ], env),
        case("multi-line block", [
            ("def f(x):\r", "... "),
            ("    return x * 2\r", "... "),
            ("\r", ">>> "),
            ("f(21)\r", "42"),
        ], env),
        case("traceback and a fresh prompt", [
            ("1 / 0\r", "ZeroDivisionError: division by zero"),
            ("print('still here')\r", "still here"),
        ], env),
        case("syntax error", [
            ("x = = 1\r", "SyntaxError: invalid syntax"),
            ("x = 1\r", ">>> "),
            ("x\r", "1"),
        ], env),
        case("Ctrl-C on the input line", [
            ("abc", None),
            ("\x03", "KeyboardInterrupt"),
            ("2 * 2\r", "4"),
        ], env),
        case("Ctrl-C while code runs", [
            ("while True: pass\r", "... "),
            ("\r", None),
            (0.3, None),
            ("\x03", "KeyboardInterrupt"),
            ("'alive'\r", "'alive'"),
        ], env),
        case("Ctrl-C while the main thread waits in join()", [
            ("import threading, time\r", ">>> "),
            ("t = threading.Thread(target=time.sleep, args=(30,), daemon=True)\r", ">>> "),
            ("t.start(); t.join()\r", "t.join()"),
            (0.5, None),
            ("\x03", "KeyboardInterrupt"),
            ("t.is_alive()\r", "True"),
        ], env),
        case("Tab completion", [
            ("import threading\r", ">>> "),
            ("threading.current_thr\t", "current_thread"),
            (").name\r", "'MainThread'"),
        ], env),
        case("history is saved", [
            ("hist_marker = 7\r", ">>> "),
            ("exit()\r", None),
        ], env, expect_exit=0),
        case("Ctrl-D exits", [("\x04", None)], env, expect_exit=0),
        case("quit without parentheses", [("quit\r", None)], env, expect_exit=0),
    ]
    with open(env["GILT_HISTORY"]) as f:
        saved = "hist_marker = 7" in f.read()
    print(("PASS " if saved else "FAIL ") + "history file written")
    results.append(saved)
    passed = sum(results)
    print(f"repl: {passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
