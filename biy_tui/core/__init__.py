"""What biy knows and does: plain Python, no Textual, no Rich."""
