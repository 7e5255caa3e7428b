#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// What an NMReDATA record (an SD file with NMREDATA_* tags, nmredata.org, format 1.1) adds to a
/// spin system: where the signals came from.
struct NmredataInfo {
    double larmorMHz = 0.0;            ///< NMREDATA_1D_1H "Larmor=", 0 when absent
    std::string solvent;               ///< NMREDATA_SOLVENT
    std::vector<std::string> warnings; ///< J partners that name no signal, and the like
};

/// True when `text` looks like an NMReDATA SD file (an NMREDATA_1D_1H tag).
bool isNmredata(const std::string& text);

/// The spin system of an NMReDATA record's NMREDATA_1D_1H tag: one group per signal ("δ, S=dd,
/// N=2, L=H4, J=9.9(H3),4.8(OH)"; a range "7.30-7.20" becomes its centre), couplings from the J
/// lists, each partner found by its label L (mean of both sides when both list it). Throws
/// Error{InvalidInput} naming `sourceName` and the line when there is no such tag or a signal
/// cannot be read.
SpinSystem parseNmredata(const std::string& text, const std::string& sourceName,
                         NmredataInfo* info = nullptr);

/// The molecule a record is written with: its MDL molfile (heavy atoms) and, per group label, the
/// molfile atoms (1-based) that carry the group's protons.
struct NmredataStructure {
    std::string molBlock;
    std::vector<std::pair<std::string, std::vector<int>>> assignedAtoms;
};

/// An NMReDATA record of `system`: VERSION 1.1, LEVEL 0, ID, SOLVENT when given, and
/// NMREDATA_1D_1H with Larmor (when `larmorMHz` > 0) and one signal per group: shift, N, L and J
/// with partner labels (no S: the multiplicity follows from the J list and the field, which a
/// reader knows better than the writer). Without `structure` the molblock is empty; with it, the
/// record carries its molfile and an NMREDATA_ASSIGNMENT line per assigned group ("label, δ,
/// H<atom>...": the implicit protons of those heavy atoms).
std::string nmredataOf(const SpinSystem& system, double larmorMHz, const std::string& solvent,
                       const NmredataStructure* structure = nullptr);

} // namespace spinhance
