#include "sync/store/profile.h"

#include "sync/store/storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Tandem {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kMaxIntervalMinutes = 7 * 24 * 60;
constexpr int kMaxRequestWindow = 64;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QJsonObject toJson(const ProfileSettings &s)
{
    return QJsonObject{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("wixUrl"), s.wixUrl},
        {QStringLiteral("wixSiteId"), s.wixSiteId},
        {QStringLiteral("crmUrl"), s.crmUrl},
        {QStringLiteral("crmAuth"), s.crmAuth},
        {QStringLiteral("phoneRegion"), s.phoneRegion},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("scheduleMode"), s.scheduleMode},
        {QStringLiteral("intervalMinutes"), s.intervalMinutes},
        {QStringLiteral("dailyTime"), s.dailyTime.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("startAtLogin"), s.startAtLogin},
        {QStringLiteral("trayNoticeShown"), s.trayNoticeShown},
        {QStringLiteral("requestWindow"), s.requestWindow},
        {QStringLiteral("wixRequestsPerSecond"), s.wixRequestsPerSecond},
        {QStringLiteral("historyKeepDays"), s.historyKeepDays},
        {QStringLiteral("sandbox"), s.sandbox},
    };
}

// Reads one key into `out` when present; a value of the wrong type names the key.
bool readString(const QJsonObject &json, const char *key, QString *out, QString *badKey)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return fail(badKey, QLatin1String(key));
    *out = value.toString();
    return true;
}

bool readInt(const QJsonObject &json, const char *key, int *out, QString *badKey)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return fail(badKey, QLatin1String(key));
    *out = value.toInt();
    return true;
}

bool readBool(const QJsonObject &json, const char *key, bool *out, QString *badKey)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(badKey, QLatin1String(key));
    *out = value.toBool();
    return true;
}

bool fromJson(const QJsonObject &json, ProfileSettings *s, QString *badKey)
{
    QString dailyTime = s->dailyTime.toString(QStringLiteral("HH:mm"));
    if (!readString(json, "wixUrl", &s->wixUrl, badKey)
        || !readString(json, "wixSiteId", &s->wixSiteId, badKey)
        || !readString(json, "crmUrl", &s->crmUrl, badKey)
        || !readString(json, "crmAuth", &s->crmAuth, badKey)
        || !readString(json, "phoneRegion", &s->phoneRegion, badKey)
        || !readString(json, "language", &s->language, badKey)
        || !readString(json, "scheduleMode", &s->scheduleMode, badKey)
        || !readString(json, "dailyTime", &dailyTime, badKey))
        return false;
    s->dailyTime = QTime::fromString(dailyTime, QStringLiteral("HH:mm"));
    if (!s->dailyTime.isValid())
        return fail(badKey, QStringLiteral("dailyTime"));
    if (!readInt(json, "intervalMinutes", &s->intervalMinutes, badKey)
        || !readInt(json, "requestWindow", &s->requestWindow, badKey)
        || !readInt(json, "historyKeepDays", &s->historyKeepDays, badKey))
        return false;
    const QJsonValue rate = json.value(QLatin1String("wixRequestsPerSecond"));
    if (!rate.isUndefined()) {
        if (!rate.isDouble())
            return fail(badKey, QStringLiteral("wixRequestsPerSecond"));
        s->wixRequestsPerSecond = rate.toDouble();
    }
    return readBool(json, "startAtLogin", &s->startAtLogin, badKey)
        && readBool(json, "trayNoticeShown", &s->trayNoticeShown, badKey)
        && readBool(json, "sandbox", &s->sandbox, badKey);
}

bool checkUrl(const QString &field, const QString &url, QString *why)
{
    QString reason;
    if (url.isEmpty() || isAllowedBaseUrl(QUrl(url), &reason))
        return true;
    return fail(why, Profile::tr("%1: %2").arg(field, reason));
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *candidate : allowed) {
        if (value == QLatin1String(candidate))
            return true;
    }
    return false;
}

} // namespace

bool validateProfileSettings(const ProfileSettings &s, QString *why)
{
    if (!checkUrl(QStringLiteral("wixUrl"), s.wixUrl, why)
        || !checkUrl(QStringLiteral("crmUrl"), s.crmUrl, why))
        return false;
    if (!oneOf(s.crmAuth, {"", "token", "oauth"}))
        return fail(
            why, Profile::tr("crmAuth: \"%1\" is neither \"token\" nor \"oauth\".").arg(s.crmAuth));
    if (!oneOf(s.scheduleMode, {"", "off", "interval", "hourly", "daily"}))
        return fail(why,
                    Profile::tr("scheduleMode: \"%1\" is not one of off, interval, hourly, daily.")
                        .arg(s.scheduleMode));
    if (s.intervalMinutes < 1 || s.intervalMinutes > kMaxIntervalMinutes)
        return fail(why,
                    Profile::tr("intervalMinutes: %1 is outside 1 to %2.")
                        .arg(s.intervalMinutes)
                        .arg(kMaxIntervalMinutes));
    if (!s.dailyTime.isValid())
        return fail(why, Profile::tr("dailyTime: not a valid time of day."));
    if (s.requestWindow < 1 || s.requestWindow > kMaxRequestWindow)
        return fail(why,
                    Profile::tr("requestWindow: %1 is outside 1 to %2.")
                        .arg(s.requestWindow)
                        .arg(kMaxRequestWindow));
    if (s.historyKeepDays < HistoryPolicy::minKeepDays
        || s.historyKeepDays > HistoryPolicy::maxKeepDays)
        return fail(why,
                    Profile::tr("historyKeepDays: %1 is outside %2 to %3.")
                        .arg(s.historyKeepDays)
                        .arg(HistoryPolicy::minKeepDays)
                        .arg(HistoryPolicy::maxKeepDays));
    if (!(s.wixRequestsPerSecond >= 0))
        return fail(
            why, Profile::tr("wixRequestsPerSecond: %1 is below 0.").arg(s.wixRequestsPerSecond));
    static const QRegularExpression region(QStringLiteral("^([A-Z]{2})?$"));
    if (!region.match(s.phoneRegion).hasMatch())
        return fail(why,
                    Profile::tr("phoneRegion: \"%1\" is not a two-letter region code such as NO.")
                        .arg(s.phoneRegion));
    static const QRegularExpression language(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    if (!language.match(s.language).hasMatch())
        return fail(why,
                    Profile::tr("language: \"%1\" is not a language code such as nb or en.")
                        .arg(s.language));
    return true;
}

Profile::Profile(QString dir)
    : m_dir(QDir::cleanPath(std::move(dir)))
{}

QString Profile::defaultDir()
{
    // Not AppDataLocation: that folder is named after the running program, and tandem,
    // tandem-cli and the tests must all find the same profile.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Tandem/default");
}

QString Profile::sandboxDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Tandem/sandbox");
}

QString Profile::storePath() const
{
    return m_dir + QStringLiteral("/state.sqlite");
}

QString Profile::mappingPath() const
{
    return m_dir + QStringLiteral("/mapping.json");
}

QString Profile::settingsPath() const
{
    return m_dir + QStringLiteral("/profile.json");
}

bool Profile::create(QString *error) const
{
    const QFileInfo info(m_dir);
    if (info.isDir())
        return true;
    if (info.exists())
        return fail(error, tr("The profile folder %1 is a file, not a folder.").arg(m_dir));
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)
        || !QDir().mkdir(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(error, tr("The profile folder %1 cannot be created.").arg(m_dir));
    qCInfo(lcStore) << "created profile folder" << m_dir;
    return true;
}

bool Profile::recreateSandbox(QString *error) const
{
    ProfileSettings settings;
    if (QFileInfo::exists(settingsPath()) && (!load(&settings, error) || !settings.sandbox))
        return fail(error, tr("%1 is not a sandbox profile; it is left as it is.").arg(m_dir));
    if (QFileInfo(m_dir).isDir() && !QDir(m_dir).removeRecursively())
        return fail(error, tr("The sandbox profile %1 cannot be emptied.").arg(m_dir));
    return create(error);
}

bool Profile::load(ProfileSettings *out, QString *error) const
{
    ProfileSettings settings;
    QFile file(settingsPath());
    if (!file.exists()) {
        *out = settings;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(error,
                    tr("%1 is not valid JSON at offset %2: %3.")
                        .arg(file.fileName())
                        .arg(parse.offset)
                        .arg(parse.errorString()));
    if (!doc.isObject())
        return fail(error, tr("%1 does not hold a JSON object.").arg(file.fileName()));
    QString badKey;
    if (!fromJson(doc.object(), &settings, &badKey))
        return fail(
            error,
            tr("%1: \"%2\" has a value of the wrong type or format.").arg(file.fileName(), badKey));
    QString why;
    if (!validateProfileSettings(settings, &why))
        return fail(error, tr("%1: %2").arg(file.fileName(), why));
    *out = settings;
    return true;
}

bool Profile::save(const ProfileSettings &settings, QString *error) const
{
    QString why;
    if (!validateProfileSettings(settings, &why))
        return fail(error, tr("The settings were not saved. %1").arg(why));
    if (!create(error))
        return false;
    QSaveFile file(settingsPath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(error,
                    tr("%1 cannot be written: %2.").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error,
                    tr("%1 cannot be written: %2.").arg(file.fileName(), file.errorString()));
    QFile::setPermissions(settingsPath(), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace Tandem
