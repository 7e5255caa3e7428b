#include "dataset/fragments.h"

// Sugars: the commonest metabolites, their ring CH–O protons crowded at 3.2–4.0 ppm and
// strongly coupled at any benchtop field. Shifts and couplings of the D-glucopyranose anomers
// in D2O (α: H1 5.22, J12 3.8 Hz; β: H1 4.64, J12 8.0 Hz; H2–H5 3.2–3.9 ppm, trans-diaxial
// J 9–10 Hz; H6a/H6b 3.7–3.9 ppm, ²J −12.3 Hz, J56 2.2 and 5–6 Hz) and of galactose (J34
// 3.4 Hz, J45 below 1 Hz: H4 equatorial). Literature: Roslund et al., Carbohydr. Res. 343
// (2008) 101; the GISSMO glucose fit (bmse000015) agrees within a few hundredths of a ppm
// and 0.5 Hz.
namespace spinhance {

void addPyranose(MoleculeBuilder& b) {
    const bool alpha = b.rng().chance(0.4);
    const bool galacto = b.rng().chance(0.3);
    b.noteFragment(std::string("pyranose:") + (alpha ? "alpha" : "beta") +
                   (galacto ? "-galacto" : "-gluco"));
    const std::size_t h1 = alpha ? b.addGroupIn(5.05, 5.30, 1) : b.addGroupIn(4.45, 4.70, 1);
    const std::size_t h2 = b.addGroupIn(alpha ? 3.45 : 3.20, alpha ? 3.85 : 3.55, 1);
    const std::size_t h3 = b.addGroupIn(3.45, 3.85, 1);
    const std::size_t h4 = galacto ? b.addGroupIn(3.85, 4.00, 1) : b.addGroupIn(3.35, 3.50, 1);
    const std::size_t h5 = b.addGroupIn(3.40, 3.90, 1);
    const std::size_t h6a = b.addGroupIn(3.70, 3.92, 1);
    const std::size_t h6b = b.addGroupIn(3.62, 3.80, 1);
    b.couple(h1, h2, alpha ? 3.4 : 7.5, alpha ? 4.0 : 8.2);
    b.couple(h2, h3, 9.0, 10.2);
    if (galacto) {
        b.couple(h3, h4, 3.0, 3.6);
        b.couple(h4, h5, 0.5, 1.5);
    } else {
        b.couple(h3, h4, 8.8, 9.8);
        b.couple(h4, h5, 9.2, 10.2);
    }
    b.couple(h5, h6a, 1.8, 2.8);
    b.couple(h5, h6b, 4.5, 7.0);
    b.couple(h6a, h6b, -12.6, -11.6);
}

} // namespace spinhance
