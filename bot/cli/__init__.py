"""Terminal adapters over the core: ask, chat, check."""
