#include "systemundo.h"

namespace spinhance::ui {

SystemEditCommand::SystemEditCommand(int docId, SystemSnapshot before, SystemSnapshot after,
                                     const QString& text, Apply apply)
    : QUndoCommand(text), m_docId(docId), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply)) {}

void SystemEditCommand::undo() {
    m_apply(m_docId, m_before);
}

void SystemEditCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_docId, m_after);
}

ProcessingCommand::ProcessingCommand(int docId, ProcessOptions before, ProcessOptions after,
                                     const QString& text, Apply apply)
    : QUndoCommand(text), m_docId(docId), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply)) {}

void ProcessingCommand::undo() {
    m_apply(m_docId, m_before);
}

void ProcessingCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_docId, m_after);
}

} // namespace spinhance::ui
