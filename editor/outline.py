"""The outline of the note: an item model over title block, chapters, objectives and annexes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from editor.document import Document
from editor.model.bitext import Lang
from editor.model.checks_issue import Issue, Severity
from editor.model.labels import (
    ABBREVIATIONS_TITLE,
    CHAPTER_NUMBERS,
    CHAPTER_TITLES,
    CHAPTER_WORD,
    NOTE_TITLE,
)
from editor.model.numbering import annex_heading, heading, numbering
from editor.model.structure import StructureError, allows, is_inside, reparent
from editor.model.tree import Annex, Chapter, Node, Note

NODE_MIME = "application/x-orientation-note-node"
STATES_DELAY_MS = 200
# Role giving the id of an entry: a node id, a chapter / annex id, or a fixed name.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# Combined once: the view asks for flags thousands of times per rebuild, and combining Qt
# flags in Python is slow.
PART_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CHAPTER_IV_FLAGS = PART_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
NODE_FLAGS = CHAPTER_IV_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
NO_INDEX = QModelIndex()  # default parent argument of the model API: the invisible root


class State(int, Enum):
    """Badge of an outline entry, worst first wins when a subtree is summarised."""

    COMPLETE = 0
    WARNING = 1
    STALE = 2
    MISSING = 3
    ERROR = 4


BADGE_COLOURS = {
    State.COMPLETE: "#2e7d32",
    State.WARNING: "#f9a825",
    State.STALE: "#1565c0",
    State.MISSING: "#ef6c00",
    State.ERROR: "#c62828",
}


@dataclass(eq=False)
class Entry:
    """One row of the outline; ``target`` is the model object its page edits."""

    id: str
    target: object
    parent: Entry | None = None
    children: list[Entry] = field(default_factory=list)
    state: State = State.COMPLETE
    # Set when added: entries are only ever appended, and the model is rebuilt on any structure
    # change. Qt asks for parents thousands of times per selection; a scan per ask is too slow.
    position: int = 0

    @property
    def node(self) -> Node | None:
        return self.target if isinstance(self.target, Node) else None

    def row(self) -> int:
        return self.position


CHAPTER_IV = "chapter-iv"
TITLE_BLOCK = "title"
ABBREVIATIONS = "abbreviations"
ORGANISATIONS = "organisations"


def badge_icon(state: State) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(BADGE_COLOURS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class OutlineModel(QAbstractItemModel):
    """The note as a tree; rebuilt when the structure changes, badges refreshed with issues."""

    move_failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.root = Entry("", None)
        self.by_id: dict[str, Entry] = {}
        self.paths: dict[str, tuple[int, ...]] = {}
        self._icons: dict[State, QIcon] = {}
        self._build()
        document.structure_changed.connect(self.rebuild)
        document.changed.connect(self._on_changed)
        # Badges follow the issues after a pause in typing, not on every keystroke.
        self._states_timer = QTimer(self)
        self._states_timer.setSingleShot(True)
        self._states_timer.setInterval(STATES_DELAY_MS)
        self._states_timer.timeout.connect(self.refresh_states)
        document.issues_changed.connect(self._states_timer.start)

    @property
    def note(self) -> Note:
        return self.document.note

    @property
    def lang(self) -> Lang:
        return self.note.title.original_language

    # -- building ----------------------------------------------------------
    def _build(self) -> None:
        note = self.note
        self.root = Entry("", None)
        self.by_id = {}
        self._add(self.root, TITLE_BLOCK, note.title)
        self._add(self.root, ABBREVIATIONS, note.abbreviations)
        self._add(self.root, ORGANISATIONS, note.organisations)
        for chapter in note.chapters:
            self._add(self.root, chapter.id, chapter)
        chapter_iv = self._add(self.root, CHAPTER_IV, note.objectives)
        for node in note.objectives:
            self._add_node(chapter_iv, node)
        for annex in note.annexes:
            self._add(self.root, annex.id, annex)
        self.paths = numbering(note)
        self._compute_states()

    def _add(self, parent: Entry, entry_id: str, target: object) -> Entry:
        entry = Entry(entry_id, target, parent, position=len(parent.children))
        parent.children.append(entry)
        self.by_id[entry_id] = entry
        return entry

    def _add_node(self, parent: Entry, node: Node) -> None:
        entry = self._add(parent, node.id, node)
        for child in node.children:
            self._add_node(entry, child)

    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    # -- badges ----------------------------------------------------------
    def _compute_states(self) -> None:
        # From the rule issues alone: they already say what is missing, wrong or stale, and
        # walking every text of a large note again took a tenth of a second per typing pause.
        severities: dict[str, State] = {}
        owners = self.owner_map()
        for issue in self.document.issues:
            entry_id = owners.get(issue.node_id, issue.node_id)
            severities[entry_id] = max(severities.get(entry_id, State.COMPLETE), issue_state(issue))
        for entry in self.root.children:
            self._state_of(entry, severities)

    def _state_of(self, entry: Entry, severities: dict[str, State]) -> State:
        state = severities.get(entry.id, State.COMPLETE)
        for child in entry.children:
            state = max(state, self._state_of(child, severities))
        entry.state = state
        return state

    def refresh_states(self) -> None:
        """Recompute every badge; repaint only the rows whose badge changed."""
        self._states_timer.stop()
        before = {entry_id: entry.state for entry_id, entry in self.by_id.items()}
        self._compute_states()
        for entry_id, entry in self.by_id.items():
            if before.get(entry_id) is not entry.state:
                index = self._index_of(entry)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, STATE_ROLE])

    def _emit_all(self, entry: Entry, roles: list[int]) -> None:
        if not entry.children:
            return
        parent = self._index_of(entry)
        last = len(entry.children) - 1
        self.dataChanged.emit(self.index(0, 0, parent), self.index(last, 0, parent), roles)
        for child in entry.children:
            self._emit_all(child, roles)

    def _on_changed(self, scope: object) -> None:
        entry = self.by_id.get(str(scope)) if scope else None
        if entry is not None and entry is not self.root:
            index = self._index_of(entry)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        elif scope is None:  # the title block or another note-wide change
            self._emit_all(self.root, [Qt.ItemDataRole.DisplayRole])

    # -- lookup ----------------------------------------------------------
    def entry(self, index: Index) -> Entry:
        if not index.isValid():
            return self.root
        entry = index.internalPointer()
        assert isinstance(entry, Entry)
        return entry

    def _index_of(self, entry: Entry) -> QModelIndex:
        if entry is self.root or entry.parent is None:
            return QModelIndex()
        return self.createIndex(entry.row(), 0, entry)

    def owner_map(self) -> dict[str, str]:
        """Outline entry of the owners that have no row: abbreviations, organisations, records."""
        note = self.note
        owners = {one.id: ABBREVIATIONS for one in note.abbreviations}
        owners.update({one.id: ORGANISATIONS for one in note.organisations})
        for annex in note.annexes:
            owners.update({record.id: annex.id for record in annex.records})
        return owners

    def entry_id_for_owner(self, owner_id: str) -> str | None:
        """The outline entry showing an issue's owner (a node, a chapter, a record…)."""
        if owner_id in self.by_id:
            return owner_id
        return self.owner_map().get(owner_id)

    def index_for(self, entry_id: str) -> QModelIndex:
        entry = self.by_id.get(entry_id)
        return self._index_of(entry) if entry else QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = NO_INDEX) -> QModelIndex:
        entry = self.entry(parent)
        if column != 0 or not 0 <= row < len(entry.children):
            return QModelIndex()
        return self.createIndex(row, 0, entry.children[row])

    def parent(self, index: Index = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = self.entry(index).parent
        return self._index_of(owner) if owner is not None else QModelIndex()

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.entry(parent).children)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.entry_text(entry, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.entry_text(entry, self.lang.other)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry.state)
        if role == ID_ROLE:
            return entry.id
        if role == STATE_ROLE:
            return int(entry.state)
        return None

    def _icon(self, state: State) -> QIcon:
        if state not in self._icons:
            self._icons[state] = badge_icon(state)
        return self._icons[state]

    def entry_text(self, entry: Entry, lang: Lang) -> str:
        target = entry.target
        if isinstance(target, Node):
            return heading(target, self.paths.get(target.id, (0,)), lang)
        if isinstance(target, Chapter):
            position = [one.kind for one in self.note.chapters].index(target.kind)
            return _chapter_heading(position, CHAPTER_TITLES[target.kind][lang], lang)
        if isinstance(target, Annex):
            return annex_heading(self.note, target.kind, lang)
        if entry.id == CHAPTER_IV:
            return _chapter_heading(3, CHAPTER_TITLES[None][lang], lang)
        if entry.id == TITLE_BLOCK:
            competence = self.note.title.competence.get(lang)
            return f"{NOTE_TITLE[lang]} « {competence} »" if competence else NOTE_TITLE[lang]
        if entry.id == ABBREVIATIONS:
            return ABBREVIATIONS_TITLE[lang]
        return self.tr("Organisations (partners)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self.entry(index)
        if entry.node is not None:
            return NODE_FLAGS
        return CHAPTER_IV_FLAGS if entry.id == CHAPTER_IV else PART_FLAGS

    # -- drag and drop ----------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        nodes = [self.entry(index).node for index in indexes if index.isValid()]
        if nodes and nodes[0] is not None:
            data.setData(NODE_MIME, QByteArray(nodes[0].id.encode("utf-8")))
        return data

    def _drop_target(self, data: QMimeData, parent: Index) -> tuple[Node, Node | None] | None:
        if not data.hasFormat(NODE_MIME):
            return None
        node = self.note.find(bytes(data.data(NODE_MIME).data()).decode("utf-8"))
        entry = self.entry(parent)
        if node is None or (entry.node is None and entry.id != CHAPTER_IV):
            return None
        if not allows(entry.node, node.kind) or is_inside(node, entry.node):
            return None
        return node, entry.node

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._drop_target(data, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self._drop_target(data, parent)
        if action != Qt.DropAction.MoveAction or target is None:
            return False
        node, new_parent = target
        index = row if row >= 0 else self.rowCount(parent)
        # Apply after the view has finished its drop handling: the edit resets this model.
        QTimer.singleShot(0, lambda: self.move_node(node, new_parent, index))
        return True

    def move_node(self, node: Node, new_parent: Node | None, index: int) -> bool:
        """Move a node under ``new_parent`` at ``index`` as one undoable step."""
        try:
            edit = reparent(self.note, node, new_parent, index)
        except StructureError:
            self.move_failed.emit(node.id)
            return False
        self.document.apply(edit, self.tr("Move objective"))
        return True


# Rule codes that mean "still to fill in" (an orange badge) rather than "wrong" (red).
MISSING_CODES = frozenset(
    {
        "FIELD_EMPTY",
        "TRANSLATION_MISSING",
        "KPI_MISSING",
        "THRESHOLDS_MISSING",
        "THRESHOLD_BAND_MISSING",
        "DEADLINE_MISSING",
        "DEADLINE_INCOMPLETE",
        "BLOCK_YEAR_MISSING",
    }
)


def issue_state(issue: Issue) -> State:
    """The badge one issue calls for."""
    if issue.severity is Severity.ERROR:
        return State.MISSING if issue.code in MISSING_CODES else State.ERROR
    return State.STALE if issue.code == "STALE_TRANSLATION" else State.WARNING


def _chapter_heading(position: int, title: str, lang: Lang) -> str:
    return f"{CHAPTER_WORD[lang]} {CHAPTER_NUMBERS[lang][position]} – {title}"


class OutlineView(QTreeView):
    """The tree view: keeps selection and expansion across model rebuilds."""

    entry_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Kept up to date as rows open and close: asking the view about every row before a
        # rebuild took 60 ms on a large note.
        self._expanded: set[str] = set()
        self._current: str | None = None
        self.expanded.connect(lambda index: self._expanded.add(str(index.data(ID_ROLE))))
        self.collapsed.connect(lambda index: self._expanded.discard(str(index.data(ID_ROLE))))

    def set_outline(self, model: OutlineModel) -> None:
        self.setModel(model)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentChanged.connect(self._on_current)
        self.expand(model.index_for(CHAPTER_IV))
        for entry in model.by_id.values():
            if entry.node is not None and entry.node.kind.value == "os":
                self.expand(model.index_for(entry.id))

    def outline(self) -> OutlineModel:
        model = self.model()
        assert isinstance(model, OutlineModel)
        return model

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, entry_id: str) -> bool:
        index = self.outline().index_for(entry_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._current = str(current.data(ID_ROLE))
            self.entry_selected.emit(self._current)

    def _remember(self) -> None:
        self._current = self.current_id()

    def _restore(self) -> None:
        model = self.outline()
        # Ids of deleted rows stay in the set: an undo may bring them back, still open.
        for entry_id in list(self._expanded):
            index = model.index_for(entry_id)
            if index.isValid():
                self.expand(index)
        current = self._current
        if current and current in model.by_id:
            self.select_id(current)
