#pragma once

#include "analysis/spectrumanalysis.h"
#include "common/ppmgrid.h"
#include "common/progress.h"
#include "fit/fitproblem.h"
#include "inspect/modelinspection.h"
#include "io/spectrum.h"
#include "model/predictor.h"
#include "processing/autoprocess.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"
#include "verify/verify.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace spinhance::ui {

/// One training run as the GUI describes it (Qt-free, so presenters and fakes share it).
struct TrainingRequest {
    model::Recipe recipe = model::Recipe::R025;
    model::ModelSize size = model::ModelSize::Light;
    model::InputKind input = model::InputKind::Spectrum; ///< dense spectrum or picked peaks
    std::string dataPath; ///< HDF5 dataset; empty: generate `generateCount` on the fly
    int generateCount = 0;
    int epochs = 10;
    std::string device = "cpu";
    std::string outputDir; ///< checkpoints and the final model go here
    bool resume = false;   ///< continue from the last checkpoint in outputDir
};

/// One finished epoch, for the live loss/validation plot.
struct EpochPoint {
    int epoch = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    double validationShiftMaePpm = 0.0;
};

/// A named figure from the evaluator ("shift MAE (ppm)", 0.047).
using MetricList = std::vector<std::pair<std::string, double>>;

/// The core functions the GUI calls, as replaceable functions: the application uses
/// defaultCoreServices(), tests substitute fakes.
struct CoreServices {
    /// Any supported file, read and processed (FID → phased, referenced spectrum).
    std::function<Spectrum(const std::string& path)> loadSpectrum;
    /// The same file processed again with settings and corrections by hand (Processing dialog).
    std::function<Spectrum(const std::string& path, const ProcessOptions&)> reprocessSpectrum;
    std::function<std::vector<std::pair<std::string, std::vector<std::string>>>()> fileFilters;
    std::function<std::vector<Stick>(const SpinSystem&, double fieldMHz)> simulateSticks;
    std::function<std::vector<double>(const std::vector<Stick>&, const PpmGrid&, double fieldMHz,
                                      const LineShapeOptions&)>
        renderSpectrum;
    std::function<std::unique_ptr<Predictor>(const std::string& path)> openModel;
    /// A processed spectrum through the model.
    std::function<Prediction(const Spectrum&, Predictor&)> predictSpectrum;
    std::function<std::string()> defaultModelPath;
    std::function<std::vector<ModelInfo>(const std::string& dir)> listModels;
    std::function<void(const TrainingRequest&, const ProgressCallback&,
                       const std::function<void(const EpochPoint&)>&, CancelFlag*)>
        train;
    std::function<MetricList(const std::string& modelPath, const std::string& datasetPath,
                             const ProgressCallback&, CancelFlag*)>
        evaluate;
    /// Model A (and B, when its path is not empty) looked into on a dataset's test split:
    /// probes per stage, stage × stage similarity (core/inspect).
    std::function<inspect::ModelInspection(
        const std::string& modelA, const std::string& modelB, const std::string& datasetPath,
        const inspect::InspectionOptions&, const ProgressCallback&, const CancelFlag*)>
        inspectModels;
    /// The staged exact fit of `start` to a processed spectrum within lowPpm–highPpm.
    std::function<FitResult(const Spectrum&, double lowPpm, double highPpm, const SpinSystem& start,
                            const LineModel&, const FitOptions&, const ProgressCallback&,
                            CancelFlag*)>
        fitSpectrum;
    /// The analysis by synthesis (core/analysis); `predictor` may be null.
    std::function<analysis::AnalysisResult(const Spectrum&, const analysis::AnalysisOptions&,
                                           Predictor* predictor, const ProgressCallback&,
                                           const CancelFlag*)>
        analyzeSpectrum;
    /// A structure's predicted system as verified: no exchangeable protons, clusters small enough
    /// to simulate (verify::fittableSystem).
    std::function<SpinSystem(const std::string& structure)> predictStructure;
    /// Does the structure explain the spectrum? (core/verify)
    std::function<verify::Verification(const Spectrum&, const std::string& structure,
                                       const verify::VerifyOptions&, const ProgressCallback&,
                                       const CancelFlag*)>
        verifyStructure;
};

/// The core functions themselves.
CoreServices defaultCoreServices();

/// Throws Error{Unsupported} "<what> is not available in this build".
[[noreturn]] void throwNotAvailable(const std::string& what);

} // namespace spinhance::ui
