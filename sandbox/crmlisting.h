#pragma once

#include "sandbox/crmcollection.h"

#include <QUrlQuery>

#include <limits>
#include <optional>

namespace Tandem::Sandbox {

// The parameters of a CRMOffice list call: updatedSince, includeDeleted, pageSize, pageToken.
struct CrmListQuery
{
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 500;

    qint64 updatedSince = std::numeric_limits<qint64>::min();
    bool includeDeleted = false;
    int pageSize = kDefaultPageSize; // larger requests are capped at kMaxPageSize
    std::optional<CrmCursor> after;

    // An empty string when the query reads; otherwise what is wrong, naming the parameter.
    static QString parse(const QUrlQuery &query, CrmListQuery *out);
};

// A page token is the (updatedAt, id) of the last item given out, base64url-encoded JSON.
namespace CrmPageToken {
QString encode(const CrmCursor &cursor);
bool decode(const QString &token, CrmCursor *cursor);
} // namespace CrmPageToken

} // namespace Tandem::Sandbox
