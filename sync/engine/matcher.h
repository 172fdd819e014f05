#pragma once

#include "sync/model/mapping.h"
#include "sync/model/perside.h"
#include "sync/model/record.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Tandem {

// Finds, for an unlinked record on one side, an unlinked record on the other side with the
// same match key (docs/architecture.md#creation-and-matching): names compared normalised,
// phones in E.164 form. Each candidate is used once, so n equal records on each side pair up
// n to n.
class Matcher
{
public:
    // (path, value) -> the comparable form; empty = no usable value.
    using Normalizer = std::function<QString(const QString &path, const QJsonValue &value)>;

    Matcher(const Flow &flow, Normalizer normalizer);

    // The records that may be matched on `side` (unlinked ones only).
    void addCandidates(Side side, const QList<const Record *> &records);

    struct Match
    {
        const Record *record = nullptr;
        QList<int> pairs; // the flow's pair indices the key compared
    };
    // Takes the first candidate on the other side whose key equals the record's.
    Match take(const Record &record, Side recordSide);

    static Normalizer defaultNormalizer(const QString &phoneRegion);

private:
    QString key(const MatchRule &rule, const Record &record, Side side) const;
    QList<int> pairsOf(const MatchRule &rule) const;

    const Flow &m_flow;
    Normalizer m_normalizer;
    // per rule, per side: key -> candidates in id order
    QList<PerSide<QHash<QString, QList<const Record *>>>> m_index;
    QSet<const Record *> m_taken;
};

} // namespace Tandem
