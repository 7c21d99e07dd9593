"""The app's life apart from its widgets: launch, staged start-up, lock, safekeeping, crashes."""
