#include "wixproductsfieldstests.h"

#include "wixbackend.h"
#include "wixtestsupport.h"

#include <QTest>

namespace Tandem::Sandbox::Test {

namespace {

QJsonObject newProduct(const QString &name)
{
    const QJsonObject variant{{"choices", QJsonArray{}},
                              {"price", QJsonObject{{"actualPrice", QJsonObject{{"amount", "5"}}}}},
                              {"physicalProperties", QJsonObject{}}};
    return {{"name", name},
            {"productType", "PHYSICAL"},
            {"physicalProperties", QJsonObject{}},
            {"plainDescription", "<p>" + name + "</p>"},
            {"variantsInfo", QJsonObject{{"variants", QJsonArray{variant}}}}};
}

// One call of each kind that takes `fields`, asking for `fields` (absent when empty).
Answer callWith(WixBackend &wix, const QString &kind, const QString &id, const QJsonArray &fields)
{
    QJsonObject body;
    if (kind == "query")
        body = {{"query", QJsonObject{}}};
    else if (kind == "create")
        body = {{"product", newProduct("Made")}};
    else if (kind == "update")
        body = {{"product", QJsonObject{{"revision", "1"}, {"name", "Renamed"}}}};
    else if (kind == "bulk create")
        body = {{"products", QJsonArray{newProduct("Bulk")}}, {"returnEntity", true}};
    else if (kind == "bulk update")
        body = {{"products",
                 QJsonArray{QJsonObject{
                     {"product", QJsonObject{{"id", id}, {"revision", "1"}, {"name", "B"}}}}}},
                {"returnEntity", true}};
    if (!fields.isEmpty())
        body.insert("fields", fields);
    if (kind == "get") {
        QStringList query;
        for (const QJsonValue &field : fields)
            query.append("fields=" + field.toString());
        return call(wix, "GET",
                    "/stores/v3/products/" + id + (query.isEmpty() ? "" : "?" + query.join('&')));
    }
    if (kind == "query via GET")
        return call(wix, "GET",
                    "/stores/v3/products/query"
                        + dotR({{"query", QJsonObject{}}, {"fields", fields}}));
    const QString path = kind == "query" ? "/stores/v3/products/query"
        : kind == "create"               ? "/stores/v3/products"
        : kind == "update"               ? "/stores/v3/products/" + id
        : kind == "bulk create"          ? "/stores/v3/bulk/products/create"
                                         : "/stores/v3/bulk/products/update";
    return call(wix, kind == "update" ? "PATCH" : "POST", path, body);
}

} // namespace

void WixProductsFieldsTests::testEveryCallRefusesAFieldOutsideTheEnum_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"query", "query via GET", "get", "create", "update", "bulk create", "bulk update"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

// A property name ("id", what the V3 id scan once sent) is not a field group: 400 with Wix's
// validation error naming the place and the value, and nothing written.
void WixProductsFieldsTests::testEveryCallRefusesAFieldOutsideTheEnum()
{
    QFETCH(QString, kind);
    WixBackend wix({});
    const QString id = call(wix, "POST", "/stores/v3/products", {{"product", newProduct("Kept")}})
                           .object("product")
                           .value("id")
                           .toString();
    QVERIFY(!id.isEmpty());

    const Answer refused = callWith(wix, kind, id, {"PLAIN_DESCRIPTION", "id"});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json.value("message").toString().contains("fields[1]"),
             qPrintable(refused.json.value("message").toString()));
    const QJsonObject violation =
        refused.json["details"]["validationError"]["fieldViolations"].toArray().first().toObject();
    QCOMPARE(violation.value("field").toString(), QString("fields[1]"));
    QCOMPARE(violation["data"]["value"].toString(), QString("id"));
    QVERIFY(!refused.json["details"].toObject().contains("applicationError"));
    QCOMPARE(callWith(wix, kind, id, {"name"}).status, 400);
    const Answer listed =
        call(wix, "POST", "/stores/v3/products/query", {{"query", QJsonObject{}}});
    QCOMPARE(listed.array("products").size(), 1); // nothing created
    QCOMPARE(listed.array("products").at(0)["revision"].toString(), QString("1")); // nor updated

    const Answer accepted = callWith(wix, kind, id, {"PLAIN_DESCRIPTION", "THUMBNAIL"});
    QVERIFY2(accepted.status == 200, qPrintable(accepted.json.value("message").toString()));
}

void WixProductsFieldsTests::testFieldGroupsAddToTheAnswer()
{
    WixBackend wix({});
    const Answer created = call(wix, "POST", "/stores/v3/products",
                                {{"product", newProduct("Vase")}, {"fields", QJsonArray{"URL"}}});
    QCOMPARE(created.status, 200);
    QVERIFY(!created.object("product").contains("plainDescription"));
    const QString id = created.object("product").value("id").toString();

    const Answer listed = callWith(wix, "query", id, {});
    const QJsonObject plain = listed.array("products")[0].toObject();
    QVERIFY(plain.contains("id") && plain.contains("revision") && plain.contains("name"));
    QVERIFY(!plain.contains("plainDescription"));
    const QJsonObject described =
        callWith(wix, "query", id, {"PLAIN_DESCRIPTION"}).array("products")[0].toObject();
    QCOMPARE(described.value("plainDescription").toString(), QString("<p>Vase</p>"));
    QCOMPARE(described.value("name").toString(), QString("Vase")); // added to, not projected
    const Answer updated = call(wix, "PATCH", "/stores/v3/products/" + id,
                                {{"product", QJsonObject{{"revision", "1"}, {"name", "Urn"}}},
                                 {"fields", QJsonArray{"PLAIN_DESCRIPTION", "CURRENCY"}}});
    QCOMPARE(updated.object("product").value("plainDescription").toString(),
             QString("<p>Vase</p>"));
    QVERIFY(updated.object("product").contains("currency"));
}

} // namespace Tandem::Sandbox::Test
