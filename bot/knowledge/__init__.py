"""Course knowledge: ingest notes, slides and notebooks; index and retrieve passages."""
