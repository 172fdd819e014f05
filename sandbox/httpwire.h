#pragma once

#include "sandbox/sandboxbackend.h"

#include <QByteArray>

class QHttpServerRequest;

namespace Tandem::Sandbox {

// Conversions between the wire and the backend's Request/Response. The front writes each
// answer in one piece (status line, headers, body) so a keep-alive client never waits on
// Nagle's algorithm for a trailing fragment.
namespace HttpWire {

Request toRequest(const QHttpServerRequest &request);

// The status line and headers (with Content-Length = the full body size), without the body.
QByteArray head(const Response &response, bool closeConnection);
QByteArray serialize(const Response &response, bool closeConnection);

QByteArray reasonPhrase(int status);

} // namespace HttpWire
} // namespace Tandem::Sandbox
