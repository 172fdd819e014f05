#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Tandem {

enum class Secret { WixApiKey, CrmAccessToken, CrmRefreshToken };

// "wix-api-key", "crmoffice-access-token", "crmoffice-refresh-token"
QString secretName(Secret which);

// The secrets of one profile in the system keychain (QtKeychain, service "Tandem", key
// "<absolute profile dir>/<secretName>"). Never written anywhere else: when no keychain is
// available the operations fail with a sentence saying so, there is no fallback to a file.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(const QString &profileDir, QObject *parent = nullptr);

    // Asynchronous, for the GUI thread: the answer comes by signal.
    void read(Tandem::Secret which);
    void write(Tandem::Secret which, const QString &value);
    void remove(Tandem::Secret which);

    // Blocking, for the worker thread and tandem-cli: a local event loop until the keychain
    // answers.
    std::optional<QString> readNow(Tandem::Secret which,
                                   QString *error); // nullopt + empty error = not stored
    bool writeNow(Tandem::Secret which, const QString &value, QString *error);
    bool removeNow(Tandem::Secret which, QString *error);

    // The keychain key of one secret: the absolute profile folder plus the secret's name.
    QString keyFor(Tandem::Secret which) const;

Q_SIGNALS:
    void secretRead(Tandem::Secret which, const QString &value); // empty when not stored
    void secretWritten(Tandem::Secret which);
    void secretRemoved(Tandem::Secret which);
    // In words, e.g. no keychain available; never the secret.
    void failed(Tandem::Secret which, const QString &error);

private:
    QString m_profileDir;
};

} // namespace Tandem
