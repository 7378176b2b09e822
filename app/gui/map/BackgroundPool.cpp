// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundPool.h"

#include <QThread>
#include <QThreadPool>

namespace recoupe {

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: jobs may still end while it exits
        // More threads than cores: the long jobs of an opening (the checks of a large import, the type
        // suggestions) share the cores with the short ones the curator waits for (the map's points), which
        // would otherwise queue behind them for a minute at 300,000 places.
        p->setMaxThreadCount(QThread::idealThreadCount() + 2);
        p->setObjectName(QStringLiteral("recoupe-background"));
        return p;
    }();
    return pool;
}

} // namespace recoupe
