"""Credits: reading a credit line, finding it in a caption, attributing a picture from all its fields.

``parsing`` reads one credit line (``segments`` cuts it into its parts), ``captions`` finds the credit a caption prints
(``reader`` weighs every place a scraped caption may hold it, ``fields`` reads runs of
labelled fields, ``brackets`` where a bracketed credit closes a sentence, ``chrome`` the page's
counters and slugs, ``glued`` credits printed with no gap), ``agencies`` looks organisations up in
the one table, ``organisations``; ``attribution`` combines caption, Credit, Source and By-line.
Standard library only.
"""

from catalog.credits.attribution import attribute
from catalog.credits.captions import split_caption_credit
from catalog.credits.parsing import QUALIFIERS, Credit, parse_credit_line

__all__ = ["QUALIFIERS", "Credit", "attribute", "parse_credit_line", "split_caption_credit"]
