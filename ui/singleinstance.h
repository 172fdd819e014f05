#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

namespace Tandem {

// One desktop app per profile: the first start holds a lock file in the profile folder and
// listens on a local socket named after the profile; a later start finds it there, asks it to
// raise its window and steps aside. (The engine's own run lock keeps two runs apart; this keeps
// two windows and schedulers apart.)
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the profile's app from now on; false when another one runs and
    // has been asked to raise its window. A lock left by a crashed start (its process gone, or
    // no one listening) does not count.
    bool claim();

    // The local socket's name: per user (the runtime folder) and per profile (a path hash).
    static QString serverName(const QString &profileDir);
    static QString lockPath(const QString &profileDir);

Q_SIGNALS:
    void raiseRequested();

private:
    bool askRunningToRaise(int tries) const;
    bool listen();
    void onConnection();

    QString m_profileDir;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace Tandem
