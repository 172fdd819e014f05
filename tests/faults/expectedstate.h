#pragma once

#include "tests/faults/faultsbed.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Tandem::Test {

// What both sides must hold once the runs have converged: for every Wix record of each flow,
// its mapped values by Wix path, after every edit the user made on either side. The CRM
// records that were there before the first sync are the only ones allowed to stay unlinked.
class ExpectedState
{
public:
    explicit ExpectedState(FaultsBed &bed);

    // Takes what the sides hold before the first sync as the expectation.
    void capture();
    // A user edit of the mapped values, given by Wix path, whichever side it was made on.
    void edited(const QString &flowId, const QString &wixId, const QJsonObject &byWixPath);
    // The user deleted one record of a linked pair: the partner must go too.
    void deleted(const QString &flowId, const QString &wixId, const QString &crmId);
    // Whether both records of the link are meant to live on (neither was deleted).
    bool isLive(const QString &flowId, const Link &link) const;

    // Everything that differs from the expectation, one sentence each; empty when converged.
    QStringList problems();

private:
    void checkFlow(const Flow &flow, QStringList &out);

    FaultsBed &m_bed;
    QHash<QString, QHash<QString, QJsonObject>> m_expected; // flow -> Wix id -> values
    QHash<QString, QSet<QString>> m_crmBefore; // flow -> CRM ids before sync
    QHash<QString, QSet<QString>> m_crmGone; // flow -> CRM ids the user deleted
};

} // namespace Tandem::Test
