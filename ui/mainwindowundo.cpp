// Undo and redo of every change to a document's spin system: one QUndoStack per document, the
// Edit menu follows the current document (QUndoGroup). A restored state counts as a hand edit,
// so a running analysis does not overwrite it.
#include "mainwindow.h"
#include "systemundo.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace spinhance::ui {

namespace {

SystemSnapshot snapshotOf(const SpectrumDocument& doc) {
    return {doc.system, doc.prediction};
}

} // namespace

QUndoStack* MainWindow::undoStackOf(int docId) {
    auto it = m_undoStacks.find(docId);
    if (it == m_undoStacks.end()) {
        auto* stack = new QUndoStack(m_undoGroup);
        it = m_undoStacks.emplace(docId, stack).first;
    }
    return it->second;
}

void MainWindow::recordEdit(const SpectrumDocument& doc, const QString& what) {
    const SystemSnapshot after = snapshotOf(doc);
    const auto committed = m_committedSystems.find(doc.id);
    if (committed == m_committedSystems.end()) { // the first system: nothing to go back to
        m_committedSystems.emplace(doc.id, after);
        return;
    }
    SystemSnapshot before = committed->second;
    committed->second = after;
    undoStackOf(doc.id)->push(new SystemEditCommand(
        doc.id, std::move(before), after, what,
        [this](int docId, const SystemSnapshot& s) { restoreSystem(docId, s); }));
}

void MainWindow::restoreSystem(int docId, const SystemSnapshot& snapshot) {
    SpectrumDocument* restored = m_docs.find(docId);
    if (!restored) return;
    SpectrumDocument& doc = *restored;
    doc.system = snapshot.system;
    doc.prediction = snapshot.prediction;
    DocumentPresenter::recordHandEdit(doc);
    m_committedSystems[docId] = snapshot;
    if (m_docs.isCurrent(docId)) showDocument(docId);
    resimulate(doc);
}

void MainWindow::forgetUndoHistory(int docId) {
    m_committedSystems.erase(docId);
    const auto it = m_undoStacks.find(docId);
    if (it == m_undoStacks.end()) return;
    delete it->second;
    m_undoStacks.erase(it);
}

void MainWindow::followUndoStack(int docId) {
    m_undoGroup->setActiveStack(docId >= 0 ? undoStackOf(docId) : nullptr);
}

bool MainWindow::undo() {
    QUndoStack* stack = m_undoGroup->activeStack();
    if (!stack || !stack->canUndo()) return false;
    stack->undo();
    return true;
}

bool MainWindow::redo() {
    QUndoStack* stack = m_undoGroup->activeStack();
    if (!stack || !stack->canRedo()) return false;
    stack->redo();
    return true;
}

} // namespace spinhance::ui
