"""The course calendar as iCalendar: a feed anyone can subscribe to, and per-event files."""
