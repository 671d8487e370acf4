# os: constants, process info, errors of argument checking.
import os

print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.devnull)
print(os.pathsep, os.extsep, os.altsep)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.strerror(2), '|', os.strerror(13))
print(type(os.urandom(16)).__name__, len(os.urandom(16)), os.urandom(0))
print(os.error is OSError)
print(os.fspath('abc'), os.fspath(b'abc'))


class P:
    def __fspath__(self):
        return '/tmp'


print(os.fspath(P()), os.path.isdir(P()), os.stat(P()).st_mode == os.stat('/tmp').st_mode)

for fn, args in [(os.stat, (3.5,)), (os.listdir, (3.5,)), (os.mkdir, (None,)),
                 (os.stat, ('a\0b',)), (os.stat, (None,)), (os.fspath, (1,)),
                 (os.urandom, (-1,)), (os.strerror, ('x',)), (os.kill, (2**22 + 12345, 0)),
                 (os.remove, (b'/nonexistent/x',)), (os.chdir, ('/nonexistent',)),
                 (os.rmdir, ('/nonexistent',)), (os.listdir, ('/nonexistent',)),
                 (os.putenv, ('a=b', 'c')), (os.unsetenv, ('',))]:
    try:
        fn(*args)
        print('no error')
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)

t = os.times()
print(type(t).__name__, len(t), isinstance(t.user, float), t[0] == t.user)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
print(os.system('exit 3'), os.waitstatus_to_exitcode(os.system('exit 3')))
print(os.system('true'))
print(os.WIFEXITED(768), os.WEXITSTATUS(768))
print(os.get_exec_path({'PATH': '/a:/b'}))
print(os.O_RDONLY, os.SEEK_END, os.F_OK)
print(callable(os._exit), os.path.__name__, type(os.environ).__name__)
