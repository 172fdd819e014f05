#pragma once

#include "sync/model/baseurlpolicy.h"
#include "sync/store/historyquery.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>
#include <QUrl>

namespace Tandem {

// The non-secret settings of one profile, kept in profile.json. Secrets (the Wix API key,
// CRMOffice tokens) never belong here: they live in the keychain (CredentialStore).
struct ProfileSettings
{
    QString wixUrl;
    QString wixSiteId;
    QString crmUrl;
    QString crmAuth; // "token" or "oauth"
    QString phoneRegion; // ISO 3166 region for phone numbers without a country code, "NO"
    QString language; // "en", "nb"; empty follows the system
    QString scheduleMode; // "off", "interval", "hourly", "daily"
    int intervalMinutes = 60;
    QTime dailyTime{9, 0};
    bool startAtLogin = false;
    // The window has once said, on closing to the tray, that the app keeps running there.
    bool trayNoticeShown = false;
    int requestWindow = 8; // requests in flight at once, per service
    // The pace the Wix site allowed when it last answered 429, learned by the connector;
    // 0 until the site has refused once.
    double wixRequestsPerSecond = 0;
    // Runs older than this are pruned after a run (HistoryPolicy's bounds).
    int historyKeepDays = HistoryPolicy::defaultKeepDays;
    // Made by "Try with sandbox data": its accounts are the local sandbox's, its data is
    // throwaway, and the window says so.
    bool sandbox = false;

    bool operator==(const ProfileSettings &) const = default;
};

// A profile folder (mode 0700): the state store, the mapping and profile.json.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Profile)

public:
    explicit Profile(QString dir);

    // The per-user profile every Tandem program shares: GenericDataLocation + "/Tandem/default"
    // (~/.local/share/Tandem/default).
    static QString defaultDir();
    // The throwaway profile "Try with sandbox data" writes instead of the user's own:
    // GenericDataLocation + "/Tandem/sandbox".
    static QString sandboxDir();

    QString dir() const { return m_dir; }
    QString storePath() const; // dir/state.sqlite
    QString mappingPath() const; // dir/mapping.json
    QString settingsPath() const; // dir/profile.json

    // Creates the folder with mode 0700 when it does not exist yet.
    bool create(QString *error) const;
    // Empties the folder of a sandbox profile (made afresh for each try); refuses any other
    // profile, which holds a user's state.
    bool recreateSandbox(QString *error) const;
    // A missing profile.json gives the defaults; a damaged one is an error naming the file.
    bool load(ProfileSettings *out, QString *error) const;
    // Validates, creates the folder if needed and replaces profile.json atomically.
    bool save(const ProfileSettings &settings, QString *error) const;

private:
    QString m_dir;
};

// Checks every field; `why` names the field and the problem.
bool validateProfileSettings(const ProfileSettings &settings, QString *why);

} // namespace Tandem
