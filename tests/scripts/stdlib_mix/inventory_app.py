# A small program mixing dataclasses, enum, typing, json, collections,
# itertools, functools and datetime the way scripts commonly do.
import __future__

import json
from collections import Counter, defaultdict, namedtuple
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
from functools import reduce, total_ordering
from itertools import groupby
from operator import attrgetter
from typing import Dict, List, Optional


class Category(str, Enum):
    TOOL = 'tool'
    PART = 'part'
    FOOD = 'food'


class Priority(Enum):
    LOW = auto()
    HIGH = auto()


@total_ordering
@dataclass
class Item:
    name: str
    category: Category
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    expires: Optional[date] = None

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

    def __lt__(self, other: "Item") -> bool:
        return (self.category.value, self.name) < (other.category.value, other.name)


items = [
    Item('hammer', Category.TOOL, 12.5, 3, ['steel']),
    Item('bolt', Category.PART, 0.1, 500),
    Item('apple', Category.FOOD, 0.4, 40, ['fresh'], date(2024, 3, 1)),
    Item('wrench', Category.TOOL, 8.25, 2),
    Item('nut', Category.PART, 0.05, 800, ['m6']),
]
for it in sorted(items):
    print(f'{it.name:<8} {it.category.value:<5} {it.value:>8.2f}')
by_cat: Dict[Category, List[Item]] = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
print({c.name: [i.name for i in v] for c, v in by_cat.items()})
for cat, group in groupby(sorted(items, key=attrgetter('category.value')), key=attrgetter('category')):
    print(cat, sum(i.qty for i in group))
total = reduce(lambda acc, i: acc + i.value, items, 0.0)
print('total', round(total, 2), Counter(i.category for i in items).most_common(1)[0][0].name)
Summary = namedtuple('Summary', 'count total')
print(Summary(len(items), round(total, 2)))


def encode(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    raise TypeError(repr(o))


doc = json.dumps([asdict(i) for i in items[:3]], default=encode, indent=1)
print(doc)
back = json.loads(doc)
print([Category(d['category']) for d in back], back[2]['expires'], date.fromisoformat(back[2]['expires']) + timedelta(days=30))
print(Priority.HIGH, Priority['LOW'].value, Category('tool') is Category.TOOL, Category.TOOL == 'tool')
print(Item.__annotations__['qty'], Item('x', Category.PART, 1.0) < Item('y', Category.PART, 1.0))
