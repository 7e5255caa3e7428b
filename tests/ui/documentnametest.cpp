// Document names (issue 16): vendors' generic file names give way to the experiment's folder.
#include "documentname.h"

#include <gtest/gtest.h>

using spinhance::Spectrum;
using spinhance::ui::documentName;

namespace {

std::string nameOf(const std::string& path, const std::string& title = {}) {
    Spectrum s;
    s.origin.path = path;
    s.title = title;
    return documentName(s);
}

} // namespace

TEST(DocumentName, GenericVendorNamesGiveWayToTheExperimentFolder) {
    EXPECT_EQ(nameOf("/data/ibuprofen-60mhz.jdx", "ibuprofen"), "ibuprofen-60mhz.jdx");
    EXPECT_EQ(nameOf("/data/AN-menthol/10/fid", "menthol"), "AN-menthol #10 · menthol");
    EXPECT_EQ(nameOf("/data/AN-menthol/10/pdata/1/1r"), "AN-menthol #10");
    EXPECT_EQ(nameOf("/data/AN-menthol/10/"), "AN-menthol #10");
    EXPECT_EQ(nameOf("/data/623-70-1/1h.jdx", "ethyl crotonate"), "623-70-1 · ethyl crotonate");
    EXPECT_EQ(nameOf("/runs/230213 Proton (lyogel)/data.1d"), "230213 Proton (lyogel)");
    EXPECT_EQ(nameOf("/x/HMDB00005.fid/fid"), "HMDB00005.fid");
    EXPECT_EQ(nameOf("aspirin-1h.zip"), "aspirin-1h.zip");
    EXPECT_EQ(nameOf("fid"), "fid"); // nothing better to say
}
