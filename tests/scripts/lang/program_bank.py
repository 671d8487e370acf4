# A small bank-account simulation with exceptions and class hierarchies.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.account, self.amount = account, amount
class Account:
    interest = 0.0
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def apply_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained
    def __repr__(self):
        return f'{type(self).__name__}(#{self.id} {self.owner}: {self.balance})'
class Savings(Account):
    interest = 0.05
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print('transfer attempted', src.owner, '->', dst.owner, amount)
a = Savings('alice', 100)
b = Checking('bob', 50)
print(a, b)
print(transfer(a, b, 30), a, b)
print(transfer(b, a, 200), a, b)
print(transfer(b, a, 150), a, b)
print(a.apply_interest(), b.apply_interest(), a, b)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
a.deposit(10).deposit(20).withdraw(5)
print(a.history)
accounts = sorted([a, b, Savings('carol', 75)], key=lambda acc: acc.balance, reverse=True)
print(accounts)
print({acc.owner: type(acc).__name__ for acc in accounts})
total = sum(acc.balance for acc in accounts)
print(f'total {total:.2f}')
