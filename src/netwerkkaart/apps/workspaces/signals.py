"""Signals the workspaces app sends; other apps listen without workspaces importing them."""

from django.dispatch import Signal

# Sent inside the transaction of a write that changed a workspace's data (``workspace``), once
# its data version went up. A receiver that starts work should do so on commit.
data_changed = Signal()
