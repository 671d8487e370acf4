__all__ = ['exported', '_also_exported']
exported = 'exported'
_also_exported = 'underscore but in __all__'
not_exported = 'hidden by __all__'
