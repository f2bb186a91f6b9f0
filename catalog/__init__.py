"""The domain: asset records, metadata rules, credits, articles and the catalog store.

Imports only the standard library and ``catalog`` itself, so a caption rule can be tested
in a millisecond; the one exception is ``catalog.articles``, which parses HTML with
BeautifulSoup. No Flask, Whoosh or Pillow anywhere in it.
"""
