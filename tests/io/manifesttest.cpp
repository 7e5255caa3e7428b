#include "io/readerregistry.h"
#include "io/textfile.h"
#include "shareddata.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>

using namespace spinhance;

namespace {

struct Entry {
    const char* group;
    const char* path;
};

// Every spectrum in shared/data, by MANIFEST group. The expected field is read from MANIFEST.md
// itself (column "1H MHz"), so this table only says where each group's data are.
const Entry kEntries[] = {
    {"J_aspirin_spec", "jcamp-data-test/data/nmr/aspirin/1h.dx"},
    {"J_aspirin_fid", "jcamp-data-test/data/nmr/aspirin/1h.fid.dx"},
    {"J_jeol", "jcamp-data-test/data/nmr/jeol/1h.dx"},
    {"J_nanalysis", "jcamp-data-test/data/nmr/nanalysis/1h.jdx"},
    {"J_oxford", "jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx"},
    {"J_qmag", "jcamp-data-test/data/nmr/qmagnetics/ibuprofen_j_ave_qmagnetics.jdx"},
    {"J_varian", "jcamp-data-test/data/nmr/varian/1h.jdx"},
    {"J_cytisine", "jcamp-data-test/data/nmr/cytisine/1h.molecule.jdx"},
    {"J_rutin", "jcamp-data-test/data/nmr/rutin/qH.jdx"},
    {"J_indometacin", "jcamp-data-test/data/nmr/indometacin/1h.dx"},
    {"C_comp_fix", "jcampconverter/__tests__/data/compression/jcamp-fix.dx"},
    {"C_comp_packed", "jcampconverter/__tests__/data/compression/jcamp-packed.dx"},
    {"C_comp_squeezed", "jcampconverter/__tests__/data/compression/jcamp-squeezed.dx"},
    {"C_comp_difdup", "jcampconverter/__tests__/data/compression/jcamp-difdup.dx"},
    {"C_mnova_struct", "jcampconverter/__tests__/data/mestrec/withStructure.jdx"},
    {"C_bruker_link", "jcampconverter/__tests__/data/bruker_fid_ft.jdx"},
    {"D1_623-70-1", "nmr-dataset1/data/623-70-1/1h.dx"},
    {"D1_623-70-1", "nmr-dataset1/data/623-70-1/1h.fid.dx"},
    {"D1_140-67-0", "nmr-dataset1/data/140-67-0/1h.dx"},
    {"D1_140-67-0", "nmr-dataset1/data/140-67-0/1h.fid.dx"},
    {"D1_141-32-2", "nmr-dataset1/data/141-32-2/1h.dx"},
    {"D1_141-32-2", "nmr-dataset1/data/141-32-2/1h.fid.dx"},
    {"D1_50-36-2", "nmr-dataset1/data/50-36-2/1h.dx"},
    {"D1_50-36-2", "nmr-dataset1/data/50-36-2/1h.fid.dx"},
    {"D1_403-40-7", "nmr-dataset1/data/403-40-7/1h.dx"},
    {"D1_403-40-7", "nmr-dataset1/data/403-40-7/1h.fid.dx"},
    {"D1_620-71-3", "nmr-dataset1/data/620-71-3/1h.dx"},
    {"D1_620-71-3", "nmr-dataset1/data/620-71-3/1h.fid.dx"},
    {"D1_492-62-6", "nmr-dataset1/data/492-62-6/1h.dx"},
    {"D1_492-62-6", "nmr-dataset1/data/492-62-6/1h.fid.dx"},
    {"D3_artemisin", "nmr-dataset3/multiplet/artemisin/1h.jdx"},
    {"D3_cyclopropanes", "nmr-dataset3/multiplet/cyclopropanes/1h.jdx"},
    {"D3_cycloprop_wrong", "nmr-dataset3/multiplet/cyclopropnes_wrongPhase/1h.jdx"},
    {"D3_geraniol", "nmr-dataset3/multiplet/geraniol/1h.jdx"},
    {"D3_glucose", "nmr-dataset3/multiplet/glucose/1h.jdx"},
    {"D3_taxol", "nmr-dataset3/multiplet/taxol/1h.jdx"},
    {"E_menthol", "nmredata-data-test/data/menthol_1D_1H_assigned_J.zip"},
    {"E_arborinine", "nmredata-data-test/data/arborinine_1D_assignments.zip"},
    {"G_aspirin", "bruker-data-test/data/zipped/aspirin-1h.zip"},
    {"G_naphtoic", "bruker-data-test/data/zipped/naphtoicAcid-1h.zip"},
    {"G_strychnine", "bruker-data-test/data/zipped/strychnine-1h.zip"},
    {"G_cyclosporin", "bruker-data-test/data/zipped/cyclosporin/cyclosporin_1h.zip"},
    {"G_coffee400", "bruker-data-test/data/flat/coffee/UV1009_M1-1003-1002_6268712_73uEjPg4XR/20"},
    {"H_topspin1d", "spectrochempy_data/testdata/nmrdata/bruker/tests/nmr/topspin_1d/1"},
    {"I_glucose", "PublicNMRData/experiments_1D1H/NRC/misc/glucose_2018"},
    {"I_aamix", "PublicNMRData/experiments_1D1H/NRC/undried_amino_acid_mixutre_2021/1"},
    {"K_gaba_bruker", "nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA/1H"},
    {"K_gaba_nmrml",
     "nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA_1H.nmrML"},
    {"K_bmse325_bruker", "nmrML/examples/reference_spectra_examples/bmrb/bmse000325.fid/1H"},
    {"K_bmse325_nmrml", "nmrML/examples/reference_spectra_examples/bmrb/bmse000325.nmrML"},
    {"K_hmdb5_varian", "nmrML/examples/reference_spectra_examples/hmdb/HMDB00005.fid"},
    {"K_hmdb5_nmrml", "nmrML/examples/reference_spectra_examples/hmdb/HMDB00005.nmrML"},
    {"L_coffee90", "nmrium/public/data/coffee/coffee_1198.jdx"},
    {"L_acd", "nmrium/public/data/acd/assignment.jdx"},
    {"L_eve", "nmrium/public/data/ethylvinylether/1h.jdx"},
    {"M_spinsolve", "spinsolveproc/examples/data/230213-131158 Proton (lyogel)"},
};

// HMDB00005.nmrML itself states irradiationFrequency 599.4 MHz; the MANIFEST row repeats the
// 499.82 MHz of the Varian folder it was converted from. We report what the file says.
const std::map<std::string, double> kFileDisagreesWithManifest = {{"K_hmdb5_nmrml", 599.4}};

// group -> MHz from the dataset table: "| `dir` | group | files | bytes | format | 1H MHz | ...".
std::map<std::string, double> manifestFields() {
    std::map<std::string, double> fields;
    const std::string text = io::readFileBytes(sharedData("MANIFEST.md"));
    for (std::string_view line : io::splitLines(text)) {
        const auto cells = io::splitFields(line, "|");
        double mhz = 0.0;
        if (cells.size() > 7 && io::parseDouble(cells[6], mhz)) fields[std::string(cells[2])] = mhz;
    }
    return fields;
}

} // namespace

TEST(Manifest, EveryFileOpensWithTheFieldTheManifestLists) {
    REQUIRE_SHARED_DATA();
    const auto fields = manifestFields();
    ASSERT_GT(fields.size(), 40u);
    for (const Entry& entry : kEntries) {
        SCOPED_TRACE(std::string(entry.group) + ": " + entry.path);
        const auto expected = fields.find(entry.group);
        ASSERT_NE(expected, fields.end());
        const auto exception = kFileDisagreesWithManifest.find(entry.group);
        const double expectedMHz =
            exception != kFileDisagreesWithManifest.end() ? exception->second : expected->second;
        Spectrum s;
        ASSERT_NO_THROW(s = openSpectrum(sharedData(entry.path)));
        // The MANIFEST gives two decimals.
        EXPECT_NEAR(s.fieldMHz, expectedMHz, 0.0051);
        EXPECT_EQ(s.nucleus, "1H");
        EXPECT_TRUE(s.hasSpectrum() || s.fid.has_value());
    }
}
