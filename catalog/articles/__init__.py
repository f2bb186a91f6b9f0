"""Articles: reading a published story (HTML page or text scrape) and linking its photos to assets.

``pages`` decodes a page and picks the reader (``html`` with ``linked_data``, or ``text``
for scrapes); ``photos`` is what a story shows; ``urls`` and ``image_urls`` canonicalise
addresses; ``matching`` finds the asset behind a printed photo; ``links`` and ``reading``
record the links; ``credit_check`` compares printed credits with the files'.

May import ``catalog`` and BeautifulSoup (``bs4``, a pure-Python HTML parser); no framework.
"""
