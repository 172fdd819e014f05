#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace Tandem::Test {

// What one HTTP exchange gave: status 0 when no HTTP answer arrived (see error).
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-case

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const; // the body as a JSON object ({} when it is not one)
};

// A small blocking HTTP client for tests, over one QNetworkAccessManager (keep-alive). It
// spins a local event loop while waiting, so in-process servers keep serving. Redirects are
// not followed: a test sees the 302 itself.
class TestHttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    TestHttpClient();

    // Sent with every request, e.g. {"Authorization", "Bearer t"}.
    void setDefaultHeaders(const Headers &headers) { m_defaultHeaders = headers; }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {}, int timeoutMs = 15000);
    HttpResult get(const QUrl &url, const Headers &headers = {});
    HttpResult postJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    HttpResult patchJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    HttpResult postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    HttpResult deleteResource(const QUrl &url, const Headers &headers = {});

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    Headers m_defaultHeaders;
};

} // namespace Tandem::Test
