"""Month names as wires and article pages write them, in English, German, French and Spanish."""

from __future__ import annotations

# name (lowercase, with and without accents) -> month number
MONTHS: dict[str, int] = {name: number for number, names in enumerate((
    ("jan", "january", "januar", "janvier", "enero"), ("feb", "february", "februar", "fevrier", "febrero"),
    ("mar", "march", "marz", "märz", "mars", "marzo"), ("apr", "april", "avril", "abril"),
    ("may", "mai", "mayo"), ("jun", "june", "juni", "juin", "junio"), ("jul", "july", "juli", "juillet", "julio"),
    ("aug", "august", "aout", "août", "agosto"), ("sep", "sept", "september", "septembre", "septiembre"),
    ("oct", "october", "oktober", "octobre", "octubre"), ("nov", "november", "novembre", "noviembre"),
    ("dec", "december", "dezember", "decembre", "décembre", "diciembre"),
), start=1) for name in names}
