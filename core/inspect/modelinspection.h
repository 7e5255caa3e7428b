#pragma once

#include "common/progress.h"
#include "dataset/datasetreader.h"
#include "inspect/similarity.h"
#include "model/predictor.h"

#include <optional>
#include <string>
#include <vector>

namespace spinhance::inspect {

/// What one stage of a network holds, measured on one data split.
struct LayerReport {
    std::string layer;
    long long features = 0;
    Anisotropy anisotropy;
    double groupCountProbeAccuracy = 0.0; ///< held-out linear read-out of the number of groups
    double meanShiftProbeR2 = 0.0;        ///< held-out R² of the mean group shift (ppm)
    double coupledShareProbeR2 = 0.0;     ///< held-out R² of the share of coupled group pairs
    std::optional<double> linearCkaToOther; ///< same stage of the second model, when given
    std::optional<double> rbfCkaToOther;
    std::optional<double> svccaToOther;
};

struct InspectionOptions {
    Split split = Split::Test;
    std::size_t samples = 400; ///< the first this many spectra of the split
    std::size_t batch = 50;
};

/// Probes, anisotropy and (with `other`) CKA/SVCCA against the same stage of another model, for
/// every stage of `model` on the dataset's split. Stages are paired by name; both models must
/// read the dataset's grid. Throws Error{InvalidArgument} for fewer than 10 spectra.
std::vector<LayerReport> inspectModels(Predictor& model, Predictor* other,
                                       const DatasetReader& data,
                                       const InspectionOptions& options = {},
                                       const ProgressCallback& progress = {},
                                       const CancelFlag* cancel = nullptr);

/// The reports as JSON: {"layers": [{"layer", "features", "anisotropy": {…}, "probes": {…},
/// "linear_cka", "rbf_cka", "svcca"}]}.
std::string inspectionJson(const std::vector<LayerReport>& reports, int indent = 2);

} // namespace spinhance::inspect
