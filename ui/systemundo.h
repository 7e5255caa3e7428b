#pragma once

#include "model/predictor.h"
#include "processing/autoprocess.h"
#include "spectrumdocument.h"
#include "spin/spinsystem.h"

#include <QUndoCommand>
#include <functional>
#include <optional>
#include <utility>

namespace spinhance::ui {

/// What an undo step restores of a document: its spin system and the prediction (confidences)
/// shown with it.
struct SystemSnapshot {
    SpinSystem system;
    std::optional<Prediction> prediction;
};

/// One change of a document's state, already made when the command is pushed: undo() applies
/// the state before, redo() re-applies the state after — but only after an undo, so the first
/// redo() (QUndoStack::push calls it) is a no-op.
template <typename State> class StateChangeCommand : public QUndoCommand {
public:
    using Apply = std::function<void(int docId, const State&)>;

    StateChangeCommand(int docId, State before, State after, const QString& text, Apply apply)
        : QUndoCommand(text), m_docId(docId), m_before(std::move(before)),
          m_after(std::move(after)), m_apply(std::move(apply)) {}

    void undo() override { m_apply(m_docId, m_before); }
    void redo() override {
        if (m_applied) {
            m_applied = false;
            return;
        }
        m_apply(m_docId, m_after);
    }

private:
    int m_docId;
    State m_before;
    State m_after;
    Apply m_apply;
    bool m_applied = true;
};

/// A change of the spin system (a table edit, a group added or deleted, a drag, a fit, a journal
/// line, a runner-up, an analysis result).
using SystemEditCommand = StateChangeCommand<SystemSnapshot>;
/// A change of the processing (Processing dialog → Apply); undo and redo reprocess the file.
using ProcessingCommand = StateChangeCommand<ProcessOptions>;
/// A change of the integrals by hand (a region dragged, the reference set, all cleared).
using IntegralsCommand = StateChangeCommand<ManualIntegrals>;

} // namespace spinhance::ui
