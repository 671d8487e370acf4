# get_ident / get_native_id: distinct per live thread, constant within one.
import threading

idents = []
natives = []
lock = threading.Lock()
barrier = threading.Barrier(8)

def work():
    a = threading.get_ident()
    n = threading.get_native_id()
    barrier.wait()  # all alive at once: ids cannot be reused
    with lock:
        idents.append(a)
        natives.append(n)
    assert a == threading.get_ident()
    assert n == threading.get_native_id()

threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(set(idents)), len(set(natives)))
print(threading.get_ident() not in idents)
print(threading.get_native_id() not in natives)
print(sorted(idents) == sorted(t.ident for t in threads))
print(sorted(natives) == sorted(t.native_id for t in threads))
print(all(type(i) is int for i in idents + natives))
