"""The Textual shell: it presents and routes, nothing more."""
