#pragma once

#include <QLoggingCategory>

namespace Tandem::Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

// Keeps Qt's own request dumps (which carry credentials) out of every log.
void silenceRequestDumps();
} // namespace Tandem::Sandbox
