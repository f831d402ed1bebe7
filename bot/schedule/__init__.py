"""The course schedule: typed model, validating loader, queries and hot reload."""

from bot.schedule.loader import ScheduleError, load_schedule
from bot.schedule.model import Event, Schedule

__all__ = ["Event", "Schedule", "ScheduleError", "load_schedule"]
