#include "sandbox/wixbackend.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixcontactstore.h"
#include "sandbox/wixproductstore.h"
#include "sandbox/wixproductsv1.h"
#include "sandbox/wixproductsv3.h"
#include "sandbox/wixproductsv3query.h"
#include "sandbox/wixreply.h"
#include "sandbox/wixseed.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWixSandbox, "tandem.sandbox.wix")

namespace Tandem::Sandbox {

namespace {

const QString ContactsPrefix = QStringLiteral("/contacts/v4/contacts");
const QString V1Prefix = QStringLiteral("/stores/v1/products");
const QString ReaderPrefix = QStringLiteral("/stores-reader/v1/products");
const QString V3Prefix = QStringLiteral("/stores/v3/products");
const QString V3BulkPrefix = QStringLiteral("/stores/v3/bulk/products");
const QString VersionPath = QStringLiteral("/stores/v3/provision/version");

// The part of `path` after `prefix/`; "/" for prefix itself; null when not under prefix.
QString tail(const QString &path, const QString &prefix)
{
    if (path == prefix)
        return QStringLiteral("/");
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return {};
    return path.mid(prefix.size() + 1);
}

bool isRoot(const QString &rest)
{
    return rest == QLatin1String("/");
}

bool isIdTail(const QString &rest)
{
    return !rest.isEmpty() && !rest.contains(QLatin1Char('/'));
}

Response noRoute(const Request &request)
{
    return WixReply::error(404, QStringLiteral("NOT_FOUND"),
                           QStringLiteral("No route for %1 %2")
                               .arg(QString::fromLatin1(request.method), request.path));
}

Response wrongCatalog(WixCatalog site, WixCatalog called)
{
    if (site == WixCatalog::None)
        return WixReply::error(428, QStringLiteral("STORES_NOT_INSTALLED"),
                               QStringLiteral("Wix Stores is not installed on this site"));
    const QString code = called == WixCatalog::V1
        ? QStringLiteral("CATALOG_V3_SITE_CALLING_CATALOG_V1_API")
        : QStringLiteral("CATALOG_V1_SITE_CALLING_CATALOG_V3_API");
    return WixReply::error(428, code,
                           QStringLiteral("This site runs Catalog %1")
                               .arg(site == WixCatalog::V1 ? "V1"_L1 : "V3"_L1));
}

} // namespace

WixBackend::WixBackend(const WixOptions &options)
    : m_options(options)
    , m_catalog(options.catalog)
    , m_clock(std::make_unique<WixClock>())
    , m_contacts(std::make_unique<WixContactStore>(*m_clock))
    , m_products(std::make_unique<WixProductStore>(*m_clock))
{}

WixBackend::~WixBackend() = default;

QString WixBackend::catalogName(WixCatalog catalog)
{
    switch (catalog) {
    case WixCatalog::V1:
        return QStringLiteral("v1");
    case WixCatalog::V3:
        return QStringLiteral("v3");
    case WixCatalog::None:
        break;
    }
    return QStringLiteral("none");
}

bool WixBackend::parseCatalog(const QString &name, WixCatalog *catalog)
{
    for (const WixCatalog candidate : {WixCatalog::V1, WixCatalog::V3, WixCatalog::None}) {
        if (name.compare(catalogName(candidate), Qt::CaseInsensitive) == 0) {
            *catalog = candidate;
            return true;
        }
    }
    return false;
}

bool WixBackend::authorized(const Request &request) const
{
    const QByteArray key = request.header("authorization");
    const QByteArray site = request.header("wix-site-id");
    if (key.isEmpty() || site.isEmpty())
        return false;
    return (m_options.apiKey.isEmpty() || key == m_options.apiKey.toUtf8())
        && (m_options.siteId.isEmpty() || site == m_options.siteId.toUtf8());
}

bool WixBackend::markMember(const QString &contactId)
{
    return m_contacts->markMember(contactId);
}

Response WixBackend::handle(const Request &request)
{
    if (request.path.startsWith(QLatin1String("/__sandbox/")))
        return handleSandbox(request);
    if (!authorized(request)) // the key itself is never logged
        return WixReply::error(401, QStringLiteral("UNAUTHENTICATED"),
                               QStringLiteral("Missing or invalid API key or wix-site-id"));
    if (request.path == VersionPath && request.method == "GET") {
        static const QHash<WixCatalog, QString> names{
            {WixCatalog::V1, u"V1_CATALOG"_s},
            {WixCatalog::V3, u"V3_CATALOG"_s},
            {WixCatalog::None, u"STORES_NOT_INSTALLED"_s}};
        return WixReply::ok({{QStringLiteral("catalogVersion"), names.value(m_catalog)}});
    }
    const QString rest = tail(request.path, ContactsPrefix);
    QJsonObject body;
    Response failure;
    if (rest.isNull())
        return handleProducts(request);
    if (!WixReply::parseBody(request, &body, &failure))
        return failure;
    if (isRoot(rest) && request.method == "POST")
        return m_contacts->create(body);
    if (rest == QLatin1String("query") && request.method == "POST")
        return m_contacts->query(body);
    if (isIdTail(rest) && request.method == "GET")
        return m_contacts->get(rest);
    if (isIdTail(rest) && request.method == "PATCH")
        return m_contacts->update(rest, body);
    if (isIdTail(rest) && request.method == "DELETE")
        return m_contacts->remove(rest);
    return noRoute(request);
}

Response WixBackend::handleProducts(const Request &request)
{
    const QString v1 = tail(request.path, V1Prefix);
    const QString reader = tail(request.path, ReaderPrefix);
    const QString v3 = tail(request.path, V3Prefix);
    const QString bulk = tail(request.path, V3BulkPrefix);
    if (v1.isNull() && reader.isNull() && v3.isNull() && bulk.isNull())
        return noRoute(request);
    const WixCatalog called = v3.isNull() && bulk.isNull() ? WixCatalog::V1 : WixCatalog::V3;
    if (called != m_catalog)
        return wrongCatalog(m_catalog, called);
    QJsonObject body;
    Response failure;
    if (!WixReply::parseRequest(request, &body, &failure))
        return failure;
    const QByteArray &method = request.method;
    if (called == WixCatalog::V1) {
        WixProductsV1 products(*m_products);
        if (isRoot(v1) && method == "POST")
            return products.create(body);
        if (v1 == QLatin1String("query") && method == "POST")
            return products.query(body);
        if (reader == QLatin1String("query-platformized") && (method == "GET" || method == "POST"))
            return products.readerQuery(body);
        if (isIdTail(reader) && method == "GET")
            return products.get(reader);
        if (isIdTail(v1) && method == "GET")
            return products.get(v1);
        if (isIdTail(v1) && method == "PATCH")
            return products.update(v1, body);
        if (isIdTail(v1) && method == "DELETE")
            return products.remove(v1);
        return noRoute(request);
    }
    WixProductsV3 products(*m_products);
    if (v3 == QLatin1String("query") && (method == "GET" || method == "POST"))
        return WixProductsV3Query(*m_products).query(body);
    if (isRoot(v3) && method == "POST")
        return products.create(body);
    if (isIdTail(v3) && method == "GET")
        return products.get(v3, request.query.allQueryItemValues(QStringLiteral("fields")));
    if (isIdTail(v3) && method == "PATCH")
        return products.update(v3, body);
    if (isIdTail(v3) && method == "DELETE")
        return products.remove(v3);
    if (bulk == QLatin1String("create") && method == "POST")
        return products.bulkCreate(body);
    if (bulk == QLatin1String("update") && method == "POST")
        return products.bulkUpdate(body);
    if (bulk == QLatin1String("delete") && method == "POST")
        return products.bulkDelete(body);
    return noRoute(request);
}

Response WixBackend::handleSandbox(const Request &request)
{
    QJsonObject body;
    Response failure;
    if (!WixReply::parseBody(request, &body, &failure))
        return failure;
    if (request.path == QLatin1String("/__sandbox/members") && request.method == "POST") {
        const QString id = body.value(QStringLiteral("contactId")).toString();
        if (!markMember(id))
            return WixReply::notFound(QStringLiteral("Contact"), id);
        return WixReply::ok({{QStringLiteral("contactId"), id}, {QStringLiteral("member"), true}});
    }
    if (request.path == QLatin1String("/__sandbox/catalog")) {
        if (request.method == "POST") {
            WixCatalog catalog;
            if (!parseCatalog(body.value(QStringLiteral("catalog")).toString(), &catalog))
                return WixReply::invalid(QStringLiteral("catalog"),
                                         QStringLiteral("must be v1, v3 or none"));
            m_catalog = catalog;
            qCInfo(lcWixSandbox) << "catalog switched to" << catalogName(catalog);
        }
        if (request.method == "POST" || request.method == "GET")
            return WixReply::ok({{QStringLiteral("catalog"), catalogName(m_catalog)}});
    }
    return noRoute(request);
}

QString WixBackend::routeOf(const Request &request) const
{
    static const QStringList prefixes{ContactsPrefix, V1Prefix, ReaderPrefix, V3Prefix};
    static const QStringList keywords{u"query"_s, u"query-platformized"_s};
    QString path = request.path;
    for (const QString &prefix : prefixes) {
        const QString rest = tail(path, prefix);
        if (isIdTail(rest) && !keywords.contains(rest))
            path = prefix + QStringLiteral("/{id}");
    }
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + path;
}

Response WixBackend::frontError(int status, const QString &message) const
{
    const QString code = status == 429 ? QStringLiteral("TOO_MANY_REQUESTS")
        : status == 503                ? QStringLiteral("UNAVAILABLE")
                                       : QStringLiteral("INTERNAL_ERROR");
    return WixReply::error(status, code, message);
}

void WixBackend::seed(const SeedOptions &options)
{
    WixSeeder(options.randomSeed).seed(options, *m_contacts, *m_products);
}

void WixBackend::reset()
{
    m_contacts->clear();
    m_products->clear();
    m_clock->reset();
    m_catalog = m_options.catalog;
}

QJsonObject WixBackend::saveState() const
{
    return {{QStringLiteral("catalog"), catalogName(m_catalog)},
            {QStringLiteral("contacts"), m_contacts->saveState()},
            {QStringLiteral("products"), m_products->saveState()}};
}

void WixBackend::loadState(const QJsonObject &state)
{
    // All or nothing: a broken record leaves the current state as it was, named in loadError().
    m_loadError.clear();
    WixCatalog catalog = m_options.catalog;
    const QString catalogText = state.value(QStringLiteral("catalog")).toString();
    if (state.contains(QStringLiteral("catalog")) && !parseCatalog(catalogText, &catalog))
        m_loadError = QStringLiteral("catalog: unknown catalog \"%1\"").arg(catalogText);
    auto contacts = std::make_unique<WixContactStore>(*m_clock);
    auto products = std::make_unique<WixProductStore>(*m_clock);
    if (m_loadError.isEmpty()
        && contacts->loadState(state.value(QStringLiteral("contacts")).toArray(), &m_loadError)
        && products->loadState(state.value(QStringLiteral("products")).toArray(), &m_loadError)) {
        m_contacts = std::move(contacts);
        m_products = std::move(products);
        m_catalog = catalog;
        return;
    }
    qCWarning(lcWixSandbox) << "saved Wix state not loaded:" << m_loadError;
}

} // namespace Tandem::Sandbox
