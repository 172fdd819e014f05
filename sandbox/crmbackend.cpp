#include "sandbox/crmbackend.h"

#include "sandbox/crmoauth.h"
#include "sandbox/crmproblem.h"
#include "sandbox/crmresources.h"
#include "sandbox/crmseeder.h"

#include <QJsonArray>

namespace Tandem::Sandbox {

namespace {

// Splits "/api/v1/contacts/c_1" into {"contacts", "c_1"}; empty when outside the base path.
QStringList segmentsOf(const QString &path)
{
    const QLatin1String base(CrmBackend::kBasePath);
    if (!path.startsWith(base + QLatin1Char('/')))
        return {};
    return path.mid(base.size() + 1).split(QLatin1Char('/'));
}

Response unauthorized(const QString &detail)
{
    Response response = CrmProblem::make(401, detail);
    response.headers.append({"WWW-Authenticate", QByteArray("Bearer error=\"invalid_token\"")});
    return response;
}

Response methodNotAllowed(const Request &request)
{
    return CrmProblem::make(405,
                            QStringLiteral("%1 is not allowed on %2.")
                                .arg(QString::fromLatin1(request.method), request.path));
}

} // namespace

CrmBackend::CrmBackend(const CrmOptions &options)
    : m_options(options)
    , m_oauth(std::make_unique<CrmOAuth>(options.tokenTtlSeconds))
    , m_contacts(std::make_unique<CrmResources>(
          CrmKind::Contact, QLatin1String(kBasePath) + QStringLiteral("/contacts"),
          QStringLiteral("c_")))
    , m_companies(std::make_unique<CrmResources>(
          CrmKind::Company, QLatin1String(kBasePath) + QStringLiteral("/companies"),
          QStringLiteral("co_")))
{
    m_contacts->setNormalizePhones(options.normalizePhones);
}

void CrmBackend::setClock(const Clock &clock)
{
    m_oauth->setClock(clock);
}

CrmBackend::~CrmBackend() = default;

Response CrmBackend::handle(const Request &request)
{
    const QStringList segments = segmentsOf(request.path);
    const QString first = segments.value(0);
    if (segments.size() == 2 && first == QLatin1String("oauth")) {
        if (segments[1] == QLatin1String("authorize") && request.method == "GET")
            return m_oauth->authorizePage(request);
        if (segments[1] == QLatin1String("authorize") && request.method == "POST")
            return m_oauth->authorizeDecision(request);
        if (segments[1] == QLatin1String("token") && request.method == "POST")
            return m_oauth->token(request);
        if (segments[1] == QLatin1String("authorize") || segments[1] == QLatin1String("token"))
            return methodNotAllowed(request);
    }
    CrmResources *resources = first == QLatin1String("contacts") ? m_contacts.get()
        : first == QLatin1String("companies")                    ? m_companies.get()
                                                                 : nullptr;
    if (!resources || segments.size() > 2 || (segments.size() == 2 && segments[1].isEmpty()))
        return CrmProblem::make(404, QStringLiteral("No such resource: %1").arg(request.path));
    if (const auto rejection = rejectUnauthorized(request))
        return *rejection;
    return handleResource(*resources, segments.value(1), request);
}

Response CrmBackend::handleResource(CrmResources &resources, const QString &id,
                                    const Request &request)
{
    if (id.isEmpty()) {
        if (request.method == "GET")
            return resources.list(request);
        if (request.method == "POST")
            return resources.create(request);
    } else {
        if (request.method == "GET")
            return resources.get(id);
        if (request.method == "PATCH")
            return resources.patch(id, request);
        if (request.method == "DELETE")
            return resources.remove(id, request);
    }
    return methodNotAllowed(request);
}

std::optional<Response> CrmBackend::rejectUnauthorized(const Request &request) const
{
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return unauthorized(QStringLiteral("Authorization: Bearer <token> is required."));
    const QByteArray token = header.mid(7).trimmed();
    if (token.isEmpty())
        return unauthorized(QStringLiteral("The Bearer token is empty."));
    switch (m_oauth->accessTokenState(token)) {
    case CrmOAuth::TokenState::Valid:
        return std::nullopt;
    case CrmOAuth::TokenState::Expired:
        return unauthorized(QStringLiteral("The access token has expired."));
    case CrmOAuth::TokenState::Unknown:
        break;
    }
    if (m_oauth->isRefreshToken(token))
        return unauthorized(QStringLiteral("A refresh token is not an access token."));
    if (!m_options.token.isEmpty() && token != m_options.token.toUtf8())
        return unauthorized(QStringLiteral("The access token is not valid."));
    return std::nullopt;
}

QString CrmBackend::routeOf(const Request &request) const
{
    const QStringList segments = segmentsOf(request.path);
    QString route = QString::fromLatin1(request.method) + QLatin1Char(' ');
    const QString first = segments.value(0);
    if (first == QLatin1String("contacts") || first == QLatin1String("companies")) {
        route += QLatin1String(kBasePath) + QLatin1Char('/') + first;
        if (segments.size() > 1)
            route += QStringLiteral("/{id}");
        return route;
    }
    if (first == QLatin1String("oauth") && segments.size() == 2)
        return route + request.path;
    return route + QStringLiteral("(other)");
}

Response CrmBackend::frontError(int status, const QString &message) const
{
    return CrmProblem::make(status, message);
}

void CrmBackend::seed(const SeedOptions &options)
{
    // Distinct streams for ids and data keep each deterministic on its own.
    m_companies->clear(options.randomSeed * 2654435761u + 1);
    m_contacts->clear(options.randomSeed * 2654435761u + 2);
    CrmSeeder seeder(options.randomSeed);
    QStringList companyIds;
    for (int i = 0; i < options.companies; ++i)
        companyIds << m_companies->insert(seeder.company()).id;
    for (int i = 0; i < options.crmContacts; ++i)
        m_contacts->insert(seeder.contact(companyIds));
}

void CrmBackend::reset()
{
    m_contacts->clear(1);
    m_companies->clear(1);
}

QJsonObject CrmBackend::saveState() const
{
    return {{QStringLiteral("contacts"), m_contacts->collection().toState()},
            {QStringLiteral("companies"), m_companies->collection().toState()},
            {QStringLiteral("oauth"), m_oauth->toState()}};
}

void CrmBackend::loadState(const QJsonObject &state)
{
    m_loadError.clear();
    CrmCollection contacts, companies;
    QString error;
    if (!contacts.loadState(state.value(QStringLiteral("contacts")).toArray(), &error)) {
        m_loadError = QStringLiteral("contacts") + error;
        return;
    }
    if (!companies.loadState(state.value(QStringLiteral("companies")).toArray(), &error)) {
        m_loadError = QStringLiteral("companies") + error;
        return;
    }
    m_contacts->collection() = std::move(contacts);
    m_companies->collection() = std::move(companies);
    m_oauth->loadState(state.value(QStringLiteral("oauth")).toObject());
}

} // namespace Tandem::Sandbox
