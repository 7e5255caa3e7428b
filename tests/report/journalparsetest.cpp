// Journal lines → spin systems: the parser against lines written in the journals' styles and
// against our own writer (round trip).
#include "report/journalparse.h"

#include "common/error.h"
#include "report/journalformat.h"

#include <gtest/gtest.h>

using namespace spinhance;

namespace {

// Ethyl vinyl ether at 400 MHz: every multiplet first order, three distinct vinyl couplings.
SpinSystem ethylVinylEther() {
    SpinSystem s;
    s.addGroup(6.47, 1); // =CH-O
    s.addGroup(4.17, 1); // =CH2 trans to O
    s.addGroup(3.97, 1); // =CH2 cis
    s.addGroup(3.73, 2); // OCH2
    s.addGroup(1.29, 3); // CH3
    s.setCouplingHz(0, 1, 14.3);
    s.setCouplingHz(0, 2, 6.8);
    s.setCouplingHz(1, 2, 1.9);
    s.setCouplingHz(3, 4, 7.0);
    return s;
}

double couplingBetweenShifts(const SpinSystem& s, double a, double b) {
    std::size_t i = s.size(), j = s.size();
    for (std::size_t g = 0; g < s.size(); ++g) {
        if (std::abs(s.group(g).shiftPpm - a) < 1e-6) i = g;
        if (std::abs(s.group(g).shiftPpm - b) < 1e-6) j = g;
    }
    return i < s.size() && j < s.size() ? s.couplingHz(i, j) : -1.0;
}

} // namespace

TEST(JournalParse, ReadsHeaderRangesMultiplicitiesCouplingsAndCounts) {
    const ParsedJournal p =
        parseJournalString("¹H NMR (400 MHz, CDCl₃) δ 7.34–7.26 (m, 5H), "
                           "4.12 (q, J = 7.1 Hz, 2H), 3.61 (s, 2H), 2.05 (br s, 1H, OH), "
                           "1.25 (t, J = 7.1 Hz, 3H).");
    EXPECT_DOUBLE_EQ(p.fieldMHz, 400.0);
    EXPECT_EQ(p.solvent, "CDCl3");
    ASSERT_EQ(p.entries.size(), 5u);
    EXPECT_DOUBLE_EQ(p.entries[0].highPpm, 7.34);
    EXPECT_DOUBLE_EQ(p.entries[0].lowPpm, 7.26);
    EXPECT_EQ(p.entries[0].protonCount, 5);
    EXPECT_EQ(p.entries[3].multiplicity, "br s");
    EXPECT_TRUE(p.entries[3].exchangeable);
    EXPECT_EQ(p.entries[3].assignment, "OH");
    EXPECT_FALSE(p.entries[1].exchangeable);
    ASSERT_EQ(p.system.size(), 5u);
    EXPECT_NEAR(p.system.group(0).shiftPpm, 7.30, 1e-9);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 4.12, 1.25), 7.1);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 3.61, 1.25), 0.0);
    EXPECT_TRUE(p.warnings.empty()) << p.warnings.front();
}

// Styles: "J = 8.0, 1.5 Hz" split over items, J1/3J labels, ASCII dashes, semicolons, "brs",
// "app t", "quint", "sept", "(2 x CH3)" inside the parentheses, no header.
TEST(JournalParse, ToleratesTheCommonStyles) {
    const ParsedJournal p =
        parseJournalString("7.95 (dd, J = 8.0, 1.5 Hz, 1H); 7.10 (td, 3J = 8.0 Hz, 4J = 1.5 Hz, "
                           "1H); 6.90 (ddd, J1 = 8.0, J2 = 8.0, J3 = 1.5 Hz, 1H); 4.05 (sept, J = "
                           "6.2 Hz, 1H), 1.22 (d, J = 6.2 Hz, 6H, 2 x CH3), 2.30 (app t, J=7.5Hz, "
                           "2H), 1.65 (quint, J = 7.5 Hz, 2H), 5.10 (brs, 1H, NH)");
    ASSERT_EQ(p.entries.size(), 8u);
    EXPECT_EQ(p.fieldMHz, 0.0);
    EXPECT_EQ(p.entries[0].couplingsHz, (std::vector<double>{8.0, 1.5}));
    EXPECT_EQ(p.entries[1].multiplicity, "td");
    EXPECT_EQ(p.entries[1].couplingsHz, (std::vector<double>{8.0, 1.5}));
    EXPECT_EQ(p.entries[2].couplingsHz, (std::vector<double>{8.0, 8.0, 1.5}));
    EXPECT_EQ(p.entries[4].protonCount, 6);
    EXPECT_EQ(p.entries[4].assignment, "2 x CH3");
    EXPECT_EQ(p.entries[5].multiplicity, "t");
    EXPECT_EQ(p.entries[6].multiplicity, "quint");
    EXPECT_EQ(p.entries[7].multiplicity, "br s");
    EXPECT_TRUE(p.entries[7].exchangeable);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 4.05, 1.22), 6.2);
}

// Multiplicities spelled out as some journals print them, in any case and spacing; a word that
// only starts like one ("singletons") is a label, not a multiplicity. A header after other text
// is still read, and "JH,H = 6 Hz" names the nuclei with a comma that is not an item separator.
TEST(JournalParse, ReadsSpelledOutMultiplicitiesAndALateHeader) {
    const ParsedJournal p = parseJournalString(
        "Compound 3: 1H NMR (500 MHz, DMSO-d6) δ 7.80 (doublet of doublets, J = 8.0, 1.5 Hz, 1H), "
        "7.40 (Doublet  of   Triplets, J = 8.0, 1.5 Hz, 1H), 5.20 (broad singlet, 1H), "
        "4.10 (quartet, JH,H = 7.0 Hz, 2H), 1.25 (triplets, J = 7.0 Hz, 3H), "
        "3.30 (singletons, 3H), 2.05 (Septet, J = 6.9 Hz, 1H)");
    EXPECT_DOUBLE_EQ(p.fieldMHz, 500.0);
    EXPECT_EQ(p.solvent, "DMSO-d6");
    ASSERT_EQ(p.entries.size(), 7u);
    EXPECT_EQ(p.entries[0].multiplicity, "dd");
    EXPECT_EQ(p.entries[1].multiplicity, "dt");
    EXPECT_EQ(p.entries[2].multiplicity, "br s");
    EXPECT_EQ(p.entries[3].multiplicity, "q");
    EXPECT_EQ(p.entries[3].couplingsHz, (std::vector<double>{7.0}));
    EXPECT_EQ(p.entries[4].multiplicity, "t");
    EXPECT_EQ(p.entries[5].multiplicity, "m"); // no multiplicity given
    EXPECT_EQ(p.entries[5].assignment, "singletons");
    EXPECT_EQ(p.entries[6].multiplicity, "sept");
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 4.10, 1.25), 7.0);
}

// Our writer's line for a first-order system reads back to the same system and the same line.
TEST(JournalParse, RoundTripsOurOwnJournalString) {
    JournalOptions options;
    options.fieldMHz = 400.0;
    const std::string line = formatJournalString(ethylVinylEther(), options);
    const ParsedJournal p = parseJournalString(line);
    EXPECT_TRUE(p.warnings.empty()) << p.warnings.front();
    EXPECT_EQ(formatJournalString(p.system, options), line);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 6.47, 4.17), 14.3);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 6.47, 3.97), 6.8);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 4.17, 3.97), 1.9);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 3.73, 1.29), 7.0);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 6.47, 1.29), 0.0);
}

// A J whose partner is not listed (an OH that was exchanged away) is reported, not invented.
TEST(JournalParse, UnmatchedCouplingsAreWarnedAbout) {
    const ParsedJournal p =
        parseJournalString("3.70 (q, J = 7.0 Hz, 2H), 1.20 (t, J = 7.0 Hz, 3H), 3.40 (d, J = 5.5 "
                           "Hz, 2H), 2.00 (m)");
    ASSERT_EQ(p.warnings.size(), 2u);
    EXPECT_NE(p.warnings[0].find("entry 4 gives no proton count"), std::string::npos);
    EXPECT_NE(p.warnings[1].find("entry 3: J = 5.5 Hz has no partner"), std::string::npos);
    EXPECT_DOUBLE_EQ(couplingBetweenShifts(p.system, 3.70, 1.20), 7.0);
}

TEST(JournalParse, BadInputIsAClearError) {
    auto expectRefused = [](const std::string& text, const std::string& part) {
        try {
            parseJournalString(text);
            FAIL() << "expected an error for: " << text;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("journal"), std::string::npos) << e.what();
        }
    };
    expectRefused("", "found none");
    expectRefused("1H NMR (400 MHz, CDCl3) δ", "found none");
    expectRefused("7.26 (s, 1000000H)", "equivalent protons");
    expectRefused("1e308 (s, 1H)", "finite 1H shift");
    expectRefused(std::string(30000, '('), "at most 20000 characters");
    std::string many;
    for (int k = 0; k < 300; ++k)
        many += "1.00 (s, 1H), ";
    expectRefused(many, "at most 256 entries");
}
