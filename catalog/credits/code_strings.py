"""A caption printed as a string of code or data: the string is the caption, its quotes and field names are not.

Pages' sources, feeds and programs print captions as the values of fields: ``"credit":
"Kirby Lee-Imagn Images"``, ``credit: 'Photograph: Alamy',``, ``title="Photo: WFP/Name"``,
``caption='Foto: Name/Agência Brasil')``, ``altFr={`Crédits photo : Name`}``, ``caption.textContent =
item?.imageCredit || 'Foto: Name'`` (the string a missing value falls back to). When a text is
nothing but such fields (a name and ``:`` or ``=``, or an opening bracket, before each quoted
string; only closing punctuation after the last), a reader sees the strings, each on a line of
its own; strings printed side by side with only blanks between them are one string cut in two
(Python's ``"... here’s "\n    "yours."``). A sentence that quotes someone ("He said: "No."")
is no field: its words run on after the quote, or a field's name holds a space outside a tag.
"""

from __future__ import annotations

import re

# a quoted string: double, single or back quotes, with escapes inside; at most a long caption's length
_STRING = re.compile(r'"((?:\\.|[^"\\]){0,1500})"|\'((?:\\.|[^\'\\\n]){0,1500})\'|`([^`]{0,1500})`', re.S)
# what stands before a string: nothing, or
# a field's name (one word, or a tag's name and attribute), ":", "=" or "=>" (PHP's and Ruby's arrow: "'caption' =>
# 'Foto: Name',") or an opening bracket; or the comma and
# closing brackets of the string before; the string may be the fallback of another value ("= item?.credit || '...'")
_BEFORE = re.compile(r"\s*(?:[,;)\]}]\s*)*(?:(?:<[\w:.-]+(?:\s+[\w:.-]+=\s*\S*?)*\s+)?[\w$.\[\]-]*\s*)?"
                     r"(?:(?:=>|[:=])\s*(?:[\w$.?\[\]]+\s*(?:\|\||\?\?)\s*)?[({\[]?|[({\[,])?\s*")
_AFTER = re.compile(r"[\s,;)\]}]*(?:/?>)?[\s,;]*")  # what stands after the last string: closing punctuation only
_ESCAPED_QUOTE = re.compile(r"^\\?['\"]|\\?['\"]$")  # a string quoted again inside ("\'Caption\'")


def field_strings(text: str) -> str | None:
    """The strings of a text made only of quoted fields, one a line; None when the text is not such fields."""
    if not any(quote in text for quote in "\"'`"):
        return None
    strings: list[str] = []
    at = 0
    joined = False  # the string before stood right before this one, blanks between: one string cut in two
    for match in _STRING.finditer(text):
        between = text[at:match.start()]
        if strings and not between.strip():
            joined = True
        elif not _BEFORE.fullmatch(between) or (at == 0 and between.strip() and not between.rstrip()[-1] in ":=({[,|?"):
            return None
        value = next(group for group in match.groups() if group is not None)
        value = _ESCAPED_QUOTE.sub("", value.strip())
        if joined:
            strings[-1] += value
            joined = False
        else:
            strings.append(value)
        at = match.end()
    if not strings or not _AFTER.fullmatch(text[at:]):
        return None
    return "\n".join(string.strip() for string in strings if string.strip())
