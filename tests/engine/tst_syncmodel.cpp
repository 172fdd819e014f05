// The stateful randomized model test (docs/architecture.md#testing): random creates, edits,
// deletes, concurrent edits, conflict decisions, failing writes, crashes and cancels between
// syncs; after each clean sync every invariant of syncmodelcheck.cpp must hold.
//
// Replay a failure: TANDEM_TEST_SEED=<seed printed> TANDEM_MODEL_STEPS=<steps> tst_syncmodel
#include "syncmodel.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

class TestSyncModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void testRandomRoundsKeepBothSidesInStep();
};

namespace {

// One model: steps, a clean sync and the invariants every few steps and at the end.
QString runModel(quint32 seed, int serial, int steps, QStringList *log)
{
    SyncModel model(seed, serial);
    QString failure;
    QRandomGenerator rhythm(seed ^ 0x5eedu);
    for (int i = 0; i < steps && failure.isEmpty(); ++i) {
        model.step();
        if (rhythm.bounded(12) == 0)
            failure = model.settleAndCheck();
    }
    if (failure.isEmpty())
        failure = model.settleAndCheck();
    *log = model.log();
    return failure;
}

} // namespace

void TestSyncModel::testRandomRoundsKeepBothSidesInStep()
{
    const QByteArray fixedSeed = qgetenv("TANDEM_TEST_SEED");
    const int steps = qEnvironmentVariableIsSet("TANDEM_MODEL_STEPS")
        ? qEnvironmentVariableIntValue("TANDEM_MODEL_STEPS")
        : 400;
    // Without a fixed seed: a fresh one per model, several models (each with its own switches)
    // until the time budget is used.
    const int models = fixedSeed.isEmpty() ? 8 : 1;
    QElapsedTimer budget;
    budget.start();
    for (int m = 0; m < models && budget.elapsed() < 20'000; ++m) {
        const quint32 seed = fixedSeed.isEmpty() ? QRandomGenerator::global()->generate()
                                                 : fixedSeed.toUInt();
        QStringList log;
        const QString failure = runModel(seed, m, steps, &log);
        if (!failure.isEmpty()) {
            for (const QString &line : log)
                qWarning().noquote() << line;
            QFAIL(qPrintable(QStringLiteral("%1\nreplay: TANDEM_TEST_SEED=%2 TANDEM_MODEL_STEPS=%3")
                                 .arg(failure)
                                 .arg(seed)
                                 .arg(steps)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSyncModel)
#include "tst_syncmodel.moc"
