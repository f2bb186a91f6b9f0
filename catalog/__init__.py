"""The domain: asset records, metadata rules, credits, articles and the catalog store.

Imports only the standard library (and a pure HTML parser for article pages):
no Flask, Whoosh or Pillow, so a caption rule can be tested in a millisecond.
"""
