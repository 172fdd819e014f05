#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tandem {

// Scrubs secrets out of text before it reaches a log: values of known secret fields in JSON
// and form bodies, Authorization headers, and any secret value the owner registered (the API
// key, the current tokens), wherever it appears.
class Redaction
{
public:
    void addSecret(const QByteArray &secret);
    QString scrub(const QString &text) const;

    // Field names whose values are never logged.
    static bool isSecretField(const QString &name);

private:
    QList<QByteArray> m_secrets;
};

} // namespace Tandem
