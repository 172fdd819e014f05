#pragma once

#include "sync/model/mapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Tandem {

// Reads a mapping from its JSON form, stopping at the first error, which names the JSON path.
class MappingJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::MappingJsonReader)

public:
    std::optional<Mapping> read(const QJsonObject &json);
    QString error() const { return m_error; }

private:
    std::optional<Flow> readFlow(const QJsonObject &json, const QString &path);
    bool readFlowEnums(const QJsonObject &json, const QString &path, Flow *flow);
    std::optional<PropertyPair> readPair(const QJsonValue &json, const QString &path);
    std::optional<MatchRule> readRule(const QJsonValue &json, const QString &path);

    bool checkKeys(const QJsonObject &json, const QStringList &allowed, const QString &path);
    bool readString(const QJsonObject &json, const QString &key, const QString &path, bool required,
                    QString *out);
    bool readStringList(const QJsonObject &json, const QString &key, const QString &path,
                        bool required, QStringList *out);
    bool readArray(const QJsonObject &json, const QString &key, const QString &path, bool required,
                   QJsonArray *out);
    template<typename Enum, typename Parse>
    bool readEnum(const QJsonObject &json, const QString &key, const QString &path,
                  const char *what, Parse parse, bool required, Enum *out);
    bool fail(const QString &path, const QString &message);

    QString m_error;
};

} // namespace Tandem
