"""Listing reviews: what waits for an operator before it is public."""
