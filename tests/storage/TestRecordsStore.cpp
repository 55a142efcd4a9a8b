// The SQL of the records export (storage/RecordsStore) on both engines: every column of each
// exported table, and pages of any size giving the same rows.
#include "RecordsDataset.h"

#include "storage/RecordsStore.h"

#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace moderation;
using namespace moderation::test;

namespace {

class RecordsStoreTest : public RecordsDatasetTest
{
protected:
    // Each table's rows as "table:id" in the order they came.
    QStringList rowsRead(int pageSize, const RecordsScope& scope)
    {
        QStringList rows;
        const Error error = RecordsStore(db(), pageSize).forEach(scope, [&](const RecordsTable& table,
                                                                            const QVariantList& row) {
            rows << table.name + u':' + QString::number(row.at(0).toLongLong());
            return Error();
        });
        EXPECT_FALSE(error.isError()) << error.toString().toStdString();
        return rows;
    }
};

} // namespace

TEST_P(RecordsStoreTest, EveryColumnOfEachTableIsExported)
{
    for (const RecordsTable& table : RecordsStore::tables()) {
        const QString stored = table.id == RecordsTableId::AuditEvents ? u"audit_log"_s : table.name;
        const QSqlRecord record = db().connection().record(stored);
        ASSERT_GT(record.count(), 0) << stored.toStdString();
        QStringList schema;
        for (int i = 0; i < record.count(); ++i)
            schema << record.fieldName(i);
        QStringList exported;
        for (const RecordsColumn& column : table.columns)
            exported << column.name;
        schema.sort();
        exported.sort();
        EXPECT_EQ(exported, schema) << stored.toStdString();
    }
}

TEST_P(RecordsStoreTest, PagesOfAnySizeReadTheSameRows)
{
    const RecordsScope scope { utc(1, 0), utc(4, 0), {} };
    const QStringList whole = rowsRead(1000, scope);
    QStringList sorted = whole;
    sorted.sort();
    for (int pageSize : { 1, 2, 3 }) {
        QStringList paged = rowsRead(pageSize, scope);
        paged.sort();
        EXPECT_EQ(paged, sorted) << pageSize;
    }
    EXPECT_EQ(whole.filter(u"comments:"_s).size(), 5);
    EXPECT_EQ(whole.filter(u"decisions:"_s).size(), 4);
    const RecordsScope author { utc(1, 0), utc(4, 0), u"citizen"_s };
    QStringList one = rowsRead(1, author);
    QStringList all = rowsRead(1000, author);
    one.sort();
    all.sort();
    EXPECT_EQ(one, all);
    EXPECT_EQ(all.filter(u"comments:"_s).size(), 3);
}

MODERATION_INSTANTIATE_ENGINES(RecordsStoreTest);
