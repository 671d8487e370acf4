# keyword: kwlist and iskeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ['if', 'match', 'print', 'None', 'async', '_', 'case'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'print', '_', 'case'] if keyword.issoftkeyword(w)])
print(keyword.iskeyword('True'), keyword.iskeyword('true'))
