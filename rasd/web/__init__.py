"""`rasd serve`: the REST API and the Arabic web pages over the store (see docs/web.md)."""
