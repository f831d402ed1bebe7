"""Course assistant bot: a channel-agnostic answering core with thin adapters."""
