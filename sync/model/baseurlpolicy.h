#pragma once

#include <QString>
#include <QUrl>

namespace Tandem {

// A remote base URL Tandem may send credentials to: https, or plain http for loopback hosts
// only (127.0.0.0/8, ::1, localhost: the sandbox). No user info, query or fragment, so that a
// secret cannot hide in a URL that is stored or logged. `why` explains a refusal.
// One policy for the setup that shows it and the HTTP client that enforces it.
bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);
// 127.0.0.0/8, ::1 or localhost.
bool isLoopbackHost(const QString &host);

} // namespace Tandem
