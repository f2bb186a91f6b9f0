"""Everything that opens image bytes: sniffing, guards, metadata readers, derivatives, the file store."""

from pathlib import Path


def samples_dir() -> Path:
    """The sample photos bundled with Photodesk (imported when no path is given)."""
    return Path(__file__).parent / "samples"
