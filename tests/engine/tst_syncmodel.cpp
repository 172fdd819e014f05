// The stateful randomized model test (docs/architecture.md#testing): random creates, edits,
// deletes, concurrent edits, conflict decisions, failing writes, crashes and cancels between
// syncs; after each clean sync every invariant of syncmodelcheck.cpp must hold.
//
// ctest runs fixed seeds: every seed that ever failed, and a few more. Fresh seeds run on
// demand and print their replay line on failure:
//   TANDEM_MODEL_RUNS=200 tst_syncmodel              (200 fresh models)
//   TANDEM_TEST_SEED=<seed> TANDEM_MODEL_STEPS=<steps> tst_syncmodel   (replay one)
#include "tests/engine/syncmodel.h"

#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

// Seeds that once failed (with 400 steps unless noted); they stay here for good.
const QList<quint32> kRegressionSeeds = {
    1913564298u, // a link made from the journal of a crashed run kept no token for its source
    3725708136u, // an edit beside a deletion that waits for a person was read as lost
    1334084570u, // a source edited back after an update whose answer was lost kept its old base
    2334844358u, // the same, a phone cleared on Wix
    49610928u, // the same, a first name
    // A source edited after the crash of the run that created its partner: the link made
    // from the journal took the edit's token with the old base, so the edit was never sent.
    250785821u,
    3982342312u,
    2153747916u,
};
// A few more, so the default run covers every kind of step.
const QList<quint32> kFixedSeeds = {1u, 2u, 3u, 20261204u, 4242u, 777u};

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

class TestSyncModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void testRandomRoundsKeepBothSidesInStep_data();
    void testRandomRoundsKeepBothSidesInStep();
};

void TestSyncModel::testRandomRoundsKeepBothSidesInStep_data()
{
    QTest::addColumn<quint32>("seed");
    QList<quint32> seeds = kRegressionSeeds + kFixedSeeds;
    if (qEnvironmentVariableIsSet("TANDEM_TEST_SEED"))
        seeds = {qEnvironmentVariable("TANDEM_TEST_SEED").toUInt()};
    if (const int fresh = qEnvironmentVariableIntValue("TANDEM_MODEL_RUNS"); fresh > 0) {
        seeds.clear();
        for (int i = 0; i < fresh; ++i)
            seeds.append(QRandomGenerator::global()->generate());
    }
    for (quint32 seed : std::as_const(seeds))
        QTest::addRow("seed %u", seed) << seed;
}

void TestSyncModel::testRandomRoundsKeepBothSidesInStep()
{
    QFETCH(quint32, seed);
    const int steps = qEnvironmentVariableIsSet("TANDEM_MODEL_STEPS")
        ? qEnvironmentVariableIntValue("TANDEM_MODEL_STEPS")
        : 400;
    static int serial = 0;
    QStringList log;
    const QString failure = runModel(seed, serial++, steps, &log);
    if (!failure.isEmpty()) {
        for (const QString &line : std::as_const(log))
            qWarning().noquote() << line;
    }
    QVERIFY2(failure.isEmpty(),
             qPrintable(QStringLiteral("%1\nreplay: TANDEM_TEST_SEED=%2 TANDEM_MODEL_STEPS=%3 "
                                       "tst_syncmodel")
                            .arg(failure)
                            .arg(seed)
                            .arg(steps)));
}

QTEST_GUILESS_MAIN(TestSyncModel)
#include "tst_syncmodel.moc"
