SIB = 'sibling value'
