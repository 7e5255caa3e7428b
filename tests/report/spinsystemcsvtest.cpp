#include "report/spinsystemcsv.h"

#include "common/error.h"

#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace spinhance;

namespace {

SpinSystem ethyl() {
    SpinSystem s;
    s.addGroup(2.64, 2);
    s.addGroup(1.23, 3);
    s.setCouplingHz(0, 1, -7.6); // sign is kept in the table, not in the label
    return s;
}

} // namespace

TEST(SpinSystemCsv, OneRowPerGroupWithItsCouplingRow) {
    const std::string csv = spinSystemToCsv(ethyl(), {0.98, 0.5}, {400.0});
    EXPECT_EQ(csv, "label,shift_ppm,protons,multiplicity,confidence,J_A_Hz,J_B_Hz\n"
                   "A,2.6400,2,q,0.980,0.00,-7.60\n"
                   "B,1.2300,3,t,0.500,-7.60,0.00\n");
}

TEST(SpinSystemCsv, QuotesLabelsWithCommasAndQuotes) {
    SpinSystem s;
    s.addGroup(1.0, 1, "H1,2");
    s.addGroup(2.0, 1, "say \"x\"");
    const std::string csv = spinSystemToCsv(s);
    EXPECT_NE(csv.find("\"J_H1,2_Hz\""), std::string::npos);
    EXPECT_NE(csv.find("\n\"H1,2\",1.0000,1,s,,0.00,0.00\n"), std::string::npos);
    EXPECT_NE(csv.find("\n\"say \"\"x\"\"\",2.0000"), std::string::npos);
}

TEST(SpinSystemCsv, WritesFileAndNamesUnwritablePath) {
    const std::string path = ::testing::TempDir() + "/spinsystem.csv";
    writeSpinSystemCsv(path, ethyl());
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), spinSystemToCsv(ethyl()));
    std::remove(path.c_str());
    try {
        writeSpinSystemCsv("/nonexistent-dir/x.csv", ethyl());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Io);
        EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x.csv"), std::string::npos);
    }
}
