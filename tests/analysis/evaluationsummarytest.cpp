#include "analysis/analysisevaluation.h"
#include "analysis/search.h"

#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::analysis;

namespace {

CaseOutcome outcome(bool solved, double truthDeltaBic) {
    CaseOutcome o;
    o.score.solved = solved;
    o.truthDeltaBic = truthDeltaBic;
    return o;
}

} // namespace

// An unsolved case is a search failure only when the truth explains the spectrum better than the
// answer by more than the margin a search move must gain; within it (or worse) the spectrum itself
// does not prefer the truth. Solved cases and cases whose truth was not fitted count in neither.
TEST(EvaluationSummary, UnsolvedCasesAreToldApartByTheTruthsEvidence) {
    const double margin = SearchOptions{}.acceptDeltaBic;
    const std::vector<CaseOutcome> outcomes = {
        outcome(false, -4.0 * margin), // the search missed a much better explanation
        outcome(false, -margin - 0.5), // just past the margin: missed
        outcome(false, -margin + 0.5), // within it: the evidence does not decide
        outcome(false, 30.0),          // the answer fits better than the truth
        outcome(true, -3.0 * margin),  // solved: no failure to explain
        outcome(false, std::nan("")),  // truth not fitted
    };
    const EvaluationSummary s = summarise(outcomes);
    EXPECT_EQ(s.unsolvedTruthScored, 4);
    EXPECT_EQ(s.unsolvedTruthFitsBetter, 2);
    EXPECT_NEAR(s.solvedRate, 1.0 / 6.0, 1e-12);
}

TEST(EvaluationSummary, NoTruthScoredCountsNothing) {
    const EvaluationSummary s = summarise({outcome(false, std::nan("")), CaseOutcome{}});
    EXPECT_EQ(s.unsolvedTruthScored, 0);
    EXPECT_EQ(s.unsolvedTruthFitsBetter, 0);
}
