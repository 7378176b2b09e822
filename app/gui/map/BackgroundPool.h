// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace recoupe {

// The threads the window's long work runs on (imports, checks, matching, exports, the sources' quality,
// the map's data). Not Qt's global pool: with Qt 6.4, QtGui splits a large paint into parts that it hands to
// the global pool and waits for; two long jobs there (a pool of two threads on two cores) kept a project of
// 300,000 places from being drawn at all until they ended.
QThreadPool* backgroundPool();

} // namespace recoupe
