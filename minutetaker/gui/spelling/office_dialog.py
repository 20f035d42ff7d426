"""Edit > Office dictionary…: the words every meeting's spell check takes as right.

A list to search, a field to add a word and a button (or Delete) to remove the
chosen one. Each change is made at once, in the archive (one transaction; the
archive's backups carry the words), and the notes on screen are judged again.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutetaker.gui.shell.style import apply_styles

INTRO = (
    "Words the spell check takes as right in every meeting: the force's towns, "
    "operations, systems and people. They are kept in the archive, so its backups "
    "carry them."
)


class OfficeWords(Protocol):
    def office_words(self) -> list[str]: ...
    def add_to_office(self, word: str) -> str: ...  # '' when done, else why not
    def remove_from_office(self, word: str) -> str: ...


class OfficeDictionaryDialog(QDialog):
    def __init__(self, words: OfficeWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Office dictionary")
        self.words = words
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search the office dictionary")
        self.search.setPlaceholderText("Letters of a word")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._fill())
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName("Words of the office dictionary")
        self.list.setAccessibleDescription("Delete removes the chosen word.")
        self.list.installEventFilter(self)
        self.count = QLabel()
        self.new_word = QLineEdit()
        self.new_word.setAccessibleName("Word to add")
        self.new_word.setPlaceholderText("One word, spelt as it should be")
        self.new_word.returnPressed.connect(self.add)
        new_label = QLabel("&New word:")
        new_label.setBuddy(self.new_word)
        self.add_button = QPushButton("&Add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_word, 1)
        add_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        apply_styles(self)
        self._all = words.office_words()
        self._fill()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 34, em * 36)
        self.new_word.setFocus()

    def shown_words(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _fill(self, choose: str | None = None) -> None:
        wanted = self.search.text().strip().casefold()
        shown = [w for w in self._all if wanted in w.casefold()]
        self.list.clear()
        for word in shown:
            QListWidgetItem(word, self.list)
        total = len(self._all)
        noun = "word" if total == 1 else "words"
        self.count.setText(
            f"{len(shown)} of {total} {noun}" if wanted else f"{total} {noun} in the dictionary"
        )
        if choose is not None:
            for n, word in enumerate(shown):
                if word.casefold() == choose.casefold():
                    self.list.setCurrentRow(n)
        elif shown:
            self.list.setCurrentRow(0)
        self.remove_button.setEnabled(bool(shown))

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    def add(self) -> None:
        """Add the word typed in New word."""
        word = self.new_word.text().strip()
        sentence = self.words.add_to_office(word)
        self._say(sentence)
        if sentence:
            self.new_word.setFocus()
            return
        self.new_word.clear()
        self._all = self.words.office_words()
        self.search.clear()
        self._fill(choose=word)

    def remove(self) -> None:
        """Remove the chosen word."""
        row = self.list.currentItem()
        if row is None:
            return
        index = self.list.currentRow()
        sentence = self.words.remove_from_office(row.text())
        self._say(sentence)
        if sentence:
            return
        self._all = self.words.office_words()
        self._fill()
        if self.list.count():
            self.list.setCurrentRow(min(index, self.list.count() - 1))

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove()
            return True
        return super().eventFilter(watched, event)
