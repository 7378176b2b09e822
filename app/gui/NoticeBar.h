// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace recoupe {

// A band above the map with what the person should know before working on the project (a migration and
// its backup, read-only, open in another window), until they close it. Hidden when there is nothing.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget* parent = nullptr);

    void setNotices(const QStringList& notices);
    QStringList notices() const { return m_notices; }

private:
    QStringList m_notices;
    QLabel* m_text = nullptr;
};

} // namespace recoupe
