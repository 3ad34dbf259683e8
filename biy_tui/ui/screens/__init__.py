"""One module per screen; dialogs are ModalScreen[T] that dismiss with a value."""
