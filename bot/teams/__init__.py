"""The Bot Framework layer: HTTP endpoint, auth, Teams behaviour and cards over the core."""
