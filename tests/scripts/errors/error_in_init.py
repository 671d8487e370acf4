class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f'negative balance: {balance}')
        self.balance = balance
Account(10)
Account(-5)
