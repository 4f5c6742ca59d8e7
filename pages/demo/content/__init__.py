"""Demo content of the fictional municipality Koivuranta / Björkstrand, in Finnish and Swedish."""


def t(fi, sv):
    """A text in both content languages."""
    return {"fi": fi, "sv": sv}
