"""What an instrument is for: the few groups the instrument list is arranged by.

Each instrument file names one ``purpose`` (an id below) and says in one line ``when_to_use`` it.
The groups follow the questions a network asks in turn, as seeds 003 and 004 frame them: whether
and why to collaborate, how the collaboration is doing, how to shape it, and who plays which role.
"""

from __future__ import annotations

from netwerkkaart.core.questionnaire.model import Text

# In the order the list shows them.
PURPOSES: dict[str, Text] = {
    "decide": Text(
        nl="Beslissen of en waarom we samenwerken", en="Deciding whether and why to collaborate"
    ),
    "check": Text(
        nl="Nagaan hoe de samenwerking loopt", en="Checking how the collaboration is going"
    ),
    "organise": Text(
        nl="De samenwerking vormgeven en organiseren", en="Shaping and organising the collaboration"
    ),
    "roles": Text(nl="Rollen, leiderschap en toezicht", en="Roles, leadership and supervision"),
}
