"""A second floor, for context only: hello-world with the widgets biy's overview is made of.

A Header, an OptionList of 26 lines, two Statics in the same containers, and a Footer,
exiting after its first frame like ``hello_app.py``. It shows what Textual itself costs
for the overview's widgets, before anything of biy's: the budget stays against
``hello_app.py``.
"""

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static


class HelloWidgets(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical():
                yield OptionList(
                    *[f"{n:>3}   Week {n}: a title of the usual length" for n in range(26)]
                )
                yield Static("legend")
            with VerticalScroll():
                yield Static("A week's summary, a few sentences long. " * 6)
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    HelloWidgets().run(headless=True, size=(120, 40))
