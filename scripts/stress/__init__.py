"""Stress tools, run from a checkout and not installed: the import fuzzer and its mutations."""
