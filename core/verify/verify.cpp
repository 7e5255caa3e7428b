#include "verify/verify.h"

#include "common/error.h"
#include "io/readerregistry.h"

#include <algorithm>

namespace spinhance::verify {

namespace {

analysis::AnalysisOptions analysisOptions(const VerifyOptions& options,
                                          const SpinSystem& predicted) {
    analysis::AnalysisOptions out;
    out.totalProtons = options.totalProtons > 0 ? options.totalProtons : predicted.protonCount();
    out.fieldMHz = options.fieldMHz;
    out.solvent = options.solvent;
    out.threads = options.threads;
    out.searchSeconds = options.searchSeconds;
    out.givenStarts = {predicted};
    return out;
}

void report(const ProgressCallback& progress, int step, const std::string& phase) {
    if (progress) progress({step, 3, phase});
}

} // namespace

double matchScore(const Verdicts& verdicts, const StructureFit& fit) {
    return 0.5 * (verdicts.protonAgreement + std::max(0.0, fit.fittedCosine));
}

Verification verifyStructure(const Spectrum& spectrum, const std::string& structureInput,
                             const VerifyOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel) {
    if (options.totalProtons < 0)
        throw Error(ErrorCode::InvalidArgument, "expected a positive proton count",
                    {"", 0, "protons"});
    Verification out;
    report(progress, 0, "structure");
    StructureOptions structureOptions;
    structureOptions.solvent =
        structureSolventOf(options.solvent.empty() ? spectrum.solvent : options.solvent);
    out.structure = structureToSpin(structureInput, structureOptions);
    out.predicted = fittableSystem(withoutExchangeable(out.structure));
    report(progress, 1, "structure fit");
    const FitData data = verificationData(spectrum, options.fieldMHz, options.solvent);
    out.fit = fitStructure(data, out.predicted, cancel);
    report(progress, 2, "analysis");
    out.analysis = analysis::SpectrumAnalysis(analysisOptions(options, out.predicted))
                       .run(spectrum, {}, cancel);
    out.verdicts = compareGroups(out.predicted, out.analysis.system);
    out.score = matchScore(out.verdicts, out.fit);
    report(progress, 3, "done");
    return out;
}

Verification verifyFile(const std::string& path, const std::string& structureInput,
                        const VerifyOptions& options, const ProgressCallback& progress,
                        const CancelFlag* cancel) {
    return verifyStructure(openSpectrum(path), structureInput, options, progress, cancel);
}

} // namespace spinhance::verify
