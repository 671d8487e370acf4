a, b, c = 'xy'
