#pragma once

#include "spin/spinsystem.h"

#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace spinhance::analysis {

// Ring templates set their couplings from the literature. Where the spectrum cannot tell them
// apart (a monosubstituted benzene whose five protons fall within 0.1 ppm at 60 MHz), a free fit
// trades them against each other into values that fit the noise a little better and mean
// nothing. So a template's couplings start *held*: fixed, no free parameter, nothing for the BIC
// to pay. A search move frees them, and the spectrum keeps that move only when it asks for it.

/// A geminal J on an sp3 carbon (Pretsch, 1H tables, alkanes: -12 to -15 Hz): where a CH2's two
/// protons start apart (a CH2-CH in one multiplet, a CH2 beside a stereocentre).
constexpr double kSp3GeminalHz = -13.5;

/// The four distinct couplings of an AA'BB' ring: A-B (= A'-B'), A-A', B-B' and A-B' (= A'-B).
struct AaBbCouplings {
    double abHz = 0.0, aaHz = 0.0, bbHz = 0.0, abPrimeHz = 0.0;
};

/// A para-disubstituted benzene: this ortho J, meta 2.3 Hz across the ring, para 0.4 Hz.
AaBbCouplings paraBenzeneCouplings(double orthoHz);

/// Thiophene with A/A' = H2/H5 and B/B' = H3/H4.
AaBbCouplings thiopheneCouplings();

/// Furan with A/A' = H2/H5 and B/B' = H3/H4.
AaBbCouplings furanCouplings();

using GroupPairs = std::vector<std::pair<std::size_t, std::size_t>>;

/// A start built from templates: the system and the pairs (group indices) whose J is held.
struct TemplateStart {
    SpinSystem system;
    GroupPairs held;
};

/// Appends an AA'BB' ring (four 1 H groups, A and A' at `shiftAPpm`) with its couplings held.
void addAaBbRing(TemplateStart& start, double shiftAPpm, double shiftBPpm, const AaBbCouplings& j);

/// Appends a monosubstituted benzene's five protons (ortho pair, meta pair, para) with an
/// alkylbenzene's couplings, held.
void addMonosubstitutedRing(TemplateStart& start, double orthoPpm, double metaPpm, double paraPpm);

/// Appends four adjacent ring protons (an ortho-disubstituted benzene's H3, H4, H5, H6, given in
/// that chain order) with an alkylbenzene's ortho, meta and para couplings, held.
void addFourAdjacentRingProtons(TemplateStart& start, const std::array<double, 4>& chainPpm);

/// Appends a meta-disubstituted benzene's four protons, given as H2 (between the substituents),
/// H4, H5, H6, with an alkylbenzene's couplings held: H4-H5 and H5-H6 ortho, H2-H4, H2-H6 and
/// H4-H6 meta, H2-H5 para.
void addMetaRingProtons(TemplateStart& start, const std::array<double, 4>& h2h4h5h6Ppm);

/// The held pairs as "A-B" labels of `start.system`.
std::vector<std::string> heldLabels(const TemplateStart& start);

/// The held couplings of `before` (labels) that a changed system `after` still holds: both
/// groups keep their label and shift and the J is unchanged, i.e. what a move did not touch.
std::vector<std::string> carriedHeld(const SpinSystem& before, const std::vector<std::string>& held,
                                     const SpinSystem& after);

/// The held labels of `system` once it is relabelled by descending shift (relabelByShift).
std::vector<std::string> relabelledHeld(const SpinSystem& system,
                                        const std::vector<std::string>& held);

/// Whether J a-b of `system` is among the `held` labels (in either label order).
bool heldPair(const std::vector<std::string>& held, const SpinSystem& system, std::size_t a,
              std::size_t b);

/// Per group of `system`: whether one of its couplings is held (it belongs to a ring template).
std::vector<bool> groupsWithHeldCouplings(const SpinSystem& system,
                                          const std::vector<std::string>& held);

/// Per group of `system`: whether it belongs to an aromatic ring template: one of its couplings is
/// held and none of its held ones reaches an alkene's cis or trans J (a vinyl template's).
std::vector<bool> aromaticTemplateGroups(const SpinSystem& system,
                                         const std::vector<std::string>& held);

/// Group indices of an "A-B" label pair of `s`; false when either label is not there.
bool indicesOf(const SpinSystem& s, const std::string& pair, std::size_t& a, std::size_t& b);

/// The held couplings whose |J| is below `belowHz` (a move frees the larger ones first).
std::vector<std::string> heldBelow(const SpinSystem& system, const std::vector<std::string>& held,
                                   double belowHz);

} // namespace spinhance::analysis
