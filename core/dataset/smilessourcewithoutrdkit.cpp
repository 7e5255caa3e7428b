// readSmilesSource in a build without RDKit (SPINHANCE_WITH_RDKIT=OFF, e.g. a GPU training
// machine): the list cannot be read, and the message says why and what to do.
#include "common/error.h"
#include "dataset/smilessource.h"

namespace spinhance {

SmilesSource readSmilesSource(const std::string& path, int, const ProgressCallback&,
                              const CancelFlag*) {
    throw Error(ErrorCode::Unsupported,
                "this build has no RDKit, which reading SMILES needs: rebuild with "
                "-DSPINHANCE_WITH_RDKIT=ON, or generate the dataset on a machine that has it",
                {path, 0, "--from-smiles"});
}

} // namespace spinhance
