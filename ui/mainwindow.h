#pragma once

#include "analysis/integrals.h"
#include "coreservices.h"
#include "documentpresenter.h"
#include "metatypes.h"
#include "systemundo.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QThread>
#include <functional>
#include <map>
#include <memory>

class QComboBox;
class QProgressBar;
class QToolButton;
class QListWidget;
class QMenu;
class QTableView;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace spinhance::ui {

class AnalysisWorker;
class StructureDialog;
class SynthesisWorker;
class VerifyWorker;
class ComparisonPanel;
class InspectionPanel;
class FitPanel;
class CouplingMatrixModel;
class GroupTableModel;
class PeakTableModel;
class MultipletTableModel;
class SpectrumView;
class TrainingPanel;

/// The application window: open spectra (list on the left, overlay/stack), the spectrum view with
/// the predicted multiplets, the group table and coupling matrix, model comparison and training
/// tabs, export. Opening, prediction and re-simulation run on a worker thread; errors become
/// messages.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(CoreServices services = defaultCoreServices(), QWidget* parent = nullptr);
    ~MainWindow() override;

    SpectrumView* spectrumView() const { return m_view; }
    GroupTableModel* groupModel() const { return m_groupModel; }
    CouplingMatrixModel* couplingModel() const { return m_couplingModel; }
    PeakTableModel* peakModel() const { return m_peakModel; }
    MultipletTableModel* multipletModel() const { return m_multipletModel; }
    /// A row of the peak (multiplet) table, as a click selects it: marked on the spectrum.
    void selectPeak(int row);
    void selectMultiplet(int row);
    TrainingPanel* trainingPanel() const { return m_training; }
    ComparisonPanel* comparisonPanel() const { return m_comparison; }
    InspectionPanel* inspectionPanel() const { return m_inspection; }
    FitPanel* fitPanel() const { return m_fitPanel; }
    StructureDialog* structureDialog() const { return m_structureDialog; }
    int documentCount() const { return m_docs.count(); }
    const SpectrumDocument* currentDocument() const { return m_docs.current(); }
    /// The open documents and the rules for worker results (Qt-free).
    const DocumentPresenter& documents() const { return m_docs; }
    QString modelPath() const { return m_modelPath; }
    QString lastError() const { return m_lastError; }
    QString journalString() const;
    /// The Open dialog's filters: every reader's extensions plus the extension-less files inside
    /// experiment folders (fid, acqus, data.1d, procpar, ...).
    QString fileFilter() const;
    /// Asks the user a yes/no question (default: a modal message box); tests answer it.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation ask) { m_confirm = std::move(ask); }

public Q_SLOTS:
    void openFiles(const QStringList& paths);
    void setModelPath(const QString& path);
    void predictCurrent();
    /// Closes the current document (File → Close, Ctrl+W); the next one in the list is shown.
    void closeCurrent();
    void closeAll();
    /// Runs the analysis by synthesis on the current document (after every prediction, too).
    void analyzeCurrent();
    void cancelAnalysis();
    /// The current molecule's proton count, given as a number ("18") or a molecular formula
    /// ("C13H18O2"); empty clears it. The analysis then runs again under that constraint. On bad
    /// input it shows the reason and returns false, changing nothing.
    bool setMoleculeProtons(const QString& countOrFormula);
    /// Fits the current system to the visible part of the spectrum (in a worker; cancellable).
    void fitCurrent();
    void selectGroup(int group);
    void showAbout();
    bool exportPdf(const QString& path);
    bool exportPlotPng(const QString& path);
    bool exportPlotSvg(const QString& path);
    bool exportJson(const QString& path);
    /// The spin system as an NMReDATA record (SD file with NMREDATA_1D_1H: shifts, N, labels and
    /// J with partners; the document's field and solvent).
    bool exportNmredata(const QString& path);
    bool exportCsv(const QString& path);
    /// The analysis's multiplet table (ranges, multiplicity, J, integrals) as CSV.
    bool exportMultiplets(const QString& path);
    /// The peak list (ppm, Hz, height) and the integrals by hand as CSV.
    bool exportPeaks(const QString& path);
    /// Analysis ▸ Integrate by dragging: the plot's drags mark integral regions.
    void setIntegrateMode(bool on);
    /// An integral region by hand, as one undo step (false with an error shown when there is no
    /// document or the region is outside the spectrum or narrower than a point).
    bool addIntegral(double fromPpm, double toPpm);
    /// Region `index` (0-based, in the order added) holds `protons`; the others follow.
    bool setIntegralReference(int index, double protons);
    /// Removes the integrals by hand (the analysis's are shown again); one undo step.
    bool clearIntegrals();
    /// The analysis's multiplet regions as integrals by hand, to adjust and re-scale: the region
    /// holding the most protons keeps its whole count as the reference. One undo step; false
    /// with an error shown when there is no analysis with regions.
    bool integralsFromAnalysis();
    /// The current document's integrals by hand on their scale (empty: none).
    std::vector<analysis::IntegralRow> manualIntegralRows() const;
    void copyJournalToClipboard();
    /// Parses a journal line and draws it over the current spectrum as its system; the score
    /// (cosine of overlay and measurement) follows with journalScored. False with an error shown
    /// when there is no document or the line cannot be read.
    bool applyJournalLine(const QString& line);
    /// A spin system file (interchange JSON or NMReDATA SDF; the first record) drawn over the
    /// current spectrum like a journal line. False with an error shown when there is no document
    /// or the file cannot be read.
    bool applySpinSystemFile(const QString& path);
    void chooseSpinSystemFile();
    /// The whole window as a PNG (atomic write); false with an error shown when it cannot be
    /// written.
    bool saveScreenshot(const QString& path);
    void chooseJournalLine();
    /// Analysis ▸ Structure…: opens the structure dialog (SMILES or MOL/SDF).
    void chooseStructure();
    /// A group added by hand at `shiftPpm` with `protons` (false and a message when invalid).
    bool addGroup(double shiftPpm, int protons);
    /// The group at this row deleted by hand (false and a message when there is none).
    bool deleteGroup(int group);
    /// The analysis's runner-up `index` (best first) shown instead of its answer.
    bool useRunnerUp(int index);
    int runnerUpCount() const;
    /// Edit ▸ Processing…: phase, line broadening, baseline and referencing by hand.
    void openProcessingDialog();
    /// Reprocesses a document with `options` in the worker, as one undo step (false with an error
    /// shown when there is no such document or the settings are out of range).
    bool applyProcessing(int docId, const ProcessOptions& options);
    /// Edit ▸ Undo / Redo on the current document's spin system (false when there is nothing).
    bool undo();
    bool redo();
    /// Draws the structure's predicted spectrum over the current one and verifies the structure
    /// in a worker; structureVerified follows. False with an error shown when there is no
    /// document or the structure cannot be read.
    bool verifyStructure(const QString& structure);

Q_SIGNALS:
    void documentOpened(int docId);
    /// Overlay drawn for a document; `openToOverlayMs` counts from the open request (or Predict).
    void overlayReady(int docId, double openToOverlayMs);
    void errorShown(const QString& message);
    /// A journal line's overlay arrived: `cosine` of overlay and measured trace (0…1).
    void journalScored(int docId, double cosine);
    /// A structure's verification finished (`score` 0…1) or failed (`score` < 0).
    void structureVerified(int docId, double score);
    void requestVerify(int docId, int generation,
                       std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                       const QString& structure, std::shared_ptr<spinhance::CancelFlag> cancel);
    /// A fit result was applied to a document (system, errors, fitted curve and residual).
    void fitApplied(int docId);
    void analysisApplied(int docId);
    /// The analysis by synthesis of a document ended: applied, kept out (hand edits, no answer)
    /// or failed.
    void analysisFinished(int docId);
    void requestSynthesis(int docId, int generation,
                          std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                          const QString& modelPath, int moleculeProtons,
                          std::shared_ptr<spinhance::CancelFlag> cancel);
    void requestOpen(int requestId, const QString& path, const QString& modelPath);
    void requestPredict(int docId, std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                        const QString& modelPath);
    void requestResimulate(int docId, int generation, const spinhance::SpinSystem& system,
                           std::shared_ptr<const spinhance::ui::SpectrumDocument> document);
    void requestReprocess(int docId, int generation, const QString& path,
                          const spinhance::ProcessOptions& options);
    /// A document was processed again (Processing dialog, or its undo/redo).
    void reprocessed(int docId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createFileMenu();
    void createAnalysisMenu();
    void createSettingsMenu();
    void createComputeDeviceMenu(QMenu* settings);
    void chooseAddGroup();
    void deleteSelectedGroup();
    void rebuildRunnerUpMenu();
    void createEditMenu();
    void showIntegrals(const SpectrumDocument* doc);
    bool changeIntegrals(int docId, const ManualIntegrals& after, const QString& what);
    bool refuseWithoutDocument(); ///< shows why integrating needs a document; false
    void restoreIntegrals(int docId, const ManualIntegrals& integrals);
    void chooseIntegralReference();
    bool confirm(const QString& question);
    QUndoStack* undoStackOf(int docId);
    void recordEdit(const SpectrumDocument& doc, const QString& what);
    void restoreSystem(int docId, const SystemSnapshot& snapshot);
    void forgetUndoHistory(int docId);
    void followUndoStack(int docId);
    void rebuildRecentMenu();
    QWidget* createSpectrumTab();
    QWidget* createSignalTables(QWidget* parent);
    QWidget* createDocumentList();
    void startWorker();
    void startSynthesisWorker();
    void startSynthesis(int docId);
    void onSynthesisProgress(int docId, int generation, const QString& phase, double fraction);
    void onAnalyzed(int docId, int generation, std::shared_ptr<SynthesisOutcome> outcome);
    void onSynthesisFailed(int docId, int generation, const QString& message);
    void finishSynthesis();
    void startVerifyWorker();
    void onVerified(int docId, int generation,
                    std::shared_ptr<const spinhance::verify::Verification> verification);
    void onVerifyFailed(int docId, int generation, const QString& message);
    void overlaySystem(SpectrumDocument& doc, const SpinSystem& system);
    void applyAnalysis(int docId, const std::shared_ptr<SynthesisOutcome>& outcome);
    void onOpened(int requestId, std::shared_ptr<SpectrumDocument> document);
    void onPredicted(int docId, std::shared_ptr<PredictionResult> result);
    void onResimulated(int docId, int generation, std::shared_ptr<Overlay> overlay);
    void reprocess(int docId, const ProcessOptions& options);
    void previewPhase(int docId, const ProcessOptions& options);
    void onReprocessed(int docId, int generation, std::shared_ptr<SpectrumDocument> processed);
    void onFailed(int requestId, const QString& message);
    void onSystemEdited();
    void resimulate(SpectrumDocument& doc);
    void updateWindowTitle();
    void scoreJournalLine(const SpectrumDocument& doc);
    void onGroupDragged(int group, double deltaPpm);
    void onFitApplied(int docId, std::shared_ptr<FitResult> result);
    QWidget* createSpectrumArea(QWidget* parent);
    void showFitState(const SpectrumDocument* doc);
    void showDocument(int docId);
    void refreshTraces();
    void showError(const QString& message);
    void chooseOpenFiles();
    void chooseModel();
    void chooseMoleculeProtons();
    void exportWithDialog(const QString& filter, bool (MainWindow::*exporter)(const QString&));
    SpectrumDocument* current() { return m_docs.current(); }
    double currentFieldMHz() const;

    CoreServices m_services;
    SpectrumView* m_view = nullptr;
    FitPanel* m_fitPanel = nullptr;
    GroupTableModel* m_groupModel = nullptr;
    CouplingMatrixModel* m_couplingModel = nullptr;
    QTableView* m_groupTable = nullptr;
    QTableView* m_matrixTable = nullptr;
    PeakTableModel* m_peakModel = nullptr;
    MultipletTableModel* m_multipletModel = nullptr;
    QListWidget* m_documentList = nullptr;
    QComboBox* m_layoutChoice = nullptr;
    QTabWidget* m_tabs = nullptr;
    TrainingPanel* m_training = nullptr;
    InspectionPanel* m_inspection = nullptr;
    ComparisonPanel* m_comparison = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_runnerUpMenu = nullptr;
    QAction* m_integrateAction = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    Confirmation m_confirm;
    std::map<int, QUndoStack*> m_undoStacks;
    std::map<int, SystemSnapshot> m_committedSystems; ///< docId → state after its last change
    QThread m_workerThread;
    AnalysisWorker* m_worker = nullptr;
    QThread m_synthesisThread;
    SynthesisWorker* m_synthesis = nullptr;
    std::shared_ptr<CancelFlag> m_synthesisCancel;
    int m_synthesisGeneration = 0;
    QProgressBar* m_synthesisProgress = nullptr;
    QThread m_verifyThread;
    VerifyWorker* m_verifier = nullptr;
    std::shared_ptr<CancelFlag> m_verifyCancel;
    int m_verifyGeneration = 0;
    StructureDialog* m_structureDialog = nullptr;
    QToolButton* m_synthesisCancelButton = nullptr;
    DocumentPresenter m_docs;
    std::map<int, QElapsedTimer> m_pendingTimers;
    DisplayTrace m_phasePreview;  ///< drawn while the mouse phases the current spectrum
    int m_journalScoreDocId = -1; ///< the document whose next overlay is a journal line's
    std::size_t m_journalWarnings = 0;
    QString m_modelPath;
    QString m_lastError;
};

} // namespace spinhance::ui
