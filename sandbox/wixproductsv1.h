#pragma once

#include "sandbox/sandboxbackend.h"
#include "sandbox/wixfilter.h"

namespace Tandem::Sandbox {

class WixProductStore;
struct WixProduct;

// Stores Catalog V1 routes over the shared product store: no revision (last writer wins),
// offset paging up to 100, hidden products only with includeHiddenProducts. Besides Wix's
// lastUpdated, products carry `updatedDate` (same value) so either name filters changes.
class WixProductsV1
{
public:
    explicit WixProductsV1(WixProductStore &store);

    Response create(const QJsonObject &body);
    Response get(const QString &id) const;
    Response update(const QString &id, const QJsonObject &body);
    Response remove(const QString &id);
    // POST /stores/v1/products/query: filter and sort are JSON inside strings.
    Response query(const QJsonObject &body) const;
    // /stores-reader/v1/products/query-platformized: filter and sort as objects.
    Response readerQuery(const QJsonObject &body) const;

    static QJsonObject toJson(const WixProduct &product);
    static const WixFields &fields();

private:
    Response runQuery(const QJsonObject &filter, const QJsonArray &sort, const QJsonObject &paging,
                      bool includeHidden) const;
    static QString apply(const QJsonObject &given, WixProduct *product);

    WixProductStore &m_store;
};

} // namespace Tandem::Sandbox
