#include "tests/sandbox/wixproductstests.h"

#include "sandbox/wixbackend.h"
#include "tests/sandbox/wixtestsupport.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::Test {

namespace {

QJsonObject v3Product(const QString &name, const QString &price = u"10.00"_s)
{
    const QJsonObject variant{
        {u"choices"_s, QJsonArray{}},
        {u"price"_s, QJsonObject{{u"actualPrice"_s, QJsonObject{{u"amount"_s, price}}}}},
        {u"physicalProperties"_s, QJsonObject{}}};
    return {{u"name"_s, name},
            {u"productType"_s, u"PHYSICAL"_s},
            {u"physicalProperties"_s, QJsonObject{}},
            {u"plainDescription"_s, QString(u"<p>"_s + name + u"</p>"_s)},
            {u"variantsInfo"_s, QJsonObject{{u"variants"_s, QJsonArray{variant}}}}};
}

QJsonObject createV3(WixBackend &wix, const QString &name)
{
    const Answer answer =
        call(wix, "POST"_ba, u"/stores/v3/products"_s, {{u"product"_s, v3Product(name)}});
    if (answer.status != 200)
        qWarning() << u"V3 create failed"_s << answer.json;
    return answer.object("product");
}

QJsonObject createV1(WixBackend &wix, const QJsonObject &product)
{
    const Answer answer = call(wix, "POST"_ba, u"/stores/v1/products"_s, {{u"product"_s, product}});
    if (answer.status != 200)
        qWarning() << u"V1 create failed"_s << answer.json;
    return answer.object("product");
}

Answer v3Query(WixBackend &wix, const QJsonObject &query, const QJsonArray &fields = {})
{
    QJsonObject body{{u"query"_s, query}};
    if (!fields.isEmpty())
        body.insert(u"fields"_s, fields);
    return call(wix, "POST"_ba, u"/stores/v3/products/query"_s, body);
}

QJsonObject sortBy(const QString &field, const QString &order = u"ASC"_s)
{
    return {{u"fieldName"_s, field}, {u"order"_s, order}};
}

QStringList names(const QJsonArray &products)
{
    QStringList result;
    for (const QJsonValue &product : products)
        result.append(product[u"name"_s].toString());
    return result;
}

} // namespace

void WixProductsTests::testCatalogVersion()
{
    for (const auto &[catalog, name] :
         {std::pair{WixCatalog::V1, u"V1_CATALOG"_s}, std::pair{WixCatalog::V3, u"V3_CATALOG"_s},
          std::pair{WixCatalog::None, u"STORES_NOT_INSTALLED"_s}}) {
        WixBackend wix({{}, {}, catalog});
        const Answer answer = call(wix, "GET"_ba, u"/stores/v3/provision/version"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"catalogVersion"_s).toString(), name);
    }
    WixBackend wix({});
    QCOMPARE(wix.catalog(), WixCatalog::V3); // what a new site runs
    QCOMPARE(call(wix, makeRequest("GET"_ba, u"/stores/v3/provision/version"_s, {}, false)).status,
             401);
}

void WixProductsTests::testWrongCatalogIs428()
{
    WixBackend v3({{}, {}, WixCatalog::V3});
    for (const auto &[method, target] :
         {std::pair<QByteArray, QString>{"POST"_ba, u"/stores/v1/products/query"_s},
          {"GET"_ba, u"/stores/v1/products/x"_s},
          {"GET"_ba, u"/stores-reader/v1/products/x"_s},
          {"GET"_ba, u"/stores-reader/v1/products/query-platformized"_s}}) {
        const Answer answer = call(v3, method, target);
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("CATALOG_V3_SITE_CALLING_CATALOG_V1_API"));
    }
    WixBackend v1({{}, {}, WixCatalog::V1});
    for (const QString &target : {QStringLiteral("/stores/v3/products/query"),
                                  QStringLiteral("/stores/v3/bulk/products/delete")}) {
        const Answer answer = call(v1, "POST"_ba, target, {{u"productIds"_s, QJsonArray{u"x"_s}}});
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("CATALOG_V1_SITE_CALLING_CATALOG_V3_API"));
    }
    WixBackend none({{}, {}, WixCatalog::None});
    for (const QString &target : {QStringLiteral("/stores/v3/products/query"),
                                  QStringLiteral("/stores/v1/products/query")}) {
        const Answer answer = call(none, "POST"_ba, target);
        QCOMPARE(answer.status, 428);
        QCOMPARE(answer.code(), QStringLiteral("STORES_NOT_INSTALLED"));
    }
    QCOMPARE(call(none, "POST"_ba, u"/contacts/v4/contacts/query"_s).status,
             200); // contacts still run
}

void WixProductsTests::testCatalogSwitchKeepsProductIds()
{
    WixBackend wix({});
    wix.seed({.contacts = 0, .products = 6, .companies = 0, .randomSeed = 4});
    const QString made = createV3(wix, u"Lysestake i messing"_s).value(u"id"_s).toString();
    const QStringList v3Ids =
        idsOf(v3Query(wix, {{u"sort"_s, QJsonArray{sortBy(u"createdDate"_s)}}}).array("products"));
    QCOMPARE(v3Ids.size(), 7);
    QVERIFY(v3Ids.contains(made));

    QCOMPARE(call(wix, "POST"_ba, u"/__sandbox/catalog"_s, {{u"catalog"_s, u"v1"_s}})
                 .json.value(u"catalog"_s)
                 .toString(),
             QStringLiteral("v1"));
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v3/provision/version"_s)
                 .json.value(u"catalogVersion"_s)
                 .toString(),
             QStringLiteral("V1_CATALOG"));
    QCOMPARE(call(wix, "POST"_ba, u"/stores/v3/products/query"_s).status, 428);
    const Answer v1 =
        call(wix, "POST"_ba, u"/stores/v1/products/query"_s,
             {{u"query"_s, QJsonObject{{u"sort"_s, u"[{\"createdDate\": \"asc\"}]"_s}}},
              {u"includeHiddenProducts"_s, true}});
    QCOMPARE(idsOf(v1.array("products")), v3Ids);
    const QJsonObject asV1 =
        call(wix, "GET"_ba, u"/stores/v1/products/"_s + made).object("product");
    QCOMPARE(asV1.value(u"name"_s).toString(), QStringLiteral("Lysestake i messing"));
    QCOMPARE(asV1[u"priceData"_s][u"price"_s].toDouble(), 10.0);
    QCOMPARE(asV1.value(u"productType"_s).toString(), QStringLiteral("physical"));

    // Edited under V1, then moved back to V3: same id, the edit visible, revision moved on.
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v1/products/"_s + made,
                  {{u"product"_s, QJsonObject{{u"priceData"_s, QJsonObject{{u"price"_s, 12.5}}}}}})
                 .status,
             200);
    wix.setCatalog(WixCatalog::V3);
    const QJsonObject back =
        call(wix, "GET"_ba, u"/stores/v3/products/"_s + made).object("product");
    QCOMPARE(back[u"variantsInfo"_s][u"variants"_s][0][u"price"_s][u"actualPrice"_s][u"amount"_s]
                 .toString(),
             QStringLiteral("12.50"));
    QCOMPARE(back.value(u"revision"_s).toString(), QStringLiteral("2"));
    QCOMPARE(call(wix, "POST"_ba, u"/__sandbox/catalog"_s, {{u"catalog"_s, u"none"_s}}).status,
             200);
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v3/provision/version"_s)
                 .json.value(u"catalogVersion"_s)
                 .toString(),
             QStringLiteral("STORES_NOT_INSTALLED"));
}

void WixProductsTests::testV1CreateGetUpdateDelete()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    QCOMPARE(call(wix, "POST"_ba, u"/stores/v1/products"_s,
                  {{u"product"_s, QJsonObject{{u"sku"_s, u"X"_s}}}})
                 .status,
             400);
    QCOMPARE(
        call(wix, "POST"_ba, u"/stores/v1/products"_s,
             {{u"product"_s, QJsonObject{{u"name"_s, u"A"_s}, {u"productType"_s, u"service"_s}}}})
            .status,
        400);
    const QJsonObject created =
        createV1(wix,
                 {{u"name"_s, u"Brunost 500 g"_s},
                  {u"sku"_s, u"BR-500"_s},
                  {u"productType"_s, u"physical"_s},
                  {u"priceData"_s, QJsonObject{{u"price"_s, 89.9}, {u"currency"_s, u"NOK"_s}}}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value(u"slug"_s).toString(), QStringLiteral("brunost-500-g"));
    QCOMPARE(created.value(u"sku"_s).toString(), QStringLiteral("BR-500"));
    QCOMPARE(created.value(u"visible"_s).toBool(), true);
    QCOMPARE(created.value(u"lastUpdated"_s), created.value(u"updatedDate"_s));
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v1/products/"_s + id).object("product"), created);

    // No revision: two writers based on the same read both succeed, the last one wins.
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v1/products/"_s + id,
                  {{u"product"_s, QJsonObject{{u"description"_s, u"first"_s}}}})
                 .status,
             200);
    const Answer second =
        call(wix, "PATCH"_ba, u"/stores/v1/products/"_s + id,
             {{u"product"_s, QJsonObject{{u"description"_s, u"second"_s}, {u"sku"_s, u""_s}}}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object("product").value(u"description"_s).toString(), QStringLiteral("second"));
    QVERIFY(!second.object("product").contains(u"sku"_s));
    QVERIFY(second.object("product").value(u"lastUpdated"_s).toString()
            > created.value(u"lastUpdated"_s).toString());
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v1/products/"_s + id,
                  {{u"product"_s, QJsonObject{{u"name"_s, QString(81, u'n')}}}})
                 .status,
             400);
    QCOMPARE(
        call(wix, "PATCH"_ba, u"/stores/v1/products/missing"_s, {{u"product"_s, QJsonObject{}}})
            .status,
        404);

    const Answer removed = call(wix, "DELETE"_ba, u"/stores/v1/products/"_s + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json, QJsonObject{});
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v1/products/"_s + id).status, 404);
    QCOMPARE(call(wix, "DELETE"_ba, u"/stores/v1/products/"_s + id).status, 404);
}

void WixProductsTests::testV1QueryStringFilterSortAndHidden()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    createV1(wix, {{u"name"_s, u"Alpha"_s}, {u"sku"_s, u"A-1"_s}});
    const QString hidden =
        createV1(wix, {{u"name"_s, u"Beta"_s}, {u"visible"_s, false}}).value(u"id"_s).toString();
    const QJsonObject gamma = createV1(wix, {{u"name"_s, u"Gamma"_s}, {u"sku"_s, u"G-1"_s}});
    const auto v1Query = [&](const QJsonObject &query, bool includeHidden) {
        return call(wix, "POST"_ba, u"/stores/v1/products/query"_s,
                    {{u"query"_s, query}, {u"includeHiddenProducts"_s, includeHidden}});
    };
    Answer answer = v1Query({}, false);
    QCOMPARE(names(answer.array("products")), (QStringList{u"Alpha"_s, u"Gamma"_s}));
    QCOMPARE(answer.json.value(u"totalResults"_s).toInt(), 2);
    QCOMPARE(answer.object("metadata"), (QJsonObject{{u"items"_s, 2}, {u"offset"_s, 0}}));
    answer = v1Query({{u"sort"_s, u"[{\"name\": \"desc\"}]"_s}}, true);
    QCOMPARE(names(answer.array("products")), (QStringList{u"Gamma"_s, u"Beta"_s, u"Alpha"_s}));
    answer = v1Query({{u"filter"_s, u"{\"sku\": {\"$exists\": false}}"_s}}, true);
    QCOMPARE(idsOf(answer.array("products")), QStringList{hidden});
    const QString since =
        u"{\"lastUpdated\": {\"$gte\": \""_s + gamma.value(u"lastUpdated"_s).toString() + u"\"}}"_s;
    QCOMPARE(names(v1Query({{u"filter"_s, since}}, true).array("products")),
             QStringList{u"Gamma"_s});
    answer = v1Query({{u"filter"_s, u"{\"name\": {\"$in\": [\"Alpha\", \"Beta\"]}}"_s},
                      {u"paging"_s, QJsonObject{{u"limit"_s, 1}, {u"offset"_s, 1}}}},
                     true);
    QCOMPARE(names(answer.array("products")), QStringList{u"Beta"_s});
    QCOMPARE(answer.json.value(u"totalResults"_s).toInt(), 2);
}

void WixProductsTests::testV1QueryErrors()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    const auto v1Query = [&](const QJsonObject &query) {
        return call(wix, "POST"_ba, u"/stores/v1/products/query"_s, {{u"query"_s, query}});
    };
    QCOMPARE(v1Query({{u"filter"_s, u"{not json"_s}}).status, 400);
    QCOMPARE(v1Query({{u"filter"_s, QJsonObject{{u"name"_s, u"A"_s}}}}).status,
             400); // V1 wants a string
    QCOMPARE(v1Query({{u"sort"_s, u"{\"name\": \"asc\"}"_s}}).status, 400); // an array, encoded
    QCOMPARE(v1Query({{u"paging"_s, QJsonObject{{u"limit"_s, 101}}}}).status, 400);
    const Answer answer = v1Query({{u"filter"_s, u"{\"colour\": \"red\"}"_s}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"colour"_s));
}

void WixProductsTests::testV1ReaderRoutes()
{
    WixBackend wix({{}, {}, WixCatalog::V1});
    const QString id = createV1(wix, {{u"name"_s, u"Termos 1 l"_s}}).value(u"id"_s).toString();
    createV1(wix, {{u"name"_s, u"Treskål"_s}});
    createV1(wix, {{u"name"_s, u"Skjult"_s}, {u"visible"_s, false}});
    QCOMPARE(call(wix, "GET"_ba, u"/stores-reader/v1/products/"_s + id).object("product"),
             call(wix, "GET"_ba, u"/stores/v1/products/"_s + id).object("product"));
    const QJsonObject request{
        {u"query"_s,
         QJsonObject{
             {u"filter"_s, QJsonObject{{u"name"_s, QJsonObject{{u"$startsWith"_s, u"t"_s}}}}},
             {u"sort"_s, QJsonArray{sortBy(u"name"_s, u"DESC"_s)}},
             {u"paging"_s, QJsonObject{{u"limit"_s, 10}, {u"offset"_s, 0}}}}}};
    const Answer viaGet =
        call(wix, "GET"_ba, u"/stores-reader/v1/products/query-platformized"_s + dotR(request));
    QCOMPARE(viaGet.status, 200);
    QCOMPARE(names(viaGet.array("products")), (QStringList{u"Treskål"_s, u"Termos 1 l"_s}));
    const Answer viaPost =
        call(wix, "POST"_ba, u"/stores-reader/v1/products/query-platformized"_s, request);
    QCOMPARE(viaPost.json, viaGet.json);
    QCOMPARE(call(wix, "GET"_ba, u"/stores-reader/v1/products/query-platformized?.r=%%%"_s).status,
             400);
}

void WixProductsTests::testV3CreateValidation()
{
    WixBackend wix({});
    const auto refused = [&](const QJsonObject &product, const QString &field) {
        const Answer answer =
            call(wix, "POST"_ba, u"/stores/v3/products"_s, {{u"product"_s, product}});
        const QString violation =
            answer.object("details")[u"validationError"_s][u"fieldViolations"_s][0][u"field"_s]
                .toString();
        return answer.status == 400 && violation == field;
    };
    QJsonObject product = v3Product(u"Ok"_s);
    product.insert(u"name"_s, QString(81, u'x'));
    QVERIFY(refused(product, u"product.name"_s));
    product = v3Product(u""_s);
    QVERIFY(refused(product, u"product.name"_s));
    product = v3Product(u"Ok"_s);
    product.remove(u"physicalProperties"_s);
    QVERIFY(refused(product, u"product.physicalProperties"_s));
    product = v3Product(u"Ok"_s);
    product.insert(u"variantsInfo"_s, QJsonObject{{u"variants"_s, QJsonArray{}}});
    QVERIFY(refused(product, u"product.variantsInfo.variants"_s));
    product = v3Product(u"Ok"_s);
    product.insert(u"productType"_s, u"SERVICE"_s);
    QVERIFY(refused(product, u"product.productType"_s));
    product = v3Product(u"Ok"_s, u"ten"_s);
    QVERIFY(refused(product, u"product.variantsInfo.variants[0].price.actualPrice.amount"_s));
    QCOMPARE(v3Query(wix, {}).array("products").size(), 0);

    product = v3Product(QString(80, u'x'));
    product.insert(u"productType"_s, u"DIGITAL"_s);
    product.remove(u"physicalProperties"_s);
    QCOMPARE(call(wix, "POST"_ba, u"/stores/v3/products"_s, {{u"product"_s, product}}).status, 200);
    product = v3Product(u"Sko"_s);
    product.insert(u"slug"_s, QString(80, u'x'));
    const Answer clash = call(wix, "POST"_ba, u"/stores/v3/products"_s, {{u"product"_s, product}});
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.code(), QStringLiteral("DUPLICATE_SLUG_ERROR"));
}

void WixProductsTests::testV3UpdateChecksRevisionAndFixedFields()
{
    WixBackend wix({});
    const QJsonObject created = createV3(wix, u"Fjellsko"_s);
    const QString id = created.value(u"id"_s).toString();
    QCOMPARE(created.value(u"revision"_s).toString(), QStringLiteral("1"));
    const QString path = u"/stores/v3/products/"_s + id;
    Answer answer = call(
        wix, "PATCH"_ba, path,
        {{u"product"_s,
          QJsonObject{{u"id"_s, id}, {u"revision"_s, u"1"_s}, {u"name"_s, u"Fjellsko Pro"_s}}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("product").value(u"revision"_s).toString(), QStringLiteral("2"));
    QCOMPARE(answer.object("product").value(u"name"_s).toString(), QStringLiteral("Fjellsko Pro"));
    QCOMPARE(answer.object("product").value(u"handle"_s),
             created.value(u"handle"_s)); // untouched fields kept
    QVERIFY(answer.object("product").value(u"updatedDate"_s).toString()
            > created.value(u"updatedDate"_s).toString());

    answer = call(wix, "PATCH"_ba, path,
                  {{u"product"_s,
                    QJsonObject{{u"id"_s, id}, {u"revision"_s, u"1"_s}, {u"name"_s, u"Stale"_s}}}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.code(), QStringLiteral("REVISION_MISMATCH"));
    answer =
        call(wix, "PATCH"_ba, path,
             {{u"product"_s, QJsonObject{{u"revision"_s, u"2"_s}, {u"handle"_s, u"other"_s}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"product.handle"_s));
    answer = call(
        wix, "PATCH"_ba, path,
        {{u"product"_s, QJsonObject{{u"revision"_s, u"2"_s}, {u"productType"_s, u"DIGITAL"_s}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"product.productType"_s));
    QCOMPARE(
        call(wix, "PATCH"_ba, path, {{u"product"_s, QJsonObject{{u"name"_s, u"No revision"_s}}}})
            .status,
        400);
    QCOMPARE(call(wix, "PATCH"_ba, path,
                  {{u"product"_s, QJsonObject{{u"id"_s, u"other"_s}, {u"revision"_s, u"2"_s}}}})
                 .status,
             400);
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v3/products/missing"_s,
                  {{u"product"_s, QJsonObject{{u"revision"_s, u"1"_s}}}})
                 .status,
             404);
    QCOMPARE(call(wix, "GET"_ba, path).object("product").value(u"revision"_s).toString(),
             QStringLiteral("2"));
}

void WixProductsTests::testV3GetAndDelete()
{
    WixBackend wix({});
    const QString id = createV3(wix, u"Vaffeljern"_s).value(u"id"_s).toString();
    Answer answer = call(wix, "GET"_ba, u"/stores/v3/products/"_s + id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("product")[u"variantsInfo"_s][u"variants"_s].toArray().size(), 1);
    QVERIFY(!answer.object("product").contains(u"plainDescription"_s));
    answer = call(wix, "GET"_ba, u"/stores/v3/products/"_s + id + u"?fields=PLAIN_DESCRIPTION"_s);
    QCOMPARE(answer.object("product").value(u"plainDescription"_s).toString(),
             QStringLiteral("<p>Vaffeljern</p>"));
    answer = call(wix, "DELETE"_ba, u"/stores/v3/products/"_s + id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json, QJsonObject{});
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v3/products/"_s + id).status, 404);
    QCOMPARE(call(wix, "DELETE"_ba, u"/stores/v3/products/"_s + id).status, 404);
}

void WixProductsTests::testV3QueryFilterSortAndFieldGroups()
{
    WixBackend wix({});
    const QJsonObject a = createV3(wix, u"Alpha"_s);
    createV3(wix, u"Beta"_s);
    const QJsonObject c = createV3(wix, u"Gamma"_s);
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v3/products/"_s + a[u"id"_s].toString(),
                  {{u"product"_s, QJsonObject{{u"revision"_s, u"1"_s}, {u"visible"_s, false}}}})
                 .status,
             200);
    Answer answer = v3Query(wix, {{u"sort"_s, QJsonArray{sortBy(u"updatedDate"_s)}}});
    QCOMPARE(names(answer.array("products")), (QStringList{u"Beta"_s, u"Gamma"_s, u"Alpha"_s}));
    QVERIFY(!answer.array("products")[0].toObject().contains(u"variantsInfo"_s)); // no variant data
    answer = v3Query(wix, {{u"filter"_s, QJsonObject{{u"visible"_s, false}}}});
    QCOMPARE(names(answer.array("products")), QStringList{u"Alpha"_s});
    answer =
        v3Query(wix,
                {{u"filter"_s,
                  QJsonObject{{u"updatedDate"_s, QJsonObject{{u"$gt"_s, c[u"updatedDate"_s]}}}}}});
    QCOMPARE(names(answer.array("products")), QStringList{u"Alpha"_s});
    answer = v3Query(
        wix,
        {{u"filter"_s,
          QJsonObject{
              {u"$or"_s,
               QJsonArray{
                   QJsonObject{{u"slug"_s, QJsonObject{{u"$startsWith"_s, u"gam"_s}}}},
                   QJsonObject{{u"id"_s, QJsonObject{{u"$in"_s, QJsonArray{a[u"id"_s]}}}}}}}}},
         {u"sort"_s, QJsonArray{sortBy(u"slug"_s, u"DESC"_s)}}});
    QCOMPARE(names(answer.array("products")), (QStringList{u"Gamma"_s, u"Alpha"_s}));
    answer = v3Query(
        wix,
        {{u"filter"_s,
          QJsonObject{{u"handle"_s, QJsonObject{{u"$hasSome"_s, QJsonArray{u"beta"_s}}}}}}});
    QCOMPARE(names(answer.array("products")), QStringList{u"Beta"_s});

    answer =
        v3Query(wix, {{u"cursorPaging"_s, QJsonObject{{u"limit"_s, 1}}}}, {u"PLAIN_DESCRIPTION"_s});
    QVERIFY(answer.array("products")[0].toObject().contains(u"plainDescription"_s));
    QVERIFY(answer.array("products")[0].toObject().contains(u"name"_s));
}

void WixProductsTests::testV3QueryErrorsNameTheField()
{
    WixBackend wix({});
    Answer answer = v3Query(wix, {{u"filter"_s, QJsonObject{{u"name"_s, u"Alpha"_s}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"name"_s));
    answer =
        v3Query(wix, {{u"filter"_s, QJsonObject{{u"visible"_s, QJsonObject{{u"$gt"_s, false}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"visible"_s));
    answer = v3Query(wix, {{u"sort"_s, QJsonArray{sortBy(u"handle"_s)}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"handle"_s));
    QCOMPARE(v3Query(wix, {{u"cursorPaging"_s, QJsonObject{{u"limit"_s, 101}}}}).status, 400);
    QCOMPARE(v3Query(wix, {{u"cursorPaging"_s, QJsonObject{{u"cursor"_s, u"bm90IGEgY3Vyc29y"_s}}}})
                 .status,
             400);
    QCOMPARE(v3Query(wix, {{u"filter"_s, u"visible"_s}}).status, 400);
}

void WixProductsTests::testV3QueryGetForm()
{
    WixBackend wix({});
    wix.seed({.contacts = 0, .products = 12, .companies = 0, .randomSeed = 9});
    const QJsonObject request{{u"query"_s,
                               QJsonObject{{u"filter"_s, QJsonObject{{u"visible"_s, true}}},
                                           {u"sort"_s, QJsonArray{sortBy(u"slug"_s)}},
                                           {u"cursorPaging"_s, QJsonObject{{u"limit"_s, 5}}}}}};
    const Answer viaGet = call(wix, "GET"_ba, u"/stores/v3/products/query"_s + dotR(request));
    QCOMPARE(viaGet.status, 200);
    QCOMPARE(viaGet.json, call(wix, "POST"_ba, u"/stores/v3/products/query"_s, request).json);
    QVERIFY(viaGet.array("products").size() > 0);
    QCOMPARE(call(wix, "GET"_ba, u"/stores/v3/products/query?.r=!!"_s).status, 400);
}

// Cursor paging sorted by createdDate: products created, edited or deleted between pages do
// not make the next page repeat or skip a product that is still there.
void WixProductsTests::testV3CursorPagingWhileRecordsChange()
{
    WixBackend wix({});
    QStringList created;
    for (int i = 0; i < 25; ++i)
        created.append(createV3(wix, QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')))
                           .value(u"id"_s)
                           .toString());
    Answer page = v3Query(wix,
                          {{u"filter"_s, QJsonObject{{u"visible"_s, true}}},
                           {u"sort"_s, QJsonArray{sortBy(u"createdDate"_s)}},
                           {u"cursorPaging"_s, QJsonObject{{u"limit"_s, 10}}}});
    QStringList seen = idsOf(page.array("products"));
    QCOMPARE(seen, created.mid(0, 10));
    QVERIFY(page.object("pagingMetadata").value(u"hasNext"_s).toBool());
    QCOMPARE(page.object("pagingMetadata").value(u"count"_s).toInt(), 10);

    // Between pages: delete a served and an unserved product, hide one, edit one, add one.
    QCOMPARE(call(wix, "DELETE"_ba, u"/stores/v3/products/"_s + created[2]).status, 200);
    QCOMPARE(call(wix, "DELETE"_ba, u"/stores/v3/products/"_s + created[15]).status, 200);
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v3/products/"_s + created[16],
                  {{u"product"_s, QJsonObject{{u"revision"_s, u"1"_s}, {u"visible"_s, false}}}})
                 .status,
             200);
    QCOMPARE(call(wix, "PATCH"_ba, u"/stores/v3/products/"_s + created[5],
                  {{u"product"_s, QJsonObject{{u"revision"_s, u"1"_s}, {u"name"_s, u"Edited"_s}}}})
                 .status,
             200);
    const QString late = createV3(wix, u"Late"_s).value(u"id"_s).toString();
    while (page.object("pagingMetadata").value(u"hasNext"_s).toBool()) {
        const QString cursor = page.object("pagingMetadata")[u"cursors"_s][u"next"_s].toString();
        page = v3Query(wix, {{u"cursorPaging"_s, QJsonObject{{u"cursor"_s, cursor}}}});
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
    QJsonObject broken = v3Product(u"Broken"_s);
    broken.remove(u"variantsInfo"_s);
    const Answer answer =
        call(wix, "POST"_ba, u"/stores/v3/bulk/products/create"_s,
             {{u"products"_s, QJsonArray{v3Product(u"One"_s), broken, v3Product(u"Three"_s)}},
              {u"returnEntity"_s, true}});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.array("results");
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i)[u"itemMetadata"_s][u"originalIndex"_s].toInt(), i);
    QCOMPARE(results.at(0)[u"itemMetadata"_s][u"success"_s].toBool(), true);
    QCOMPARE(results.at(0)[u"item"_s][u"name"_s].toString(), QStringLiteral("One"));
    QCOMPARE(results.at(0)[u"itemMetadata"_s][u"id"_s], results.at(0)[u"item"_s][u"id"_s]);
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"success"_s].toBool(), false);
    QVERIFY(!results.at(1).toObject().contains(u"item"_s));
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"error"_s][u"code"_s].toString(),
             QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(results.at(1)[u"itemMetadata"_s][u"error"_s][u"description"_s].toString().contains(
        u"variantsInfo"_s));
    QCOMPARE(results.at(2)[u"itemMetadata"_s][u"success"_s].toBool(), true);
    QCOMPARE(answer.object("bulkActionMetadata")[u"totalSuccesses"_s].toInt(), 2);
    QCOMPARE(answer.object("bulkActionMetadata")[u"totalFailures"_s].toInt(), 1);
    QCOMPARE(
        names(v3Query(wix, {{u"sort"_s, QJsonArray{sortBy(u"createdDate"_s)}}}).array("products")),
        (QStringList{u"One"_s, u"Three"_s}));
}

void WixProductsTests::testV3BulkUpdateAndDelete()
{
    WixBackend wix({});
    const QString a = createV3(wix, u"A"_s).value(u"id"_s).toString();
    const QString b = createV3(wix, u"B"_s).value(u"id"_s).toString();
    const QJsonArray updates{
        QJsonObject{{u"product"_s,
                     QJsonObject{{u"id"_s, a}, {u"revision"_s, u"1"_s}, {u"name"_s, u"A2"_s}}}},
        QJsonObject{{u"product"_s,
                     QJsonObject{{u"id"_s, b}, {u"revision"_s, u"7"_s}, {u"name"_s, u"B2"_s}}}}};
    Answer answer = call(wix, "POST"_ba, u"/stores/v3/bulk/products/update"_s,
                         {{u"products"_s, updates}, {u"returnEntity"_s, false}});
    QCOMPARE(answer.status, 200);
    QJsonArray results = answer.array("results");
    QCOMPARE(results.at(0)[u"itemMetadata"_s][u"success"_s].toBool(), true);
    QVERIFY(!results.at(0).toObject().contains(u"item"_s)); // returnEntity false
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"error"_s][u"code"_s].toString(),
             QStringLiteral("REVISION_MISMATCH"));
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"id"_s].toString(), b);
    QCOMPARE(
        call(wix, "GET"_ba, u"/stores/v3/products/"_s + a).object("product")[u"name"_s].toString(),
        QStringLiteral("A2"));
    QCOMPARE(
        call(wix, "GET"_ba, u"/stores/v3/products/"_s + b).object("product")[u"name"_s].toString(),
        QStringLiteral("B"));

    answer = call(wix, "POST"_ba, u"/stores/v3/bulk/products/delete"_s,
                  {{u"productIds"_s, QJsonArray{a, u"missing"_s, b}}});
    results = answer.array("results");
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"success"_s].toBool(), false);
    QCOMPARE(results.at(1)[u"itemMetadata"_s][u"error"_s][u"code"_s].toString(),
             QStringLiteral("NOT_FOUND"));
    QCOMPARE(answer.object("bulkActionMetadata")[u"totalSuccesses"_s].toInt(), 2);
    QCOMPARE(v3Query(wix, {}).array("products").size(), 0);
}

void WixProductsTests::testV3BulkLimits()
{
    WixBackend wix({});
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(v3Product(QStringLiteral("N%1").arg(i)));
    QCOMPARE(
        call(wix, "POST"_ba, u"/stores/v3/bulk/products/create"_s, {{u"products"_s, many}}).status,
        400);
    many.removeLast();
    const Answer answer =
        call(wix, "POST"_ba, u"/stores/v3/bulk/products/create"_s, {{u"products"_s, many}});
    QCOMPARE(answer.object("bulkActionMetadata")[u"totalSuccesses"_s].toInt(), 100);
    QCOMPARE(call(wix, "POST"_ba, u"/stores/v3/bulk/products/delete"_s,
                  {{u"productIds"_s, QJsonArray{}}})
                 .status,
             400);
    QCOMPARE(call(wix, "POST"_ba, u"/stores/v3/bulk/products/update"_s, {{u"products"_s, u"x"_s}})
                 .status,
             400);
}

} // namespace Tandem::Sandbox::Test
