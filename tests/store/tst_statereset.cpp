// Moving a profile's sync state aside when its accounts change, and only then.
#include "sync/store/statereset.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {

const StoreAccounts kTried{QStringLiteral("sandbox site/1"),
                           QStringLiteral("http://127.0.0.1:9/api")};
const StoreAccounts kReal{QStringLiteral("real-site"),
                          QStringLiteral("https://crm.example.com/api")};
const QString kFlow = QStringLiteral("contacts");
const QDateTime kMark = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);

// A store made for `accounts` that has run once.
bool makeStore(const QString &path, const StoreAccounts &accounts)
{
    StateStore store(path, QStringLiteral("tst.make"));
    return store.open().ok() && store.setWatermark(kFlow, Side::Wix, kMark).ok()
        && (accounts.isEmpty() || accounts.recordIn(store).ok());
}

} // namespace

class TestStateReset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void testOtherAccountsMoveTheStateAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        QVERIFY(makeStore(path, kTried));
        const StateReset::Outcome moved = StateReset::adopt(path, kReal, QStringLiteral("tst.a"));
        QVERIFY2(moved.ok, qPrintable(moved.message));
        QVERIFY(!QFileInfo::exists(path));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(left, QStringList{QFileInfo(moved.backupPath).fileName()});
        QVERIFY2(left.first().startsWith(QLatin1String("state-"))
                     && left.first().endsWith(QLatin1String("-sandbox_site_1.sqlite.bak")),
                 qPrintable(left.first()));
        QVERIFY2(moved.message.contains(moved.backupPath), qPrintable(moved.message));
        QVERIFY(moved.message.contains(kTried.wixSiteId) && moved.message.contains(kReal.crmUrl));

        StateStore backup(moved.backupPath, QStringLiteral("tst.backup"));
        QVERIFY(backup.open().ok());
        QCOMPARE(backup.watermark(kFlow, Side::Wix).value, kMark);
        QVERIFY(StoreAccounts::recordedIn(backup).value == kTried);
    }

    void testSameOrUnrecordedAccountsKeepTheState()
    {
        QTemporaryDir dir;
        const QString same = dir.filePath(QStringLiteral("same.sqlite"));
        const QString unrecorded = dir.filePath(QStringLiteral("unrecorded.sqlite"));
        QVERIFY(makeStore(same, kReal));
        QVERIFY(makeStore(unrecorded, {}));
        for (const QString &path : {same, unrecorded}) {
            const StateReset::Outcome kept = StateReset::adopt(path, kReal, QStringLiteral("t"));
            QVERIFY(kept.ok && kept.backupPath.isEmpty() && kept.message.isEmpty());
            QVERIFY(QFileInfo::exists(path));
        }
        // A trailing slash is the same CRMOffice.
        ProfileSettings settings;
        settings.wixSiteId = kReal.wixSiteId;
        settings.crmUrl = kReal.crmUrl + QLatin1Char('/');
        QVERIFY(StoreAccounts::of(settings) == kReal);
    }

    void testStateInUseElsewhereIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        QVERIFY(makeStore(path, kTried));
        StateStore holder(path, QStringLiteral("tst.holder")); // as another program's sync
        QVERIFY(holder.open().ok());
        const StateReset::Outcome refused = StateReset::adopt(path, kReal, QStringLiteral("t"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QLatin1String("in use")), qPrintable(refused.message));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(holder.watermark(kFlow, Side::Wix).value, kMark);
    }
};

QTEST_GUILESS_MAIN(TestStateReset)
#include "tst_statereset.moc"
