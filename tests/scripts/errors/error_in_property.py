class C:
    @property
    def p(self):
        return self._missing
C().p
