#pragma once

#include "sandbox/crmcollection.h"
#include "sandbox/sandboxbackend.h"

#include <QRandomGenerator>

namespace Tandem::Sandbox {

// The REST calls on one CRMOffice collection (contacts or companies): list changed, get,
// create, PATCH (JSON merge patch under If-Match) and DELETE, answering as the contract says.
// updatedAt comes from a clock that never repeats a millisecond, so list order is change order.
class CrmResources
{
public:
    CrmResources(CrmKind kind, const QString &collectionPath, const QString &idPrefix);

    Response list(const Request &request);
    Response get(const QString &id) const;
    Response create(const Request &request);
    Response patch(const QString &id, const Request &request);
    Response remove(const QString &id, const Request &request);

    void setNormalizePhones(bool normalize) { m_normalizePhones = normalize; }
    // Adds a record as if created now; no validation (seeded data is valid by construction).
    CrmRecord insert(const QJsonObject &fields);
    void clear(quint32 idSeed);
    CrmCollection &collection() { return m_collection; }

private:
    enum class Precondition { Missing, Matches, Stale };

    Response recordAnswer(int status, const CrmRecord &record) const;
    static Precondition checkIfMatch(const Request &request, const CrmRecord &record);
    qint64 now();
    QString newId();

    CrmKind m_kind;
    QString m_collectionPath; // "/api/v1/contacts"
    QString m_idPrefix; // "c_"
    bool m_normalizePhones = false;
    CrmCollection m_collection;
    QRandomGenerator m_ids;
    qint64 m_lastTimestamp = 0;
};

} // namespace Tandem::Sandbox
