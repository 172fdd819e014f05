#include "sync/model/mappingjson.h"

#include "sync/model/mappingenums.h"
#include "sync/model/mappingjsonreader.h"
#include "sync/model/modellogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Tandem {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QJsonObject pairToJson(const PropertyPair &pair)
{
    return QJsonObject{{QStringLiteral("wix"), pair.wixPath},
                       {QStringLiteral("crm"), pair.crmPath},
                       {QStringLiteral("type"), dataTypeName(pair.type)},
                       {QStringLiteral("origin"), pairOriginName(pair.origin)},
                       {QStringLiteral("direction"), pairDirectionName(pair.direction)}};
}

QJsonObject flowToJson(const Flow &flow)
{
    QJsonArray rules;
    for (const MatchRule &rule : flow.matchKey) {
        rules.append(
            QJsonObject{{QStringLiteral("wix"), QJsonArray::fromStringList(rule.wixPaths)},
                        {QStringLiteral("crm"), QJsonArray::fromStringList(rule.crmPaths)}});
    }
    QJsonArray pairs;
    for (const PropertyPair &pair : flow.pairs)
        pairs.append(pairToJson(pair));
    return QJsonObject{{QStringLiteral("id"), flow.id},
                       {QStringLiteral("sourceSystem"), flow.sourceSystem},
                       {QStringLiteral("sourceCollection"), flow.sourceCollection},
                       {QStringLiteral("targetSystem"), flow.targetSystem},
                       {QStringLiteral("targetCollection"), flow.targetCollection},
                       {QStringLiteral("creation"), creationDirectionName(flow.creation)},
                       {QStringLiteral("conflictPolicy"), conflictPolicyName(flow.conflictPolicy)},
                       {QStringLiteral("deletionPolicy"), deletionPolicyName(flow.deletionPolicy)},
                       {QStringLiteral("matchKey"), rules},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(flow.notes)}};
}

} // namespace

QJsonObject mappingToJson(const Mapping &mapping)
{
    QJsonArray flows;
    for (const Flow &flow : mapping.flows)
        flows.append(flowToJson(flow));
    return QJsonObject{{QStringLiteral("version"), MappingFileVersion},
                       {QStringLiteral("flows"), flows}};
}

std::optional<Mapping> mappingFromJson(const QJsonObject &json, QString *error)
{
    MappingJsonReader reader;
    std::optional<Mapping> mapping = reader.read(json);
    if (!mapping)
        setError(error, reader.error());
    return mapping;
}

std::optional<Mapping> mappingFromJsonBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error,
                 MappingJsonReader::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        setError(error, MappingJsonReader::tr("expected a JSON object at the top level"));
        return std::nullopt;
    }
    return mappingFromJson(document.object(), error);
}

std::optional<Mapping> loadMappingFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(
            error,
            MappingJsonReader::tr("cannot read mapping file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString reason;
    std::optional<Mapping> mapping = mappingFromJsonBytes(file.readAll(), &reason);
    if (!mapping)
        setError(error, MappingJsonReader::tr("mapping file %1: %2").arg(path, reason));
    return mapping;
}

bool saveMappingFile(const Mapping &mapping, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error,
                 MappingJsonReader::tr("cannot write mapping file %1: %2")
                     .arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = QJsonDocument(mappingToJson(mapping)).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        setError(error,
                 MappingJsonReader::tr("cannot write mapping file %1: %2")
                     .arg(path, file.errorString()));
        return false;
    }
    return true;
}

Mapping defaultMapping()
{
    QString error;
    std::optional<Mapping> mapping =
        loadMappingFile(QStringLiteral(":/default-mapping.json"), &error);
    if (!mapping) {
        qCCritical(lcModel) << "the built-in default mapping is broken:" << error;
        return {};
    }
    return *mapping;
}

} // namespace Tandem
