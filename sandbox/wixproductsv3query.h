#pragma once

#include "sandbox/sandboxbackend.h"
#include "sandbox/wixfilter.h"

namespace Tandem::Sandbox {

class WixProductStore;
struct WixProduct;

// Catalog V3 product query (POST body or GET ?.r=): filter and sort objects, cursor paging.
// A cursor carries the filter, sort, limit and the sort values and id of the last product
// served, so the next page starts after that position however products change meanwhile:
// nothing is served twice unless it moved in the order (an updated product under an
// updatedDate sort comes again, later, as it should).
class WixProductsV3Query
{
public:
    explicit WixProductsV3Query(const WixProductStore &store);

    Response query(const QJsonObject &body) const;

    static const WixFields &fields();

private:
    struct Plan
    {
        QJsonObject filter;
        QJsonArray sort;
        int limit = 0;
        QJsonObject after; // sort field -> value of the last product served, plus "id"
    };
    bool plan(const QJsonObject &query, Plan *plan, Response *failure) const;
    static QString encodeCursor(const Plan &plan, const WixSort &sort, const WixProduct &last);

    const WixProductStore &m_store;
};

} // namespace Tandem::Sandbox
