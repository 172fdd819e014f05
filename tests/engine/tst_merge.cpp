// Table-driven checks of mergeField() and the Reconciler (docs/architecture.md#state-per-link,
// #three-way-merge and #deletions).
#include "sync/engine/fieldmerge.h"
#include "sync/engine/reconciler.h"

#include <QJsonArray>
#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tandem::PairDirection)
Q_DECLARE_METATYPE(Tandem::ConflictPolicy)
Q_DECLARE_METATYPE(Tandem::FieldOutcome::Action)

namespace {

const QDateTime kEarly = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
const QDateTime kLate = kEarly.addSecs(60);

Flow contactsFlow()
{
    Flow f;
    f.id = QStringLiteral("contacts");
    f.sourceCollection = QStringLiteral("Contacts");
    f.targetCollection = QStringLiteral("Contacts");
    f.pairs = {{QStringLiteral("info.name.first"), QStringLiteral("givenName")},
               {QStringLiteral("info.name.last"), QStringLiteral("familyName")},
               {QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone")}};
    return f;
}

Record rec(const QString &id, const QJsonObject &fields, const QDateTime &at = kEarly)
{
    Record r;
    r.id = id;
    r.token = QStringLiteral("2");
    r.updatedAt = at;
    r.fields = fields;
    return r;
}

Link linked(const QJsonObject &wixBase, const QJsonObject &crmBase)
{
    Link l;
    l.id = 7;
    l.flowId = QStringLiteral("contacts");
    l.wix = {QStringLiteral("w1"), QStringLiteral("1"), kEarly, wixBase};
    l.crm = {QStringLiteral("c1"), QStringLiteral("1"), kEarly, crmBase};
    return l;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testMergeField_data();
    void testMergeField();
    void testEmptyValuesAreEqual();
    void testBothSidesEditedKeepsOtherFields();
    void testUnreadSideIsItsBase();
    void testOpenConflictKeepsItsBases();
    void testConflictSettlesWhenSidesAgree();
    void testResolutionWritesBothSides();
    void testCoercionErrorIsPerRecord();
    void testNormalisedAnswerBecomesBase();
    void testPartialWriteMovesOnlyWrittenBases();
    void testUnchangedOnlyWhenReconcileDecidesNothing();
    void testCreateFollowsPairDirection();
    void testLinkCopiesMissingValuesAndKeepsMatchedOnes();
    void testDeletionPolicies();
};

void TestMerge::testMergeField_data()
{
    using A = FieldOutcome::Action;
    QTest::addColumn<QJsonValue>("wixBase");
    QTest::addColumn<QJsonValue>("wixNow");
    QTest::addColumn<QJsonValue>("crmBase");
    QTest::addColumn<QJsonValue>("crmNow");
    QTest::addColumn<bool>("wixNewer");
    QTest::addColumn<PairDirection>("direction");
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<A>("expected");

    const QJsonValue a(QStringLiteral("a")), b(QStringLiteral("b")), c(QStringLiteral("c"));
    const QJsonValue none;
    const auto both = PairDirection::Both;
    const auto w2c = PairDirection::WixToCrmOffice;
    const auto c2w = PairDirection::CrmOfficeToWix;
    const auto ask = ConflictPolicy::Ask;
    // clang-format off
    QTest::newRow("unchanged")              << a << a << a << a << true << both << ask << A::None;
    QTest::newRow("wix changed")            << a << b << a << a << true << both << ask << A::ToCrm;
    QTest::newRow("crm changed")            << a << a << a << b << true << both << ask << A::ToWix;
    QTest::newRow("wix cleared")            << a << none << a << a << true << both << ask << A::ToCrm;
    QTest::newRow("crm set from empty")     << none << none << none << b << true << both << ask << A::ToWix;
    QTest::newRow("both same value")        << a << b << a << b << true << both << ask << A::None;
    QTest::newRow("both differ ask")        << a << b << a << c << true << both << ask << A::Conflict;
    QTest::newRow("both differ wix")        << a << b << a << c << false << both << ConflictPolicy::Wix << A::ToCrm;
    QTest::newRow("both differ crm")        << a << b << a << c << true << both << ConflictPolicy::CrmOffice << A::ToWix;
    QTest::newRow("newest wix newer")       << a << b << a << c << true << both << ConflictPolicy::Newest << A::ToCrm;
    QTest::newRow("newest crm newer")       << a << b << a << c << false << both << ConflictPolicy::Newest << A::ToWix;
    QTest::newRow("already equal")          << a << b << c << b << true << both << ask << A::None;
    QTest::newRow("w2c source changed")     << a << b << a << a << true << w2c << ask << A::ToCrm;
    QTest::newRow("w2c target edit alone")  << a << a << a << b << true << w2c << ask << A::None;
    QTest::newRow("w2c both: source wins")  << a << b << a << c << false << w2c << ConflictPolicy::CrmOffice << A::ToCrm;
    QTest::newRow("c2w source changed")     << a << a << a << b << true << c2w << ask << A::ToWix;
    QTest::newRow("c2w target edit alone")  << a << b << a << a << true << c2w << ask << A::None;
    QTest::newRow("c2w both: source wins")  << a << b << a << c << true << c2w << ConflictPolicy::Wix << A::ToWix;
    // clang-format on
}

void TestMerge::testMergeField()
{
    QFETCH(QJsonValue, wixBase);
    QFETCH(QJsonValue, wixNow);
    QFETCH(QJsonValue, crmBase);
    QFETCH(QJsonValue, crmNow);
    QFETCH(bool, wixNewer);
    QFETCH(PairDirection, direction);
    QFETCH(ConflictPolicy, policy);
    QFETCH(FieldOutcome::Action, expected);
    FieldInput in{
        wixBase, wixNow, crmBase, crmNow, wixNewer ? kLate : kEarly, wixNewer ? kEarly : kLate};
    QCOMPARE(mergeField(in, direction, policy).action, expected);
}

void TestMerge::testEmptyValuesAreEqual()
{
    QVERIFY(sameValue(QJsonValue(), QJsonValue(QJsonValue::Null)));
    QVERIFY(sameValue(QJsonValue(QString()), QJsonValue()));
    QVERIFY(!sameValue(QJsonValue(QStringLiteral("0")), QJsonValue()));
    QVERIFY(sameValue(QJsonValue(1.0), QJsonValue(1)));
    // A newest policy without comparable dates asks instead of guessing.
    FieldInput in{QJsonValue(QStringLiteral("a")),
                  QJsonValue(QStringLiteral("b")),
                  QJsonValue(QStringLiteral("a")),
                  QJsonValue(QStringLiteral("c")),
                  kEarly,
                  kEarly};
    QCOMPARE(mergeField(in, PairDirection::Both, ConflictPolicy::Newest).action,
             FieldOutcome::Action::Conflict);
}

void TestMerge::testBothSidesEditedKeepsOtherFields()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}, {u"info.name.last"_s, u"Byron"_s}},
                          {{u"givenName"_s, u"Ada"_s}, {u"familyName"_s, u"Byron"_s}});
    const RecordDecision d = r.reconcile(
        l,
        {rec(u"w1"_s, {{u"info.name.first"_s, u"Ada"_s}, {u"info.name.last"_s, u"Lovelace"_s}}),
         rec(u"c1"_s,
             {{u"givenName"_s, u"Ada"_s},
              {u"familyName"_s, u"King"_s},
              {u"directPhone"_s, u"+4712345678"_s}})},
        {});
    QCOMPARE(d.conflicts.size(), 1);
    QCOMPARE(d.conflicts[0].field, QStringLiteral("info.name.last"));
    QCOMPARE(d.conflicts[0].wixValue.toString(), QStringLiteral("Lovelace"));
    QCOMPARE(d.conflicts[0].crmValue.toString(), QStringLiteral("King"));
    QCOMPARE(d.conflicts[0].baseValue.toString(), QStringLiteral("Byron"));
    QCOMPARE(d.writes[Side::Wix], (QJsonObject{{u"primaryInfo.phone"_s, u"+4712345678"_s}}));
    QVERIFY(d.writes[Side::CrmOffice].isEmpty());
    QCOMPARE(d.conflictPairs, QList<int>{1});
}

void TestMerge::testUnreadSideIsItsBase()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}}, {{u"givenName"_s, u"Ada"_s}});
    const RecordDecision d =
        r.reconcile(l, {rec(u"w1"_s, {{u"info.name.first"_s, u"Augusta"_s}}), {}}, {});
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"Augusta"_s}}));
    QVERIFY(d.conflicts.isEmpty());
    const RecordDecision same =
        r.reconcile(l, {rec(u"w1"_s, {{u"info.name.first"_s, u"Ada"_s}}), {}}, {});
    QVERIFY(!same.hasWrites());
}

void TestMerge::testOpenConflictKeepsItsBases()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}}, {{u"givenName"_s, u"Ada"_s}});
    Conflict open;
    open.id = 3;
    open.linkId = 7;
    open.field = QStringLiteral("info.name.first");
    open.wixValue = QStringLiteral("Augusta");
    open.crmValue = QStringLiteral("Ada L.");
    // Wix edits another field; CRMOffice is not read: its side of the conflict still stands.
    RecordDecision d = r.reconcile(
        l,
        {rec(u"w1"_s, {{u"info.name.first"_s, u"Augusta"_s}, {u"info.name.last"_s, u"King"_s}}),
         {}},
        {open});
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"familyName"_s, u"King"_s}}));
    QVERIFY(d.conflicts.isEmpty()); // same values as stored: not saved again
    QCOMPARE(d.conflictPairs, QList<int>{0});
    QVERIFY(d.settledConflicts.isEmpty());
    Record answer =
        rec(u"c1"_s, {{u"givenName"_s, u"Ada L."_s}, {u"familyName"_s, u"King"_s}}, kLate);
    r.applyWrite(d, Side::CrmOffice, answer);
    r.finish(d);
    QCOMPARE(d.link.wix.base.value(u"info.name.first"_s).toString(), QStringLiteral("Ada"));
    QCOMPARE(d.link.crm.base.value(u"givenName"_s).toString(), QStringLiteral("Ada"));
    QCOMPARE(d.link.crm.base.value(u"familyName"_s).toString(), QStringLiteral("King"));
    QCOMPARE(d.link.wix.base.value(u"info.name.last"_s).toString(), QStringLiteral("King"));
}

void TestMerge::testConflictSettlesWhenSidesAgree()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}}, {{u"givenName"_s, u"Ada"_s}});
    Conflict open;
    open.id = 3;
    open.field = QStringLiteral("info.name.first");
    open.wixValue = QStringLiteral("Augusta");
    open.crmValue = QStringLiteral("Ada L.");
    const RecordDecision d =
        r.reconcile(l, {rec(u"w1"_s, {{u"info.name.first"_s, u"Ada L."_s}}), {}}, {open});
    QVERIFY(!d.hasWrites());
    QCOMPARE(d.settledConflicts, QList<qint64>{3});
}

void TestMerge::testResolutionWritesBothSides()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}}, {{u"givenName"_s, u"Ada"_s}});
    Conflict c;
    c.id = 4;
    c.field = QStringLiteral("info.name.first");
    c.wixValue = QStringLiteral("Augusta");
    c.crmValue = QStringLiteral("Ada L.");
    c.resolution = Conflict::Resolution::TakeWix;
    RecordDecision d = r.reconcile(l, {std::nullopt, std::nullopt}, {c});
    QVERIFY(d.writes[Side::Wix].isEmpty());
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"Augusta"_s}}));
    QCOMPARE(d.settledConflicts, QList<qint64>{4});
    c.resolution = Conflict::Resolution::Value;
    c.resolvedValue = QStringLiteral("Augusta Ada");
    d = r.reconcile(l, {std::nullopt, std::nullopt}, {c});
    QCOMPARE(d.writes[Side::Wix], (QJsonObject{{u"info.name.first"_s, u"Augusta Ada"_s}}));
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"Augusta Ada"_s}}));
}

void TestMerge::testCoercionErrorIsPerRecord()
{
    Flow flow = contactsFlow();
    flow.pairs.append(
        {QStringLiteral("info.extendedFields.age"), QStringLiteral("age"), DataType::Integer});
    const Reconciler r(flow, kLate);
    const Link l = linked({}, {});
    const RecordDecision bad =
        r.reconcile(l, {rec(u"w1"_s, {{u"info.extendedFields.age"_s, u"forty-two"_s}}), {}}, {});
    QVERIFY(!bad.error.isEmpty());
    QCOMPARE(bad.errorSide, Side::CrmOffice);
    QVERIFY(bad.error.contains(QStringLiteral("age")));
    const RecordDecision good =
        r.reconcile(l, {rec(u"w1"_s, {{u"info.extendedFields.age"_s, u"42"_s}}), {}}, {});
    QVERIFY(good.error.isEmpty());
    QCOMPARE(good.writes[Side::CrmOffice].value(u"age"_s).toDouble(), 42.0);
}

void TestMerge::testNormalisedAnswerBecomesBase()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"primaryInfo.phone"_s, u"+4711111111"_s}},
                          {{u"directPhone"_s, u"+4711111111"_s}});
    RecordDecision d =
        r.reconcile(l, {rec(u"w1"_s, {{u"primaryInfo.phone"_s, u"+47 22 33 44 55"_s}}), {}}, {});
    QCOMPARE(d.writes[Side::CrmOffice].value(u"directPhone"_s).toString(),
             QStringLiteral("+47 22 33 44 55"));
    r.applyWrite(d, Side::CrmOffice, rec(u"c1"_s, {{u"directPhone"_s, u"+4722334455"_s}}, kLate));
    r.finish(d);
    QCOMPARE(d.link.crm.base.value(u"directPhone"_s).toString(), QStringLiteral("+4722334455"));
    QCOMPARE(d.link.wix.base.value(u"primaryInfo.phone"_s).toString(),
             QStringLiteral("+47 22 33 44 55"));
    // Next run: both sides serve what their bases say: nothing to do, no ping-pong.
    const RecordDecision next =
        r.reconcile(d.link,
                    {rec(u"w1"_s, {{u"primaryInfo.phone"_s, u"+47 22 33 44 55"_s}}),
                     rec(u"c1"_s, {{u"directPhone"_s, u"+4722334455"_s}})},
                    {});
    QVERIFY(!next.hasWrites());
    QVERIFY(next.conflicts.isEmpty());
}

void TestMerge::testPartialWriteMovesOnlyWrittenBases()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const Link l = linked({{u"info.name.first"_s, u"A"_s}, {u"info.name.last"_s, u"B"_s}},
                          {{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"B"_s}});
    RecordDecision d =
        r.reconcile(l,
                    {rec(u"w1"_s, {{u"info.name.first"_s, u"A2"_s}, {u"info.name.last"_s, u"B"_s}}),
                     rec(u"c1"_s, {{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"B2"_s}})},
                    {});
    QCOMPARE(d.writes[Side::Wix], (QJsonObject{{u"info.name.last"_s, u"B2"_s}}));
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"A2"_s}}));
    r.applyWrite(
        d, Side::Wix,
        rec(u"w1"_s, {{u"info.name.first"_s, u"A2"_s}, {u"info.name.last"_s, u"B2"_s}}, kLate));
    // The CRMOffice write failed: the Wix edit of the first name must still be pending.
    QCOMPARE(d.link.wix.base.value(u"info.name.first"_s).toString(), QStringLiteral("A"));
    QCOMPARE(d.link.wix.base.value(u"info.name.last"_s).toString(), QStringLiteral("B2"));
    QCOMPARE(d.link.crm.base.value(u"familyName"_s).toString(), QStringLiteral("B2"));
    const RecordDecision retry = r.reconcile(d.link, d.current, {});
    QVERIFY(retry.writes[Side::Wix].isEmpty());
    QCOMPARE(retry.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"A2"_s}}));
}

// unchanged() lets a run skip reconcile() for records read again: it must never say so of a
// link that reconcile() would write, rebase or mark.
void TestMerge::testUnchangedOnlyWhenReconcileDecidesNothing()
{
    const Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    Link l = linked({{u"info.name.first"_s, u"A"_s}, {u"info.name.last"_s, u"B"_s}},
                    {{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"B"_s}});
    l.wix.token = l.crm.token = QStringLiteral("2"); // the token rec() reads
    const Record wix =
        rec(u"w1"_s, {{u"info.name.first"_s, u"A"_s}, {u"info.name.last"_s, u"B"_s}});
    const Record crm = rec(
        u"c1"_s, {{u"givenName"_s, u"A"_s}, {u"familyName"_s, u"B"_s}, {u"directPhone"_s, u""_s}});
    const auto agrees = [&](const Link &link, const Record *w, const Record *c) {
        const std::optional<Record> wr = w ? std::optional<Record>(*w) : std::nullopt;
        const std::optional<Record> cr = c ? std::optional<Record>(*c) : std::nullopt;
        const bool noop = r.reconcile(link, {wr, cr}, {}).isNoop();
        return r.unchanged(link, {w, c}) ? noop : true;
    };
    QVERIFY(r.unchanged(l, {&wix, &crm})); // an empty value is no value
    QVERIFY(r.unchanged(l, {nullptr, &crm}));
    QVERIFY(agrees(l, &wix, &crm) && agrees(l, nullptr, &crm));

    Record moved = wix; // a new token with the same values: the link rebases
    moved.token = QStringLiteral("3");
    QVERIFY(!r.unchanged(l, {&moved, &crm}));
    Record edited = crm;
    edited.fields.insert(u"familyName"_s, u"B2"_s);
    QVERIFY(!r.unchanged(l, {&wix, &edited}));
    // A partial write keeps the Wix token it was answered but not the base of an edit still
    // pending for CRMOffice: at that same token the record is not its base.
    Link pending = l;
    pending.wix.base.insert(u"info.name.first"_s, u"A0"_s);
    QVERIFY(!r.unchanged(pending, {&wix, nullptr}));
    QVERIFY(!r.reconcile(pending, {wix, std::nullopt}, {}).isNoop());
    Link gone = l;
    gone.crm.gone = true;
    QVERIFY(!r.unchanged(gone, {&wix, nullptr}));
    QVERIFY(agrees(l, &moved, &crm) && agrees(l, &wix, &edited) && agrees(pending, &wix, nullptr));
}

void TestMerge::testCreateFollowsPairDirection()
{
    Flow flow = contactsFlow();
    flow.pairs[2].direction = PairDirection::CrmOfficeToWix;
    const Reconciler r(flow, kLate);
    const RecordDecision d = r.create(rec(u"w9"_s,
                                          {{u"info.name.first"_s, u"Ada"_s},
                                           {u"primaryInfo.phone"_s, u"1"_s},
                                           {u"other"_s, u"x"_s}}),
                                      Side::Wix);
    QCOMPARE(d.kind, RecordDecision::Kind::Create);
    QCOMPARE(d.target, Side::CrmOffice);
    QCOMPARE(d.writes[Side::CrmOffice], (QJsonObject{{u"givenName"_s, u"Ada"_s}}));
    QCOMPARE(d.link.wix.id, QStringLiteral("w9"));
}

void TestMerge::testLinkCopiesMissingValuesAndKeepsMatchedOnes()
{
    Flow flow = contactsFlow();
    const Reconciler r(flow, kLate);
    const RecordDecision d = r.link(
        rec(u"w1"_s,
            {{u"info.name.first"_s, u"Ada"_s}, {u"primaryInfo.phone"_s, u"+47 22 33 44 55"_s}}),
        rec(u"c1"_s,
            {{u"givenName"_s, u"Ada"_s},
             {u"familyName"_s, u"King"_s},
             {u"directPhone"_s, u"+4722334455"_s}}),
        {0, 2});
    QCOMPARE(d.kind, RecordDecision::Kind::Link);
    QCOMPARE(d.writes[Side::Wix], (QJsonObject{{u"info.name.last"_s, u"King"_s}}));
    QVERIFY(d.writes[Side::CrmOffice].isEmpty());
    QVERIFY(d.conflicts.isEmpty());
}

void TestMerge::testDeletionPolicies()
{
    Flow flow = contactsFlow();
    const Link l = linked({{u"info.name.first"_s, u"Ada"_s}}, {{u"givenName"_s, u"Ada"_s}});
    const Reconciler r(flow, kLate);
    QCOMPARE(r.deletion(l, Side::Wix, std::nullopt, false).kind, RecordDecision::Kind::Delete);
    QCOMPARE(r.deletion(l, Side::Wix, rec(u"c1"_s, {{u"givenName"_s, u"Ada"_s}}), false).kind,
             RecordDecision::Kind::Delete);
    QCOMPARE(r.deletion(l, Side::Wix, rec(u"c1"_s, {{u"givenName"_s, u"Augusta"_s}}), false).kind,
             RecordDecision::Kind::Unlink);
    QCOMPARE(r.deletion(l, Side::CrmOffice, std::nullopt, true).kind, RecordDecision::Kind::Unlink);
    flow.deletionPolicy = DeletionPolicy::Unlink;
    const Reconciler unlinking(flow, kLate);
    QCOMPARE(unlinking.deletion(l, Side::Wix, std::nullopt, false).kind,
             RecordDecision::Kind::Unlink);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
