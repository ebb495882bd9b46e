"""Group sessions for the demo workspace: the quick scan twice (so the later one is compared with
the earlier), a governance session, and one session still open to join from a phone."""

from __future__ import annotations

import datetime

from django_scopes import scope

from netwerkkaart.apps.instruments import services
from netwerkkaart.apps.instruments.models import InstrumentSession
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.demo.reflection import demo_answer_sets
from netwerkkaart.core.reflection import builtin_instrument

# (instrument, network, date, participants, seed, lift, still open)
SESSIONS = (
    ("vijf_condities", "zorgraad Gemeentegem", datetime.date(2026, 3, 10), 8, 1, 0.0, False),
    ("vijf_condities", "zorgraad Gemeentegem", datetime.date(2026, 10, 6), 9, 1, 0.7, False),
    ("governancemodel", "netwerk Leefhoek", datetime.date(2026, 9, 15), 6, 2, 0.0, False),
    ("dilemmas", "zorgraad Gemeentegem", datetime.date(2026, 11, 24), 5, 3, 0.0, True),
)


def load_demo_sessions(workspace: Workspace, user: object) -> InstrumentSession:
    """Replace the workspace's sessions by the demo's; returns the one left open."""
    with scope(workspace=workspace):
        InstrumentSession.objects.filter(workspace=workspace).delete()
    open_session = None
    for instrument_id, network, held_on, count, seed, lift, still_open in SESSIONS:
        session = services.start_session(workspace, instrument_id, network=network,
                                         held_on=held_on, user=user)  # fmt: skip
        instrument = builtin_instrument(instrument_id)
        for answers in demo_answer_sets(instrument, count, seed=seed, lift=lift):
            participant, _key = services.join(session)
            services.save_answers(participant, instrument, answers)
        if still_open:
            open_session = session
        else:
            services.close_session(session, user=user)
    return open_session
