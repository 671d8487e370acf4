# A linked list implementing the sequence protocols.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        return any(x == v for x in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __eq__(self, other):
        return list(self) == list(other)
    def __bool__(self):
        return self.head is not None
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll, list(reversed(ll)))
print(ll.pop(), ll, bool(ll), ll == [1, 2, 3], sum(ll), sorted(ll, reverse=True))
empty = LinkedList()
print(bool(empty), len(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print(e)
try:
    ll[10]
except IndexError as e:
    print(e)
a, b, c = ll
print(a, b, c, [x * 2 for x in ll], dict(enumerate(ll)))
