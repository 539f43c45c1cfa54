# Lists, dicts and tuples nested several deep, and a long chain of them: a release build once
# waited forever on its own lock releasing a list nested three deep (a debug build did not).
x = [[[1]]]
print(x)
y = [[1], [[2]], [[{"a": [1, [2]]}]], ((3, [4]),)]
print(y)
chain = []
for i in range(100000):
    chain = [chain]
print(len(chain))
d = {"a": {"b": {"c": [[[]]]}}}
print(d)
del d
caches = [[(i, [i, [i]]) for i in range(3)] for _ in range(2)]
print(caches[1][2])
