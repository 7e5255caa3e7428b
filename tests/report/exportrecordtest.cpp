// The exported JSON and CSV records: rounded to their precision, with the fit's standard errors and
// the metadata a reader needs to file them, and still readable as an interchange record.
#include "report/exportrecord.h"

#include "spin/spinsystemjson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace spinhance {
namespace {

// Values as a fit leaves them (24.999999999415603 Hz was printed in full before).
SpinSystem fittedEthyl() {
    SpinSystem s;
    s.id = "ethyl";
    s.addGroup(4.123456789, 2);
    s.addGroup(1.2549999999, 3);
    s.setCouplingHz(0, 1, 7.0999999999415603);
    return s;
}

ExportErrors ethylErrors() {
    return {{0.000123456, 0.0000871}, {0.0, 0.01234567, 0.01234567, 0.0}, {}};
}

ExportMetadata metadata() {
    ExportMetadata m;
    m.file = "/data/ethyl acetate, 60 MHz.jdx";
    m.title = "EtOAc";
    m.instrument = "NMReady 60/nanalysis-X812";
    m.fieldMHz = 60.0;
    m.solvent = "CDCl3";
    m.model = "default.spinmodel";
    m.createdUtc = "2026-12-01T11:30:00Z";
    return m;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::string field;
    bool inQuotes = false;
    for (char c : line) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == ',' && !inQuotes)
            out.push_back(field), field.clear();
        else
            field += c;
    }
    out.push_back(field);
    return out;
}

TEST(ExportRecord, JsonIsRoundedCarriesErrorsAndMetadataAndReadsBack) {
    const std::string text =
        exportRecordJson(fittedEthyl(), {0.97, 0.91}, ethylErrors(), metadata());
    EXPECT_EQ(text.find("7.0999999"), std::string::npos) << text;
    EXPECT_EQ(text.find("4.123456"), std::string::npos) << text;
    const auto record = nlohmann::json::parse(text);
    EXPECT_DOUBLE_EQ(record["spin_groups"][0][0].get<double>(), 4.1235);
    EXPECT_DOUBLE_EQ(record["couplings"][0][2].get<double>(), 7.1);
    EXPECT_DOUBLE_EQ(record["shift_errors_ppm"][0].get<double>(), 0.00012);
    EXPECT_DOUBLE_EQ(record["shift_errors_ppm"][1].get<double>(), 0.000087);
    ASSERT_EQ(record["coupling_errors_hz"].size(), record["couplings"].size());
    EXPECT_EQ(record["coupling_errors_hz"][0][0], "A");
    EXPECT_DOUBLE_EQ(record["coupling_errors_hz"][0][2].get<double>(), 0.012);
    EXPECT_DOUBLE_EQ(record["confidence"][1].get<double>(), 0.91);
    EXPECT_EQ(record["metadata"]["file"], "/data/ethyl acetate, 60 MHz.jdx");
    EXPECT_DOUBLE_EQ(record["metadata"]["field_mhz"].get<double>(), 60.0);
    EXPECT_EQ(record["metadata"]["solvent"], "CDCl3");
    EXPECT_EQ(record["metadata"]["instrument"], "NMReady 60/nanalysis-X812");
    EXPECT_EQ(record["metadata"]["model"], "default.spinmodel");
    EXPECT_EQ(record["metadata"]["created_utc"], "2026-12-01T11:30:00Z");
    const std::vector<SpinSystem> back = parseSpinSystems(text, "export");
    ASSERT_EQ(back.size(), 1u);
    EXPECT_DOUBLE_EQ(back[0].group(0).shiftPpm, 4.1235);
    EXPECT_DOUBLE_EQ(back[0].couplingHz(0, 1), 7.1);
    EXPECT_EQ(back[0].group(1).protonCount, 3);
}

TEST(ExportRecord, WithoutAFitThereAreNoErrorFields) {
    const auto record = nlohmann::json::parse(exportRecordJson(fittedEthyl(), {}, {}, metadata()));
    EXPECT_FALSE(record.contains("shift_errors_ppm"));
    EXPECT_FALSE(record.contains("coupling_errors_hz"));
    EXPECT_FALSE(record.contains("confidence"));
    EXPECT_TRUE(record.contains("metadata"));
}

TEST(ExportRecord, CsvHasMetadataLinesThenARectangularTableWithErrors) {
    MultiplicityOptions options;
    options.fieldMHz = 60.0;
    std::istringstream in(
        exportRecordCsv(fittedEthyl(), {0.97, 0.91}, ethylErrors(), metadata(), options));
    std::vector<std::string> comments, rows;
    for (std::string line; std::getline(in, line);)
        (line.rfind("# ", 0) == 0 ? comments : rows).push_back(line);
    ASSERT_GE(comments.size(), 7u);
    EXPECT_EQ(comments[0], "# file,\"/data/ethyl acetate, 60 MHz.jdx\"");
    EXPECT_EQ(comments[2], "# instrument,NMReady 60/nanalysis-X812");
    EXPECT_EQ(comments[4], "# field_MHz,60.0000");
    ASSERT_EQ(rows.size(), 3u);
    const std::vector<std::string> header = fields(rows[0]);
    EXPECT_EQ(header[1], "shift_ppm");
    EXPECT_EQ(header[2], "shift_error_ppm");
    EXPECT_EQ(header.back(), "J_B_error_Hz");
    for (std::size_t r = 1; r < rows.size(); ++r)
        EXPECT_EQ(fields(rows[r]).size(), header.size()) << rows[r];
    const std::vector<std::string> a = fields(rows[1]);
    EXPECT_EQ(a[1], "4.1235");
    EXPECT_EQ(a[2], "0.00012");
    EXPECT_EQ(a[6], "0.00"); // J_A_Hz: the diagonal
    EXPECT_EQ(a[7], "7.10"); // J_B_Hz
    EXPECT_EQ(a[8], "");     // J_A_error_Hz: none on the diagonal
    EXPECT_EQ(a[9], "0.012");
}

TEST(ExportRecord, AHeldCouplingHasNoErrorAndSaysHeld) {
    // A J the fit kept at its start (a template's textbook value) has error 0, which is no
    // measurement: neither the record nor the table may give it as one.
    ExportErrors errors = ethylErrors();
    errors.couplingErrorHz = {0.0, 0.0, 0.0, 0.0};
    errors.couplingHeld = {0, 1, 1, 0};
    const auto record =
        nlohmann::json::parse(exportRecordJson(fittedEthyl(), {}, errors, metadata()));
    ASSERT_EQ(record["coupling_errors_hz"].size(), 1u);
    EXPECT_TRUE(record["coupling_errors_hz"][0][2].is_null());
    EXPECT_EQ(record["held_couplings"], nlohmann::json::parse(R"([["A", "B"]])"));
    std::istringstream in(spinSystemToCsv(fittedEthyl(), {}, {}, errors));
    std::string header, rowA;
    std::getline(in, header);
    std::getline(in, rowA);
    EXPECT_EQ(fields(rowA).back(), "held");
}

TEST(ExportRecord, TimestampIsIso8601Utc) {
    EXPECT_TRUE(
        std::regex_match(utcTimestamp(), std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")))
        << utcTimestamp();
}

} // namespace
} // namespace spinhance
