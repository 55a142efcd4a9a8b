#include "SyncThread.h"

using namespace Qt::StringLiterals;

namespace moderation {

SyncThread::SyncThread(const DatabaseUrl& url, SyncWorker::Options options, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"sync"_s);
    m_worker = new SyncWorker(url, options, &m_stop);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

void SyncThread::start()
{
    if (m_worker && !m_thread.isRunning())
        m_thread.start();
}

SyncThread::~SyncThread()
{
    stop();
}

void SyncThread::runRoundNow()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::runRoundNow, Qt::QueuedConnection);
}

void SyncThread::stop()
{
    m_stop.store(true);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted in its thread as the thread finished
}

} // namespace moderation
