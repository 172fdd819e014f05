#pragma once

#include "tests/crash/crashedits.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace Tandem::Test {

// What must hold once the runs after the kills have finished, read from the services over
// HTTP and from the store through tandem-cli. Each check returns its problems, one sentence
// each: empty when all is well.
class CrashCheck
{
public:
    // `links` and `conflicts` are `links --json` and `conflicts --json`.
    CrashCheck(CliBed &bed, const QJsonArray &links, const QJsonArray &conflicts);

    // Every Wix record has exactly one live partner holding the same mapped values (unless that
    // field is an open conflict), no partner is shared, and the only unlinked CRMOffice records
    // are `unlinkedCrm` (there before the first sync, matching nothing): no duplicates.
    QStringList pairs(const CrashFlow &flow, const QSet<QString> &unlinkedCrm);
    // Pairs that existed before the first sync were linked, not copied: Wix id -> CRMOffice id.
    QStringList premadeLinked(const QHash<QString, QString> &wixToCrm);
    // The last edit of every field is on both sides, or that field is an open conflict between
    // edits made on both sides.
    QStringList editsKept(const CrashEditor &editor);

private:
    const QJsonObject *openConflict(const QString &flow, const QString &wixId,
                                    const QString &wixField) const;
    QHash<QString, Record> &records(const CrashFlow &flow, bool wix);

    CliBed &m_bed;
    QHash<QString, QHash<QString, QJsonObject>> m_links; // flow -> Wix id -> link
    QList<QJsonObject> m_open; // open conflicts
    QHash<QString, QHash<QString, Record>> m_records; // "wix:products" -> id -> record
};

} // namespace Tandem::Test
