// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace recoupe {

namespace edit {
struct Session;
}

// Quality per source (the same as `recoupe-cli sources --quality`): records, how many are linked to places
// holding other sources' records, how many of those disagree with their place and on which fields, and
// their problems by code. Tells a curator which source to trust for which field. Also recomputes the
// geography of every place in the background (Edit ▸ Recompute geography).
class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(edit::Session& session, QWidget* parent = nullptr);
    ~SourcesPanel() override;

public slots:
    void reload();
    // Every place's geography computed again from the bundled layers, in a worker with its own
    // connection; the window is told (projectChanged) when it is written.
    void recomputeGeography();

signals:
    void message(const QString& text);
    void geographyRecomputed();

private:
    edit::Session& m_session;
    QTableWidget* m_table;
    QFutureWatcher<QString> m_geography;
};

} // namespace recoupe
