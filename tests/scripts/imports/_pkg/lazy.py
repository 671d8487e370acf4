print('executing _pkg.lazy')
LAZY = 'lazy loaded'
