#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonArray>
#include <QStringList>

namespace Tandem::Sandbox {

class WixProductStore;
struct WixProduct;

// Catalog V3 product routes (create, get, update with string revision, delete, bulk) over the
// shared product store; each that takes `fields` refuses a value outside its enum. The query route
// lives in WixProductsV3Query.
class WixProductsV3
{
public:
    explicit WixProductsV3(WixProductStore &store);

    Response create(const QJsonObject &body);
    Response get(const QString &id, const QStringList &fields) const;
    Response update(const QString &id, const QJsonObject &body);
    Response remove(const QString &id);
    Response bulkCreate(const QJsonObject &body);
    Response bulkUpdate(const QJsonObject &body);
    Response bulkDelete(const QJsonObject &body);

    // `groups`: the requested field groups (WixRequestedFields) to add to the default answer.
    static QJsonObject toJson(const WixProduct &product, bool withVariants,
                              const QStringList &groups);

private:
    // The single-item operations; null with *failure set when the item is refused.
    WixProduct *createOne(const QJsonObject &given, Response *failure);
    WixProduct *updateOne(const QString &id, const QJsonObject &given, Response *failure);
    Response bulkAnswer(const QJsonArray &results, int failures) const;
    static QJsonObject bulkItem(int index, const QString &id, const WixProduct *product,
                                const Response &failure, bool returnEntity,
                                const QStringList &groups);

    WixProductStore &m_store;
};

} // namespace Tandem::Sandbox
