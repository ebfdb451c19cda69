"""Alternations of many words as one compact regular expression.

A plain ``a|b|c`` of hundreds of names makes the regex engine try each name at every
position; a trie shares prefixes ("South Africa|South Korea|South Sudan" becomes
"South (?:Africa|Korea|Sudan)"), which keeps the gazetteer patterns fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words, longest first.

    >>> import re
    >>> p = re.compile(trie_pattern(["Korea", "South Korea", "South Sudan"]))
    >>> [m.group(0) for m in p.finditer("South Sudan and South Korea, not Korea")]
    ['South Sudan', 'South Korea', 'Korea']
    """
    root: dict[str, dict] = {}
    for word in set(words):
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _compile(root) or "(?!)"


def _compile(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _compile(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    # Longer continuations first, so that the longest name wins.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
