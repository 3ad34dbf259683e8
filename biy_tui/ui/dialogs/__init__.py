"""Modal dialogs that return their answer through dismiss()."""
