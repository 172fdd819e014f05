#pragma once

#include "sync/connectors/connector.h"
#include "sync/connectors/httpclient.h"

#include <QCoreApplication>

namespace Tandem {

// What every Wix call shares: JSON in, 200 + JSON out, and Wix's error shape
// {"message", "details": {"applicationError": {"code", "description"}}} turned into a typed
// ConnectorError that names the call.
class WixApi
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixApi)

public:
    explicit WixApi(HttpClient &http)
        : m_http(http)
    {}

    HttpClient &http() { return m_http; }

    static HttpRequest request(const QByteArray &method, const QString &path,
                               const QJsonObject &body = {});
    // A POST that makes a record: never sent twice, a retry could make two.
    static HttpRequest createRequest(const QString &path, const QJsonObject &body);
    // The answer's JSON object when the call returned 200, else the typed error.
    ConnectorResult<QJsonObject> call(const HttpRequest &request);
    // The same for each request, sent side by side (HttpClient::sendAll), in the order asked.
    QList<ConnectorResult<QJsonObject>> callAll(const QList<HttpRequest> &requests);
    // applicationError.code of a failed answer ("STORES_NOT_INSTALLED", ...), if any.
    static QString applicationCode(const QByteArray &body);
    static ConnectorError errorOf(const HttpRequest &request, const HttpResponse &response);
    // The record under `key` in an answer ("contact", "product"): the answer's error, or a
    // Malformed one naming the call when the object or its id is missing.
    static ConnectorResult<QJsonObject> entityOf(const ConnectorResult<QJsonObject> &answer,
                                                 const HttpRequest &request, const QString &key);
    // The list under `key` in an answer ("contacts", "products"), likewise.
    static ConnectorResult<QJsonArray> listOf(const ConnectorResult<QJsonObject> &answer,
                                              const HttpRequest &request, const QString &key);
    // A client's wire form of a record ("contact", "product") as a Record.
    using RecordMaker = Record (*)(const QJsonObject &);
    // The record under `key` in an answer, made by `toRecord`; else the answer's error.
    static ConnectorResult<Record> recordOf(const ConnectorResult<QJsonObject> &answer,
                                            const HttpRequest &request, const QString &key,
                                            RecordMaker toRecord);
    // The shape every Wix collection shares for one record: a get, create or update answering
    // the record under `key`, and a delete answering nothing of use.
    ConnectorResult<Record> callForRecord(const HttpRequest &request, const QString &key,
                                          RecordMaker toRecord);
    ConnectorError remove(const QString &path);

private:
    HttpClient &m_http;
};

} // namespace Tandem
