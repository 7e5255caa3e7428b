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
    /// Stages with tokens (stem, encoder): each group read at the token over its shift, a
    /// held-out linear read-out of its degeneracy class, and of whether a pair couples from its
    /// two tokens; each with the majority-class share a probe that learnt nothing reaches.
    std::optional<double> groupDegeneracyProbeAccuracy, groupDegeneracyMajorityShare;
    std::optional<double> pairCoupledProbeAccuracy, pairCoupledMajorityShare;
    std::optional<double> linearCkaToOther; ///< same stage of the second model, when given
    std::optional<double> rbfCkaToOther;
    std::optional<double> svccaToOther;
};

/// Every stage of one model against every stage of another: rows are `model`'s stages, columns
/// the other's, each matrix row-major (rows × columns).
struct SimilarityMatrix {
    std::vector<std::string> rows, columns;
    std::vector<double> linearCka, rbfCka, svcca;
    double linearAt(std::size_t row, std::size_t column) const {
        return linearCka[row * columns.size() + column];
    }
};

/// What inspectModels finds.
struct ModelInspection {
    std::vector<LayerReport> layers;            ///< `model`'s stages, input to output
    std::optional<SimilarityMatrix> similarity; ///< with a second model
};

struct InspectionOptions {
    Split split = Split::Test;
    std::size_t samples = 400; ///< the first this many spectra of the split
    std::size_t batch = 50;
};

/// Probes, anisotropy and (with `other`) linear CKA, RBF CKA and SVCCA of every stage of `model`
/// against every stage of `other` (the same-named stage also in its LayerReport), on the
/// dataset's split. Both models must read the dataset's grid. Throws Error{InvalidArgument} for
/// fewer than 10 spectra, Error{Cancelled} when `cancel` is set.
ModelInspection inspectModels(Predictor& model, Predictor* other, const DatasetReader& data,
                              const InspectionOptions& options = {},
                              const ProgressCallback& progress = {},
                              const CancelFlag* cancel = nullptr);

/// As JSON: {"layers": [{"layer", "features", "anisotropy": {…}, "probes": {…}, "linear_cka",
/// "rbf_cka", "svcca"}], "similarity": {"rows", "columns", "linear_cka", "rbf_cka", "svcca"}}
/// (matrices as arrays of rows; "similarity" only with a second model).
std::string inspectionJson(const ModelInspection& inspection, int indent = 2);

} // namespace spinhance::inspect
