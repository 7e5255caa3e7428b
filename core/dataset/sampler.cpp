#include "dataset/sampler.h"

#include "common/error.h"
#include "dataset/fragments.h"
#include "dataset/validation.h"

namespace spinhance {

namespace {

void checkGroupRange(int minGroups, int maxGroups) {
    if (minGroups < 1 || maxGroups > kMaxTargetGroups || minGroups > maxGroups)
        throw Error(ErrorCode::InvalidArgument,
                    "expected 1 <= minGroups <= maxGroups <= " + std::to_string(kMaxTargetGroups) +
                        ", found " + std::to_string(minGroups) + "-" + std::to_string(maxGroups),
                    {"", 0, "groups"});
}

const Fragment& pickFragment(Rng& rng, int remainingGroups) {
    const auto& library = fragmentLibrary();
    std::vector<double> weights;
    weights.reserve(library.size());
    for (const Fragment& f : library)
        weights.push_back(f.groupCount <= remainingGroups ? f.weight : 0.0);
    return library[rng.weighted(weights)];
}

} // namespace

SampledMolecule sampleMolecule(std::uint64_t seed, int minGroups, int maxGroups) {
    checkGroupRange(minGroups, maxGroups);
    Rng rng(seed);
    const int targetGroups = rng.uniformInt(minGroups, maxGroups);
    MoleculeBuilder builder(rng);
    while (int(builder.groupCount()) < targetGroups)
        pickFragment(rng, targetGroups - int(builder.groupCount())).build(builder);
    return builder.finish();
}

} // namespace spinhance
