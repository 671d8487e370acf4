prnt('x')
