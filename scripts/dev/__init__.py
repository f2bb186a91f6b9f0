"""Development tools, run from a checkout and not installed: making the bundled sample photos."""
