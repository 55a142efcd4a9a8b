#pragma once

#include "MockClock.h"

#include "storage/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace moderation::test {

// The engines every storage test runs on. PostgreSQL needs a server: tools/with-postgres.sh
// starts a throwaway one and exports MODERATION_TEST_PG_URL. Without it the PostgreSQL cases
// fail, loudly: a skipped engine is not a tested one.
enum class Engine { Sqlite, Postgres };

std::string engineName(const ::testing::TestParamInfo<Engine>& info);

// A fresh, migrated, empty database: a file in a temporary folder, or a new PostgreSQL
// database created for this test and dropped after it.
class TempDatabase
{
public:
    explicit TempDatabase(Engine engine);
    ~TempDatabase();

    // Empty when ready; otherwise why not (the test should fail with it).
    const QString& setupError() const { return m_error; }
    DatabaseUrl url() const { return m_url; }
    Database& db() { return *m_database; }
    // Opens another connection to the same database (a second process, a second thread).
    Result<std::unique_ptr<Database>> openAnother(Database::OpenOptions options = {}) const;
    QString password() const { return m_password; }

    static QString postgresAdminUrl(); // MODERATION_TEST_PG_URL
    static QString postgresPasswordUrl(); // MODERATION_TEST_PG_PASSWORD_URL (password auth)
    static QString postgresPassword(); // MODERATION_TEST_PG_PASSWORD

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_password;
    QString m_pgDatabase;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

// Base fixture for tests parameterised over both engines.
class EngineTest : public ::testing::TestWithParam<Engine>
{
protected:
    void SetUp() override;
    void TearDown() override { m_temp.reset(); }
    Database& db() { return m_temp->db(); }
    TempDatabase& temp() { return *m_temp; }

private:
    std::unique_ptr<TempDatabase> m_temp;
};

// An EngineTest whose database reads the time from m_clock, a MockClock the test moves.
class ClockedEngineTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (HasFatalFailure())
            return; // no database: the failure says why
        db().setClock(&m_clock);
    }
    MockClock m_clock;
};

#define MODERATION_INSTANTIATE_ENGINES(Suite)                                                                      \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                                       \
                             ::testing::Values(::moderation::test::Engine::Sqlite,                                 \
                                               ::moderation::test::Engine::Postgres),                              \
                             ::moderation::test::engineName)

} // namespace moderation::test
