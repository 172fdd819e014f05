#include "tests/cli/clibed.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

namespace Tandem::Test {

namespace {

QString uniqueSecret(const char *label)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(label),
                                       QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray CliResult::jsonArray() const
{
    return QJsonDocument::fromJson(out).array();
}

QString CliResult::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

Sandbox::SandboxOptions CliBed::smallSeed(int contacts, int products)
{
    Sandbox::SandboxOptions options;
    options.seed.contacts = contacts;
    options.seed.products = products;
    options.seed.companies = 0;
    return options;
}

CliBed::CliBed(Sandbox::SandboxOptions options)
    : m_wixKey(uniqueSecret("wix-key"))
    , m_crmToken(uniqueSecret("crm-token"))
{
    options.wixApiKey = m_wixKey;
    options.wixSiteId = QStringLiteral("cli-site");
    options.crmToken = m_crmToken;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    m_wix = std::make_unique<WixConnector>(m_sandbox->wixUrl(), m_wixKey.toUtf8(),
                                           options.wixSiteId.toUtf8());
    m_crm = std::make_unique<CrmOfficeConnector>(m_sandbox->crmUrl());
    m_crm->setTokenProvider(std::make_unique<StaticTokenProvider>(m_crmToken.toUtf8()));
}

QProcessEnvironment CliBed::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TANDEM_WIX_API_KEY"), m_wixKey);
    env.insert(QStringLiteral("TANDEM_CRMOFFICE_TOKEN"), m_crmToken);
    // A default profile, if one were used by mistake, lands in the throwaway home.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return env;
}

std::unique_ptr<QProcess> CliBed::start(const QStringList &arguments,
                                        const QProcessEnvironment *environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment ? *environment : this->environment());
    process->start(QStringLiteral(TANDEM_CLI_EXE),
                   QStringList{QStringLiteral("--profile"), profileDir()} + arguments);
    return process;
}

CliResult CliBed::finish(QProcess &process)
{
    CliResult result;
    // The sandbox lives in this thread: spin the event loop while the child talks to it.
    if (!process.waitForStarted()
        || (process.state() != QProcess::NotRunning
            && !QSignalSpy(&process, &QProcess::finished).wait(50000))) {
        process.kill();
        process.waitForFinished();
        result.err = "tandem-cli did not start or finish in time";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    m_output += result.out + result.err;
    return result;
}

CliResult CliBed::run(const QStringList &arguments, const QProcessEnvironment *environment)
{
    const std::unique_ptr<QProcess> process = start(arguments, environment);
    return finish(*process);
}

CliResult CliBed::configure(const QStringList &more)
{
    return run(QStringList{QStringLiteral("configure"), QStringLiteral("--wix-url"),
                           m_sandbox->wixUrl().toString(), QStringLiteral("--wix-site-id"),
                           QStringLiteral("cli-site"), QStringLiteral("--crmoffice-url"),
                           m_sandbox->crmUrl().toString()}
               + more);
}

QHash<QString, Record> CliBed::records(Connector &connector, const QString &collection)
{
    QHash<QString, Record> all;
    const ConnectorError error =
        connector.readChanges(collection, QDateTime(), [&all](const QList<Record> &page) {
            for (const Record &record : page) {
                if (record.deleted)
                    all.remove(record.id);
                else
                    all.insert(record.id, record);
            }
            return true;
        });
    if (!error.ok())
        qWarning() << "reading" << collection << "failed:" << error.message;
    return all;
}

QHash<QString, QString> CliBed::links(const QString &flow)
{
    QHash<QString, QString> pairs;
    const CliResult listed = run({QStringLiteral("links"), QStringLiteral("--json")});
    for (const QJsonValue &value : listed.jsonArray()) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1String("flow")).toString() != flow)
            continue;
        pairs.insert(
            link.value(QLatin1String("wix")).toObject().value(QLatin1String("id")).toString(),
            link.value(QLatin1String("crmoffice"))
                .toObject()
                .value(QLatin1String("id"))
                .toString());
    }
    return pairs;
}

QJsonObject sideCounts(const QJsonObject &summary, const char *flow, const char *side)
{
    return summary.value(QLatin1String("flows"))
        .toObject()
        .value(QLatin1String(flow))
        .toObject()
        .value(QLatin1String(side))
        .toObject();
}

int writesOf(const QJsonObject &summary)
{
    int writes = 0;
    const QJsonObject flows = summary.value(QLatin1String("flows")).toObject();
    for (const QJsonValue &flow : flows) {
        for (const char *side : {"wix", "crmoffice"}) {
            const QJsonObject counts = flow.toObject().value(QLatin1String(side)).toObject();
            for (const char *key : {"created", "updated", "deleted"})
                writes += counts.value(QLatin1String(key)).toInt();
        }
    }
    return writes;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace Tandem::Test
