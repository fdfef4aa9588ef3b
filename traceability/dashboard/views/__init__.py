"""Dashboard views of the traceability section, one module per concern.

Every view reaches records through ``traceability.dashboard.scoping``, so
a producer's staff see and change only their producers' records.
"""
