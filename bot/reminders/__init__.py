"""Reminders: the policy, subscriptions, the pure planner, the exactly-once ledger."""
