"""Dashboard menu entries of this section (composed in settings)."""

NAVIGATION = []
