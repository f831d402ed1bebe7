"""The local emulator: a stand-in Bot Connector and a chat page, for use without Azure."""
