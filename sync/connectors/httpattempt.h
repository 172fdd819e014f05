#pragma once

#include "sync/connectors/httpclient.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Tandem {

// One try of one request on the wire: start it, and read what came back once it finished.
struct HttpAttempt
{
    HttpResponse response;
    QString reason; // why it failed, for the message
    bool transport = false; // no usable HTTP answer
    bool notSent = false; // the request provably never reached the server
    bool tlsFailure = false;
    bool cancelled = false;
    bool http2 = false; // the answer came over HTTP/2 (many requests share one connection)

    // `url` already holds the path and query; `extraHeaders` come before the request's own.
    static QNetworkReply *start(QNetworkAccessManager &nam, const QUrl &url,
                                const HttpRequest &request,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                int timeoutMs);
    static HttpAttempt finish(QNetworkReply *reply, bool cancelled, int timeoutMs);
};

} // namespace Tandem
