// The pacers decide on times they are given: every test here runs on a made-up clock and
// never waits.
#include "sync/connectors/aimdpacer.h"
#include "sync/connectors/budgetpacer.h"

#include <QTest>

using namespace Tandem;

namespace {
RetryPolicy noJitter()
{
    RetryPolicy policy; // the app's: 1 s, doubling, at most 60 s
    policy.jitter = 0.0;
    return policy;
}

QByteArray remaining(int n)
{
    return QByteArray::number(n);
}
} // namespace

class TestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRetryAfterHoldsEveryRequestExactly()
    {
        Pacer pacer;
        QCOMPARE(pacer.next(0, 0).waitMs, 0);
        pacer.onSent(100);
        QCOMPARE(pacer.onRateLimited(110, 100, 3000, noJitter()), 3000);
        QCOMPARE(pacer.next(110, 0).waitMs, 3000);
        QCOMPARE(pacer.next(2110, 3).waitMs, 1000);
        // Requests sent before the hold were refused for the same reason: no longer hold.
        QCOMPARE(pacer.onRateLimited(2200, 105, 3000, noJitter()), 910);
        QCOMPARE(pacer.next(3110, 0).waitMs, 0);
    }

    void testWithoutRetryAfterBacksOffExponentiallyToAMinute()
    {
        Pacer pacer;
        QList<int> waits;
        qint64 now = 0;
        for (int i = 0; i < 8; ++i) {
            const int wait = pacer.onRateLimited(now, now, -1, noJitter());
            waits << wait;
            now += wait;
        }
        QCOMPARE(waits, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000}));
        pacer.onAnswer(now, {}); // served: the next refusal starts again near a second
        QCOMPARE(pacer.onRateLimited(now, now, -1, noJitter()), 1000);
    }

    void testBudgetRunsUnpacedWhileComfortable()
    {
        BudgetPacer pacer;
        pacer.onAnswer(0, remaining(600));
        QCOMPARE(pacer.lowWater(), 60);
        for (qint64 now = 0; now < 10; ++now) {
            pacer.onSent(now);
            pacer.onAnswer(now, remaining(int(590 - now)));
            const PaceSlot slot = pacer.next(now, 8);
            QCOMPARE(slot.waitMs, 0);
            QVERIFY(slot.maxInFlight > 8);
        }
    }

    void testBudgetSlowsDownAsItNearsZero()
    {
        BudgetPacer pacer;
        pacer.onAnswer(0, remaining(600));
        pacer.onSent(0);
        int lastGap = 0, lastWindow = INT_MAX;
        for (int left : {59, 40, 20, 10, 2, 0}) {
            pacer.onAnswer(0, remaining(left));
            const PaceSlot slot = pacer.next(0, 0);
            QVERIFY2(slot.waitMs > lastGap, qPrintable(QString::number(left)));
            QVERIFY(slot.maxInFlight <= lastWindow);
            lastGap = slot.waitMs;
            lastWindow = slot.maxInFlight;
        }
        QCOMPARE(lastWindow, 1);
        QCOMPARE(lastGap, 2 * BudgetPacer::slowdownMs / 60 + 1); // ceil(33.3)
        // A gap counts from the last send.
        QCOMPARE(pacer.next(30, 0).waitMs, 4);
        // The budget spent from the mark to zero takes about the slowdown in all.
        double total = 0;
        for (int left = 59; left >= 0; --left) {
            pacer.onAnswer(0, remaining(left));
            total += pacer.next(0, 0).waitMs;
        }
        QVERIFY2(total > 0.9 * BudgetPacer::slowdownMs && total < 1.2 * BudgetPacer::slowdownMs,
                 qPrintable(QString::number(total)));
    }

    void testBudgetWaitsExactlyRetryAfterThenProbesOne()
    {
        BudgetPacer pacer;
        pacer.onAnswer(0, remaining(600));
        pacer.onSent(5);
        QCOMPARE(pacer.onRateLimited(10, 5, 1000, noJitter()), 1000);
        const PaceSlot held = pacer.next(10, 7);
        QCOMPARE(held.waitMs, 1000);
        QCOMPARE(held.maxInFlight, 1);
        QCOMPARE(pacer.next(1010, 0).maxInFlight, 1);
        pacer.onAnswer(1012, remaining(599));
        QCOMPARE(pacer.next(1012, 0).waitMs, 0);
        QVERIFY(pacer.next(1012, 0).maxInFlight > 8);
    }

    void testAimdUnpacedUntilTheFirst429ThenServedRate()
    {
        AimdPacer pacer;
        QList<double> reported;
        pacer.setRateChanged([&reported](double rate) { reported << rate; });
        // 200 answers in the first second, unpaced.
        for (int i = 0; i < 200; ++i) {
            const qint64 now = i * 5;
            QCOMPARE(pacer.next(now, 0).waitMs, 0);
            pacer.onSent(now);
            pacer.onAnswer(now, {});
        }
        QCOMPARE(pacer.ratePerSecond(1000), 0.0);
        // Refused: held for the back-off, then one request at a time finds the service open.
        pacer.onSent(1000);
        QCOMPARE(pacer.onRateLimited(1001, 1000, -1, noJitter()), 1000);
        QCOMPARE(pacer.next(1001, 0).waitMs, 1000);
        QCOMPARE(pacer.next(2001, 0).maxInFlight, 1);
        pacer.onSent(2001);
        pacer.onAnswer(2002, {});
        // 200 served from the first send (0) until it served again (2002 ms): 99.9 a second.
        QCOMPARE(reported.size(), 1);
        QVERIFY2(qAbs(reported.first() - 200 / 2.002) < 0.01,
                 qPrintable(QString::number(reported.first())));
        QCOMPARE(pacer.next(2002, 0).maxInFlight, INT_MAX);
        QCOMPARE(pacer.next(2002, 0).waitMs, 10); // one each 1000/99.9 ms after 2001
    }

    void testAimdDecreasesOnA429AndIncreasesSlowly()
    {
        AimdPacer pacer(10.0); // remembered from an earlier run: paced from the start
        QList<double> reported;
        pacer.setRateChanged([&reported](double rate) { reported << rate; });
        pacer.onSent(0);
        QCOMPARE(pacer.next(0, 0).waitMs, 100);
        QCOMPARE(pacer.ratePerSecond(10000), 10.0 * (1 + 10 * AimdPacer::increasePerS));
        pacer.onSent(10000);
        pacer.onRateLimited(10000, 10000, -1, noJitter());
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first(), 12.0 * AimdPacer::decrease);
        // A second refusal of a request sent before that one changes nothing.
        pacer.onRateLimited(10001, 9990, -1, noJitter());
        QCOMPARE(reported.size(), 1);
        // A rise worth remembering is reported once.
        pacer.onAnswer(30000, {});
        QCOMPARE(reported.size(), 2);
        QVERIFY(reported.last() > 1.19 * reported.first());
        pacer.onAnswer(30001, {});
        QCOMPARE(reported.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
