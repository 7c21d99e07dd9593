"""The facade parts that write: checks, one transaction per user action, seeds."""
