#include "sync/connectors/redaction.h"

#include <QRegularExpression>

namespace Tandem {

namespace {
const QLatin1String kMask("***");

const QStringList &secretFields()
{
    static const QStringList names{
        QStringLiteral("authorization"), QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"),
        QStringLiteral("code_verifier"), QStringLiteral("client_secret"),
        QStringLiteral("code"),          QStringLiteral("password"),
        QStringLiteral("apikey"),        QStringLiteral("api_key"),
        QStringLiteral("token"),         QStringLiteral("accesstoken"),
        QStringLiteral("refreshtoken"),
    };
    return names;
}

QString fieldAlternation()
{
    QStringList escaped;
    for (const QString &name : secretFields())
        escaped << QRegularExpression::escape(name);
    return escaped.join(QLatin1Char('|'));
}
} // namespace

bool Redaction::isSecretField(const QString &name)
{
    return secretFields().contains(name.toLower());
}

void Redaction::addSecret(const QByteArray &secret)
{
    // Very short values would mask ordinary words; real keys and tokens are long.
    if (secret.size() >= 6 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redaction::scrub(const QString &text) const
{
    static const QRegularExpression json(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(fieldAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression form(
        QStringLiteral("(^|[?&\\s])((?:%1)=)[^&\\s]*").arg(fieldAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(QStringLiteral("(authorization\\s*:\\s*)[^\\r\\n]*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(json, QStringLiteral("\\1\"%1\"").arg(kMask));
    out.replace(form, QStringLiteral("\\1\\2%1").arg(kMask));
    out.replace(header, QStringLiteral("\\1%1").arg(kMask));
    for (const QByteArray &secret : m_secrets)
        out.replace(QString::fromUtf8(secret), kMask);
    return out;
}

} // namespace Tandem
