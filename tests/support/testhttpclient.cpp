#include "tests/support/testhttpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace Tandem::Test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestHttpClient::TestHttpClient()
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult TestHttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &header : m_defaultHeaders + headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return result;
}

HttpResult TestHttpClient::get(const QUrl &url, const Headers &headers)
{
    return send("GET", url, {}, headers);
}

HttpResult TestHttpClient::postJson(const QUrl &url, const QJsonObject &body,
                                    const Headers &headers)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult TestHttpClient::patchJson(const QUrl &url, const QJsonObject &body,
                                     const Headers &headers)
{
    return send("PATCH", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult TestHttpClient::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return send("POST", url, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpResult TestHttpClient::deleteResource(const QUrl &url, const Headers &headers)
{
    return send("DELETE", url, {}, headers);
}

} // namespace Tandem::Test
