"""Rule-based and spaCy extractors: parsed document in, typed records out."""
