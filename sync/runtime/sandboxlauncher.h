#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Tandem {

// Starts `tandem-sandbox` in the background for "Try with sandbox data" and reads the one line
// it prints when both servers listen ("wix=URL crmoffice=URL"), without blocking the caller.
// The servers stop with this object.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Next to the running program, then the build tree's layout, then PATH;
    // $TANDEM_SANDBOX_PROGRAM wins when set.
    static QString defaultProgram();

    void start(const QString &program = {}, const QStringList &arguments = {});
    void stop();
    bool isRunning() const;
    QUrl wixUrl() const { return m_wixUrl; }
    QUrl crmUrl() const { return m_crmUrl; }
    void setStartTimeout(int msecs) { m_timeout.setInterval(msecs); }

Q_SIGNALS:
    void started(const QUrl &wixUrl, const QUrl &crmUrl);
    void failed(const QString &reason);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    QByteArray m_errors;
    QUrl m_wixUrl;
    QUrl m_crmUrl;
    bool m_announced = false;
};

} // namespace Tandem
