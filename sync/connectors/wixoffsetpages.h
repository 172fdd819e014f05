#pragma once

#include "sync/connectors/wixapi.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace Tandem {

// A Wix query read by offset with its pages side by side (docs/contracts/wix.md#contacts-v4):
// the first page answers how many records match, so the rest are asked for at once, up to the
// HTTP client's window. A record deleted while they are read shifts every later offset and
// could hide another, so every page must answer the first page's total and hold what that
// total leaves for it; when one does not, or Wix did not count, the read is no read (nullopt)
// and the caller pages by creation time instead, which no change can fool.
class WixOffsetPages
{
public:
    using RequestMaker = std::function<HttpRequest(const QJsonObject &query)>;

    WixOffsetPages(WixApi &api, QString listKey, int pageSize);

    // The items of every page, in order; nullopt as above; or the first call's error.
    ConnectorResult<std::optional<QList<QJsonArray>>> read(const QJsonObject &query,
                                                           const RequestMaker &toRequest);

    // How many records a query matches, as its answer says, unless Wix found too many to count.
    static std::optional<qint64> totalOf(const QJsonObject &answer);

private:
    WixApi &m_api;
    QString m_listKey; // "contacts"
    int m_pageSize;
};

} // namespace Tandem
