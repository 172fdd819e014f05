#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem::Test {

// Looks for one secret in the shapes a careless write could give it: as it is, in hex, in
// base64 or base64url (also as part of a longer encoded text, such as "user:secret" in a Basic
// header), and as UTF-16.
class SecretScan
{
public:
    explicit SecretScan(const QByteArray &secret);

    bool isIn(const QByteArray &data) const;
    bool isIn(const QString &text) const { return isIn(text.toUtf8()); }

    // Every file under `dir`, hidden ones and subfolders included, that holds the secret.
    QStringList filesUnder(const QString &dir) const;

private:
    QList<QByteArray> m_forms;
};

// Every file under `dir` that holds `secret` in any of the shapes SecretScan knows.
inline QStringList filesHolding(const QString &dir, const QByteArray &secret)
{
    return SecretScan(secret).filesUnder(dir);
}

} // namespace Tandem::Test
