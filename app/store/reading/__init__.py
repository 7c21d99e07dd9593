"""The one read path: plain rows read over a keyed connection, turned into records once."""
