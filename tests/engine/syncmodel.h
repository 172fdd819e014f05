#pragma once

// The stateful randomized model of tst_syncmodel (after vdirsyncer's SyncMachine): random user
// rules on both in-memory services, syncs that fail, crash or get cancelled, and the invariants
// a clean sync must leave behind.
#include "tests/engine/enginebed.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace Tandem::Test {

// Thrown from a connector hook: the process dies right there (nothing after it runs).
struct CrashNow
{
};

// A user's edit that a clean sync must not lose: still on its record, and on the partner
// unless an open conflict explains the difference.
struct PendingEdit
{
    Side side = Side::Wix;
    QString id;
    int pair = 0;
    QJsonValue value;
};

class SyncModel
{
public:
    SyncModel(quint32 seed, int serial);

    void step();
    // Syncs without faults (again while the deletion guard or an interrupted run needs it),
    // then checks every invariant. Returns what is wrong, empty when all hold.
    QString settleAndCheck();
    const QStringList &log() const { return m_log; }
    int cleanChecks() const { return m_checks; }

private:
    enum class Ending { Normal, Crash, Cancel };

    // User rules.
    void createRecord(Side side);
    void editRecord(Side side);
    void concurrentEdit();
    void deleteRecord(Side side);
    void resolveConflict();
    // Sync rules.
    void syncWithFaults();
    void syncInterrupted(Ending ending);
    RunSummary sync(bool force, Ending ending = Ending::Normal, int writesBefore = 0,
                    bool afterTheWrite = false);
    void reopenStore();

    void userEdit(Side side, const QString &id, int pair, const QJsonValue &value);
    void forgetEditsSupersededBy(Side side, const QString &id, int pair);
    bool engineCanSeeEdit(Side side, const QString &id, int pair) const;
    std::optional<QString> pickRecord(Side side);
    QJsonValue randomValue(int pair);
    QJsonObject randomContact(Side side);
    QJsonValue valueOf(Side side, const QString &id, int pair) const;
    bool agree(int pair, const QJsonValue &a, const QJsonValue &b) const;
    QString partnerOf(Side side, const QString &id) const;

    // Invariants (syncmodelcheck.cpp).
    QString checkLinks(const QList<Link> &links) const;
    QString checkCoverage(const QList<Link> &links) const;
    QString checkEdits(const QList<Link> &links) const;
    QString checkQuiet();

    MemoryConnector &side(Side s) { return s == Side::Wix ? m_bed.wix : m_bed.crm; }
    const MemoryConnector &side(Side s) const { return s == Side::Wix ? m_bed.wix : m_bed.crm; }
    void note(const QString &line)
    {
        m_log.append(QStringLiteral("%1: %2").arg(m_log.size()).arg(line));
    }

    QRandomGenerator m_rng;
    QString m_name;
    EngineBed m_bed;
    int m_generation = 0;
    QList<PendingEdit> m_edits;
    QSet<QString> m_userCreatedCrm;
    QHash<QString, QString> m_origin; // engine-made CRMOffice id -> the Wix id it copies
    QStringList m_log;
    int m_checks = 0;
    int m_valueSerial = 0;
    bool m_normalize = false;
};

} // namespace Tandem::Test
