"""Analysis stages: keywords, taxonomy, entities, figures, events, summary."""
