print({{}: 1})
