# Single inheritance, overriding and super().
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog/' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'
p = Puppy('rex', 1)
print(p.speak(), p.kind(), p.age, Dog('d').speak())
print(Puppy.__mro__)
print(Puppy.__bases__, issubclass(Puppy, Animal), isinstance(p, Dog))
print([c.__name__ for c in Puppy.mro()])
