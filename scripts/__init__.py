"""Composition roots: the ``photodesk`` command line and operator scripts."""
