#include "web/readerbridge.h"

#include <QVariant>

#include <cmath>

namespace Quoteshelf::Web {

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{
}

void ReaderBridge::setInitialProgress(double progress)
{
    if (!std::isfinite(progress))
        progress = 0.0;
    progress = qBound(0.0, progress, 1.0);
    if (qFuzzyCompare(progress + 1.0, m_initialProgress + 1.0))
        return;
    m_initialProgress = progress;
    Q_EMIT initialProgressChanged();
}

void ReaderBridge::reportProgress(const QVariant &progress)
{
    bool ok = false;
    const double value = progress.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 1.0)
        return;
    Q_EMIT progressReported(value);
}

} // namespace Quoteshelf::Web
