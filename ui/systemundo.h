#pragma once

#include "model/predictor.h"
#include "processing/autoprocess.h"
#include "spin/spinsystem.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace spinhance::ui {

/// What an undo step restores of a document: its spin system and the prediction (confidences)
/// shown with it.
struct SystemSnapshot {
    SpinSystem system;
    std::optional<Prediction> prediction;
};

/// One change of a document's spin system (a table edit, a group added or deleted, a drag, a fit,
/// a journal line, a runner-up, an analysis result). The change is already made when the command
/// is pushed; redo() re-applies it only after an undo.
class SystemEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(int docId, const SystemSnapshot&)>;

    SystemEditCommand(int docId, SystemSnapshot before, SystemSnapshot after, const QString& text,
                      Apply apply);

    void undo() override;
    void redo() override;

private:
    int m_docId;
    SystemSnapshot m_before;
    SystemSnapshot m_after;
    Apply m_apply;
    bool m_applied = true; ///< pushed after the change: the first redo() is a no-op
};

/// One change of a document's processing (Processing dialog → Apply). Undo and redo reprocess
/// the file with the settings before or after; the first redo is a no-op (already applied).
class ProcessingCommand : public QUndoCommand {
public:
    using Apply = std::function<void(int docId, const ProcessOptions&)>;

    ProcessingCommand(int docId, ProcessOptions before, ProcessOptions after, const QString& text,
                      Apply apply);

    void undo() override;
    void redo() override;

private:
    int m_docId;
    ProcessOptions m_before;
    ProcessOptions m_after;
    Apply m_apply;
    bool m_applied = true;
};

} // namespace spinhance::ui
