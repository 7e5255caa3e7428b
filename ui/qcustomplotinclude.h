#pragma once

// qcustomplot.h uses bare `signals:` and `foreach`, which QT_NO_KEYWORDS (needed for LibTorch)
// removes; include it only through this header, which maps them for the duration of the include.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef foreach
