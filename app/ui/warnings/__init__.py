"""Warning-sign banners, the dialog with the data behind one, and the rule thresholds dialog."""
