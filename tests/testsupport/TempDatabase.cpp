#include "TempDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace moderation::test {

namespace {
QAtomicInt g_counter;
}

std::string engineName(const ::testing::TestParamInfo<Engine>& info)
{
    return info.param == Engine::Sqlite ? "Sqlite" : "Postgres";
}

QString TempDatabase::postgresAdminUrl()
{
    return qEnvironmentVariable("MODERATION_TEST_PG_URL");
}

QString TempDatabase::postgresPasswordUrl()
{
    return qEnvironmentVariable("MODERATION_TEST_PG_PASSWORD_URL");
}

QString TempDatabase::postgresPassword()
{
    return qEnvironmentVariable("MODERATION_TEST_PG_PASSWORD");
}

TempDatabase::TempDatabase(Engine engine)
{
    if (engine == Engine::Sqlite) {
        m_url.engine = DatabaseEngine::Sqlite;
        m_url.path = m_dir.filePath(u"test.sqlite"_s);
    } else {
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty()) {
            m_error = u"MODERATION_TEST_PG_URL is not set: run the tests through tools/with-postgres.sh "
                      "(the README's test command does)"_s;
            return;
        }
        auto adminUrl = DatabaseUrl::parse(admin);
        if (!adminUrl) {
            m_error = adminUrl.error().toString();
            return;
        }
        m_pgDatabase = u"md_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        {
            auto adminDb = Database::open(*adminUrl, { {}, false, false });
            if (!adminDb) {
                m_error = adminDb.error().toString();
                return;
            }
            if (Error error = (*adminDb)->execRaw(u"CREATE DATABASE "_s + m_pgDatabase); error.isError()) {
                m_error = error.toString();
                return;
            }
        }
        m_url = *adminUrl;
        m_url.database = m_pgDatabase;
    }
    auto opened = Database::open(m_url);
    if (!opened) {
        m_error = opened.error().toString();
        return;
    }
    m_database = std::move(opened.value());
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
    if (!m_pgDatabase.isEmpty()) {
        auto adminUrl = DatabaseUrl::parse(postgresAdminUrl());
        if (adminUrl) {
            auto adminDb = Database::open(*adminUrl, { {}, false, false });
            if (adminDb)
                (*adminDb)->execRaw(u"DROP DATABASE IF EXISTS "_s + m_pgDatabase + u" WITH (FORCE)"_s);
        }
    }
}

Result<std::unique_ptr<Database>> TempDatabase::openAnother(Database::OpenOptions options) const
{
    return Database::open(m_url, options);
}

void EngineTest::SetUp()
{
    m_temp = std::make_unique<TempDatabase>(GetParam());
    ASSERT_TRUE(m_temp->setupError().isEmpty()) << m_temp->setupError().toStdString();
}

} // namespace moderation::test
