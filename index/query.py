"""The query language (docs/search.md), parsed leniently into a repaired syntax tree.

Free words search caption, headline, title, keywords, people, credit and places. Fields:
``credit:`` ``agency:`` ``by:`` ``source:`` ``keyword:`` ``city:`` ``country:``
``restriction:`` ``caption:`` ``headline:`` ``title:`` ``format:`` ``id:``;
``date:2017``, ``date:2017-03``, ``date:2017-03-17``, ``date:[2017-03-01 TO 2017-03-31]``,
open ranges (``date:[2017 TO *]``, ``date:>2017-03``); ``width:``/``height:`` numbers and
ranges; quoted phrases; ``AND`` ``OR`` ``NOT`` (and ``-word``), brackets; prefixes
``mos*``; ``has:gps``, ``missing:credit`` (any name in ``documents.PRESENCE``);
``is:portrait``, ``is:landscape``, ``is:square``; ``usable:web``, ``usable:print`` (any
channel of docs/rights.md: usable at the time of the search). Words next to each other must all match.

Nothing here raises on bad input: each problem becomes a plain-language sentence, and the
tree keeps the closest sensible search (an unclosed quote searches the phrase to the end,
an unclosed range is open at that end, a broken clause is left out). ``index.compiler``
turns the tree into a Whoosh query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from catalog.rights.agreements import CHANNELS as USABLE_CHANNELS
from index.dates import parse_period
from index.documents import PRESENCE, PRESENCE_ALIASES

# query-language field name -> band of the ``text`` field (schema.BANDS)
TEXT_FIELDS: dict[str, str] = {
    "caption": "caption",
    "headline": "headline",
    "title": "title",
    "keyword": "keywords",
    "keywords": "keywords",
    "by": "people",
    "creator": "people",
    "photographer": "people",
    "people": "people",
    "credit": "credit",
    "city": "city",
    "country": "country",
}
# query-language field name -> exact tag name (``tags`` field), or "id"
EXACT_FIELDS: dict[str, str] = {
    "agency": "agency",
    "source": "source",
    "restriction": "restriction",
    "restrictions": "restriction",
    "format": "format",
    "id": "id",
}
NUMBER_FIELDS = ("width", "height", "orientation")
FLAG_FIELDS = ("has", "missing", "is", "usable")
# usable:CHANNEL: the pictures the desk may publish on the channel now
SHAPES: dict[str, str] = {
    "portrait": "portrait",
    "vertical": "portrait",
    "landscape": "landscape",
    "horizontal": "landscape",
    "square": "square",
}
KNOWN_FIELDS = frozenset(TEXT_FIELDS) | frozenset(EXACT_FIELDS) | {"date", *NUMBER_FIELDS, *FLAG_FIELDS}

FIELD_LIST = (
    "by, credit, agency, source, keyword, city, country, caption, headline, title, "
    "restriction, format, date, width, height, has, missing, is and usable"
)
DATE_HINT = "write a date as 2017, 2017-03 or 2017-03-17"
# Bounds on what one query may ask, so that no query can exhaust memory or recursion: a
# 100,000-character word took gigabytes, 5,000 nested brackets a RecursionError.
MAX_QUERY_CHARS = 1000
MAX_NESTING = 16  # brackets, NOT and field prefixes inside each other
RANGE_HINT = "a range is written like date:[2017-03-01 TO 2017-03-31]"


# --- the syntax tree -------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word (or ``prefix*``) as typed, in a field or in the free text (``field`` None)."""

    text: str
    field: str | None = None
    start: int = 0  # span in the query as typed, for "did you mean"
    end: int = 0


@dataclass(frozen=True)
class Phrase:
    """Words in quotes, matched next to each other."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Range:
    """``field:[low TO high]`` (None: open end) or ``field:>low`` style comparisons."""

    field: str
    low: str | None
    high: str | None
    low_inclusive: bool = True
    high_inclusive: bool = True


@dataclass(frozen=True)
class Group:
    """Clauses joined by ``and`` (all must match) or ``or`` (any)."""

    operator: str
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """A clause that must not match."""

    child: Node


Node = Word | Phrase | Range | Group | Not


@dataclass
class ParsedQuery:
    """A query as typed, the repaired tree that will be searched, and what was wrong with it."""

    text: str
    node: Node | None
    problems: list[str] = field(default_factory=list)

    @property
    def effective(self) -> str:
        """The search that actually runs, written in the query language."""
        return render(self.node) if self.node is not None else ""

    def message(self, other_problems: Sequence[str] = ()) -> str | None:
        """Plain-language explanation of what was wrong and what was searched instead.

        ``other_problems`` are sentences about the rest of the request (filters, sort).
        """
        sentences = list(self.problems)
        if self.problems:
            sentences.append(
                f"Showing results for: {self.effective}"
                if self.node is not None
                else "Showing all pictures instead."
            )
        sentences.extend(other_problems)
        return " ".join(sentences) or None

    def words(self) -> Iterator[Word]:
        """Every plain word of the tree (for spelling suggestions)."""
        yield from _words(self.node)


# --- lexing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # WORD PHRASE FIELD RANGE LPAREN RPAREN AND OR NOT
    text: str = ""
    start: int = 0
    end: int = 0
    closed: bool = True  # PHRASE / RANGE / LPAREN: was it closed in the text?


_OPERATORS = {"AND": "AND", "&&": "AND", "OR": "OR", "||": "OR", "NOT": "NOT"}
_FIELD_PREFIX = re.compile(r"([A-Za-z_]+):")
_COMPARISON = re.compile(r"^(>=|<=|>|<)(.*)$")


def _lex(text: str) -> Iterator[_Token]:
    position, length = 0, len(text)
    while position < length:
        char = text[position]
        if char.isspace():
            position += 1
        elif char == "(":
            yield _Token("LPAREN", "(", position, position + 1)
            position += 1
        elif char == ")":
            yield _Token("RPAREN", ")", position, position + 1)
            position += 1
        elif char == '"':
            close = text.find('"', position + 1)
            end = length if close < 0 else close
            yield _Token("PHRASE", text[position + 1 : end], position, end + 1, closed=close >= 0)
            position = end + 1
        elif char in "[{":
            close = _find_any(text, "]}", position + 1)
            end = length if close < 0 else close
            yield _Token("RANGE", text[position + 1 : end], position, end + 1, closed=close >= 0)
            position = end + 1
        elif char == "-" and position + 1 < length and not text[position + 1].isspace():
            yield _Token("NOT", "-", position, position + 1)
            position += 1
        elif char == "+" and position + 1 < length and not text[position + 1].isspace():
            position += 1  # "+word" means required, which every word already is
        else:
            match = _FIELD_PREFIX.match(text, position)
            if match and match.group(1).lower() in KNOWN_FIELDS:
                yield _Token("FIELD", match.group(1).lower(), position, match.end())
                position = match.end()
                continue
            end = position
            while end < length and not text[end].isspace() and text[end] not in '()"':
                end += 1
            word = text[position:end]
            yield _Token(_OPERATORS.get(word, "WORD"), word, position, end)
            position = end


def _find_any(text: str, chars: str, start: int) -> int:
    found = [i for i in (text.find(c, start) for c in chars) if i >= 0]
    return min(found) if found else -1


# --- parsing ---------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = list(_lex(text))
        self.index = 0
        self.depth = 0  # how deep parse_unary/parse_primary are inside each other
        self.problems: list[str] = []

    def problem(self, sentence: str) -> None:
        if sentence not in self.problems:
            self.problems.append(sentence)

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node | None:
        clauses: list[Node] = []
        while self.peek() is not None:
            node = self.parse_or(None)
            if node is not None:
                clauses.append(node)
            token = self.peek()
            if token is not None and token.kind == "RPAREN":
                self.take()
                self.problem('The query has a closing bracket ")" without an opening one.')
        return _join("and", clauses)

    def parse_or(self, field_name: str | None) -> Node | None:
        alternatives = [self.parse_and(field_name)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            right = self.parse_and(field_name)
            if right is None or alternatives[-1] is None:
                self.problem('"OR" needs something to search for on both sides.')
            alternatives.append(right)
        return _join("or", [a for a in alternatives if a is not None])

    def parse_and(self, field_name: str | None) -> Node | None:
        clauses: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("OR", "RPAREN"):
            if token.kind == "AND":
                self.take()
                following = self.peek()
                if not clauses or following is None or following.kind in ("OR", "RPAREN", "AND"):
                    self.problem('"AND" needs something to search for on both sides.')
                continue
            node = self.parse_unary(field_name)
            if node is not None:
                clauses.append(node)
        return _join("and", clauses)

    def parse_unary(self, field_name: str | None) -> Node | None:
        return self._nested(self._parse_unary, field_name)

    def _nested(self, parse: Callable[[str | None], Node | None], field_name: str | None) -> Node | None:
        # Each NOT, bracket or field prefix goes one level deeper; past MAX_NESTING the
        # rest is left out with a message (5,000 nested brackets raised RecursionError).
        if self.depth >= MAX_NESTING:
            self.take()
            self.problem(f"Brackets, NOT and fields nested more than {MAX_NESTING} deep were left out.")
            return None
        self.depth += 1
        try:
            return parse(field_name)
        finally:
            self.depth -= 1

    def _parse_unary(self, field_name: str | None) -> Node | None:
        token = self.peek()
        assert token is not None
        if token.kind == "NOT":
            self.take()
            following = self.peek()
            if following is None or following.kind in ("OR", "AND", "RPAREN"):
                self.problem(f'"{token.text}" needs something after it to leave out.')
                return None
            child = self.parse_unary(field_name)
            return Not(child) if child is not None else None
        return self.parse_primary(field_name)

    def parse_primary(self, field_name: str | None) -> Node | None:
        return self._nested(self._parse_primary, field_name)

    def _parse_primary(self, field_name: str | None) -> Node | None:
        token = self.take()
        if token.kind == "LPAREN":
            inner = self.parse_or(field_name)
            closing = self.peek()
            if closing is not None and closing.kind == "RPAREN":
                self.take()
            else:
                self.problem('The query opens a bracket "(" that is never closed.')
            return inner
        if token.kind == "FIELD":
            return self.parse_field(token)
        if token.kind == "PHRASE":
            return self.phrase(token, field_name)
        if token.kind == "RANGE":
            if field_name is None:
                self.problem(f"A range needs a field in front of it: {RANGE_HINT}.")
                return None
            return self.range(token, field_name)
        return self.word(token, field_name)

    def parse_field(self, field_token: _Token) -> Node | None:
        name = field_token.text
        value = self.peek()
        adjacent = value is not None and value.start == field_token.end
        if value is None or value.kind in ("RPAREN", "OR", "AND") or (
            not adjacent and value.kind == "NOT"
        ):
            self.problem(f'"{name}:" needs something to search for, e.g. {_example(name)}.')
            return None
        if value.kind == "NOT":
            self.take()
            child = self.parse_primary(name)
            return Not(child) if child is not None else None
        return self.parse_primary(name)

    def phrase(self, token: _Token, field_name: str | None) -> Node | None:
        if not token.closed:
            self.problem('A quotation mark (") is not closed.')
        text = " ".join(token.text.split())
        if not text:
            return None
        if field_name is not None and field_name in (*FLAG_FIELDS, "date", *NUMBER_FIELDS):
            return self.word(_Token("WORD", text, token.start, token.end), field_name)
        return Phrase(text, field_name)

    def range(self, token: _Token, field_name: str) -> Node | None:
        raw = f"{field_name}:{self.text[token.start:token.end]}"
        if not token.closed:
            self.problem(f'The range "{raw.strip()}" is not closed with "]".')
        if field_name != "date" and field_name not in NUMBER_FIELDS:
            self.problem(f'"{field_name}:" does not take a range; {RANGE_HINT}.')
            return None
        parts = token.text.split()
        upper = [p.upper() for p in parts]
        if "TO" in upper:
            split = upper.index("TO")
            low_parts, high_parts = parts[:split], parts[split + 1 :]
        elif len(parts) == 2:
            low_parts, high_parts = parts[:1], parts[1:]
        else:
            self.problem(f'"{raw.strip()}" is not a range: {RANGE_HINT}.')
            return None
        if len(low_parts) > 1 or len(high_parts) > 1:
            self.problem(f'"{raw.strip()}" is not a range: {RANGE_HINT}.')
            return None
        low = low_parts[0] if low_parts and low_parts[0] != "*" else None
        high = high_parts[0] if high_parts and high_parts[0] != "*" else None
        if low is None and high is None:
            self.problem(f'"{raw.strip()}" has neither a start nor an end, so it was left out.')
            return None
        node = Range(field_name, low, high)
        return node if self.valid_range(node) else None

    def word(self, token: _Token, field_name: str | None) -> Node | None:
        text = token.text
        if field_name is None:
            match = _FIELD_PREFIX.match(text)
            if match and not text[match.end() :].startswith("//") and len(match.group(1)) <= 20:
                self.problem(
                    f'There is no field "{match.group(1)}:"; searched for the words instead. '
                    f"Fields are {FIELD_LIST}."
                )
            return Word(text, None, token.start, token.end)
        if field_name in FLAG_FIELDS:
            return self.flag(field_name, text)
        if field_name == "date" or field_name in NUMBER_FIELDS:
            comparison = _COMPARISON.match(text)
            if comparison:
                operator, value = comparison.groups()
                if not value:
                    self.problem(f'"{field_name}:{operator}" needs a value after "{operator}".')
                    return None
                low_side = operator.startswith(">")
                node = Range(
                    field_name,
                    value if low_side else None,
                    None if low_side else value,
                    low_inclusive=operator == ">=",
                    high_inclusive=operator == "<=",
                )
                return node if self.valid_range(node) else None
            if field_name == "date" and parse_period(text) is None:
                self.problem(f'"date:{text}" is not a date; {DATE_HINT}.')
                return None
            if field_name in NUMBER_FIELDS and not text.isdigit():
                self.problem(f'"{field_name}:{text}" is not a number of pixels.')
                return None
        return Word(text, field_name, token.start, token.end)

    def flag(self, kind: str, text: str) -> Node | None:
        name = text.lower()
        if kind == "usable":
            if name not in USABLE_CHANNELS:
                self.problem(f'"usable:{text}" is not known; use usable: with {", ".join(USABLE_CHANNELS)}.')
                return None
            return Word(name, kind)
        if kind == "is":
            if name not in SHAPES:
                self.problem(f'"is:{text}" is not known; use is:portrait, is:landscape or is:square.')
                return None
            return Word(SHAPES[name], kind)
        name = PRESENCE_ALIASES.get(name, name)
        if name not in PRESENCE:
            self.problem(
                f'"{kind}:{text}" is not known; {kind}: takes one of '
                f"{', '.join(sorted(PRESENCE))}."
            )
            return None
        return Word(name, kind)

    def valid_range(self, node: Range) -> bool:
        for value in (node.low, node.high):
            if value is None:
                continue
            if node.field == "date" and parse_period(value) is None:
                self.problem(f'"{value}" in the date range is not a date; {DATE_HINT}.')
                return False
            if node.field in NUMBER_FIELDS and not value.isdigit():
                self.problem(f'"{value}" in the {node.field} range is not a number of pixels.')
                return False
        return True


def _example(name: str) -> str:
    examples = {
        "date": "date:2017-03",
        "has": "has:gps",
        "missing": "missing:credit",
        "is": "is:portrait",
        "usable": "usable:web",
        "width": "width:>3000",
        "height": "height:>2000",
        "agency": "agency:AP",
        "by": 'by:"Felipe Dana"',
    }
    return examples.get(name, f"{name}:mosul")


def _join(operator: str, clauses: list[Node]) -> Node | None:
    if not clauses:
        return None
    if len(clauses) == 1:
        return clauses[0]
    flat: list[Node] = []
    for clause in clauses:
        if isinstance(clause, Group) and clause.operator == operator:
            flat.extend(clause.children)
        else:
            flat.append(clause)
    return Group(operator, tuple(flat))


def parse_query(text: str) -> ParsedQuery:
    """Parse a query as typed; never raises. Problems are listed in plain language.

    Only the first ``MAX_QUERY_CHARS`` characters are read, and nesting deeper than
    ``MAX_NESTING`` is left out, each with a plain-language problem.
    """
    text, cut = clip_query(text or "")
    parser = _Parser(text)
    if cut:
        parser.problem(cut)
    node = parser.parse()
    return ParsedQuery(text=text, node=node, problems=parser.problems)


def clip_query(text: str) -> tuple[str, str | None]:
    """The part of a query that is read (``MAX_QUERY_CHARS``), and a message when it was cut."""
    if len(text) <= MAX_QUERY_CHARS:
        return text, None
    return text[:MAX_QUERY_CHARS], (
        f"The query is longer than {MAX_QUERY_CHARS:,} characters: only its start was searched."
    )


# --- writing a tree back as a query ----------------------------------------------------


def render(node: Node) -> str:
    """The query-language text of a tree (how a repaired query is shown to the user)."""
    if isinstance(node, Word):
        return f"{node.field}:{node.text}" if node.field else node.text
    if isinstance(node, Phrase):
        return f'{node.field}:"{node.text}"' if node.field else f'"{node.text}"'
    if isinstance(node, Range):
        if node.low is not None and node.high is None and not node.low_inclusive:
            return f"{node.field}:>{node.low}"
        if node.high is not None and node.low is None and not node.high_inclusive:
            return f"{node.field}:<{node.high}"
        return f"{node.field}:[{node.low or '*'} TO {node.high or '*'}]"
    if isinstance(node, Not):
        return f"NOT {_render_operand(node.child)}"
    separator = " OR " if node.operator == "or" else " "
    return separator.join(_render_operand(child) for child in node.children)


def _render_operand(node: Node) -> str:
    return f"({render(node)})" if isinstance(node, Group) else render(node)


def _words(node: Node | None) -> Iterator[Word]:
    if isinstance(node, Word):
        yield node
    elif isinstance(node, Group):
        for child in node.children:
            yield from _words(child)
    elif isinstance(node, Not):
        yield from _words(node.child)
