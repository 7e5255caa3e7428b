#pragma once

#include "coreservices.h"
#include "fitpresenter.h"
#include "spectrumdocument.h"

#include <QMetaType>
#include <memory>

// Results cross threads through queued signals as shared pointers: cheap to copy, never shared for
// writing (the worker lets go of them once emitted).
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::ui::SpectrumDocument>)
Q_DECLARE_METATYPE(std::shared_ptr<const spinhance::ui::SpectrumDocument>)
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::ui::PredictionResult>)
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::ui::Overlay>)
Q_DECLARE_METATYPE(spinhance::SpinSystem)
Q_DECLARE_METATYPE(spinhance::ProcessOptions)
Q_DECLARE_METATYPE(spinhance::ui::EpochPoint)
Q_DECLARE_METATYPE(spinhance::ui::TrainingRequest)
Q_DECLARE_METATYPE(spinhance::ui::MetricList)
Q_DECLARE_METATYPE(spinhance::ui::FitJob)
Q_DECLARE_METATYPE(spinhance::Progress)
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::FitResult>)
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::CancelFlag>)
Q_DECLARE_METATYPE(std::shared_ptr<spinhance::ui::SynthesisOutcome>)
Q_DECLARE_METATYPE(std::shared_ptr<const spinhance::verify::Verification>)
Q_DECLARE_METATYPE(std::shared_ptr<const spinhance::inspect::ModelInspection>)

namespace spinhance::ui {
/// Registers the types above for queued connections (idempotent).
void registerMetaTypes();
} // namespace spinhance::ui
