"""The reader's notes and corrections, anchored to passages, and their exports."""
