"""Chart builders shared by the Diary and Labs tabs and the printed report (pyqtgraph)."""
