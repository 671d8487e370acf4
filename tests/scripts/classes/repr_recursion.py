# Reprs that recurse into containers.
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f'Node({self.v!r}, {self.children!r})'
print(Node(1, [Node(2), Node('x', [Node(None)])]))
print([Node(1)], {'k': Node(2)}, (Node(3),))
class S:
    def __str__(self): return 'S!'
    def __repr__(self): return 'S?'
print(S(), [S()], str([S()]), f'{S()}', f'{[S()]}')
