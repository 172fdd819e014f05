#include "sync/connectors/servicetime.h"

#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;

// ServiceTime reads the services' own form itself and hands every other text to Qt's ISO 8601
// parser: whichever reads it, a text must come out as Qt alone would read it.
class TestServiceTime : public QObject
{
    Q_OBJECT

    static QDateTime byQt(const QString &text)
    {
        return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    }

    static void compareWithQt(const QString &text)
    {
        const QDateTime ours = ServiceTime::parse(text);
        const QDateTime qts = byQt(text);
        QVERIFY2(ours.isValid() == qts.isValid(), qPrintable(text));
        if (!qts.isValid())
            return;
        QVERIFY2(ours == qts,
                 qPrintable(text + u" -> "_s + ours.toString(Qt::ISODateWithMs) + u", Qt: "_s
                            + qts.toString(Qt::ISODateWithMs)));
        QCOMPARE(ours.timeSpec(), Qt::UTC);
    }

private Q_SLOTS:
    void testReadsAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts{
            u"2026-12-06T03:29:54.123Z"_s, // the services' form
            u"2026-12-06T03:29:54Z"_s,
            u"1970-01-01T00:00:00.000Z"_s,
            u"2024-02-29T23:59:59.999Z"_s, // a leap day
            u"2023-02-29T12:00:00.000Z"_s, // no such day
            u"2026-13-01T00:00:00.000Z"_s, // no such month
            u"2026-12-06T25:00:00.000Z"_s, // no such hour
            u"2026-12-06T24:00:00.000Z"_s, // Qt reads it as the next day's midnight
            u"2026-12-06T03:29:60.000Z"_s, // a leap second Qt does not take
            u"2026-12-06T03:29:54.123+02:00"_s, // an offset
            u"2026-12-06T03:29:54.1Z"_s, // other fractions
            u"2026-12-06T03:29:54.123456Z"_s,
            u"2026-12-06 03:29:54.123Z"_s, // a space for the T
            u"2026-12-06T03:29:54.123z"_s,
            u"2026-12-06T03:29:54.12xZ"_s,
            u"20x6-12-06T03:29:54.123Z"_s,
            u"-026-12-06T03:29:54.123Z"_s,
            u"0000-01-01T00:00:00.000Z"_s,
            u"2026-12-06"_s,
            u""_s,
        };
        for (const QString &text : texts)
            QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
    }

    void testReadsAsQtDoes()
    {
        QFETCH(QString, text);
        compareWithQt(text);
    }

    // Times spread over 1970-2100, with and without milliseconds, as the services write them.
    void testTimesAcrossTheYearsReadAsQtReadsThem()
    {
        const qint64 start = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 step = (end - start) / 20011; // a prime count: every field value comes round
        for (qint64 ms = start; ms < end; ms += step) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            compareWithQt(at.toString(Qt::ISODateWithMs));
            compareWithQt(at.toString(Qt::ISODate));
            QCOMPARE(ServiceTime::parse(at.toString(Qt::ISODateWithMs)), at);
            QCOMPARE(ServiceTime::parse(ServiceTime::format(at)), at);
        }
    }

    void testANonStringIsNoTime()
    {
        QVERIFY(!ServiceTime::parse(QJsonValue(1733456994123.0)).isValid());
        QVERIFY(!ServiceTime::parse(QJsonValue()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestServiceTime)
#include "tst_servicetime.moc"
