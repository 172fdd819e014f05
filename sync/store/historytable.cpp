#include "sync/store/historytable.h"

#include "sync/store/storecodec.h"
#include "sync/store/storeconnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tandem {

namespace {

// A LIKE pattern that finds `text` anywhere, its own % and _ taken literally.
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// The conditions `query` sets on run_entries (as e), their values appended in order. A record
// is found by its id, its name or any value written (json_tree reaches into lists such as
// phones).
QStringList entryConditions(const HistoryQuery &query, QVariantList *values)
{
    QStringList parts;
    if (query.action) {
        parts << QStringLiteral("e.action = ?");
        values->append(StoreCodec::fromAction(*query.action));
    }
    if (!query.record.isEmpty()) {
        parts << QStringLiteral(
            "(e.record_id LIKE ? ESCAPE '\\' OR e.record_name LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM json_tree(e.before) WHERE atom LIKE ? ESCAPE '\\')"
            " OR EXISTS (SELECT 1 FROM json_tree(e.after) WHERE atom LIKE ? ESCAPE '\\'))");
        const QString pattern = containsPattern(query.record);
        *values << pattern << pattern << pattern << pattern;
    }
    return parts;
}

QString runConditions(const HistoryQuery &query, QVariantList *values)
{
    QStringList parts;
    if (query.from.isValid()) {
        parts << QStringLiteral("started_at >= ?");
        values->append(StoreCodec::fromDateTime(query.from));
    }
    if (query.to.isValid()) {
        parts << QStringLiteral("started_at < ?");
        values->append(StoreCodec::fromDateTime(query.to));
    }
    if (query.filtersEntries())
        parts << QStringLiteral("EXISTS (SELECT 1 FROM run_entries e WHERE e.run_id = runs.id"
                                " AND %1)")
                     .arg(entryConditions(query, values).join(QLatin1String(" AND ")));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

bool HistoryTable::saveRun(RunRecord &run)
{
    const bool insert = run.id == 0;
    QSqlQuery *query = m_connection.prepare(
        insert ? QStringLiteral("INSERT INTO runs (started_at, finished_at, status, dry_run,"
                                " counts, error, kind, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE runs SET started_at = ?, finished_at = ?, status = ?,"
                                " dry_run = ?, counts = ?, error = ?, kind = ?, undoes = ?"
                                " WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(StoreCodec::fromDateTime(run.startedAt));
    query->addBindValue(StoreCodec::fromDateTime(run.finishedAt));
    query->addBindValue(StoreCodec::fromStatus(run.status));
    query->addBindValue(run.dryRun ? 1 : 0);
    query->addBindValue(StoreCodec::fromObject(run.counts));
    query->addBindValue(StoreCodec::fromText(run.error));
    query->addBindValue(run.kind == RunRecord::Kind::Undo ? QStringLiteral("undo")
                                                          : QStringLiteral("sync"));
    query->addBindValue(run.undoes);
    if (!insert)
        query->addBindValue(run.id);
    if (!m_connection.exec(query, QStringLiteral("saving a run")))
        return false;
    if (insert) {
        run.id = query->lastInsertId().toLongLong();
    } else if (query->numRowsAffected() == 0) {
        m_connection.fail(
            StoreError::Kind::Constraint,
            StateStore::tr("There is no run %1 in %2.").arg(run.id).arg(m_connection.filePath()));
        return false;
    }
    return true;
}

std::optional<RunRecord> HistoryTable::run(qint64 runId)
{
    const QList<RunRecord> found = selectRuns(QStringLiteral("WHERE id = ?"), {runId});
    return found.isEmpty() ? std::nullopt : std::optional<RunRecord>(found.first());
}

QList<RunRecord> HistoryTable::runs(int limit)
{
    return selectRuns(QStringLiteral("ORDER BY started_at DESC, id DESC LIMIT ?"), {limit});
}

RunPage HistoryTable::runPage(const HistoryQuery &query)
{
    QVariantList values;
    const QString where = runConditions(query, &values);
    const std::optional<int> total = countRuns(where, values);
    if (!total)
        return {};
    RunPage page;
    page.total = *total;
    page.offset = std::max(0, query.offset);
    values << std::max(0, query.limit) << page.offset;
    page.runs = selectRuns(
        where + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"), values);
    return page;
}

std::optional<int> HistoryTable::countRuns(const QString &where, const QVariantList &values)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("SELECT count(*) FROM runs ") + where);
    if (!query)
        return std::nullopt;
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!m_connection.exec(query, QStringLiteral("counting runs")))
        return std::nullopt;
    const int total = query->next() ? query->value(0).toInt() : 0;
    m_connection.finish(query, QStringLiteral("counting runs"));
    return total;
}

QList<RunRecord> HistoryTable::selectRuns(const QString &tail, const QVariantList &values)
{
    QSqlQuery *query = m_connection.prepare(
        QStringLiteral("SELECT id, started_at, finished_at, status, dry_run, counts, error,"
                       " kind, undoes FROM runs ")
        + tail);
    if (!query)
        return {};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!m_connection.exec(query, QStringLiteral("reading runs")))
        return {};
    QList<RunRecord> runs;
    while (query->next()) {
        RunRecord run;
        run.id = query->value(0).toLongLong();
        run.startedAt = StoreCodec::toDateTime(query->value(1));
        run.finishedAt = StoreCodec::toDateTime(query->value(2));
        const auto status = StoreCodec::toStatus(query->value(3).toString());
        run.status = status.value_or(RunRecord::Status::Failed);
        run.dryRun = query->value(4).toBool();
        bool ok = true;
        run.counts = StoreCodec::toObject(query->value(5), &ok);
        run.error = query->value(6).toString();
        run.kind = query->value(7).toString() == QLatin1String("undo") ? RunRecord::Kind::Undo
                                                                       : RunRecord::Kind::Sync;
        run.undoes = query->value(8).toLongLong();
        if (!status || !ok)
            m_connection.badColumn(QStringLiteral("runs"), run.id,
                                   status ? QStringLiteral("counts") : QStringLiteral("status"));
        runs.append(std::move(run));
    }
    m_connection.finish(query, QStringLiteral("reading runs"));
    return runs;
}

bool HistoryTable::addEntry(RunEntry &entry)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral(
        "INSERT INTO run_entries (run_id, flow_id, side, record_id, record_name, action,"
        " before, after, token, message, at, partner_id, undoes_entry)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return false;
    query->addBindValue(entry.runId);
    query->addBindValue(StoreCodec::fromText(entry.flowId));
    query->addBindValue(StoreCodec::fromSide(entry.side));
    query->addBindValue(StoreCodec::fromText(entry.recordId));
    query->addBindValue(StoreCodec::fromText(entry.recordName));
    query->addBindValue(StoreCodec::fromAction(entry.action));
    query->addBindValue(StoreCodec::fromObject(entry.before));
    query->addBindValue(StoreCodec::fromObject(entry.after));
    query->addBindValue(StoreCodec::fromText(entry.token));
    query->addBindValue(StoreCodec::fromText(entry.message));
    query->addBindValue(StoreCodec::fromDateTime(entry.at));
    // NULL only when unknown: "no partner" is an empty text.
    query->addBindValue(entry.partnerId ? StoreCodec::fromText(*entry.partnerId)
                                        : QVariant(QMetaType(QMetaType::QString)));
    query->addBindValue(entry.undoesEntry);
    if (!m_connection.exec(query, QStringLiteral("adding a run entry")))
        return false;
    entry.id = query->lastInsertId().toLongLong();
    return true;
}

QList<RunEntry> HistoryTable::entries(qint64 runId, const HistoryQuery &filter)
{
    QVariantList values{runId};
    const QStringList conditions = entryConditions(filter, &values);
    QSqlQuery *query = m_connection.prepare(
        QStringLiteral("SELECT id, run_id, flow_id, side, record_id, action, before, after, token,"
                       " message, at, record_name, partner_id, undoes_entry FROM run_entries e"
                       " WHERE run_id = ? %1 ORDER BY id")
            .arg(conditions.isEmpty()
                     ? QString()
                     : QStringLiteral("AND ") + conditions.join(QLatin1String(" AND "))));
    if (!query)
        return {};
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    if (!m_connection.exec(query, QStringLiteral("reading run entries")))
        return {};
    QList<RunEntry> entries;
    while (query->next()) {
        RunEntry e;
        e.id = query->value(0).toLongLong();
        e.runId = query->value(1).toLongLong();
        e.flowId = query->value(2).toString();
        const auto side = StoreCodec::toSide(query->value(3).toString());
        e.side = side.value_or(Side::Wix);
        e.recordId = query->value(4).toString();
        const auto action = StoreCodec::toAction(query->value(5).toString());
        e.action = action.value_or(RunEntry::Action::Error);
        bool beforeOk = true;
        bool afterOk = true;
        e.before = StoreCodec::toObject(query->value(6), &beforeOk);
        e.after = StoreCodec::toObject(query->value(7), &afterOk);
        e.token = query->value(8).toString();
        e.message = query->value(9).toString();
        e.at = StoreCodec::toDateTime(query->value(10));
        e.recordName = query->value(11).toString();
        if (!query->value(12).isNull())
            e.partnerId = query->value(12).toString();
        e.undoesEntry = query->value(13).toLongLong();
        const char *bad = !side ? "side"
            : !action           ? "action"
            : !beforeOk         ? "before"
            : !afterOk          ? "after"
                                : nullptr;
        if (bad)
            m_connection.badColumn(QStringLiteral("run_entries"), e.id, QLatin1String(bad));
        entries.append(std::move(e));
    }
    m_connection.finish(query, QStringLiteral("reading run entries"));
    return entries;
}

QList<qint64> HistoryTable::undoneEntries(qint64 runId)
{
    // An undo's entry that a later undo took back in turn no longer counts.
    QSqlQuery *query = m_connection.prepare(QStringLiteral(
        "SELECT x.undoes_entry FROM run_entries x JOIN runs u ON u.id = x.run_id"
        " WHERE u.undoes = ? AND x.undoes_entry <> 0"
        " AND NOT EXISTS (SELECT 1 FROM run_entries y WHERE y.undoes_entry = x.id)"));
    if (!query)
        return {};
    query->addBindValue(runId);
    if (!m_connection.exec(query, QStringLiteral("reading what was undone")))
        return {};
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    m_connection.finish(query, QStringLiteral("reading what was undone"));
    return ids;
}

bool HistoryTable::prune(const QDateTime &olderThan, qint64 keepRunId)
{
    // Entries go with their run (ON DELETE CASCADE).
    QSqlQuery *query =
        m_connection.prepare(QStringLiteral("DELETE FROM runs WHERE started_at < ? AND id <> ?"));
    if (!query)
        return false;
    query->addBindValue(StoreCodec::fromDateTime(olderThan));
    query->addBindValue(keepRunId);
    return m_connection.exec(query, QStringLiteral("pruning history"));
}

} // namespace Tandem
