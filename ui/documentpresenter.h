#pragma once

#include "spectrumdocument.h"

#include <map>
#include <memory>
#include <vector>

namespace spinhance::ui {

/// What became of an analysis result offered to a document.
enum class AnalysisOutcome {
    DocumentGone,  ///< closed while the analysis ran: dropped
    HandEditsKept, ///< edited by hand meanwhile: stored for the exports, the system kept
    NoAnswer,      ///< stored; the analysis had no confident system
    Applied,       ///< the document now shows the analysis's system
};

/// The open documents and the rules for results that come back from workers, without Qt (the
/// main window draws; this decides). Documents are shared with workers, which may still read an
/// old one: a reprocessed document replaces its entry and is never changed in place.
///
/// Request ids double as document ids. Every asynchronous result carries the generation it was
/// asked for; only the newest counts, so a slow old result never overwrites a newer one, and a
/// result for a closed document finds nothing and is dropped.
class DocumentPresenter {
public:
    /// A fresh id for an open request (and the document it becomes).
    int newRequestId() { return m_nextRequestId++; }

    /// An opened document joins the list at its end and becomes current.
    void addOpened(int id, std::shared_ptr<SpectrumDocument> document);
    /// Closes a document; returns the id to show next (the one now at its place in the list, or
    /// the new last one), -1 when none is left.
    int close(int id);

    SpectrumDocument* find(int id) const;
    std::shared_ptr<SpectrumDocument> shared(int id) const;
    SpectrumDocument* current() const { return find(m_currentId); }
    int currentId() const { return m_currentId; }
    void setCurrent(int id) { m_currentId = id; }
    bool isCurrent(int id) const { return id == m_currentId && find(id) != nullptr; }
    /// Document ids in the order they were opened.
    const std::vector<int>& order() const { return m_order; }
    int count() const { return int(m_order.size()); }

    /// Whether a new prediction would replace edits made by hand since the last result.
    static bool hasUnappliedHandEdits(const SpectrumDocument& doc);
    /// An edit by hand (table, drag, journal line, undo): counted, and the last fit's curves and
    /// errors, which belonged to the old system, are cleared.
    static void recordHandEdit(SpectrumDocument& doc);
    /// A system stated from outside (journal line, structure) replaces the document's; no
    /// confidence is shown for it. Counts as a hand edit.
    static void replaceSystem(SpectrumDocument& doc, const SpinSystem& system);

    /// The model's prediction for a document; null when it was closed meanwhile.
    SpectrumDocument* applyPrediction(int docId, const PredictionResult& result);

    /// The generation of a new re-simulation request (one counter for all documents: only the
    /// newest edit anywhere is drawn).
    int nextResimulation() { return ++m_resimulation; }
    /// A re-simulated overlay; null (and dropped) when stale or the document was closed.
    SpectrumDocument* acceptOverlay(int docId, int generation, Overlay overlay);

    /// The generation of a new reprocessing request for this document.
    int nextReprocess(int docId) { return ++m_reprocess[docId]; }
    /// A reprocessed spectrum replaces the document by a fresh copy with the new spectrum,
    /// trace and settings; the fit and the overlay, made for the old intensities, are cleared.
    /// Null when stale or closed.
    SpectrumDocument* acceptReprocessed(int docId, int generation,
                                        const SpectrumDocument& processed);

    /// An analysis is starting on a document: its hand edits now are the reference.
    void analysisStarted(int docId);
    AnalysisOutcome acceptAnalysis(int docId, const SynthesisOutcome& outcome);

    /// A fit result for a document; null when closed or when the system changed size meanwhile.
    SpectrumDocument* acceptFit(int docId, const FitResult& result);

private:
    std::map<int, std::shared_ptr<SpectrumDocument>> m_documents;
    std::vector<int> m_order;
    int m_currentId = -1;
    int m_nextRequestId = 1;
    int m_resimulation = 0;
    std::map<int, int> m_reprocess;           ///< docId → its newest reprocess request
    std::map<int, int> m_handEditsAtAnalysis; ///< docId → hand edits when its analysis started
};

} // namespace spinhance::ui
