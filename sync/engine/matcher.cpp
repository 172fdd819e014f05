#include "sync/engine/matcher.h"

#include "sync/engine/matchkey.h"
#include "sync/engine/recorddecision.h"

namespace Tandem {

Matcher::Matcher(const Flow &flow, Normalizer normalizer)
    : m_flow(flow)
    , m_normalizer(std::move(normalizer))
    , m_index(flow.matchKey.size())
{}

QString Matcher::key(const MatchRule &rule, const Record &record, Side side) const
{
    const QStringList &paths = side == Side::Wix ? rule.wixPaths : rule.crmPaths;
    QStringList parts;
    bool any = false;
    for (const QString &p : paths) {
        const QString part = m_normalizer(p, record.fields.value(p));
        any = any || !part.isEmpty();
        parts.append(part);
    }
    return any ? parts.join(QChar(0x1f)) : QString();
}

QList<int> Matcher::pairsOf(const MatchRule &rule) const
{
    QList<int> out;
    for (int i = 0; i < m_flow.pairs.size(); ++i) {
        if (rule.wixPaths.contains(m_flow.pairs[i].wixPath)
            && rule.crmPaths.contains(m_flow.pairs[i].crmPath))
            out.append(i);
    }
    return out;
}

void Matcher::addCandidates(Side side, const QList<const Record *> &records)
{
    QList<const Record *> sorted = records;
    std::sort(sorted.begin(), sorted.end(),
              [](const Record *a, const Record *b) { return a->id < b->id; });
    for (int r = 0; r < m_flow.matchKey.size(); ++r) {
        for (const Record *rec : sorted) {
            const QString k = key(m_flow.matchKey[r], *rec, side);
            if (!k.isEmpty())
                m_index[r][side][k].append(rec);
        }
    }
}

Matcher::Match Matcher::take(const Record &record, Side recordSide)
{
    const Side other = otherSide(recordSide);
    for (int r = 0; r < m_flow.matchKey.size(); ++r) {
        if (m_index[r][other].isEmpty())
            continue; // nothing to find (a first sync into an empty side): no key to make
        const QString k = key(m_flow.matchKey[r], record, recordSide);
        if (k.isEmpty())
            continue;
        auto it = m_index[r][other].find(k);
        if (it == m_index[r][other].end())
            continue;
        const Record *found = nullptr;
        while (!it->isEmpty() && !found) {
            const Record *candidate = it->takeFirst();
            if (!m_taken.contains(candidate))
                found = candidate;
        }
        if (!found)
            continue;
        m_taken.insert(found); // another rule's index may still list it
        return {found, pairsOf(m_flow.matchKey[r])};
    }
    return {};
}

Matcher::Normalizer Matcher::defaultNormalizer(const QString &phoneRegion)
{
    return [phoneRegion](const QString &path, const QJsonValue &value) {
        return MatchKey::normalize(path, value, phoneRegion);
    };
}

} // namespace Tandem
