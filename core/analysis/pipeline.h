#pragma once

#include "analysis/spectrumanalysis.h"
#include "fit/fitproblem.h"
#include "inspect/modelinspection.h"
#include "io/spectrum.h"
#include "model/evaluator.h"
#include "model/predictor.h"
#include "processing/autoprocess.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace spinhance::analysis {

/// How a file's spectrum is prepared. A FID is always processed.
enum class Processing { AsRead, Auto };

/// Any supported file (JCAMP-DX, Bruker, Spinsolve, Varian, nmrML, CSV/TSV), processed as asked.
Spectrum loadSpectrum(const std::string& path, Processing processing);
/// The same file processed automatically with these settings and corrections by hand.
Spectrum loadSpectrum(const std::string& path, const ProcessOptions& options);

/// `spectrum` on the model grid (0–12 ppm, 16,384 points, unit integral).
std::vector<double> modelGridValues(const Spectrum& spectrum);

/// The model file at `modelPath` scored on one split of the HDF5 dataset at `datasetPath`
/// (`maxSamples` 0 = every spectrum of the split); `info`, when set, receives the model's recipe
/// and size. What `evaluate`, `compare` and the GUI's evaluation report.
EvaluationMetrics evaluateModelFile(const std::string& modelPath, const std::string& datasetPath,
                                    Split split, long long maxSamples = 0,
                                    ModelInfo* info = nullptr,
                                    const ProgressCallback& progress = {},
                                    const CancelFlag* cancel = nullptr);

/// The model at `modelPath` inspected stage by stage on the dataset at `datasetPath` (probes,
/// anisotropy) and, when `otherModelPath` is given, compared with that model stage by stage
/// (linear and RBF CKA, SVCCA, every stage against every stage). What `inspect` reports.
inspect::ModelInspection
inspectModelFiles(const std::string& modelPath, const std::string& otherModelPath,
                  const std::string& datasetPath, const inspect::InspectionOptions& options,
                  const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

/// What a verb needs of the model: it cannot run without one, or it runs without when none is
/// installed.
enum class ModelNeed { Required, Optional };

/// The model file at `path`, or the installed default when `path` is empty. When there is none:
/// Required throws Error{NotFound} naming `option`, Optional returns nullptr.
std::unique_ptr<Predictor> openModel(const std::string& path, ModelNeed need,
                                     const std::string& option = "--model");

/// A prediction as an interchange record with its confidences.
std::string predictionRecord(const Prediction& prediction, int indent = -1);

/// A file through the model: read, processed, predicted, re-simulated.
struct PredictionRun {
    Spectrum raw;
    Spectrum processed;
    Prediction prediction;
    double cosine = 0.0; ///< measured vs re-simulated prediction on the model grid
};

PredictionRun predictFile(const std::string& path, Predictor& predictor);

/// A processed spectrum through the model (resampled onto the model grid first).
Prediction predictSpectrum(const Spectrum& spectrum, Predictor& predictor);

/// A file as fit data: processed when it holds only a FID, at `fieldMHz` when given, cropped to
/// `regionPpm` (low, high) when given.
FitData fitDataFromFile(const std::string& path, std::optional<double> fieldMHz,
                        std::optional<std::pair<double, double>> regionPpm);

/// fitDataFromFile, then the staged exact fit of `start` to it.
FitResult fitFile(const std::string& path, std::optional<double> fieldMHz,
                  std::optional<std::pair<double, double>> regionPpm, const SpinSystem& start,
                  const LineModel& line, const FitOptions& options);

/// The staged exact fit of `start` to a processed spectrum within `lowPpm`–`highPpm`: what the
/// GUI's fit panel runs.
FitResult fitSpectrumRegion(const Spectrum& spectrum, double lowPpm, double highPpm,
                            const SpinSystem& start, const LineModel& line,
                            const FitOptions& options, const ProgressCallback& progress = {},
                            CancelFlag* cancel = nullptr);

/// A spectrum through the analysis by synthesis; `predictor` may be null.
AnalysisResult analyzeSpectrum(const Spectrum& spectrum, const AnalysisOptions& options,
                               Predictor* predictor, const ProgressCallback& progress = {},
                               const CancelFlag* cancel = nullptr);

/// A file through the analysis by synthesis.
struct FileAnalysis {
    Spectrum spectrum; ///< as read
    AnalysisResult result;
};

FileAnalysis analyzeFile(const std::string& path, const AnalysisOptions& options,
                         Predictor* predictor, const ProgressCallback& progress = {},
                         const CancelFlag* cancel = nullptr);

} // namespace spinhance::analysis
