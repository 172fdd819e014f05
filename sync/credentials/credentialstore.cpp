#include "sync/credentials/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QScopedPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "tandem.credentials")

namespace Tandem {

namespace {

const QString kService = QStringLiteral("Tandem");

// What went wrong, in words. QtKeychain's own text names the backend's problem (a D-Bus error,
// a locked collection); it never contains the secret.
QString errorSentence(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::tr(
            "No keychain is available on this system (no Secret Service such as GNOME "
            "Keyring or KWallet is running). Tandem keeps secrets only in a keychain, "
            "so nothing was stored or read.");
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("Access to the keychain was refused.");
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain denied access: %1").arg(job.errorString());
    case QKeychain::CouldNotDeleteEntry:
        return CredentialStore::tr("The keychain could not remove the secret: %1")
            .arg(job.errorString());
    default:
        return CredentialStore::tr(
                   "The keychain could not be used (%1). Tandem keeps secrets only in a "
                   "keychain, so nothing was stored or read.")
            .arg(job.errorString());
    }
}

template<typename JobType> JobType *makeJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(kService, parent);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain file next to the profile
    job->setAutoDelete(false);
    return job;
}

// Runs a job to its end in a local event loop. The job always runs in the application's main
// thread: QtKeychain sends every job through one executor object that stays in the thread of the
// very first job, so a first job from a worker thread that later ends would leave every later
// job waiting for ever. QtKeychain starts jobs queued, so `finished` cannot fire before exec().
// False, with `error` set, when the loop ended first because the calling thread is being
// stopped: the job then deletes itself when it finishes, since a job deleted in flight would
// be called back by the Secret Service after.
bool runToEnd(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QThread *mainThread = QCoreApplication::instance()->thread();
    if (job.thread() != mainThread)
        job.moveToThread(mainThread);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (finished)
        return true;
    QObject::disconnect(&job, &QKeychain::Job::finished, &loop, nullptr);
    job.setAutoDelete(true);
    if (error)
        *error = CredentialStore::tr("The keychain did not answer before Tandem stopped.");
    return false;
}

// Deletes a job that runToEnd() saw finish; one it gave up on deletes itself.
struct FinishedJobDeleter
{
    static void cleanup(QKeychain::Job *job)
    {
        if (job && !job->autoDelete())
            job->deleteLater();
    }
};

template<typename JobType> using LocalJob = QScopedPointer<JobType, FinishedJobDeleter>;

} // namespace

QString secretName(Secret which)
{
    switch (which) {
    case Secret::WixApiKey:
        return QStringLiteral("wix-api-key");
    case Secret::CrmAccessToken:
        return QStringLiteral("crmoffice-access-token");
    case Secret::CrmRefreshToken:
        return QStringLiteral("crmoffice-refresh-token");
    }
    return {};
}

CredentialStore::CredentialStore(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir::cleanPath(QDir(profileDir).absolutePath()))
{}

QString CredentialStore::keyFor(Secret which) const
{
    return m_profileDir + QLatin1Char('/') + secretName(which);
}

void CredentialStore::read(Secret which)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(keyFor(which), this);
    connect(job, &QKeychain::Job::finished, this, [this, which, job] {
        job->deleteLater();
        if (job->error() == QKeychain::NoError)
            Q_EMIT secretRead(which, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT secretRead(which, QString());
        else
            Q_EMIT failed(which, errorSentence(*job));
    });
    job->start();
}

void CredentialStore::write(Secret which, const QString &value)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(keyFor(which), this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, which, job] {
        job->deleteLater();
        if (job->error() == QKeychain::NoError)
            Q_EMIT secretWritten(which);
        else
            Q_EMIT failed(which, errorSentence(*job));
    });
    job->start();
}

void CredentialStore::remove(Secret which)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(keyFor(which), this);
    connect(job, &QKeychain::Job::finished, this, [this, which, job] {
        job->deleteLater();
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            Q_EMIT secretRemoved(which);
        else
            Q_EMIT failed(which, errorSentence(*job));
    });
    job->start();
}

std::optional<QString> CredentialStore::readNow(Secret which, QString *error)
{
    const LocalJob<QKeychain::ReadPasswordJob> job(
        makeJob<QKeychain::ReadPasswordJob>(keyFor(which), nullptr));
    if (error)
        error->clear();
    if (!runToEnd(*job, error))
        return std::nullopt;
    if (job->error() == QKeychain::NoError)
        return job->textData();
    if (job->error() != QKeychain::EntryNotFound) {
        qCInfo(lcCredentials) << "reading" << secretName(which) << "failed:" << job->error();
        if (error)
            *error = errorSentence(*job);
    }
    return std::nullopt;
}

bool CredentialStore::writeNow(Secret which, const QString &value, QString *error)
{
    const LocalJob<QKeychain::WritePasswordJob> job(
        makeJob<QKeychain::WritePasswordJob>(keyFor(which), nullptr));
    job->setTextData(value);
    if (!runToEnd(*job, error))
        return false;
    if (job->error() == QKeychain::NoError)
        return true;
    if (error)
        *error = errorSentence(*job);
    return false;
}

bool CredentialStore::removeNow(Secret which, QString *error)
{
    const LocalJob<QKeychain::DeletePasswordJob> job(
        makeJob<QKeychain::DeletePasswordJob>(keyFor(which), nullptr));
    if (!runToEnd(*job, error))
        return false;
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = errorSentence(*job);
    return false;
}

} // namespace Tandem
