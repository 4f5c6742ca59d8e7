"""Helpers that tests import, one module a concept: building a process's state in code,
translating as an editor does, racing threads. Fixtures are not here; they live in the
`conftest.py` files, where pytest finds them."""
