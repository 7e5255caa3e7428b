#include "documentpresenter.h"

#include "fitpresenter.h"

#include <algorithm>

namespace spinhance::ui {

namespace {

void clearFit(SpectrumDocument& doc) {
    doc.fitCurves.reset();
    doc.shiftErrorPpm.clear();
    doc.couplingErrorHz.clear();
    doc.couplingHeld.clear();
    doc.fitSummary.clear();
}

} // namespace

void DocumentPresenter::addOpened(int id, std::shared_ptr<SpectrumDocument> document) {
    if (!m_documents.count(id)) m_order.push_back(id);
    m_documents[id] = std::move(document);
    m_currentId = id;
}

int DocumentPresenter::close(int id) {
    const auto at = std::find(m_order.begin(), m_order.end(), id);
    if (at == m_order.end()) return m_currentId;
    const std::size_t place = std::size_t(at - m_order.begin());
    m_order.erase(at);
    m_documents.erase(id);
    m_reprocess.erase(id);
    m_handEditsAtAnalysis.erase(id);
    if (id != m_currentId) return m_currentId;
    m_currentId = m_order.empty() ? -1 : m_order[std::min(place, m_order.size() - 1)];
    return m_currentId;
}

SpectrumDocument* DocumentPresenter::find(int id) const {
    const auto it = m_documents.find(id);
    return it == m_documents.end() ? nullptr : it->second.get();
}

std::shared_ptr<SpectrumDocument> DocumentPresenter::shared(int id) const {
    const auto it = m_documents.find(id);
    return it == m_documents.end() ? nullptr : it->second;
}

bool DocumentPresenter::hasUnappliedHandEdits(const SpectrumDocument& doc) {
    return doc.handEdits > doc.handEditsAtResult;
}

void DocumentPresenter::recordHandEdit(SpectrumDocument& doc) {
    ++doc.handEdits;
    clearFit(doc);
}

void DocumentPresenter::replaceSystem(SpectrumDocument& doc, const SpinSystem& system) {
    Prediction stated;
    stated.system = system;
    stated.pairConfidence.assign(system.size() * system.size(), 1.0);
    // No groupConfidence: a stated system is not a model's guess, so no confidence is shown.
    doc.prediction = stated;
    doc.system = system;
    recordHandEdit(doc);
}

SpectrumDocument* DocumentPresenter::applyPrediction(int docId, const PredictionResult& result) {
    SpectrumDocument* doc = find(docId);
    if (!doc) return nullptr;
    doc->prediction = result.prediction;
    doc->system = result.prediction.system;
    doc->model = result.model;
    doc->overlay = result.overlay;
    clearFit(*doc);
    doc->handEditsAtResult = doc->handEdits;
    return doc;
}

SpectrumDocument* DocumentPresenter::acceptOverlay(int docId, int generation, Overlay overlay) {
    SpectrumDocument* doc = find(docId);
    // Only the newest edit counts; older results would flicker the plot backwards.
    if (!doc || generation != m_resimulation) return nullptr;
    doc->overlay = std::move(overlay);
    return doc;
}

SpectrumDocument* DocumentPresenter::acceptReprocessed(int docId, int generation,
                                                       const SpectrumDocument& processed) {
    const auto it = m_documents.find(docId);
    const auto newest = m_reprocess.find(docId);
    if (it == m_documents.end() || newest == m_reprocess.end() || generation != newest->second)
        return nullptr;
    auto fresh = std::make_shared<SpectrumDocument>(*it->second);
    fresh->spectrum = processed.spectrum;
    fresh->trace = processed.trace;
    fresh->processing = processed.processing;
    // The fit belonged to the old intensities; the overlay is redrawn on the new trace.
    clearFit(*fresh);
    fresh->overlay.reset();
    it->second = fresh;
    return fresh.get();
}

void DocumentPresenter::analysisStarted(int docId) {
    if (const SpectrumDocument* doc = find(docId)) m_handEditsAtAnalysis[docId] = doc->handEdits;
}

AnalysisOutcome DocumentPresenter::acceptAnalysis(int docId, const SynthesisOutcome& outcome) {
    SpectrumDocument* doc = find(docId);
    if (!doc) return AnalysisOutcome::DocumentGone;
    const analysis::AnalysisResult& r = outcome.result;
    doc->analysis = r;
    const auto started = m_handEditsAtAnalysis.find(docId);
    if (started == m_handEditsAtAnalysis.end() || doc->handEdits != started->second)
        return AnalysisOutcome::HandEditsKept;
    if (r.system.empty()) {
        // The system shown stays, but the model's existence probabilities are no evidence and
        // the analysis found none: no confidence is shown rather than the model's 1.00.
        if (doc->prediction) doc->prediction->groupConfidence.clear();
        return AnalysisOutcome::NoAnswer;
    }
    Prediction evidence;
    evidence.system = r.system;
    evidence.groupConfidence = r.groupConfidence;
    evidence.pairConfidence.assign(r.system.size() * r.system.size(), 1.0);
    doc->prediction = evidence;
    doc->system = r.system;
    doc->overlay = outcome.overlay;
    doc->handEditsAtResult = doc->handEdits;
    clearFit(*doc); // the analysis's own fit brings its errors, not curves to draw
    doc->shiftErrorPpm = r.fit.shiftErrorPpm;
    doc->couplingErrorHz = r.fit.couplingErrorHz;
    doc->couplingHeld = r.fit.couplingHeld;
    return AnalysisOutcome::Applied;
}

SpectrumDocument* DocumentPresenter::acceptFit(int docId, const FitResult& result) {
    SpectrumDocument* doc = find(docId);
    if (!doc || result.system.size() != doc->system.size()) return nullptr;
    doc->system = result.system;
    doc->shiftErrorPpm = result.shiftErrorPpm;
    doc->couplingErrorHz = result.couplingErrorHz;
    doc->couplingHeld = result.couplingHeld;
    doc->fitCurves = makeFitCurves(result, doc->spectrum);
    doc->fitSummary = FitPresenter::summarize(result);
    return doc;
}

} // namespace spinhance::ui
