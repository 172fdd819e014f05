#include "wixproductstests.h"

#include "wixbackend.h"
#include "wixtestsupport.h"

#include <QSet>
#include <QTest>

namespace Tandem::Sandbox::Test {

namespace {

QJsonObject v3Product(const QString &name, const QString &price = "10.00")
{
    const QJsonObject variant{
        {"choices", QJsonArray{}},
        {"price", QJsonObject{{"actualPrice", QJsonObject{{"amount", price}}}}},
        {"physicalProperties", QJsonObject{}}};
    return {{"name", name},
            {"productType", "PHYSICAL"},
            {"physicalProperties", QJsonObject{}},
            {"plainDescription", "<p>" + name + "</p>"},
            {"variantsInfo", QJsonObject{{"variants", QJsonArray{variant}}}}};
}

QJsonObject createV3(WixBackend &wix, const QString &name)
{
    const Answer answer = call(wix, "POST", "/stores/v3/products", {{"product", v3Product(name)}});
    if (answer.status != 200)
        qWarning() << "V3 create failed" << answer.json;
    return answer.object("product");
}

QJsonObject createV1(WixBackend &wix, const QJsonObject &product)
{
    const Answer answer = call(wix, "POST", "/stores/v1/products", {{"product", product}});
    if (answer.status != 200)
        qWarning() << "V1 create failed" << answer.json;
    return answer.object("product");
}

Answer v3Query(WixBackend &wix, const QJsonObject &query, const QJsonArray &fields = {})
{
    QJsonObject body{{"query", query}};
    if (!fields.isEmpty())
        body.insert("fields", fields);
    return call(wix, "POST", "/stores/v3/products/query", body);
}

QJsonObject sortBy(const char *field, const char *order = "ASC")
{
    return {{"fieldName", QLatin1String(field)}, {"order", QLatin1String(order)}};
}

QStringList names(const QJsonArray &products)
{
    QStringList result;
    for (const QJsonValue &product : products)
        result.append(product["name"].toString());
    return result;
}

} // namespace

void WixProductsTests::testCatalogVersion()
{
    for (const auto &[catalog, name] :
         {std::pair{WixCatalog::V1, "V1_CATALOG"}, std::pair{WixCatalog::V3, "V3_CATALOG"},
          std::pair{WixCatalog::None, "STORES_NOT_INSTALLED"}}) {
        WixBackend wix({{}, {}, catalog});
        const Answer answer = call(wix, "GET", "/stores/v3/provision/version");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value("catalogVersion").toString(), QString::fromLatin1(name));
    }
    WixBackend wix({});
    QCOMPARE(wix.catalog(), WixCatalog::V3); // what a new site runs
    QCOMPARE(call(wix, makeRequest("GET", "/stores/v3/provision/version", {}, false)).status, 401);
}

void WixProductsTests::testWrongCatalogIs428()
{
    WixBackend v3({{}, {}, WixCatalog::V3});
    for (const auto &[method, target] :
         {std::pair<QByteArray, QString>{"POST", "/stores/v1/products/query"},
          {"GET", "/stores/v1/products/x"},
          {"GET", "/stores-reader/v1/products/x"},
          {"GET", "/stores-reader/v1/products/query-platformized"}}) {
        const Answer answer = call(v3, method, target);
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("CATALOG_V3_SITE_CALLING_CATALOG_V1_API"));
    }
    WixBackend v1({{}, {}, WixCatalog::V1});
    for (const QString &target : {QStringLiteral("/stores/v3/products/query"),
                                  QStringLiteral("/stores/v3/bulk/products/delete")}) {
        const Answer answer = call(v1, "POST", target, {{"productIds", QJsonArray{"x"}}});
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("CATALOG_V1_SITE_CALLING_CATALOG_V3_API"));
    }
    WixBackend none({{}, {}, WixCatalog::None});
    for (const QString &target : {QStringLiteral("/stores/v3/products/query"),
                                  QStringLiteral("/stores/v1/products/query")}) {
        const Answer answer = call(none, "POST", target);
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("STORES_NOT_INSTALLED"));
    }
    QCOMPARE(call(none, "POST", "/contacts/v4/contacts/query").status, 200); // contacts still run
}

void WixProductsTests::testCatalogSwitchKeepsProductIds()
{
    WixBackend wix({});
    wix.seed({.contacts = 0, .products = 6, .companies = 0, .randomSeed = 4});
    const QString made = createV3(wix, "Lysestake i messing").value("id").toString();
    const QStringList v3Ids =
        idsOf(v3Query(wix, {{"sort", QJsonArray{sortBy("createdDate")}}}).array("products"));
    QCOMPARE(v3Ids.size(), 7);
    QVERIFY(v3Ids.contains(made));

    QCOMPARE(call(wix, "POST", "/__sandbox/catalog", {{"catalog", "v1"}})
                 .json.value("catalog")
                 .toString(),
             QStringLiteral("v1"));
    QCOMPARE(
        call(wix, "GET", "/stores/v3/provision/version").json.value("catalogVersion").toString(),
        QStringLiteral("V1_CATALOG"));
    QCOMPARE(call(wix, "POST", "/stores/v3/products/query").status, 428);
    const Answer v1 = call(wix, "POST", "/stores/v1/products/query",
                           {{"query", QJsonObject{{"sort", "[{\"createdDate\": \"asc\"}]"}}},
                            {"includeHiddenProducts", true}});
    QCOMPARE(idsOf(v1.array("products")), v3Ids);
    const QJsonObject asV1 = call(wix, "GET", "/stores/v1/products/" + made).object("product");
    QCOMPARE(asV1.value("name").toString(), QStringLiteral("Lysestake i messing"));
    QCOMPARE(asV1["priceData"]["price"].toDouble(), 10.0);
    QCOMPARE(asV1.value("productType").toString(), QStringLiteral("physical"));

    // Edited under V1, then moved back to V3: same id, the edit visible, revision moved on.
    QCOMPARE(call(wix, "PATCH", "/stores/v1/products/" + made,
                  {{"product", QJsonObject{{"priceData", QJsonObject{{"price", 12.5}}}}}})
                 .status,
             200);
    wix.setCatalog(WixCatalog::V3);
    const QJsonObject back = call(wix, "GET", "/stores/v3/products/" + made).object("product");
    QCOMPARE(back["variantsInfo"]["variants"][0]["price"]["actualPrice"]["amount"].toString(),
             QStringLiteral("12.50"));
    QCOMPARE(back.value("revision").toString(), QStringLiteral("2"));
    QCOMPARE(call(wix, "POST", "/__sandbox/catalog", {{"catalog", "none"}}).status, 200);
    QCOMPARE(
        call(wix, "GET", "/stores/v3/provision/version").json.value("catalogVersion").toString(),
        QStringLiteral("STORES_NOT_INSTALLED"));
}

void WixProductsTests::testV1CreateGetUpdateDelete()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    QCOMPARE(
        call(wix, "POST", "/stores/v1/products", {{"product", QJsonObject{{"sku", "X"}}}}).status,
        400);
    QCOMPARE(call(wix, "POST", "/stores/v1/products",
                  {{"product", QJsonObject{{"name", "A"}, {"productType", "service"}}}})
                 .status,
             400);
    const QJsonObject created =
        createV1(wix,
                 {{"name", "Brunost 500 g"},
                  {"sku", "BR-500"},
                  {"productType", "physical"},
                  {"priceData", QJsonObject{{"price", 89.9}, {"currency", "NOK"}}}});
    const QString id = created.value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value("slug").toString(), QStringLiteral("brunost-500-g"));
    QCOMPARE(created.value("sku").toString(), QStringLiteral("BR-500"));
    QCOMPARE(created.value("visible").toBool(), true);
    QCOMPARE(created.value("lastUpdated"), created.value("updatedDate"));
    QCOMPARE(call(wix, "GET", "/stores/v1/products/" + id).object("product"), created);

    // No revision: two writers based on the same read both succeed, the last one wins.
    QCOMPARE(call(wix, "PATCH", "/stores/v1/products/" + id,
                  {{"product", QJsonObject{{"description", "first"}}}})
                 .status,
             200);
    const Answer second = call(wix, "PATCH", "/stores/v1/products/" + id,
                               {{"product", QJsonObject{{"description", "second"}, {"sku", ""}}}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object("product").value("description").toString(), QStringLiteral("second"));
    QVERIFY(!second.object("product").contains("sku"));
    QVERIFY(second.object("product").value("lastUpdated").toString()
            > created.value("lastUpdated").toString());
    QCOMPARE(call(wix, "PATCH", "/stores/v1/products/" + id,
                  {{"product", QJsonObject{{"name", QString(81, 'n')}}}})
                 .status,
             400);
    QCOMPARE(call(wix, "PATCH", "/stores/v1/products/missing", {{"product", QJsonObject{}}}).status,
             404);

    const Answer removed = call(wix, "DELETE", "/stores/v1/products/" + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json, QJsonObject{});
    QCOMPARE(call(wix, "GET", "/stores/v1/products/" + id).status, 404);
    QCOMPARE(call(wix, "DELETE", "/stores/v1/products/" + id).status, 404);
}

void WixProductsTests::testV1QueryStringFilterSortAndHidden()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    createV1(wix, {{"name", "Alpha"}, {"sku", "A-1"}});
    const QString hidden =
        createV1(wix, {{"name", "Beta"}, {"visible", false}}).value("id").toString();
    const QJsonObject gamma = createV1(wix, {{"name", "Gamma"}, {"sku", "G-1"}});
    const auto v1Query = [&](const QJsonObject &query, bool includeHidden) {
        return call(wix, "POST", "/stores/v1/products/query",
                    {{"query", query}, {"includeHiddenProducts", includeHidden}});
    };
    Answer answer = v1Query({}, false);
    QCOMPARE(names(answer.array("products")), (QStringList{"Alpha", "Gamma"}));
    QCOMPARE(answer.json.value("totalResults").toInt(), 2);
    QCOMPARE(answer.object("metadata"), (QJsonObject{{"items", 2}, {"offset", 0}}));
    answer = v1Query({{"sort", "[{\"name\": \"desc\"}]"}}, true);
    QCOMPARE(names(answer.array("products")), (QStringList{"Gamma", "Beta", "Alpha"}));
    answer = v1Query({{"filter", "{\"sku\": {\"$exists\": false}}"}}, true);
    QCOMPARE(idsOf(answer.array("products")), QStringList{hidden});
    const QString since =
        "{\"lastUpdated\": {\"$gte\": \"" + gamma.value("lastUpdated").toString() + "\"}}";
    QCOMPARE(names(v1Query({{"filter", since}}, true).array("products")), QStringList{"Gamma"});
    answer = v1Query({{"filter", "{\"name\": {\"$in\": [\"Alpha\", \"Beta\"]}}"},
                      {"paging", QJsonObject{{"limit", 1}, {"offset", 1}}}},
                     true);
    QCOMPARE(names(answer.array("products")), QStringList{"Beta"});
    QCOMPARE(answer.json.value("totalResults").toInt(), 2);
}

void WixProductsTests::testV1QueryErrors()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    const auto v1Query = [&](const QJsonObject &query) {
        return call(wix, "POST", "/stores/v1/products/query", {{"query", query}});
    };
    QCOMPARE(v1Query({{"filter", "{not json"}}).status, 400);
    QCOMPARE(v1Query({{"filter", QJsonObject{{"name", "A"}}}}).status, 400); // V1 wants a string
    QCOMPARE(v1Query({{"sort", "{\"name\": \"asc\"}"}}).status, 400);        // an array, encoded
    QCOMPARE(v1Query({{"paging", QJsonObject{{"limit", 101}}}}).status, 400);
    const Answer answer = v1Query({{"filter", "{\"colour\": \"red\"}"}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("colour"));
}

void WixProductsTests::testV1ReaderRoutes()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    const QString id = createV1(wix, {{"name", "Termos 1 l"}}).value("id").toString();
    createV1(wix, {{"name", "Treskål"}});
    createV1(wix, {{"name", "Skjult"}, {"visible", false}});
    QCOMPARE(call(wix, "GET", "/stores-reader/v1/products/" + id).object("product"),
             call(wix, "GET", "/stores/v1/products/" + id).object("product"));
    const QJsonObject request{
        {"query",
         QJsonObject{{"filter", QJsonObject{{"name", QJsonObject{{"$startsWith", "t"}}}}},
                     {"sort", QJsonArray{sortBy("name", "DESC")}},
                     {"paging", QJsonObject{{"limit", 10}, {"offset", 0}}}}}};
    const Answer viaGet =
        call(wix, "GET", "/stores-reader/v1/products/query-platformized" + dotR(request));
    QCOMPARE(viaGet.status, 200);
    QCOMPARE(names(viaGet.array("products")), (QStringList{"Treskål", "Termos 1 l"}));
    const Answer viaPost =
        call(wix, "POST", "/stores-reader/v1/products/query-platformized", request);
    QCOMPARE(viaPost.json, viaGet.json);
    QCOMPARE(call(wix, "GET", "/stores-reader/v1/products/query-platformized?.r=%%%").status, 400);
}

void WixProductsTests::testV3CreateValidation()
{
    WixBackend wix({});
    const auto refused = [&](const QJsonObject &product, const QString &field) {
        const Answer answer = call(wix, "POST", "/stores/v3/products", {{"product", product}});
        const QString violation =
            answer.object("details")["validationError"]["fieldViolations"][0]["field"].toString();
        return answer.status == 400 && violation == field;
    };
    QJsonObject product = v3Product("Ok");
    product.insert("name", QString(81, 'x'));
    QVERIFY(refused(product, "product.name"));
    product = v3Product("");
    QVERIFY(refused(product, "product.name"));
    product = v3Product("Ok");
    product.remove("physicalProperties");
    QVERIFY(refused(product, "product.physicalProperties"));
    product = v3Product("Ok");
    product.insert("variantsInfo", QJsonObject{{"variants", QJsonArray{}}});
    QVERIFY(refused(product, "product.variantsInfo.variants"));
    product = v3Product("Ok");
    product.insert("productType", "SERVICE");
    QVERIFY(refused(product, "product.productType"));
    product = v3Product("Ok", "ten");
    QVERIFY(refused(product, "product.variantsInfo.variants[0].price.actualPrice.amount"));
    QCOMPARE(v3Query(wix, {}).array("products").size(), 0);

    product = v3Product(QString(80, 'x'));
    product.insert("productType", "DIGITAL");
    product.remove("physicalProperties");
    QCOMPARE(call(wix, "POST", "/stores/v3/products", {{"product", product}}).status, 200);
    product = v3Product("Sko");
    product.insert("slug", QString(80, 'x'));
    const Answer clash = call(wix, "POST", "/stores/v3/products", {{"product", product}});
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.code(), QStringLiteral("DUPLICATE_SLUG_ERROR"));
}

void WixProductsTests::testV3UpdateChecksRevisionAndFixedFields()
{
    WixBackend wix({});
    const QJsonObject created = createV3(wix, "Fjellsko");
    const QString id = created.value("id").toString();
    QCOMPARE(created.value("revision").toString(), QStringLiteral("1"));
    const QString path = "/stores/v3/products/" + id;
    Answer answer =
        call(wix, "PATCH", path,
             {{"product", QJsonObject{{"id", id}, {"revision", "1"}, {"name", "Fjellsko Pro"}}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("product").value("revision").toString(), QStringLiteral("2"));
    QCOMPARE(answer.object("product").value("name").toString(), QStringLiteral("Fjellsko Pro"));
    QCOMPARE(answer.object("product").value("handle"),
             created.value("handle")); // untouched fields kept
    QVERIFY(answer.object("product").value("updatedDate").toString()
            > created.value("updatedDate").toString());

    answer = call(wix, "PATCH", path,
                  {{"product", QJsonObject{{"id", id}, {"revision", "1"}, {"name", "Stale"}}}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.code(), QStringLiteral("REVISION_MISMATCH"));
    answer = call(wix, "PATCH", path,
                  {{"product", QJsonObject{{"revision", "2"}, {"handle", "other"}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("product.handle"));
    answer = call(wix, "PATCH", path,
                  {{"product", QJsonObject{{"revision", "2"}, {"productType", "DIGITAL"}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("product.productType"));
    QCOMPARE(call(wix, "PATCH", path, {{"product", QJsonObject{{"name", "No revision"}}}}).status,
             400);
    QCOMPARE(
        call(wix, "PATCH", path, {{"product", QJsonObject{{"id", "other"}, {"revision", "2"}}}})
            .status,
        400);
    QCOMPARE(call(wix, "PATCH", "/stores/v3/products/missing",
                  {{"product", QJsonObject{{"revision", "1"}}}})
                 .status,
             404);
    QCOMPARE(call(wix, "GET", path).object("product").value("revision").toString(),
             QStringLiteral("2"));
}

void WixProductsTests::testV3GetAndDelete()
{
    WixBackend wix({});
    const QString id = createV3(wix, "Vaffeljern").value("id").toString();
    Answer answer = call(wix, "GET", "/stores/v3/products/" + id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("product")["variantsInfo"]["variants"].toArray().size(), 1);
    QVERIFY(!answer.object("product").contains("plainDescription"));
    answer = call(wix, "GET", "/stores/v3/products/" + id + "?fields=PLAIN_DESCRIPTION");
    QCOMPARE(answer.object("product").value("plainDescription").toString(),
             QStringLiteral("<p>Vaffeljern</p>"));
    answer = call(wix, "DELETE", "/stores/v3/products/" + id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json, QJsonObject{});
    QCOMPARE(call(wix, "GET", "/stores/v3/products/" + id).status, 404);
    QCOMPARE(call(wix, "DELETE", "/stores/v3/products/" + id).status, 404);
}

void WixProductsTests::testV3QueryFilterSortAndFieldGroups()
{
    WixBackend wix({});
    const QJsonObject a = createV3(wix, "Alpha");
    createV3(wix, "Beta");
    const QJsonObject c = createV3(wix, "Gamma");
    QCOMPARE(call(wix, "PATCH", "/stores/v3/products/" + a["id"].toString(),
                  {{"product", QJsonObject{{"revision", "1"}, {"visible", false}}}})
                 .status,
             200);
    Answer answer = v3Query(wix, {{"sort", QJsonArray{sortBy("updatedDate")}}});
    QCOMPARE(names(answer.array("products")), (QStringList{"Beta", "Gamma", "Alpha"}));
    QVERIFY(!answer.array("products")[0].toObject().contains("variantsInfo")); // no variant data
    answer = v3Query(wix, {{"filter", QJsonObject{{"visible", false}}}});
    QCOMPARE(names(answer.array("products")), QStringList{"Alpha"});
    answer = v3Query(
        wix, {{"filter", QJsonObject{{"updatedDate", QJsonObject{{"$gt", c["updatedDate"]}}}}}});
    QCOMPARE(names(answer.array("products")), QStringList{"Alpha"});
    answer = v3Query(
        wix,
        {{"filter",
          QJsonObject{
              {"$or",
               QJsonArray{QJsonObject{{"slug", QJsonObject{{"$startsWith", "gam"}}}},
                          QJsonObject{{"id", QJsonObject{{"$in", QJsonArray{a["id"]}}}}}}}}},
         {"sort", QJsonArray{sortBy("slug", "DESC")}}});
    QCOMPARE(names(answer.array("products")), (QStringList{"Gamma", "Alpha"}));
    answer = v3Query(
        wix, {{"filter", QJsonObject{{"handle", QJsonObject{{"$hasSome", QJsonArray{"beta"}}}}}}});
    QCOMPARE(names(answer.array("products")), QStringList{"Beta"});

    answer = v3Query(wix, {{"cursorPaging", QJsonObject{{"limit", 1}}}}, {"PLAIN_DESCRIPTION"});
    QVERIFY(answer.array("products")[0].toObject().contains("plainDescription"));
    QVERIFY(answer.array("products")[0].toObject().contains("name"));
}

void WixProductsTests::testV3QueryErrorsNameTheField()
{
    WixBackend wix({});
    Answer answer = v3Query(wix, {{"filter", QJsonObject{{"name", "Alpha"}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("name"));
    answer = v3Query(wix, {{"filter", QJsonObject{{"visible", QJsonObject{{"$gt", false}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("visible"));
    answer = v3Query(wix, {{"sort", QJsonArray{sortBy("handle")}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("handle"));
    QCOMPARE(v3Query(wix, {{"cursorPaging", QJsonObject{{"limit", 101}}}}).status, 400);
    QCOMPARE(v3Query(wix, {{"cursorPaging", QJsonObject{{"cursor", "bm90IGEgY3Vyc29y"}}}}).status,
             400);
    QCOMPARE(v3Query(wix, {{"filter", "visible"}}).status, 400);
}

void WixProductsTests::testV3QueryGetForm()
{
    WixBackend wix({});
    wix.seed({.contacts = 0, .products = 12, .companies = 0, .randomSeed = 9});
    const QJsonObject request{{"query",
                               QJsonObject{{"filter", QJsonObject{{"visible", true}}},
                                           {"sort", QJsonArray{sortBy("slug")}},
                                           {"cursorPaging", QJsonObject{{"limit", 5}}}}}};
    const Answer viaGet = call(wix, "GET", "/stores/v3/products/query" + dotR(request));
    QCOMPARE(viaGet.status, 200);
    QCOMPARE(viaGet.json, call(wix, "POST", "/stores/v3/products/query", request).json);
    QVERIFY(viaGet.array("products").size() > 0);
    QCOMPARE(call(wix, "GET", "/stores/v3/products/query?.r=!!").status, 400);
}

// Cursor paging sorted by createdDate: products created, edited or deleted between pages do
// not make the next page repeat or skip a product that is still there.
void WixProductsTests::testV3CursorPagingWhileRecordsChange()
{
    WixBackend wix({});
    QStringList created;
    for (int i = 0; i < 25; ++i)
        created.append(createV3(wix, QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')))
                           .value("id")
                           .toString());
    Answer page = v3Query(wix,
                          {{"filter", QJsonObject{{"visible", true}}},
                           {"sort", QJsonArray{sortBy("createdDate")}},
                           {"cursorPaging", QJsonObject{{"limit", 10}}}});
    QStringList seen = idsOf(page.array("products"));
    QCOMPARE(seen, created.mid(0, 10));
    QVERIFY(page.object("pagingMetadata").value("hasNext").toBool());
    QCOMPARE(page.object("pagingMetadata").value("count").toInt(), 10);

    // Between pages: delete a served and an unserved product, hide one, edit one, add one.
    QCOMPARE(call(wix, "DELETE", "/stores/v3/products/" + created[2]).status, 200);
    QCOMPARE(call(wix, "DELETE", "/stores/v3/products/" + created[15]).status, 200);
    QCOMPARE(call(wix, "PATCH", "/stores/v3/products/" + created[16],
                  {{"product", QJsonObject{{"revision", "1"}, {"visible", false}}}})
                 .status,
             200);
    QCOMPARE(call(wix, "PATCH", "/stores/v3/products/" + created[5],
                  {{"product", QJsonObject{{"revision", "1"}, {"name", "Edited"}}}})
                 .status,
             200);
    const QString late = createV3(wix, "Late").value("id").toString();
    while (page.object("pagingMetadata").value("hasNext").toBool()) {
        const QString cursor = page.object("pagingMetadata")["cursors"]["next"].toString();
        page = v3Query(wix, {{"cursorPaging", QJsonObject{{"cursor", cursor}}}});
        QCOMPARE(page.status, 200);
        seen += idsOf(page.array("products"));
    }
    QStringList expected = created;
    expected.removeOne(created[15]);
    expected.removeOne(created[16]);
    expected.removeOne(created[2]);
    expected.insert(2, created[2]); // served before its delete
    expected.append(late);
    QCOMPARE(seen, expected);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
}

void WixProductsTests::testV3BulkCreateWithOneFailingItem()
{
    WixBackend wix({});
    QJsonObject broken = v3Product("Broken");
    broken.remove("variantsInfo");
    const Answer answer =
        call(wix, "POST", "/stores/v3/bulk/products/create",
             {{"products", QJsonArray{v3Product("One"), broken, v3Product("Three")}},
              {"returnEntity", true}});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array("results");
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i)["itemMetadata"]["originalIndex"].toInt(), i);
    QCOMPARE(results.at(0)["itemMetadata"]["success"].toBool(), true);
    QCOMPARE(results.at(0)["item"]["name"].toString(), QStringLiteral("One"));
    QCOMPARE(results.at(0)["itemMetadata"]["id"], results.at(0)["item"]["id"]);
    QCOMPARE(results.at(1)["itemMetadata"]["success"].toBool(), false);
    QVERIFY(!results.at(1).toObject().contains("item"));
    QCOMPARE(results.at(1)["itemMetadata"]["error"]["code"].toString(),
             QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(
        results.at(1)["itemMetadata"]["error"]["description"].toString().contains("variantsInfo"));
    QCOMPARE(results.at(2)["itemMetadata"]["success"].toBool(), true);
    QCOMPARE(answer.object("bulkActionMetadata")["totalSuccesses"].toInt(), 2);
    QCOMPARE(answer.object("bulkActionMetadata")["totalFailures"].toInt(), 1);
    QCOMPARE(names(v3Query(wix, {{"sort", QJsonArray{sortBy("createdDate")}}}).array("products")),
             (QStringList{"One", "Three"}));
}

void WixProductsTests::testV3BulkUpdateAndDelete()
{
    WixBackend wix({});
    const QString a = createV3(wix, "A").value("id").toString();
    const QString b = createV3(wix, "B").value("id").toString();
    const QJsonArray updates{
        QJsonObject{{"product", QJsonObject{{"id", a}, {"revision", "1"}, {"name", "A2"}}}},
        QJsonObject{{"product", QJsonObject{{"id", b}, {"revision", "7"}, {"name", "B2"}}}}};
    Answer answer = call(wix, "POST", "/stores/v3/bulk/products/update",
                         {{"products", updates}, {"returnEntity", false}});
    QCOMPARE(answer.status, 200);
    QJsonArray results = answer.array("results");
    QCOMPARE(results.at(0)["itemMetadata"]["success"].toBool(), true);
    QVERIFY(!results.at(0).toObject().contains("item")); // returnEntity false
    QCOMPARE(results.at(1)["itemMetadata"]["error"]["code"].toString(),
             QStringLiteral("REVISION_MISMATCH"));
    QCOMPARE(results.at(1)["itemMetadata"]["id"].toString(), b);
    QCOMPARE(call(wix, "GET", "/stores/v3/products/" + a).object("product")["name"].toString(),
             QStringLiteral("A2"));
    QCOMPARE(call(wix, "GET", "/stores/v3/products/" + b).object("product")["name"].toString(),
             QStringLiteral("B"));

    answer = call(wix, "POST", "/stores/v3/bulk/products/delete",
                  {{"productIds", QJsonArray{a, "missing", b}}});
    results = answer.array("results");
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(1)["itemMetadata"]["success"].toBool(), false);
    QCOMPARE(results.at(1)["itemMetadata"]["error"]["code"].toString(),
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(answer.object("bulkActionMetadata")["totalSuccesses"].toInt(), 2);
    QCOMPARE(v3Query(wix, {}).array("products").size(), 0);
}

void WixProductsTests::testV3BulkLimits()
{
    WixBackend wix({});
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(v3Product(QStringLiteral("N%1").arg(i)));
    QCOMPARE(call(wix, "POST", "/stores/v3/bulk/products/create", {{"products", many}}).status,
             400);
    many.removeLast();
    const Answer answer =
        call(wix, "POST", "/stores/v3/bulk/products/create", {{"products", many}});
    QCOMPARE(answer.object("bulkActionMetadata")["totalSuccesses"].toInt(), 100);
    QCOMPARE(
        call(wix, "POST", "/stores/v3/bulk/products/delete", {{"productIds", QJsonArray{}}}).status,
        400);
    QCOMPARE(call(wix, "POST", "/stores/v3/bulk/products/update", {{"products", "x"}}).status, 400);
}

} // namespace Tandem::Sandbox::Test
