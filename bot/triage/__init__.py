"""TA triage: questions the bot could not answer, grouped for TAs, answered once, relayed."""
