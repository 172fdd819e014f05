#pragma once

#include "sync/model/mapping.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Tandem {

// The mapping file: {"version": 1, "flows": [...]}, enums as lowercase names
// (see mappingenums.h). Loading is strict: a wrong type, an unknown key or an unknown enum
// name is an error naming its JSON path, e.g.
// `flows[1].pairs[0].type: unknown data type "strng"`; nothing partial is returned.
constexpr int MappingFileVersion = 1;

QJsonObject mappingToJson(const Mapping &mapping);
std::optional<Mapping> mappingFromJson(const QJsonObject &json, QString *error);
std::optional<Mapping> mappingFromJsonBytes(const QByteArray &bytes, QString *error);

std::optional<Mapping> loadMappingFile(const QString &path, QString *error);
bool saveMappingFile(const Mapping &mapping, const QString &path, QString *error);

// The mapping Tandem ships (`:/default-mapping.json`): the Wix.com to CRMOffice dataflow
// document plus `name -> name` for products. An unreadable resource is a build defect: logged,
// and an empty mapping returned.
Mapping defaultMapping();

} // namespace Tandem
