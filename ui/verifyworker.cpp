#include "verifyworker.h"

#include "analysisworker.h"
#include "common/error.h"

namespace spinhance::ui {

VerifyWorker::VerifyWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {
    registerMetaTypes();
}

void VerifyWorker::verify(int docId, int generation,
                          std::shared_ptr<const SpectrumDocument> document,
                          const QString& structure, std::shared_ptr<CancelFlag> cancel) {
    try {
        auto progress = [&](const Progress& p) {
            Q_EMIT progressed(docId, generation, QString::fromStdString(p.phase));
        };
        auto result = std::make_shared<const verify::Verification>(m_services.verifyStructure(
            document->spectrum, structure.toStdString(), {}, progress, cancel.get()));
        Q_EMIT verified(docId, generation, result);
    } catch (const Error& error) {
        Q_EMIT failed(docId, generation,
                      error.code() == ErrorCode::Cancelled ? tr("Verification cancelled.")
                                                           : describeFailure(error, {}));
    } catch (const std::exception& error) {
        Q_EMIT failed(docId, generation, describeFailure(error, {}));
    }
}

} // namespace spinhance::ui
