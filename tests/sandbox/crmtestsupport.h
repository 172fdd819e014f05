#pragma once

// Shared by the CRMOffice sandbox tests: an in-process sandbox with a client that sends the
// personal token, and the OAuth constants.

#include "tests/support/sandboxfixture.h"
#include "tests/support/testhttpclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

#include <functional>

namespace Tandem::Test::CrmTest {

using Sandbox::SandboxOptions;

inline const QByteArray kToken = "test-token";
inline const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
inline const QByteArray kVerifier =
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-verifier-long-enough";

inline SandboxOptions crmOptions(int crmContacts = 0)
{
    SandboxOptions options;
    options.seed.crmContacts = crmContacts;
    options.crmToken = QString::fromLatin1(kToken);
    return options;
}

inline QString challengeOf(const QByteArray &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// One in-process sandbox and a client that sends the personal token.
struct Crm
{
    explicit Crm(const SandboxOptions &options = crmOptions())
        : sandbox(options)
    {
        client.setDefaultHeaders({{"Authorization", "Bearer " + kToken}});
    }

    QUrl url(const QString &path) const { return QUrl(sandbox.crmUrl().toString() + path); }

    QJsonObject createContact(const QJsonObject &body)
    {
        const HttpResult result = client.postJson(url(QStringLiteral("/contacts")), body);
        if (result.status != 201)
            qWarning() << "create failed" << result.status << result.body;
        return result.json();
    }

    // Every item of a listing, following nextPageToken; `between` runs after each page.
    QJsonArray listAll(const QString &query, const std::function<void(int)> &between = {})
    {
        QJsonArray all;
        QString token;
        for (int page = 0; page < 100; ++page) {
            QString path = QStringLiteral("/contacts?") + query;
            if (!token.isEmpty())
                path += QStringLiteral("&pageToken=") + token;
            const QJsonObject body = client.get(url(path)).json();
            for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
                all.append(item);
            token = body.value(QStringLiteral("nextPageToken")).toString();
            if (token.isEmpty())
                break;
            if (between)
                between(page);
        }
        return all;
    }

    SandboxFixture sandbox;
    TestHttpClient client;
};

inline QString problemField(const HttpResult &result)
{
    return result.json()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

} // namespace Tandem::Test::CrmTest
