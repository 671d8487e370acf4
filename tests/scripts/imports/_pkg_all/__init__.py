__all__ = ['mod_x', 'VALUE']
VALUE = 'package value'
