#include "tests/engine/syncmodel.h"

#include "sync/engine/fieldmerge.h"
#include "sync/store/storecodec.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Tandem::Test {

using Call = MemoryConnector::Call;

namespace {

const QString kContacts = QStringLiteral("Contacts");
const QStringList kFirst = {u"Ada"_s, u"Alan"_s, u"Grace"_s, u"Linus"_s, u"Edsger"_s, u"Barbara"_s};
const QStringList kLast = {u"Lovelace"_s, u"Turing"_s,   u"Hopper"_s,
                           u"Torvalds"_s, u"Dijkstra"_s, u"Liskov"_s};
const QStringList kPhones = {u""_s, u"+4722334455"_s, u"+47 22 33 44 56"_s, u"+4790000001"_s,
                             u"+47 900 00 002"_s};

QString sideTag(Side s)
{
    return s == Side::Wix ? QStringLiteral("wix") : QStringLiteral("crm");
}

} // namespace

SyncModel::SyncModel(quint32 seed, int serial)
    : m_rng(seed)
    , m_name(QStringLiteral("tst.syncmodel.%1").arg(serial))
    , m_bed(m_name + QStringLiteral(".0"))
{
    m_normalize = m_rng.bounded(2) == 1;
    m_bed.crm.setNormalizePhones(m_normalize);
    m_bed.wix.setPageSize(1 + int(m_rng.bounded(7)));
    m_bed.crm.setPageSize(1 + int(m_rng.bounded(7)));
    note(QStringLiteral("seed %1, CRMOffice normalises phones: %2").arg(seed).arg(m_normalize));
    // Which Wix record each engine-made CRMOffice record copies: the intent written just
    // before the create names it.
    m_bed.crm.onWritten = [this](Call call, const QString &id) {
        if (call != Call::Create)
            return;
        const QList<Intent> intents = m_bed.store->intents(QStringLiteral("contacts")).value;
        if (!intents.isEmpty())
            m_origin.insert(id, intents.last().sourceId);
    };
}

void SyncModel::step()
{
    m_bed.clock.advance(m_rng.bounded(90'000));
    const int r = int(m_rng.bounded(100));
    if (r < 18)
        createRecord(Side::Wix);
    else if (r < 24)
        createRecord(Side::CrmOffice);
    else if (r < 36)
        editRecord(Side::Wix);
    else if (r < 48)
        editRecord(Side::CrmOffice);
    else if (r < 56)
        concurrentEdit();
    else if (r < 60)
        deleteRecord(Side::Wix);
    else if (r < 64)
        deleteRecord(Side::CrmOffice);
    else if (r < 68)
        resolveConflict();
    else if (r < 78)
        syncWithFaults();
    else if (r < 84)
        syncInterrupted(Ending::Crash);
    else if (r < 88)
        syncInterrupted(Ending::Cancel);
    else
        note(QStringLiteral("sync: %1").arg(StoreCodec::fromStatus(sync(true).status)));
}

QJsonValue SyncModel::randomValue(int pair)
{
    switch (pair) {
    case 0:
        return kFirst[m_rng.bounded(int(kFirst.size()))];
    case 1: {
        // Mostly the pool (so match keys collide), sometimes a name never seen before.
        const QString last = kLast[m_rng.bounded(int(kLast.size()))];
        return m_rng.bounded(3) == 0 ? last + QString::number(++m_valueSerial) : last;
    }
    default:
        return kPhones[m_rng.bounded(int(kPhones.size()))];
    }
}

QJsonObject SyncModel::randomContact(Side s)
{
    QJsonObject fields;
    const QList<PropertyPair> &pairs = m_bed.mapping.flows[0].pairs;
    for (int i = 0; i < pairs.size(); ++i) {
        const QJsonValue v = randomValue(i);
        if (!isEmptyValue(v))
            fields.insert(s == Side::Wix ? pairs[i].wixPath : pairs[i].crmPath, v);
    }
    return fields;
}

void SyncModel::createRecord(Side s)
{
    QJsonObject fields = randomContact(s);
    // A CRMOffice that already holds a Wix contact: copy an unlinked one's values.
    if (s == Side::CrmOffice && m_rng.bounded(2) == 0) {
        const QList<Record> wix = m_bed.wix.records(kContacts);
        if (!wix.isEmpty()) {
            const Record &w = wix[m_rng.bounded(int(wix.size()))];
            if (partnerOf(Side::Wix, w.id).isEmpty()) {
                fields = {};
                for (const PropertyPair &p : m_bed.mapping.flows[0].pairs) {
                    if (w.fields.contains(p.wixPath))
                        fields.insert(p.crmPath, w.fields.value(p.wixPath));
                }
            }
        }
    }
    const QString id = side(s).insert(kContacts, fields);
    if (s == Side::CrmOffice)
        m_userCreatedCrm.insert(id);
    note(QStringLiteral("create %1 %2 %3")
             .arg(sideTag(s), id,
                  QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))));
}

std::optional<QString> SyncModel::pickRecord(Side s)
{
    QList<Record> all = side(s).records(kContacts);
    // An engine-made record whose link a crash lost is found again only while it still holds
    // what was sent (the journal's limit): users do not touch it before the next run.
    all.removeIf([&](const Record &r) {
        return s == Side::CrmOffice && !m_userCreatedCrm.contains(r.id)
            && partnerOf(s, r.id).isEmpty();
    });
    if (all.isEmpty())
        return std::nullopt;
    return all[m_rng.bounded(int(all.size()))].id;
}

void SyncModel::editRecord(Side s)
{
    const std::optional<QString> id = pickRecord(s);
    if (!id)
        return;
    const int pair = int(m_rng.bounded(3));
    QJsonValue v = randomValue(pair);
    if (agree(pair, v, valueOf(s, *id, pair)))
        v = QStringLiteral("%1-%2").arg(v.toString()).arg(++m_valueSerial);
    userEdit(s, *id, pair, v);
}

void SyncModel::concurrentEdit()
{
    const QList<Link> links = m_bed.store->links(QStringLiteral("contacts")).value;
    if (links.isEmpty())
        return;
    const Link &l = links[m_rng.bounded(int(links.size()))];
    if (!m_bed.wix.get(kContacts, l.wix.id) || !m_bed.crm.get(kContacts, l.crm.id))
        return;
    const int pair = int(m_rng.bounded(3));
    const QJsonValue v =
        QStringLiteral("%1-%2").arg(randomValue(pair).toString()).arg(++m_valueSerial);
    const bool equal = m_rng.bounded(2) == 0;
    const QJsonValue other = equal ? v : QJsonValue(v.toString() + QStringLiteral("x"));
    note(QStringLiteral("concurrent %1 edit").arg(equal ? "equal"_L1 : "different"_L1));
    userEdit(Side::Wix, l.wix.id, pair, v);
    userEdit(Side::CrmOffice, l.crm.id, pair, other);
}

void SyncModel::deleteRecord(Side s)
{
    const std::optional<QString> id = pickRecord(s);
    if (!id)
        return;
    for (int pair = 0; pair < 3; ++pair)
        forgetEditsSupersededBy(s, *id, pair);
    side(s).erase(kContacts, *id);
    note(QStringLiteral("delete %1 %2").arg(sideTag(s), *id));
}

void SyncModel::resolveConflict()
{
    const QList<Conflict> open = m_bed.store->openConflicts(QStringLiteral("contacts")).value;
    if (open.isEmpty())
        return;
    Conflict c = open[m_rng.bounded(int(open.size()))];
    const int how = int(m_rng.bounded(3));
    c.resolution = how == 0 ? Conflict::Resolution::TakeWix
        : how == 1          ? Conflict::Resolution::TakeCrmOffice
                            : Conflict::Resolution::Value;
    if (how == 2)
        c.resolvedValue = QStringLiteral("Resolved-%1").arg(++m_valueSerial);
    c.resolvedAt = QDateTime::currentDateTimeUtc();
    m_bed.store->saveConflict(c);
    int pair = 0;
    while (m_bed.mapping.flows[0].pairs[pair].wixPath != c.field)
        ++pair;
    // The decision replaces whatever either side held for that field.
    const std::optional<Link> l = m_bed.store->link(c.linkId).value;
    m_edits.removeIf(
        [&](const PendingEdit &e) { return l && e.pair == pair && e.id == l->side(e.side).id; });
    note(QStringLiteral("resolve conflict %1 on %2 (%3)").arg(c.id).arg(c.field).arg(how));
}

void SyncModel::userEdit(Side s, const QString &id, int pair, const QJsonValue &value)
{
    forgetEditsSupersededBy(s, id, pair);
    const PropertyPair &p = m_bed.mapping.flows[0].pairs[pair];
    side(s).edit(kContacts, id,
                 {{s == Side::Wix ? p.wixPath : p.crmPath,
                   isEmptyValue(value) ? QJsonValue(QJsonValue::Null) : value}});
    const bool visible = engineCanSeeEdit(s, id, pair);
    if (visible)
        m_edits.append({s, id, pair, value});
    note(QStringLiteral("edit %1 %2 pair %3 = '%4'%5")
             .arg(sideTag(s), id)
             .arg(pair)
             .arg(value.toString(), visible ? QString() : QStringLiteral(" (back to the base)")));
}

bool SyncModel::engineCanSeeEdit(Side s, const QString &id, int pair) const
{
    // Edits that end where the engine last saw the field (a later one undoing an earlier one
    // no run read) leave nothing to detect: three-way merging compares values, not histories.
    // What the engine compares with: the value a decided conflict was made on, else the
    // side's base. A field in an open conflict has a value the engine saw differ from the
    // base, so every edit of it shows. The bases themselves are checked after every clean sync.
    const std::optional<Link> l =
        m_bed.store->linkBySideId(QStringLiteral("contacts"), s, id).value;
    if (!l)
        return true;
    const PropertyPair &p = m_bed.mapping.flows[0].pairs[pair];
    const QJsonValue now = valueOf(s, id, pair);
    for (const Conflict &c : m_bed.store->conflictsForLink(l->id).value) {
        if (c.field != p.wixPath)
            continue;
        if (c.resolution == Conflict::Resolution::Open)
            return true;
        return !sameValue(now, s == Side::Wix ? c.wixValue : c.crmValue);
    }
    return !sameValue(now, l->side(s).base.value(s == Side::Wix ? p.wixPath : p.crmPath));
}

void SyncModel::forgetEditsSupersededBy(Side s, const QString &id, int pair)
{
    // A newer edit of the same field replaces an older one on the same record, and one on the
    // partner once that older edit had reached this record.
    const QString partner = partnerOf(s, id);
    const QJsonValue here = valueOf(s, id, pair);
    m_edits.removeIf([&](const PendingEdit &e) {
        if (e.pair != pair)
            return false;
        if (e.side == s)
            return e.id == id;
        return e.id == partner && agree(pair, e.value, here);
    });
}

QJsonValue SyncModel::valueOf(Side s, const QString &id, int pair) const
{
    const std::optional<Record> r = side(s).get(kContacts, id);
    if (!r)
        return {};
    const PropertyPair &p = m_bed.mapping.flows[0].pairs[pair];
    return r->fields.value(s == Side::Wix ? p.wixPath : p.crmPath);
}

bool SyncModel::agree(int pair, const QJsonValue &a, const QJsonValue &b) const
{
    if (sameValue(a, b))
        return true;
    if (pair != 2 || !m_normalize)
        return false;
    static const QRegularExpression spaces(QStringLiteral("[\\s()-]"));
    return a.toString().remove(spaces) == b.toString().remove(spaces);
}

QString SyncModel::partnerOf(Side s, const QString &id) const
{
    const std::optional<Link> l =
        m_bed.store->linkBySideId(QStringLiteral("contacts"), s, id).value;
    return l ? l->side(otherSide(s)).id : QString();
}

void SyncModel::syncWithFaults()
{
    const Side s = m_rng.bounded(2) ? Side::Wix : Side::CrmOffice;
    static const Call calls[] = {Call::ReadChanges, Call::Read,   Call::ReadIds,
                                 Call::Create,      Call::Update, Call::Remove};
    static const ConnectorError::Kind kinds[] = {
        ConnectorError::Kind::Transient, ConnectorError::Kind::Stale, ConnectorError::Kind::Auth};
    const Call call = calls[m_rng.bounded(6)];
    const ConnectorError::Kind kind = kinds[m_rng.bounded(3)];
    const int count = 1 + int(m_rng.bounded(3));
    const bool afterWrite = m_rng.bounded(2) == 0;
    side(s).failNext(call, kind, count, afterWrite);
    const RunSummary r = sync(m_rng.bounded(4) != 0);
    note(QStringLiteral("sync with %1 faults on %2 call %3 kind %4 afterWrite %5: %6")
             .arg(count)
             .arg(sideTag(s))
             .arg(int(call))
             .arg(int(kind))
             .arg(afterWrite)
             .arg(StoreCodec::fromStatus(r.status)));
    side(s).failNext(call, kind, 0);
}

void SyncModel::syncInterrupted(Ending ending)
{
    const int writes = int(m_rng.bounded(6));
    const bool after = m_rng.bounded(2) == 0;
    note(QStringLiteral("sync %1 after %2 writes%3")
             .arg(ending == Ending::Crash ? "crashing"_L1 : "cancelled"_L1)
             .arg(writes)
             .arg(after ? " (with the last carried out)"_L1 : ""_L1));
    try {
        sync(true, ending, writes, after);
    } catch (const CrashNow &) {
        note(QStringLiteral("crashed; the store is opened again"));
        reopenStore();
    }
}

RunSummary SyncModel::sync(bool force, Ending ending, int writesBefore, bool afterTheWrite)
{
    int writes = 0;
    const auto interrupt = [&, this] {
        if (ending == Ending::Crash)
            throw CrashNow();
        if (m_bed.lastRun)
            m_bed.lastRun->cancel();
    };
    const auto before = [&](Call call, const QString &) {
        if (ending != Ending::Normal
            && (call == Call::Create || call == Call::Update || call == Call::Remove)
            && writes++ == writesBefore && !afterTheWrite)
            interrupt();
    };
    const auto origin = m_bed.crm.onWritten;
    const auto written = [&](Call call, const QString &id) {
        if (origin)
            origin(call, id);
        if (ending != Ending::Normal && afterTheWrite && writes == writesBefore + 1)
            interrupt();
    };
    m_bed.wix.beforeCall = before;
    m_bed.crm.beforeCall = before;
    m_bed.wix.onWritten = [&](Call, const QString &) {
        if (ending != Ending::Normal && afterTheWrite && writes == writesBefore + 1)
            interrupt();
    };
    m_bed.crm.onWritten = written;
    const auto restore = qScopeGuard([&] {
        m_bed.wix.beforeCall = {};
        m_bed.crm.beforeCall = {};
        m_bed.wix.onWritten = {};
        m_bed.crm.onWritten = origin;
        m_bed.wix.clearCancel();
        m_bed.crm.clearCancel();
        m_bed.lastRun = nullptr;
    });
    RunOptions options;
    options.forceDeletes = force;
    return m_bed.sync(options);
}

void SyncModel::reopenStore()
{
    m_bed.store.reset();
    m_bed.store =
        std::make_unique<StateStore>(m_bed.dir.filePath(QStringLiteral("state.db")),
                                     m_name + QLatin1Char('.') + QString::number(++m_generation));
    m_bed.storeError = m_bed.store->open();
}

} // namespace Tandem::Test
