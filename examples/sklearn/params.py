"""A reader for the small YAML subset params.yaml uses (nested mappings of scalars, comments),
so the example needs nothing beyond scikit-learn. A `.json` file is read as JSON."""
import json


def scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("null", "~", ""):
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def read_params(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith(".json"):
        return json.loads(text)
    root = {}
    stack = [(-1, root)]  # (indent, mapping) of the open mappings
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        key, sep, value = line.strip().partition(":")
        if not sep or not key:
            raise ValueError(f"{path}:{number}: expected `key: value`, got {raw.strip()!r}")
        while indent <= stack[-1][0]:
            stack.pop()
        mapping = stack[-1][1]
        if value.strip():
            mapping[key.strip()] = scalar(value)
        else:
            mapping[key.strip()] = {}
            stack.append((indent, mapping[key.strip()]))
    return root
