"""Text -> quotes, entities and claims. No I/O, no formats: only offsets into one text."""
