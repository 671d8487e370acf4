# hex(), fromhex(), decode(), and bytes % formatting.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'\x01\x02\xff\x03\x04'
print(b.hex(), b.hex(':'), b.hex(':', 2), b.hex(':', -2), b.hex('-', 1), b.hex(b'_', 3), b.hex(' ', -4), b''.hex(':'))
print(b.hex(sep='.'), b.hex(sep='|', bytes_per_sep=2), bytearray(b'\xab').hex(), b'\x00'.hex(':', 100))
show(lambda: b.hex('ab'))
show(lambda: b.hex('é'))
show(lambda: b.hex(1))
show(lambda: b.hex(':', 'x'))
print(bytes.fromhex(''), bytes.fromhex('ab'), bytes.fromhex(' 01 02 '), bytes.fromhex('A0b1C2'), bytes.fromhex('00\t11\n22'))
print(bytearray.fromhex('ff 00'), type(bytearray.fromhex('')).__name__)
class SB(bytes):
    pass
print(type(SB.fromhex('61')).__name__, SB.fromhex('6162'))
for bad in ['zz', 'a', 'ab c', '0 1', 'é', '0é', '1g']:
    show(lambda: bytes.fromhex(bad))
show(lambda: bytes.fromhex(1))
show(lambda: bytes.fromhex(b'ab'))

print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), bytearray(b'x').decode())
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'), b'abc'.decode(encoding='ascii'))
show(lambda: b'\xff'.decode())
show(lambda: b'\xff'.decode('ascii'))
show(lambda: b'a'.decode('nope'))
show(lambda: b'a'.decode(1))

print(b'%s %s' % (b'a', bytearray(b'b')), b'%d|%5d|%-5d|%05d|%+d' % (1, 2, 3, 4, 5), b'%x %X %o %#x' % (255, 255, 8, 255))
print(b'%c%c' % (65, b'B'), b'%5c|' % 67, b'%r %a' % ('é', 'é'), b'%b' % b'bee', b'%%' % (), b'%s' % memoryview(b'mv') if False else b'')
print(b'%(k)s %(n)d' % {b'k': b'v', b'n': 7}, b'%5s|%-5s|%.1s|' % (b'ab', b'ab', b'ab'), b'plain' % ())
print(bytearray(b'%d') % 5, type(bytearray(b'%s') % b'x').__name__, b'%s' % bytearray(b'ba'))
class HasBytes:
    def __bytes__(self):
        return b'HB'
print(b'%s' % HasBytes(), b'%b' % HasBytes())
show(lambda: b'%s' % 'x')
show(lambda: b'%s' % 1)
show(lambda: b'%c' % 256)
show(lambda: b'%c' % b'ab')
show(lambda: b'%c' % 'a')
show(lambda: b'%s %s' % (b'a',))
show(lambda: b'%(a)s' % {'a': b'x'})
show(lambda: b'%y' % 1)
show(lambda: b'x' % 1)
show(lambda: b'%d' % 'a')
show(lambda: 5 % b'x')
print(b'%f %.2e' % (1.5, 12345.6), b'%i' % 3.5)
show(lambda: b'%\x00' % 1)
show(lambda: bytes.__new__(list))
show(lambda: bytearray.__new__(dict))
show(lambda: bytes.__new__())
show(lambda: b'%\xff' % 1)
show(lambda: bytearray(b'ab%\x80') % 1)
