#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace spinhance {

/// One group of magnetically equivalent protons.
struct SpinGroup {
    double shiftPpm = 0.0;
    int protonCount = 1; ///< degeneracy n: 1, 2, 3, 4, 6, 9, 12, 18 in the model vocabulary
    std::string label;   ///< "A", "B", ... as in the interchange record
    /// Exchange broadening (Lorentzian FWHM in Hz added to the common line width): an NH, OH or
    /// COOH proton exchanging at an intermediate rate is one broad line and couples to nothing
    /// visibly. 0 = the common line. The fit refines it for an uncoupled group only.
    double extraWidthHz = 0.0;
};

/// A field-independent spin system: groups and a symmetric J matrix in Hz (sign kept, 0 =
/// uncoupled). Chemically equivalent but magnetically inequivalent protons (AA'BB') are separate
/// groups.
class SpinSystem {
public:
    std::string id;                     ///< molecule id
    std::string smiles;                 ///< optional
    std::vector<std::string> fragments; ///< generator provenance (fragment names), optional

    std::size_t size() const { return m_groups.size(); }
    bool empty() const { return m_groups.empty(); }
    const std::vector<SpinGroup>& groups() const { return m_groups; }
    const SpinGroup& group(std::size_t i) const { return m_groups.at(i); }
    SpinGroup& group(std::size_t i) { return m_groups.at(i); }

    /// Appends a group (label defaults to "A", "B", ... by position) and returns its index.
    std::size_t addGroup(double shiftPpm, int protonCount, std::string label = {});
    /// Removes group i and its row/column of couplings.
    void removeGroup(std::size_t i);

    double couplingHz(std::size_t i, std::size_t j) const {
        return m_couplingsHz.at(i * size() + j);
    }
    /// Sets J_ij and J_ji together; i == j is rejected.
    void setCouplingHz(std::size_t i, std::size_t j, double couplingHz);
    /// Row-major n×n symmetric matrix with a zero diagonal.
    const std::vector<double>& couplingMatrixHz() const { return m_couplingsHz; }

    int protonCount() const;
    /// Index of the group with this label, or -1.
    int indexOfLabel(const std::string& label) const;
    /// "A".."Z", then "A1".. for positions beyond 26.
    static std::string defaultLabel(std::size_t index);

private:
    std::vector<SpinGroup> m_groups;
    std::vector<double> m_couplingsHz;
};

/// The same spectrum with magnetically equivalent groups as one: groups within
/// `shiftTolerancePpm` of each other whose J to every group outside the merged set agree within
/// `couplingToleranceHz` (the J among them are invisible) are merged, first label and order
/// kept, proton counts added. Truth sets that split a molecule's equivalent CH3 groups apart (two
/// uncoupled methyls at one shift) describe one group in this representation.
SpinSystem withEquivalentGroupsMerged(const SpinSystem& system, double shiftTolerancePpm = 1e-3,
                                      double couplingToleranceHz = 0.05);

} // namespace spinhance
