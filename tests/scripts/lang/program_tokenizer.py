# A small expression tokenizer, parser and evaluator.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f'Token({self.kind}, {self.value!r})'
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            yield Token('num', float(text) if '.' in text else int(text))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token('name', src[i:j])
            i = j
        elif c in '+-*/()^,':
            yield Token('op', c)
            i += 1
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')
class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, value=None):
        tok = self.peek()
        if tok is None or (value is not None and tok.value != value):
            raise SyntaxError(f'expected {value!r}, got {tok!r}')
        self.pos += 1
        return tok
    def expr(self):
        node = self.term()
        while (t := self.peek()) and t.value in ('+', '-'):
            self.take()
            node = (t.value, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while (t := self.peek()) and t.value in ('*', '/'):
            self.take()
            node = (t.value, node, self.factor())
        return node
    def factor(self):
        base = self.atom()
        if (t := self.peek()) and t.value == '^':
            self.take()
            return ('^', base, self.factor())
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return tok.value
        if tok.kind == 'name':
            if (t := self.peek()) and t.value == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().value == ',':
                    self.take(',')
                    args.append(self.expr())
                self.take(')')
                return ('call', tok.value, args)
            return ('var', tok.value)
        if tok.value == '(':
            node = self.expr()
            self.take(')')
            return node
        if tok.value == '-':
            return ('neg', self.atom())
        raise SyntaxError(f'unexpected {tok!r}')
FUNCS = {'max': max, 'min': min, 'abs': abs}
def evaluate(node, env):
    match_ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
                 '*': lambda a, b: a * b, '/': lambda a, b: a / b, '^': lambda a, b: a ** b}
    if isinstance(node, (int, float)):
        return node
    kind = node[0]
    if kind in match_ops:
        return match_ops[kind](evaluate(node[1], env), evaluate(node[2], env))
    if kind == 'neg':
        return -evaluate(node[1], env)
    if kind == 'var':
        return env[node[1]]
    if kind == 'call':
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    raise ValueError(kind)
env = {'x': 3, 'y': 4}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + y', 'max(x, y, 10) / 4', 'abs(-2.5) * 2', '10 / 4']:
    tree = Parser(tokenize(src)).expr()
    print(f'{src:20} => {tree} = {evaluate(tree, env)}')
for bad in ['1 +', '2 $ 3', '(1']:
    try:
        Parser(tokenize(bad)).expr()
    except SyntaxError as e:
        print('error:', e)
try:
    evaluate(Parser(tokenize('z')).expr(), env)
except KeyError as e:
    print('unknown variable', e)
