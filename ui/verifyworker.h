#pragma once

#include "coreservices.h"
#include "metatypes.h"

#include <QObject>
#include <QString>
#include <memory>

namespace spinhance::ui {

/// Verifies a structure against a document's spectrum (core/verify: a fit and a full analysis,
/// seconds to tens of seconds) on its own QThread. The result comes back as a queued signal tagged
/// with the document id and the request generation; a shared cancel flag stops it.
class VerifyWorker : public QObject {
    Q_OBJECT
public:
    explicit VerifyWorker(CoreServices services, QObject* parent = nullptr);

public Q_SLOTS:
    void verify(int docId, int generation,
                std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                const QString& structure, std::shared_ptr<spinhance::CancelFlag> cancel);

Q_SIGNALS:
    void progressed(int docId, int generation, const QString& phase);
    void verified(int docId, int generation,
                  std::shared_ptr<const spinhance::verify::Verification> verification);
    void failed(int docId, int generation, const QString& message);

private:
    CoreServices m_services;
};

} // namespace spinhance::ui
