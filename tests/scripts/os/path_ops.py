# os.path string operations (no file system access).
import os.path
import posixpath
from os import path

print(path is posixpath, os.path is posixpath)
for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b'), ('a', ''), ('', 'a'), ('a', 'b', 'c/'),
             (b'a', b'b')]:
    print(args, path.join(*args))
for bad in [(1,), ('a', 1), ('a', b'b'), (b'a', 'b')]:
    try:
        path.join(*bad)
    except TypeError as e:
        print('TypeError', e)
for p in ['/a/b/c', 'a/b/', 'a', '/', '//a', '', 'a/b.c.d', '.bashrc', 'a/.b', '..', b'/x/y.z',
          '/a//b', '///a/b']:
    print(repr(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p),
          path.isabs(p))
for p in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', '/../a', 'a/b/../../..',
          '/a/b/c/../../d', 'a//b//', b'/a/./b/..']:
    print(repr(p), repr(path.normpath(p)))
print(path.commonprefix(['/usr/lib', '/usr/local/lib', '/usr/libx']), repr(path.commonprefix([])))
print(path.commonpath(['/usr/lib', '/usr/local/lib']), path.commonpath(['a/b', 'a/c']))
try:
    path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    path.commonpath([])
except ValueError as e:
    print('ValueError', e)
print(path.relpath('/a/b/c', '/a'), path.relpath('/a', '/a/b/c'), path.relpath('/a', '/a'))
print(path.relpath('/x/y', '/a/b'))
try:
    path.relpath('')
except ValueError as e:
    print('ValueError', e)
print(path.abspath('/a/../b'), path.abspath('x') == path.join(os.getcwd(), 'x'))
os.environ['HOME'] = '/home/tester'
print(path.expanduser('~'), path.expanduser('~/x'), path.expanduser('a~'), path.expanduser('~root/y'))
os.environ['GILT_V'] = 'val'
print(path.expandvars('$GILT_V/${GILT_V}/$NOPE_ZZ/${NOPE_ZZ}/$'), path.expandvars('no vars'))
print(path.splitdrive('/a/b'), path.normcase('/A/b'))
print(path.sep, path.curdir, path.pardir, path.extsep, path.pathsep, path.devnull)
print(path.exists(''), path.isdir(''), path.isfile('/nonexistent'), path.islink('/nonexistent'))
print(path.lexists('/'), path.ismount('/'), path.samefile('/', '/.'))
