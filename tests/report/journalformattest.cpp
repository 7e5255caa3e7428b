#include "report/journalformat.h"

#include <gtest/gtest.h>

using namespace spinhance;

namespace {

// The issue's example: a strongly coupled aromatic AA' pair (equal shifts) and an ethyl group.
SpinSystem aromaticPairAndEthyl() {
    SpinSystem s;
    s.addGroup(1.23, 3);
    s.addGroup(7.28, 1);
    s.addGroup(2.64, 2);
    s.addGroup(7.28, 1);
    s.setCouplingHz(0, 2, 7.6);
    s.setCouplingHz(1, 3, 8.0);
    return s;
}

} // namespace

TEST(JournalFormat, ReproducesTheIssueExample) {
    EXPECT_EQ(formatJournalString(aromaticPairAndEthyl()),
              "¹H NMR (90 MHz, CDCl₃) δ 7.28 (m, 2H), 2.64 (q, J = 7.6 Hz, 2H), "
              "1.23 (t, J = 7.6 Hz, 3H)");
}

// Ethylbenzene (interchange record of spin-graph.md): five aromatic protons within 0.11 ppm are
// one range; field and solvent come from the options.
TEST(JournalFormat, MergesNeighbouringMultipletsIntoARange) {
    SpinSystem s;
    s.addGroup(7.28, 2);
    s.addGroup(7.20, 2);
    s.addGroup(7.17, 1);
    s.addGroup(2.64, 2);
    s.addGroup(1.23, 3);
    s.setCouplingHz(0, 1, 7.6);
    s.setCouplingHz(1, 2, 7.4);
    s.setCouplingHz(0, 2, 1.2);
    s.setCouplingHz(3, 4, 7.6);
    JournalOptions options;
    options.fieldMHz = 60.12;
    options.solvent = "DMSO-d6";
    EXPECT_EQ(formatJournalString(s, options),
              "¹H NMR (60 MHz, DMSO-d₆) δ 7.28–7.17 (m, 5H), 2.64 (q, J = 7.6 Hz, 2H), "
              "1.23 (t, J = 7.6 Hz, 3H)");
}

// Identical multiplets at one shift are one entry, as journals print them: diethyl ether as two
// independent ethyls (A2X3 twice) is "3.48 (q, J = 7.0 Hz, 4H), 1.21 (t, J = 7.0 Hz, 6H)" (Gottlieb
// 1997: CH2 3.48 q, CH3 1.21 t). Equal shifts with other splittings stay apart.
TEST(JournalFormat, IdenticalMultipletsAtOneShiftAreOneEntry) {
    SpinSystem s;
    s.addGroup(3.48, 2);
    s.addGroup(3.48, 2);
    s.addGroup(1.21, 3);
    s.addGroup(1.21, 3);
    s.setCouplingHz(0, 2, 7.0);
    s.setCouplingHz(1, 3, 7.0);
    JournalOptions options;
    options.fieldMHz = 400.0;
    EXPECT_EQ(formatJournalString(s, options),
              "¹H NMR (400 MHz, CDCl₃) δ 3.48 (q, J = 7.0 Hz, 4H), 1.21 (t, J = 7.0 Hz, 6H)");
    s.setCouplingHz(1, 3, 6.0); // the second ethyl's J differs: two quartets at one shift
    EXPECT_EQ(formatJournalString(s, options),
              "¹H NMR (400 MHz, CDCl₃) δ 3.48 (q, J = 7.0 Hz, 2H), 3.48 (q, J = 6.0 Hz, 2H), "
              "1.21 (t, J = 7.0 Hz, 3H), 1.21 (t, J = 6.0 Hz, 3H)");
}

// Two J values are written largest first with one decimal, as in the ethanol NMReDATA record
// (CH2 qd, J = 6.14, 1.11 Hz at 400 MHz).
TEST(JournalFormat, ListsCouplingsDescending) {
    SpinSystem s;
    s.addGroup(0.3412, 1);
    s.addGroup(3.8300, 2);
    s.addGroup(1.2436, 3);
    s.setCouplingHz(0, 1, 1.11);
    s.setCouplingHz(1, 2, 6.14);
    JournalOptions options;
    options.fieldMHz = 400.0;
    EXPECT_EQ(formatJournalString(s, options),
              "¹H NMR (400 MHz, CDCl₃) δ 3.83 (qd, J = 6.1, 1.1 Hz, 2H), "
              "1.24 (t, J = 6.1 Hz, 3H), 0.34 (t, J = 1.1 Hz, 1H)");
}

TEST(JournalFormat, PrettyNames) {
    EXPECT_EQ(prettySolventName("CDCl3"), "CDCl₃");
    EXPECT_EQ(prettySolventName("D2O"), "D₂O");
    EXPECT_EQ(prettySolventName("C6D6"), "C₆D₆");
    EXPECT_EQ(prettyNucleusName("1H"), "¹H");
    EXPECT_EQ(prettyNucleusName("13C"), "¹³C");
}

TEST(JournalFormat, EmptySystemAndNoSolvent) {
    JournalOptions options;
    options.solvent.clear();
    EXPECT_EQ(formatJournalString(SpinSystem{}, options), "¹H NMR (90 MHz) δ ");
}

// Vendor files name the solvent (Nanalysis writes "Chloroform-d", Bruker "DMSO"); the journal
// line uses the formula with subscripts.
TEST(JournalFormat, VendorSolventNamesBecomeFormulas) {
    EXPECT_EQ(spinhance::prettySolventName("Chloroform-d"), "CDCl₃");
    // ##.SOLVENTNAME of the Oxford Instruments 60 MHz ethyl crotonate FID (jcamp-data-test): the
    // note after the name is not a formula, so its digits stay as written.
    EXPECT_EQ(spinhance::prettySolventName("Chloroform-d 90vol%"), "CDCl₃ 90vol%");
    EXPECT_EQ(spinhance::prettySolventName("H2O 10%"), "H₂O 10%");
    EXPECT_EQ(spinhance::prettySolventName("DMSO"), "DMSO-d₆");
    EXPECT_EQ(spinhance::prettySolventName("Methanol-d4"), "CD₃OD");
    EXPECT_EQ(spinhance::prettySolventName("CDCl3"), "CDCl₃");
    EXPECT_EQ(spinhance::prettySolventName("Toluene-d8"), "Toluene-d₈");
}
