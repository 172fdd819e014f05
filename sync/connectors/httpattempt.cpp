#include "sync/connectors/httpattempt.h"

#include "sync/connectors/oneshotbody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Tandem {

QNetworkReply *HttpAttempt::start(QNetworkAccessManager &nam, const QUrl &url,
                                  const HttpRequest &request,
                                  const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                                  int timeoutMs)
{
    QNetworkRequest net(url);
    net.setTransferTimeout(timeoutMs);
    net.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method != "GET")
        net.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : extraHeaders)
        net.setRawHeader(name, value);
    for (const auto &[name, value] : request.headers)
        net.setRawHeader(name, value);
    if (request.idempotent || request.body.isEmpty())
        return nam.sendCustomRequest(net, request.method, request.body);
    // Qt must not send a create a second time on its own (see OneShotBody).
    auto *body = new OneShotBody(request.body);
    net.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    net.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    QNetworkReply *reply = nam.sendCustomRequest(net, request.method, body);
    body->setParent(reply);
    return reply;
}

HttpAttempt HttpAttempt::finish(QNetworkReply *reply, bool cancelled, int timeoutMs)
{
    HttpAttempt attempt;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    attempt.response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        attempt.response.headers.insert(name.toLower(), value);
    // 1..99 are connection level: no trustworthy HTTP answer even with a status. Qt also
    // reports a 400 as a protocol error (302); with a status line, that is the server's answer.
    const bool connectionLevel = error > 0 && error < 100;
    if (cancelled) {
        attempt.cancelled = true;
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        attempt.tlsFailure = true;
        attempt.reason = reply->errorString();
    } else if (connectionLevel || !status.isValid()) {
        attempt.transport = true;
        attempt.notSent = error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError;
        if (error == QNetworkReply::OperationCanceledError)
            attempt.reason = HttpClient::tr("no answer within %1 s").arg(timeoutMs / 1000.0);
        else if (error == QNetworkReply::ContentReSendError) // Qt says "Unknown error"
            attempt.reason = HttpClient::tr("the connection closed before the answer came");
        else
            attempt.reason = reply->errorString();
    } else {
        attempt.response.status = status.toInt();
        attempt.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    }
    return attempt;
}

} // namespace Tandem
