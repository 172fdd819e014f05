#include "sync/model/baseurlpolicy.h"
#include "sync/model/dataflowimporter.h"
#include "sync/model/mappingjson.h"
#include "sync/model/valuecoercion.h"
#include "sync/runtime/connectorfactory.h"
#include "sync/store/statestore.h"
#include "ui/autostart.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace Tandem;

using Producer = std::function<QString()>;
Q_DECLARE_METATYPE(Producer)

namespace {

struct TsCheck
{
    int messages = 0;
    QStringList problems; // "Context: source (unfinished)"
};

// Reads a .ts file and lists every message whose translation is missing, unfinished or no
// longer in the sources (vanished/obsolete).
TsCheck checkTs(const QString &path)
{
    TsCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.problems << QStringLiteral("cannot open %1").arg(path);
        return check;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++check.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                check.problems << QStringLiteral("%1: \"%2\" (%3)").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                check.problems << QStringLiteral("%1: \"%2\" (empty)").arg(context, source);
        }
    }
    if (xml.hasError())
        check.problems << QStringLiteral("%1: %2 at line %3")
                              .arg(path, xml.errorString())
                              .arg(xml.lineNumber());
    return check;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TANDEM_SOURCE_DIR "/translations/tandem_%1.ts").arg(language);
}

// Runs `produce` with the Norwegian translator installed.
QString inNorwegian(const Producer &produce)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/tandem_nb.qm")))
        return QStringLiteral("cannot load :/i18n/tandem_nb.qm");
    QCoreApplication::installTranslator(&translator);
    const QString text = produce();
    QCoreApplication::removeTranslator(&translator);
    return text;
}

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testEveryMessageFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void testEveryMessageFinished()
    {
        QFETCH(QString, language);
        const TsCheck check = checkTs(tsPath(language));
        QVERIFY(check.messages > 100);
        QVERIFY2(check.problems.isEmpty(),
                 qPrintable(check.problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources, on a copy: a new string shows up unfinished, a removed one
    // as vanished, so a .ts that fell behind the code fails here.
    void testTsFilesMatchSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("tandem_nb.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("nb")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TANDEM_SOURCE_DIR));
        lupdate.start(QStringLiteral(TANDEM_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("ui"), QStringLiteral("sync"),
                       QStringLiteral("app/tandem"), QStringLiteral("-I"), QStringLiteral("."),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsCheck before = checkTs(tsPath(QStringLiteral("nb")));
        const TsCheck after = checkTs(copy);
        QVERIFY2(after.problems.isEmpty(),
                 qPrintable(QStringLiteral("translations/tandem_nb.ts is out of date with the "
                                           "sources (run the update_translations target):\n")
                            + after.problems.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(after.messages, before.messages);
    }

    // lupdate files a tr() call under the class it sees; the lookup at run time uses the
    // context of the tr() that runs. A file-local `tr()` helper or a translate() that forwards
    // a variable hides the real context from lupdate, so the message is filed under one context
    // and looked up under another, and the user reads English. Every lookup goes through a
    // class's tr() (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) or a translate() with literal context
    // and text.
    void testNoTranslationHelpers()
    {
        const QRegularExpression helper(QStringLiteral("\\bQString\\s+tr\\s*\\("));
        const QRegularExpression forwarded(QStringLiteral(
            "\\btranslate\\(\\s*+(?!\")|\\btranslate\\(\\s*+\"[^\"]*\"\\s*+,\\s*+(?!\")"));
        QStringList found;
        for (const QString &area :
             {QStringLiteral("sync"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QStringLiteral(TANDEM_SOURCE_DIR "/") + area,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpression &re : {helper, forwarded}) {
                    if (const QRegularExpressionMatch m = re.match(text); m.hasMatch())
                        found << QStringLiteral("%1:%2")
                                     .arg(file.fileName())
                                     .arg(text.left(m.capturedStart()).count(QLatin1Char('\n'))
                                          + 1);
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The real code paths of the areas whose messages once went to the wrong context, with the
    // Norwegian translator installed: each message must come back in Norwegian.
    void testMessagesReachTheUserInNorwegian_data()
    {
        QTest::addColumn<Producer>("produce");
        QTest::addColumn<QString>("expected");
        QTest::newRow("store: missing folder") << Producer([] {
            QTemporaryDir dir;
            StateStore store(dir.filePath(QStringLiteral("missing/state.db")),
                             QStringLiteral("tst_translations"));
            return store.open().message;
        }) << QStringLiteral("finnes ikke");
        QTest::newRow("store: not SQLite") << Producer([] {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("state.db"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write("not a database") < 0)
                return QStringLiteral("cannot write %1").arg(path);
            file.close();
            StateStore store(path, QStringLiteral("tst_translations"));
            return store.open().message;
        }) << QStringLiteral("er ikke en SQLite-database");
        QTest::newRow("engine: profile without Wix") << Producer([] {
            QTemporaryDir dir;
            QNetworkAccessManager nam;
            return ProfileConnectorFactory(dir.path()).create(nam).error;
        }) << QStringLiteral("Profilen har ingen Wix-adresse");
        QTest::newRow("importer: not a dataflow document") << Producer([] {
            return DataflowImporter().importText(QStringLiteral("a shopping list\n")).error;
        }) << QStringLiteral("ikke et dataflytdokument");
        QTest::newRow("importer: no sections") << Producer([] {
            return DataflowImporter()
                .importText(
                    QStringLiteral("===\nWix.com to CRMOffice Dataflow\n===\n\nGenerated: 2024\n"))
                .error;
        }) << QStringLiteral("fant ingen flytseksjoner");
        QTest::newRow("mapping JSON: not an object") << Producer([] {
            QString error;
            mappingFromJsonBytes("[]", &error);
            return error;
        }) << QStringLiteral("forventet et JSON-objekt");
        QTest::newRow("value coercion") << Producer([] {
            QString error;
            coerce(QJsonValue(QStringLiteral("ten")), DataType::Integer, &error);
            return error;
        }) << QStringLiteral("kan ikke lagre");
        QTest::newRow("profile: plain http") << Producer([] {
            QString why;
            isAllowedBaseUrl(QUrl(QStringLiteral("http://example.com")), &why);
            return why;
        }) << QStringLiteral("ukryptert http");
        QTest::newRow("ui: autostart folder") << Producer([] {
            QTemporaryDir dir;
            const QString blocker = dir.filePath(QStringLiteral("a-file"));
            QFile file(blocker);
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(blocker);
            file.close();
            const ScopedEnv config("XDG_CONFIG_HOME", QFile::encodeName(blocker));
            QString error;
            Autostart::setEnabled(true, &error, QStringLiteral("/usr/bin/tandem"));
            return error;
        }) << QStringLiteral("Kunne ikke opprette mappen");
    }

    void testMessagesReachTheUserInNorwegian()
    {
        QFETCH(Producer, produce);
        QFETCH(QString, expected);
        const QString text = inNorwegian(produce);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void testNorwegianIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tandem_nb.qm")));
        const QString text = translator.translate("Tandem::MainWindow", "&Sync now");
        QVERIFY(!text.isEmpty());
        QVERIFY(text != QLatin1String("&Sync now"));
        // The singular form is chosen here; tr() substitutes %n later.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/tandem_en.qm")));
        QCOMPARE(english.translate("Tandem::ConflictsPage",
                                   "%n conflict(s) resolved. The next sync writes the chosen "
                                   "values to both sides.",
                                   nullptr, 1),
                 QStringLiteral("%n conflict resolved. The next sync writes the chosen values to "
                                "both sides."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
