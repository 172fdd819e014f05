#include "ui/autostart.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

// The XDG autostart entry, written into a temp XDG_CONFIG_HOME so the user's own login items
// are never touched.
class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QByteArray entry() const
    {
        QFile file(Autostart::entryPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void cleanup() { QFile::remove(Autostart::entryPath()); }

    void testEntryLivesUnderXdgConfigHome()
    {
        QCOMPARE(Autostart::entryPath(),
                 m_config.path() + QLatin1String("/autostart/") + QLatin1String(TANDEM_APP_ID)
                     + QLatin1String(".desktop"));
        QVERIFY(!Autostart::isEnabled());
    }

    void testEnableWritesEntryThatStartsInTray()
    {
        QString error;
        QVERIFY2(Autostart::setEnabled(true, &error, QStringLiteral("/opt/tandem/bin/tandem")),
                 qPrintable(error));
        QVERIFY(Autostart::isEnabled());
        const QList<QByteArray> lines = entry().split('\n');
        QCOMPARE(lines.value(0), QByteArray("[Desktop Entry]"));
        QVERIFY(lines.contains("Type=Application"));
        QVERIFY(lines.contains("Exec=/opt/tandem/bin/tandem --tray"));
        QVERIFY(lines.contains("Icon=" TANDEM_APP_ID));
        QVERIFY(lines.contains("X-GNOME-Autostart-enabled=true"));
    }

    void testEnableTwiceReplacesEntry()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(true, &error, QStringLiteral("/first/tandem")));
        QVERIFY(Autostart::setEnabled(true, &error, QStringLiteral("/second/tandem")));
        QVERIFY(entry().contains("Exec=/second/tandem --tray\n"));
        QVERIFY(!entry().contains("/first/"));
        QCOMPARE(QDir(m_config.path() + QLatin1String("/autostart")).entryList(QDir::Files).size(),
                 1);
    }

    void testDefaultProgramIsRunningBinary()
    {
        QString error;
        QVERIFY2(Autostart::setEnabled(true, &error), qPrintable(error));
        QVERIFY(entry().contains(QFile::encodeName(QCoreApplication::applicationFilePath())));
    }

    void testDisableRemovesEntry()
    {
        QString error;
        QVERIFY(Autostart::setEnabled(true, &error, QStringLiteral("/usr/bin/tandem")));
        QVERIFY(Autostart::setEnabled(false, &error));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        // Removing what is not there is no error.
        QVERIFY(Autostart::setEnabled(false, &error));
    }

    void testProgramWithSpacesIsQuotedAndEscaped()
    {
        const QByteArray text =
            Autostart::entryText(QStringLiteral("/home/a b/$x \"q\"/100%/tandem"));
        QVERIFY2(text.contains("Exec=\"/home/a b/\\$x \\\"q\\\"/100%%/tandem\" --tray\n"),
                 text.constData());
        QVERIFY(Autostart::entryText(QStringLiteral("/usr/bin/tandem%"))
                    .contains("Exec=/usr/bin/tandem%% --tray\n"));
    }

    void testUnwritableFolderIsReportedInWords()
    {
        // A file where the autostart folder should be: the folder cannot be created.
        QTemporaryDir blocked;
        QFile blocker(blocked.path() + QLatin1String("/autostart"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocked.path()));
        QString error;
        const bool ok = Autostart::setEnabled(true, &error, QStringLiteral("/usr/bin/tandem"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("autostart")), qPrintable(error));
    }
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
