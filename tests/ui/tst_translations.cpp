#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.mid(0, 20).join(QLatin1Char('\n'))));
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
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("ui"), QStringLiteral("sync"), QStringLiteral("app/tandem"),
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
