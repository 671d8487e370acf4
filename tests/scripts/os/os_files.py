# os: files and directories in a scratch directory.
import os
import stat

base = 'scratch_os_files'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename, e)

p = os.path.join(base, 'a.txt')
with open(p, 'w') as f:
    f.write('hello\n')
st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(st[6] == st.st_size, st[stat.ST_SIZE], len(st))
print(isinstance(st.st_mtime, float), isinstance(st[8], int), int(st.st_mtime) == st[8])
print(type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(p), os.path.exists(p))
print(repr(st).startswith('os.stat_result(st_mode='), os.stat_result.n_sequence_fields)

q = os.path.join(base, 'b.txt')
os.rename(p, q)
print(sorted(os.listdir(base)), os.path.exists(p))
os.replace(q, p)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))

os.makedirs(os.path.join(base, 'x', 'y', 'z'))
os.makedirs(os.path.join(base, 'x', 'y'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'x', 'y'))
except FileExistsError as e:
    print('makedirs:', type(e).__name__)
try:
    os.makedirs(p, exist_ok=True)
except FileExistsError as e:
    print('makedirs file:', type(e).__name__)

with open(os.path.join(base, 'x', 'y', 'f.txt'), 'w') as f:
    f.write('data')
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, d, f in os.walk(base, topdown=False)])

entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.path) for e in entries])

try:
    os.rmdir(os.path.join(base, 'x'))
except OSError as e:
    print(type(e).__name__, e.errno == 39)
try:
    os.remove(os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print(e)

os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
print(os.access(p, os.R_OK), os.access(os.path.join(base, 'nope'), os.F_OK))
os.utime(p, (1000000000, 1000000000))
print(os.stat(p).st_mtime, os.path.getmtime(p))

link = os.path.join(base, 'link')
os.symlink('a.txt', link)
print(os.path.islink(link), os.readlink(link), os.path.isfile(link))
print(os.lstat(link).st_mode != os.stat(link).st_mode)
print(os.path.realpath(link) == os.path.realpath(p))

cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir('..')
print(os.getcwd() == cwd, type(os.getcwdb()).__name__)

fd = os.open(os.path.join(base, 'raw'), os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, b'abc'), os.isatty(fd))
os.close(fd)
fd = os.open(os.path.join(base, 'raw'), os.O_RDONLY)
print(os.read(fd, 10), os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
r, w = os.pipe()
os.write(w, b'piped')
print(os.read(r, 100))
os.close(r)
os.close(w)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        if os.path.islink(os.path.join(root, d)):
            os.remove(os.path.join(root, d))
        else:
            os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
