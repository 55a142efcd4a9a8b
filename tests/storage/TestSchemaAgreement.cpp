// The schema is written once (storage/Migrations.cpp, SchemaText) and its triggers per engine;
// these tests read both engines' catalogues and hold them to each other, so drift between them
// (a column, a constraint, a guarded event that one engine has and the other lacks) fails here.
#include "StoreReads.h"
#include "TempDatabase.h"

#include "storage/SchemaText.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

// One engine's schema, in terms both can be compared in: SQLite's spelling of types, defaults
// without casts, booleans as 0/1.
struct Shape
{
    std::map<QString, QStringList> columns; // table -> "name TYPE [NOT NULL] [DEFAULT x] [BOOL]", in order
    std::map<QString, QStringList> keys; // table -> primary key, unique sets, foreign keys
    std::map<QString, int> checks; // table -> CHECK constraints, not counting SQLite's boolean ones
    std::map<QString, QString> indexes; // name -> "table(columns) [UNIQUE] [PARTIAL]"
    std::map<QString, std::set<QString>> guarded; // table -> events a trigger guards (INSERT, UPDATE, DELETE)
};

QList<QVariantList> rows(Database& db, const QString& sql, const QVariantList& values = {})
{
    QList<QVariantList> out;
    auto q = db.exec(sql, values);
    if (!q) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.error().toString().toStdString();
        return out;
    }
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < q->record().count(); ++i)
            row << q->value(i);
        out << row;
    }
    return out;
}

QString normalDefault(QString value)
{
    if (value.isEmpty())
        return {};
    // PostgreSQL: 'available'::text, true; SQLite: 'available', 1.
    static const QRegularExpression cast(u"::[a-z ]+$"_s);
    value.remove(cast);
    if (value == u"true"_s)
        return u"1"_s;
    if (value == u"false"_s)
        return u"0"_s;
    return value;
}

const QRegularExpression kBoolCheck(u"CHECK \\((\\w+) IN \\(0, 1\\)\\)"_s);

Shape sqliteShape(Database& db)
{
    Shape shape;
    for (const QVariantList& table :
         rows(db, u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s)) {
        const QString name = table.at(0).toString();
        const QString sql = table.at(1).toString();
        QSet<QString> bools;
        for (auto it = kBoolCheck.globalMatch(sql); it.hasNext();)
            bools.insert(it.next().captured(1));
        shape.checks[name] = int(sql.count(u"CHECK ("_s)) - int(bools.size());
        QStringList pk;
        for (const QVariantList& c :
             rows(db, u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"_s, { name })) {
            const QString column = c.at(0).toString();
            const bool notNull = c.at(2).toInt() == 1 || c.at(4).toInt() > 0;
            shape.columns[name] << u"%1 %2%3%4%5"_s.arg(column, c.at(1).toString(), notNull ? u" NOT NULL"_s : QString(),
                                                        c.at(3).isNull() ? QString() : u" DEFAULT "_s + normalDefault(c.at(3).toString()),
                                                        bools.contains(column) ? u" BOOL"_s : QString());
            if (c.at(4).toInt() > 0)
                pk << column;
        }
        shape.keys[name] << u"PRIMARY KEY (%1)"_s.arg(pk.join(u", "_s));
        for (const QVariantList& fk :
             rows(db, u"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)"_s, { name }))
            shape.keys[name] << u"FOREIGN KEY (%1) REFERENCES %2(%3) ON DELETE %4"_s.arg(
                fk.at(0).toString(), fk.at(1).toString(), fk.at(2).toString(), fk.at(3).toString());
        for (const QVariantList& index :
             rows(db, u"SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"_s, { name })) {
            QStringList columns;
            for (const QVariantList& c : rows(db, u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s, { index.at(0) }))
                columns << (c.at(0).isNull() ? u"(expression)"_s : c.at(0).toString());
            const QString origin = index.at(2).toString();
            if (origin == u"u"_s)
                shape.keys[name] << u"UNIQUE (%1)"_s.arg(columns.join(u", "_s));
            else if (origin == u"c"_s)
                shape.indexes[index.at(0).toString()] = u"%1(%2)%3%4"_s.arg(name, columns.join(u", "_s),
                                                                             index.at(1).toInt() ? u" UNIQUE"_s : QString(),
                                                                             index.at(3).toInt() ? u" PARTIAL"_s : QString());
        }
        shape.keys[name].sort();
    }
    static const QRegularExpression event(u"\\b(?:BEFORE|AFTER|INSTEAD OF)\\s+(INSERT|UPDATE|DELETE)\\b.*?\\bON\\s+(\\w+)"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    for (const QVariantList& trigger : rows(db, u"SELECT sql FROM sqlite_master WHERE type = 'trigger'"_s)) {
        const QRegularExpressionMatch m = event.match(trigger.at(0).toString());
        EXPECT_TRUE(m.hasMatch()) << trigger.at(0).toString().toStdString();
        shape.guarded[m.captured(2)].insert(m.captured(1));
    }
    return shape;
}

QString sqliteTypeOf(const QString& postgresType)
{
    if (postgresType == u"bigint"_s || postgresType == u"integer"_s || postgresType == u"boolean"_s)
        return u"INTEGER"_s;
    if (postgresType == u"text"_s || postgresType == u"timestamp with time zone"_s)
        return u"TEXT"_s;
    return u"? "_s + postgresType;
}

Shape postgresShape(Database& db)
{
    Shape shape;
    const QString tables = u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                           "AND table_type = 'BASE TABLE'"_s;
    for (const QVariantList& table : rows(db, tables)) {
        const QString name = table.at(0).toString();
        for (const QVariantList& c :
             rows(db, u"SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                      "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"_s, { name })) {
            const QString type = c.at(1).toString();
            shape.columns[name] << u"%1 %2%3%4%5"_s.arg(c.at(0).toString(), sqliteTypeOf(type),
                                                        c.at(2).toString() == u"NO"_s ? u" NOT NULL"_s : QString(),
                                                        c.at(3).isNull() ? QString() : u" DEFAULT "_s + normalDefault(c.at(3).toString()),
                                                        type == u"boolean"_s ? u" BOOL"_s : QString());
        }
        // Constraints by kind, their columns in key order.
        const QString constraints = uR"(
            SELECT con.contype,
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),
                   (SELECT relname FROM pg_class WHERE oid = con.confrelid),
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n),
                   con.confdeltype
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid
            JOIN pg_namespace ns ON ns.oid = t.relnamespace
            WHERE ns.nspname = 'public' AND t.relname = ?)"_s;
        int checks = 0;
        for (const QVariantList& con : rows(db, constraints, { name })) {
            const QString kind = con.at(0).toString();
            if (kind == u"p"_s)
                shape.keys[name] << u"PRIMARY KEY (%1)"_s.arg(con.at(1).toString());
            else if (kind == u"u"_s)
                shape.keys[name] << u"UNIQUE (%1)"_s.arg(con.at(1).toString());
            else if (kind == u"c"_s)
                ++checks;
            else if (kind == u"f"_s) {
                const QString onDelete = con.at(4).toString() == u"c"_s ? u"CASCADE"_s : u"NO ACTION"_s;
                shape.keys[name] << u"FOREIGN KEY (%1) REFERENCES %2(%3) ON DELETE %4"_s.arg(
                    con.at(1).toString(), con.at(2).toString(), con.at(3).toString(), onDelete);
            }
        }
        shape.checks[name] = checks;
        shape.keys[name].sort();
    }
    const QString indexes = uR"(
        SELECT i.relname, t.relname,
               (SELECT string_agg(COALESCE(a.attname, '(expression)'), ', ' ORDER BY k.ord)
                FROM unnest(x.indkey) WITH ORDINALITY k(n, ord)
                LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n AND k.n <> 0),
               x.indisunique, x.indpred IS NOT NULL
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace ns ON ns.oid = t.relnamespace
        WHERE ns.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid))"_s;
    for (const QVariantList& index : rows(db, indexes))
        shape.indexes[index.at(0).toString()] = u"%1(%2)%3%4"_s.arg(index.at(1).toString(), index.at(2).toString(),
                                                                     index.at(3).toBool() ? u" UNIQUE"_s : QString(),
                                                                     index.at(4).toBool() ? u" PARTIAL"_s : QString());
    // tgtype: 4 INSERT, 8 DELETE, 16 UPDATE (32 TRUNCATE: SQLite has no such statement); 2 BEFORE.
    // Only a BEFORE trigger can refuse a change: the AFTER ones tell the change feed (NOTIFY).
    const QString triggers = u"SELECT t.relname, g.tgtype FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid "
                             "JOIN pg_namespace ns ON ns.oid = t.relnamespace "
                             "WHERE ns.nspname = 'public' AND NOT g.tgisinternal AND (g.tgtype & 2) <> 0"_s;
    for (const QVariantList& trigger : rows(db, triggers)) {
        const int type = trigger.at(1).toInt();
        for (const auto& [bit, event] : { std::pair { 4, u"INSERT"_s }, { 8, u"DELETE"_s }, { 16, u"UPDATE"_s } }) {
            if (type & bit)
                shape.guarded[trigger.at(0).toString()].insert(event);
        }
    }
    return shape;
}

// One line a fact, as one string: GoogleTest prints a diff of two such strings.
template<typename Map>
std::string lines(const Map& map)
{
    QStringList out;
    for (const auto& [key, value] : map) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QStringList>) {
            for (const QString& v : value)
                out << key + u": "_s + v;
        } else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::set<QString>>) {
            for (const QString& v : value)
                out << key + u": "_s + v;
        } else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, int>) {
            out << key + u": "_s + QString::number(value);
        } else {
            out << key + u": "_s + value;
        }
    }
    return out.join(u'\n').toStdString();
}

class SchemaAgreement : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sqlite = std::make_unique<TempDatabase>(Engine::Sqlite);
        m_postgres = std::make_unique<TempDatabase>(Engine::Postgres);
        ASSERT_TRUE(m_sqlite->setupError().isEmpty()) << m_sqlite->setupError().toStdString();
        ASSERT_TRUE(m_postgres->setupError().isEmpty()) << m_postgres->setupError().toStdString();
        m_sqliteShape = sqliteShape(m_sqlite->db());
        m_postgresShape = postgresShape(m_postgres->db());
    }

    std::unique_ptr<TempDatabase> m_sqlite;
    std::unique_ptr<TempDatabase> m_postgres;
    Shape m_sqliteShape;
    Shape m_postgresShape;
};

} // namespace

TEST_F(SchemaAgreement, BothEnginesHaveTheSameTablesAndColumns)
{
    EXPECT_GE(m_sqliteShape.columns.size(), 15u);
    EXPECT_EQ(lines(m_sqliteShape.columns), lines(m_postgresShape.columns));
}

TEST_F(SchemaAgreement, BothEnginesHaveTheSameKeysAndChecks)
{
    EXPECT_EQ(lines(m_sqliteShape.keys), lines(m_postgresShape.keys));
    EXPECT_EQ(lines(m_sqliteShape.checks), lines(m_postgresShape.checks));
    EXPECT_GT(m_sqliteShape.checks.at(u"drafts"_s), 0);
}

TEST_F(SchemaAgreement, BothEnginesHaveTheSameIndexes)
{
    EXPECT_EQ(lines(m_sqliteShape.indexes), lines(m_postgresShape.indexes));
    EXPECT_TRUE(m_sqliteShape.indexes.count(u"policy_versions_one_active"_s));
}

TEST_F(SchemaAgreement, BothEnginesGuardTheSameTablesAndEvents)
{
    EXPECT_EQ(lines(m_sqliteShape.guarded), lines(m_postgresShape.guarded));
    // What the invariants need at least (DESIGN.md "Storage and sites").
    for (const QString& event : { u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s })
        EXPECT_TRUE(m_sqliteShape.guarded[u"audit_log"_s].contains(event)) << event.toStdString();
    EXPECT_TRUE(m_sqliteShape.guarded[u"outbox"_s].contains(u"UPDATE"_s));
}

TEST(SchemaText, ExpandsEveryTokenForEachEngine)
{
    const QString table = u"CREATE TABLE t (id {id}, n {int64}, at {time}, on {bool} NOT NULL DEFAULT {true}{bool_check:on}, "
                          "off {bool} DEFAULT {false})"_s;
    EXPECT_EQ(SchemaText::expand(table, DatabaseEngine::Sqlite),
              u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, at TEXT, on INTEGER NOT NULL DEFAULT 1 "
              "CHECK (on IN (0, 1)), off INTEGER DEFAULT 0)"_s);
    EXPECT_EQ(SchemaText::expand(table, DatabaseEngine::Postgres),
              u"CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT, at TIMESTAMPTZ, "
              "on BOOLEAN NOT NULL DEFAULT TRUE, off BOOLEAN DEFAULT FALSE)"_s);
}
