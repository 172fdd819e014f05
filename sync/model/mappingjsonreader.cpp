#include "sync/model/mappingjsonreader.h"

#include "sync/model/mappingenums.h"
#include "sync/model/mappingjson.h"

#include <QCoreApplication>
#include <QSet>

namespace Tandem {

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

} // namespace

std::optional<Mapping> MappingJsonReader::read(const QJsonObject &json)
{
    m_error.clear();
    if (!checkKeys(json, {QStringLiteral("version"), QStringLiteral("flows")}, QString()))
        return std::nullopt;
    if (json.contains(QLatin1String("version"))) {
        const QJsonValue version = json.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != version.toInt())
            return fail(QStringLiteral("version"), tr("expected a whole number")), std::nullopt;
        if (version.toInt() < 1 || version.toInt() > MappingFileVersion) {
            fail(QStringLiteral("version"),
                 tr("unsupported mapping file version %1 (this Tandem reads version %2)")
                     .arg(version.toInt())
                     .arg(MappingFileVersion));
            return std::nullopt;
        }
    }
    QJsonArray flows;
    if (!readArray(json, QStringLiteral("flows"), QString(), true, &flows))
        return std::nullopt;
    Mapping mapping;
    QSet<QString> ids;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const QString path = element(QStringLiteral("flows"), i);
        if (!flows.at(i).isObject())
            return fail(path, tr("expected an object")), std::nullopt;
        std::optional<Flow> flow = readFlow(flows.at(i).toObject(), path);
        if (!flow)
            return std::nullopt;
        if (ids.contains(flow->id)) {
            fail(child(path, QStringLiteral("id")), tr("duplicate flow id \"%1\"").arg(flow->id));
            return std::nullopt;
        }
        ids.insert(flow->id);
        mapping.flows.append(*flow);
    }
    return mapping;
}

std::optional<Flow> MappingJsonReader::readFlow(const QJsonObject &json, const QString &path)
{
    static const QStringList keys{QStringLiteral("id"),
                                  QStringLiteral("sourceSystem"),
                                  QStringLiteral("sourceCollection"),
                                  QStringLiteral("targetSystem"),
                                  QStringLiteral("targetCollection"),
                                  QStringLiteral("creation"),
                                  QStringLiteral("conflictPolicy"),
                                  QStringLiteral("deletionPolicy"),
                                  QStringLiteral("matchKey"),
                                  QStringLiteral("pairs"),
                                  QStringLiteral("notes")};
    Flow flow;
    QJsonArray pairs;
    QJsonArray rules;
    if (!checkKeys(json, keys, path)
        || !readString(json, QStringLiteral("id"), path, true, &flow.id)
        || !readString(json, QStringLiteral("sourceSystem"), path, false, &flow.sourceSystem)
        || !readString(json, QStringLiteral("sourceCollection"), path, true, &flow.sourceCollection)
        || !readString(json, QStringLiteral("targetSystem"), path, false, &flow.targetSystem)
        || !readString(json, QStringLiteral("targetCollection"), path, true, &flow.targetCollection)
        || !readFlowEnums(json, path, &flow)
        || !readArray(json, QStringLiteral("matchKey"), path, false, &rules)
        || !readArray(json, QStringLiteral("pairs"), path, false, &pairs)
        || !readStringList(json, QStringLiteral("notes"), path, false, &flow.notes))
        return std::nullopt;
    if (flow.id.trimmed().isEmpty())
        return fail(child(path, QStringLiteral("id")), tr("a flow id must not be empty")),
               std::nullopt;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        std::optional<MatchRule> rule =
            readRule(rules.at(i), element(child(path, QStringLiteral("matchKey")), i));
        if (!rule)
            return std::nullopt;
        flow.matchKey.append(*rule);
    }
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        std::optional<PropertyPair> pair =
            readPair(pairs.at(i), element(child(path, QStringLiteral("pairs")), i));
        if (!pair)
            return std::nullopt;
        flow.pairs.append(*pair);
    }
    return flow;
}

bool MappingJsonReader::readFlowEnums(const QJsonObject &json, const QString &path, Flow *flow)
{
    return readEnum(json, QStringLiteral("creation"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "creation direction"),
                    creationDirectionFromName, false, &flow->creation)
        && readEnum(json, QStringLiteral("conflictPolicy"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "conflict policy"),
                    conflictPolicyFromName, false, &flow->conflictPolicy)
        && readEnum(json, QStringLiteral("deletionPolicy"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "deletion policy"),
                    deletionPolicyFromName, false, &flow->deletionPolicy);
}

std::optional<PropertyPair> MappingJsonReader::readPair(const QJsonValue &value,
                                                        const QString &path)
{
    if (!value.isObject())
        return fail(path, tr("expected an object")), std::nullopt;
    const QJsonObject json = value.toObject();
    PropertyPair pair;
    const bool ok = checkKeys(json,
                              {QStringLiteral("wix"), QStringLiteral("crm"), QStringLiteral("type"),
                               QStringLiteral("origin"), QStringLiteral("direction")},
                              path)
        && readString(json, QStringLiteral("wix"), path, true, &pair.wixPath)
        && readString(json, QStringLiteral("crm"), path, true, &pair.crmPath)
        && readEnum(json, QStringLiteral("type"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "data type"), dataTypeFromName,
                    true, &pair.type)
        && readEnum(json, QStringLiteral("origin"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "pair origin"),
                    pairOriginFromName, false, &pair.origin)
        && readEnum(json, QStringLiteral("direction"), path,
                    QT_TRANSLATE_NOOP("Tandem::MappingJsonReader", "pair direction"),
                    pairDirectionFromName, false, &pair.direction);
    if (!ok)
        return std::nullopt;
    return pair;
}

std::optional<MatchRule> MappingJsonReader::readRule(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(path, tr("expected an object")), std::nullopt;
    const QJsonObject json = value.toObject();
    MatchRule rule;
    if (!checkKeys(json, {QStringLiteral("wix"), QStringLiteral("crm")}, path)
        || !readStringList(json, QStringLiteral("wix"), path, true, &rule.wixPaths)
        || !readStringList(json, QStringLiteral("crm"), path, true, &rule.crmPaths))
        return std::nullopt;
    if (rule.wixPaths.size() != rule.crmPaths.size()) {
        fail(path,
             tr("a match rule needs as many wix paths as crm paths (%1 and %2)")
                 .arg(rule.wixPaths.size())
                 .arg(rule.crmPaths.size()));
        return std::nullopt;
    }
    return rule;
}

bool MappingJsonReader::checkKeys(const QJsonObject &json, const QStringList &allowed,
                                  const QString &path)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(
                child(path, it.key()),
                tr("unknown key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    return true;
}

bool MappingJsonReader::readString(const QJsonObject &json, const QString &key, const QString &path,
                                   bool required, QString *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return !required || fail(child(path, key), tr("missing"));
    if (!value.isString())
        return fail(child(path, key), tr("expected a string"));
    *out = value.toString();
    return true;
}

bool MappingJsonReader::readStringList(const QJsonObject &json, const QString &key,
                                       const QString &path, bool required, QStringList *out)
{
    QJsonArray array;
    if (!readArray(json, key, path, required, &array))
        return false;
    out->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(element(child(path, key), i), tr("expected a string"));
        out->append(array.at(i).toString());
    }
    return true;
}

bool MappingJsonReader::readArray(const QJsonObject &json, const QString &key, const QString &path,
                                  bool required, QJsonArray *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return !required || fail(child(path, key), tr("missing"));
    if (!value.isArray())
        return fail(child(path, key), tr("expected an array"));
    *out = value.toArray();
    return true;
}

template<typename Enum, typename Parse>
bool MappingJsonReader::readEnum(const QJsonObject &json, const QString &key, const QString &path,
                                 const char *what, Parse parse, bool required, Enum *out)
{
    QString name;
    if (!readString(json, key, path, required, &name))
        return false;
    if (!json.contains(key))
        return true;
    const std::optional<Enum> value = parse(name);
    if (!value)
        return fail(child(path, key), tr("unknown %1 \"%2\"").arg(tr(what), name));
    *out = *value;
    return true;
}

bool MappingJsonReader::fail(const QString &path, const QString &message)
{
    m_error = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
    return false;
}

} // namespace Tandem
