"""Cross-article logic: canonical entities, story clustering, claims and denials, timelines."""
