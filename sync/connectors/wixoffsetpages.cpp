#include "sync/connectors/wixoffsetpages.h"

namespace Tandem {

WixOffsetPages::WixOffsetPages(WixApi &api, QString listKey, int pageSize)
    : m_api(api)
    , m_listKey(std::move(listKey))
    , m_pageSize(pageSize)
{}

std::optional<qint64> WixOffsetPages::totalOf(const QJsonObject &answer)
{
    const QJsonObject meta = answer.value(QStringLiteral("pagingMetadata")).toObject();
    const QJsonValue total = meta.value(QStringLiteral("total"));
    if (meta.value(QStringLiteral("tooManyToCount")).toBool() || !total.isDouble())
        return std::nullopt;
    return qint64(total.toDouble());
}

ConnectorResult<std::optional<QList<QJsonArray>>>
WixOffsetPages::read(const QJsonObject &query, const RequestMaker &toRequest)
{
    QList<QJsonArray> pages;
    std::optional<qint64> total;
    // Each page must answer the total the first one did, and hold what that total leaves it.
    const auto take = [&](const QList<qint64> &offsets) -> std::optional<ConnectorError> {
        QList<HttpRequest> requests;
        for (qint64 offset : offsets) {
            QJsonObject paged = query;
            paged.insert(QStringLiteral("paging"),
                         QJsonObject{{QStringLiteral("limit"), m_pageSize},
                                     {QStringLiteral("offset"), offset}});
            requests.append(toRequest(paged));
        }
        const QList<ConnectorResult<QJsonObject>> answers = m_api.callAll(requests);
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const ConnectorResult<QJsonArray> items =
                WixApi::listOf(answers[i], requests[i], m_listKey);
            if (!items.ok())
                return items.error;
            const std::optional<qint64> counted = totalOf(answers[i].value);
            if (!counted || (total && *counted != *total))
                return std::nullopt;
            total = counted;
            if (items.value.size() != std::clamp<qint64>(*total - offsets[i], 0, m_pageSize))
                return std::nullopt;
            pages.append(items.value);
        }
        return ConnectorError();
    };
    std::optional<ConnectorError> first = take({0});
    if (!first || !first->ok())
        return {std::nullopt, first.value_or(ConnectorError())};
    QList<qint64> rest;
    for (qint64 offset = m_pageSize; offset < *total; offset += m_pageSize)
        rest.append(offset);
    if (rest.isEmpty())
        return {pages, {}};
    std::optional<ConnectorError> others = take(rest);
    if (!others || !others->ok())
        return {std::nullopt, others.value_or(ConnectorError())};
    return {pages, {}};
}

} // namespace Tandem
