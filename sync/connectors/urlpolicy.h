#pragma once

#include <QUrl>

namespace Tandem {

// Remote base URLs must be https; plain http only for loopback hosts (the sandbox).
bool isAllowedBaseUrl(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace Tandem
