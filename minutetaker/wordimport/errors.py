"""Why a Word document was refused: one sentence that names the file and says what
to do. Kept free of heavy imports, so the command line can know the type without
loading python-docx."""

from __future__ import annotations


class WordImportError(ValueError):
    """A document that cannot be imported; ``str()`` is one plain sentence for the
    person, naming the file and what to do about it."""

    def __init__(self, source: str, problem: str, advice: str = "") -> None:
        self.source = source
        self.problem = problem
        self.advice = advice
        sentence = f"{source}: {problem}"
        if advice:
            sentence += f"; {advice}"
        super().__init__(sentence.rstrip(".") + ".")


class ImportRefused(Exception):
    """A batch of files that cannot be imported as it stands (a meeting held already,
    the same meeting twice, an unknown kind of file); ``str()`` is one sentence.
    ``path`` is the file it names, when there is one."""

    def __init__(self, sentence: str, path: object = None) -> None:
        super().__init__(sentence)
        self.path = path
