"""Small figure sets for the advice tests: name → value, ``(name, group)`` → value."""

from netwerkkaart.core.advice import FigureSet, NamedFigure


def figures(
    values: dict, *, suppressed: tuple = (), min_group: int = 5, sensitive: tuple = ()
) -> FigureSet:
    """A figure set; keys are names or ``(name, group)``; ``suppressed`` keys have no value;
    ``sensitive`` keys are labelled *gevoelig voor wie ontbreekt*, the others *stevig*."""
    found = []
    for key, value in values.items():
        name, group = key if isinstance(key, tuple) else (key, None)
        plain = (group or "").removeprefix("sector=")
        sectors = tuple(plain.split("+")) if plain and "=" not in plain else ()
        robust = "gevoelig" if key in sensitive else "stevig"
        found.append(NamedFigure(name, value, group, sectors=sectors, robustness=robust))
    for key in suppressed:
        name, group = key if isinstance(key, tuple) else (key, None)
        found.append(NamedFigure(name, None, group, suppressed=True))
    return FigureSet(tuple(found), min_group)
