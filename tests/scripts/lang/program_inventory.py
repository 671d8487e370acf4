# Inventory management with dicts, sets, sorting and string formatting.
inventory = {}
def add(name, qty, price, tags=()):
    item = inventory.setdefault(name, {'qty': 0, 'price': price, 'tags': set()})
    item['qty'] += qty
    item['price'] = price
    item['tags'].update(tags)
add('apple', 10, 0.5, ['fruit', 'red'])
add('banana', 24, 0.25, ['fruit', 'yellow'])
add('carrot', 7, 0.1, ['vegetable'])
add('apple', 5, 0.55)
add('lemon', 0, 0.3, ['fruit', 'yellow'])
print(f"{'name':<8}{'qty':>5}{'price':>8}{'value':>9}")
for name, item in sorted(inventory.items()):
    print(f"{name:<8}{item['qty']:>5}{item['price']:>8.2f}{item['qty'] * item['price']:>9.2f}")
by_tag = {}
for name, item in inventory.items():
    for tag in item['tags']:
        by_tag.setdefault(tag, []).append(name)
for tag in sorted(by_tag):
    print(tag, sorted(by_tag[tag]))
out_of_stock = [n for n, i in inventory.items() if not i['qty']]
print('out of stock:', out_of_stock)
most_valuable = max(inventory, key=lambda n: inventory[n]['qty'] * inventory[n]['price'])
print('most valuable:', most_valuable)
yellow_fruit = {n for n in by_tag['yellow']} & {n for n in by_tag['fruit']}
print(sorted(yellow_fruit))
total_qty = sum(i['qty'] for i in inventory.values())
print(f'total items: {total_qty:,}, distinct: {len(inventory)}')
