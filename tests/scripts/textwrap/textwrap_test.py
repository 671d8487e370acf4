# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('one', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a well-known self-evident state-of-the-art thing', 12))
print(textwrap.wrap('a well-known self-evident state-of-the-art thing', 12, break_on_hyphens=False))
print(textwrap.wrap('foo--bar baz -- qux', 6))
print(textwrap.wrap('tabs\there\tand  spaces', 12), textwrap.wrap('tabs\there', 12, expand_tabs=False))
print(textwrap.wrap('keep   spaces   here', 8, drop_whitespace=False))
print(textwrap.wrap('line one\nline two', 40), textwrap.wrap('line one\nline two', 40, replace_whitespace=False))
print(textwrap.fill('Hello there. How are you? Fine.', 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten(text, 50))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('''
    def f():
        return 1

    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   \n  x\n    y\n')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('  same\n  same')), repr(textwrap.dedent('    a\n  b\n      c')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=20, initial_indent='- ')
print(w.wrap('alpha beta gamma delta epsilon zeta eta theta'), w.width)
w.width = 10
print(w.fill('alpha beta gamma'))
print(textwrap.wrap('The end.  Next sentence here', 15))
