#include "dataset/fragments.h"

// Heteroaromatic rings with their characteristic shifts and couplings (Pretsch's tables):
// pyridine ³J(2,3) ≈ 4.5–5 Hz, ³J(3,4) ≈ 7.5–8 Hz; furan ³J(3,4) ≈ 3.3 Hz, ³J(4,5)
// ≈ 1.8 Hz; thiophene ³J(3,4) ≈ 3.6 Hz, ³J(4,5) ≈ 5.0 Hz.
namespace spinhance {

void addPyridine2(MoleculeBuilder& b) {
    b.noteFragment("pyridin-2-yl");
    const std::size_t h3 = b.addGroupIn(7.10, 7.75, 1);
    const std::size_t h4 = b.addGroupIn(7.50, 7.85, 1);
    const std::size_t h5 = b.addGroupIn(7.05, 7.30, 1);
    const std::size_t h6 = b.addGroupIn(8.45, 8.65, 1);
    b.couple(h3, h4, 7.5, 8.1);
    b.couple(h4, h5, 7.3, 7.8);
    b.couple(h5, h6, 4.5, 5.0);
    b.couple(h3, h5, 0.9, 1.4);
    b.couple(h4, h6, 1.6, 2.0);
    b.couple(h3, h6, 0.7, 1.0);
}

void addPyridine3(MoleculeBuilder& b) {
    b.noteFragment("pyridin-3-yl");
    const std::size_t h2 = b.addGroupIn(8.40, 8.90, 1);
    const std::size_t h4 = b.addGroupIn(7.50, 8.10, 1);
    const std::size_t h5 = b.addGroupIn(7.20, 7.40, 1);
    const std::size_t h6 = b.addGroupIn(8.45, 8.65, 1);
    b.couple(h4, h5, 7.7, 8.1);
    b.couple(h5, h6, 4.7, 5.0);
    b.couple(h2, h4, 1.8, 2.4);
    b.couple(h4, h6, 1.6, 1.9);
    b.couple(h2, h5, 0.6, 0.9);
    b.couple(h2, h6, 0.0, 0.9);
}

void addPyridine4(MoleculeBuilder& b) {
    // AA'XX' drawn as two 2H groups (Δν/J > 20 at 90 MHz: effectively A2X2).
    b.noteFragment("pyridin-4-yl");
    const std::size_t h26 = b.addGroupIn(8.45, 8.75, 2);
    const std::size_t h35 = b.addGroupIn(7.10, 7.65, 2);
    b.couple(h26, h35, 4.5, 6.0);
}

void addPyrimidine2(MoleculeBuilder& b) {
    b.noteFragment("pyrimidin-2-yl");
    const std::size_t h46 = b.addGroupIn(8.60, 8.85, 2);
    const std::size_t h5 = b.addGroupIn(7.10, 7.35, 1);
    b.couple(h46, h5, 4.7, 5.0);
}

void addFuran2(MoleculeBuilder& b) {
    b.noteFragment("furan-2-yl");
    const std::size_t h3 = b.addGroupIn(6.20, 7.20, 1);
    const std::size_t h4 = b.addGroupIn(6.30, 6.55, 1);
    const std::size_t h5 = b.addGroupIn(7.30, 7.60, 1);
    b.couple(h3, h4, 3.1, 3.8);
    b.couple(h4, h5, 1.6, 2.0);
    b.couple(h3, h5, 0.6, 1.0);
}

void addThiophene2(MoleculeBuilder& b) {
    b.noteFragment("thiophen-2-yl");
    const std::size_t h3 = b.addGroupIn(6.85, 7.70, 1);
    const std::size_t h4 = b.addGroupIn(6.90, 7.12, 1);
    const std::size_t h5 = b.addGroupIn(7.10, 7.60, 1);
    b.couple(h3, h4, 3.4, 4.0);
    b.couple(h4, h5, 4.8, 5.2);
    b.couple(h3, h5, 1.0, 1.3);
}

void addPyrrole1(MoleculeBuilder& b) {
    b.noteFragment("pyrrol-1-yl");
    const std::size_t alpha = b.addGroupIn(6.55, 6.85, 2);
    const std::size_t beta = b.addGroupIn(6.10, 6.30, 2);
    b.couple(alpha, beta, 2.0, 2.8);
}

void addImidazole1(MoleculeBuilder& b) {
    b.noteFragment("imidazol-1-yl");
    const std::size_t h2 = b.addGroupIn(7.45, 7.75, 1);
    const std::size_t h4 = b.addGroupIn(6.90, 7.10, 1);
    const std::size_t h5 = b.addGroupIn(6.85, 7.15, 1);
    b.couple(h4, h5, 1.0, 1.5);
    b.couple(h2, h4, 0.8, 1.2);
    b.couple(h2, h5, 0.8, 1.2);
}

} // namespace spinhance
