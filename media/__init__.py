"""Everything that opens image bytes: sniffing, guards, metadata readers, derivatives, the file store."""
