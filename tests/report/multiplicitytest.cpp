#include "report/multiplicity.h"

#include "common/error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <sstream>

using namespace spinhance;

namespace {

// Ethyl group as in ethylbenzene (CH2 2.64, CH3 1.23, ³J 7.6 Hz): the textbook q and t.
SpinSystem ethyl() {
    SpinSystem s;
    s.addGroup(2.64, 2);
    s.addGroup(1.23, 3);
    s.setCouplingHz(0, 1, 7.6);
    return s;
}

struct NmredataPeak {
    double shiftPpm = 0.0;
    std::string label;
    std::string multiplicity;
    int protonCount = 0;
    std::map<std::string, double> couplingsHz; // partner label → J
};

// Reads the <NMREDATA_1D_1H> block of an NMReDATA SD file: "δ, L=label, S=mult, J=j(partner),
// E=n".
std::vector<NmredataPeak> readNmredataPeaks(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line) && line.find("NMREDATA_1D_1H") == std::string::npos) {
    }
    std::vector<NmredataPeak> peaks;
    const std::regex coupling(R"(([0-9.]+)\(([^)]+)\))");
    while (std::getline(in, line) && !line.empty()) {
        if (line.find("L=") == std::string::npos) continue;
        NmredataPeak peak;
        peak.shiftPpm = std::stod(line);
        std::smatch m;
        std::regex_search(line, m, std::regex(R"(L=([^,]+))"));
        peak.label = m[1];
        std::regex_search(line, m, std::regex(R"(S=([a-z]+))"));
        peak.multiplicity = m[1];
        std::regex_search(line, m, std::regex(R"(E=([0-9]+))"));
        peak.protonCount = std::stoi(m[1]);
        for (auto it = std::sregex_iterator(line.begin(), line.end(), coupling);
             it != std::sregex_iterator(); ++it)
            peak.couplingsHz[(*it)[2]] = std::stod((*it)[1]);
        peaks.push_back(peak);
    }
    return peaks;
}

SpinSystem systemFromPeaks(const std::vector<NmredataPeak>& peaks) {
    SpinSystem s;
    for (const NmredataPeak& p : peaks)
        s.addGroup(p.shiftPpm, p.protonCount, p.label);
    for (std::size_t i = 0; i < peaks.size(); ++i)
        for (const auto& [partner, j] : peaks[i].couplingsHz)
            s.setCouplingHz(i, std::size_t(s.indexOfLabel(partner)), j);
    return s;
}

} // namespace

TEST(Multiplicity, EthylIsQuartetAndTriplet) {
    const SpinSystem s = ethyl();
    const Multiplicity ch2 = describeMultiplicity(s, 0);
    EXPECT_EQ(ch2.label, "q");
    ASSERT_EQ(ch2.couplingsHz.size(), 1u);
    EXPECT_NEAR(ch2.couplingsHz[0], 7.6, 1e-12);
    EXPECT_EQ(describeMultiplicity(s, 1).label, "t");
}

TEST(Multiplicity, UncoupledGroupIsSinglet) {
    SpinSystem s;
    s.addGroup(3.31, 3);
    s.addGroup(2.10, 3);
    s.setCouplingHz(0, 1, 0.3); // below the 0.5 Hz resolution: not a splitting
    EXPECT_EQ(describeMultiplicity(s, 0).label, "s");
    EXPECT_TRUE(describeMultiplicity(s, 0).couplingsHz.empty());
}

// An exchanging proton's line of its own width is the journals' broad singlet.
TEST(Multiplicity, ABroadGroupIsABroadSinglet) {
    SpinSystem s;
    s.addGroup(7.41, 1);
    s.addGroup(1.27, 3);
    s.group(0).extraWidthHz = 12.0;
    EXPECT_EQ(describeMultiplicity(s, 0).label, "br s");
    EXPECT_EQ(describeMultiplicity(s, 1).label, "s");
}

// A vinyl-type AMX proton with three distinct couplings → ddd, J listed descending whatever the
// group order; with a CH2 partner the larger coupling becomes t (td) or the smaller (dt).
TEST(Multiplicity, DistinctCouplingsGiveCompoundLabelsInDecreasingJ) {
    SpinSystem s;
    s.addGroup(5.80, 1);
    s.addGroup(5.10, 1);
    s.addGroup(4.95, 1);
    s.addGroup(2.20, 2);
    s.setCouplingHz(0, 1, 17.0);
    s.setCouplingHz(0, 2, 10.2);
    s.setCouplingHz(0, 3, 6.6);
    const Multiplicity m = describeMultiplicity(s, 0, {500.0});
    EXPECT_EQ(m.label, "ddt");
    s.setCouplingHz(0, 3, 0.0);
    EXPECT_EQ(describeMultiplicity(s, 0, {500.0}).label, "dd");
    s.setCouplingHz(0, 2, 0.0);
    s.setCouplingHz(0, 3, 1.4);
    EXPECT_EQ(describeMultiplicity(s, 0, {500.0}).label, "dt");
    s.setCouplingHz(0, 1, 1.4);
    s.setCouplingHz(0, 3, 6.6);
    EXPECT_EQ(describeMultiplicity(s, 0, {500.0}).label, "td");
    s.setCouplingHz(0, 1, 15.0);
    s.setCouplingHz(0, 2, 7.0);
    s.setCouplingHz(0, 3, 0.0);
    s.addGroup(1.00, 1);
    s.setCouplingHz(0, 4, 2.0);
    const Multiplicity ddd = describeMultiplicity(s, 0, {500.0});
    EXPECT_EQ(ddd.label, "ddd");
    EXPECT_EQ(ddd.couplingsHz, (std::vector<double>{15.0, 7.0, 2.0}));
}

// Propyl CH2 between CH3 and CH2 with one common J: 6 lines (sextet), reported as m; equal J from
// two single protons merge into a triplet.
TEST(Multiplicity, EqualCouplingsMerge) {
    SpinSystem s;
    s.addGroup(3.58, 2);
    s.addGroup(1.57, 2);
    s.addGroup(0.93, 3);
    s.setCouplingHz(0, 1, 7.0);
    s.setCouplingHz(1, 2, 7.2);
    EXPECT_EQ(describeMultiplicity(s, 1, {400.0}).label, "m");
    SpinSystem t;
    t.addGroup(4.0, 1);
    t.addGroup(6.0, 1);
    t.addGroup(2.0, 1);
    t.setCouplingHz(0, 1, 7.1);
    t.setCouplingHz(0, 2, 6.9);
    EXPECT_EQ(describeMultiplicity(t, 0, {400.0}).label, "t");
}

// Δν/J decides first order: 0.8 ppm at 90 MHz is 72 Hz ≈ 10 J for J = 7.2 Hz; closer shifts →
// m.
TEST(Multiplicity, StrongCouplingIsMultiplet) {
    SpinSystem s;
    s.addGroup(7.28, 2);
    s.addGroup(7.20, 2);
    s.setCouplingHz(0, 1, 7.6);
    EXPECT_EQ(describeMultiplicity(s, 0, {90.0}).label, "m");
    s.group(1).shiftPpm = 7.28 - 0.9;
    EXPECT_EQ(describeMultiplicity(s, 0, {90.0}).label, "t");
    s.group(1).shiftPpm = 7.28 - 0.5;
    EXPECT_EQ(describeMultiplicity(s, 0, {90.0}).label, "m");
    EXPECT_EQ(describeMultiplicity(s, 0, {400.0}).label, "t");
}

TEST(Multiplicity, IndexOutOfRangeIsRejected) {
    EXPECT_THROW(describeMultiplicity(ethyl(), 2), Error);
}

// Ethanol, NMReDATA record written by the NMReDATA initiative (400 MHz): the multiplicities stated
// in the file (qd, t, t) follow from its own shifts and J values.
TEST(Multiplicity, MatchesNmredataEthanolRecord) {
    const auto peaks = readNmredataPeaks(SPINHANCE_TEST_DATA_DIR "/report/etoh.sdf");
    ASSERT_EQ(peaks.size(), 3u);
    const SpinSystem s = systemFromPeaks(peaks);
    for (std::size_t i = 0; i < peaks.size(); ++i)
        EXPECT_EQ(describeMultiplicity(s, i, {400.0}).label, peaks[i].multiplicity)
            << peaks[i].label;
    EXPECT_EQ(describeMultiplicity(s, 0, {400.0}).couplingsHz, (std::vector<double>{6.14, 1.11}));
}
