#pragma once

#include "analysis/spectrumanalysis.h"
#include "common/progress.h"
#include "io/spectrum.h"
#include "structure/structure.h"
#include "verify/structurefit.h"
#include "verify/verdicts.h"

#include <optional>
#include <string>

namespace spinhance::verify {

/// What the chemist tells the verification beyond the spectrum and the structure.
struct VerifyOptions {
    int totalProtons = 0;           ///< 0: the structure's non-exchangeable protons
    std::optional<double> fieldMHz; ///< overrides the file's field
    std::string solvent;            ///< overrides the file's solvent
    int threads = 0;                ///< parallel fits in the analysis; 0 = every core
    double searchSeconds = 30.0;    ///< the analysis' search budget (s of one core, counted work)
};

/// Does a structure explain a spectrum? See verifyStructure.
struct Verification {
    StructureSpin structure; ///< as predicted, exchangeable groups included
    /// The system verified: exchangeable (OH, NH, SH) groups dropped, and the weakest couplings
    /// where a cluster is too large to fit (fittableSystem).
    SpinSystem predicted;
    StructureFit fit;                  ///< the predicted system fitted, couplings fixed
    analysis::AnalysisResult analysis; ///< the analysis given `predicted` as a start
    Verdicts verdicts;                 ///< predicted groups against the analysis answer
    /// Whole match, 0…1: the mean of verdicts.protonAgreement and fit.fittedCosine. The mean, not
    /// the product: on a spectrum the analysis reads poorly the agreement is low for every
    /// candidate, and the fit must still be able to tell them apart.
    double score = 0.0;
};

/// Verifies `structureInput` (SMILES or a MOL/SDF path) against `spectrum` (as read): predicts
/// its system (exchangeable protons dropped: their shifts follow solvent and concentration, and
/// they often exchange away), fits it with couplings fixed (as is, then shifts free within
/// ±0.3 ppm), runs the analysis with it as a given start and the structure's proton count (unless
/// options.totalProtons), and gives each predicted group a verdict. Throws Error for unreadable
/// input and Error{Cancelled} when `cancel` is set.
Verification verifyStructure(const Spectrum& spectrum, const std::string& structureInput,
                             const VerifyOptions& options, const ProgressCallback& progress = {},
                             const CancelFlag* cancel = nullptr);

/// The same from a spectrum file (any format the readers know).
Verification verifyFile(const std::string& path, const std::string& structureInput,
                        const VerifyOptions& options, const ProgressCallback& progress = {},
                        const CancelFlag* cancel = nullptr);

/// The score of a verification from its parts (see Verification::score).
double matchScore(const Verdicts& verdicts, const StructureFit& fit);

} // namespace spinhance::verify
