"""Text helpers below every stage: date parsing (「2024年5月18日」, RFC 822, ISO), HTML fragments to
text, nesting limits.  Readers, cleaning and metadata all use them, so they live under all three
and import none of them (``tests/test_layers.py``)."""
