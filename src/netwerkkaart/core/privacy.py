"""Privacy rules shared by every figure the product shows.

Respondents were promised pseudonymity. No table, measure or export shows a figure about a group of
fewer distinct respondents than the *minimum group size*; such groups are left out and listed as
suppressed, never shown as zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

DEFAULT_MIN_GROUP = 5
# A category of actors is named to a reader who may not see names only where it holds at least
# this many actors in every location: "OCMW/Sociaal Huis" in a municipality is one organisation.
MIN_ACTORS_PER_CATEGORY = 2


def is_reportable(respondents: int, min_group: int = DEFAULT_MIN_GROUP) -> bool:
    """Whether a figure about ``respondents`` distinct respondents may be shown."""
    return respondents >= min_group


def complementary_groups(
    sizes: Mapping[str, int], hidden: Iterable[str], min_group: int = DEFAULT_MIN_GROUP
) -> list[str]:
    """The further groups to hide so that a known total cannot give a hidden group back.

    When a breakdown shows every group but the small ones and the total is shown too (on the
    same page or another), subtracting gives the small groups' figure. The smallest shown groups
    are hidden as well until what is hidden together covers at least ``min_group`` respondents
    (secondary or complementary suppression, as statistical offices practise it). Groups of
    size 0 reveal no one and hide no one.

    Parameters
    ----------
    sizes
        Respondents per group of the breakdown.
    hidden
        The groups already hidden (too small).

    Returns
    -------
    list of str
        The groups to hide as well, smallest first (ties by name).

    References
    ----------
    Hundepool, A. et al. (2012). *Statistical Disclosure Control*. Wiley, ch. 4.

    Examples
    --------
    >>> complementary_groups({"a": 2, "b": 3, "c": 40}, ["a"])
    ['b']
    >>> complementary_groups({"a": 2, "b": 9, "c": 40}, [])
    []
    """
    hidden = [g for g in hidden if sizes.get(g, 0) > 0]
    if not hidden:
        return []
    covered = sum(sizes[g] for g in hidden)
    extra: list[str] = []
    candidates = sorted(
        (g for g, n in sizes.items() if g not in hidden and n > 0), key=lambda g: (sizes[g], g)
    )
    for group in candidates:
        if is_reportable(covered, min_group):
            break
        extra.append(group)
        covered += sizes[group]
    return extra
