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
// The quality runs every check of every place: it is worked out in the background, on a connection of its
// own, and only while the panel is shown (at 300,000 places it took the window more than 20 s to open when it
// ran there, and each edit paused it as long).
class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(edit::Session& session, QWidget* parent = nullptr);
    ~SourcesPanel() override;

public slots:
    // The project changed: the quality is worked out again, now if the panel is shown, else once it is.
    void reload();
    // Every place's geography computed again from the bundled layers, in a worker with its own
    // connection; the window is told (projectChanged) when it is written.
    void recomputeGeography();

signals:
    void message(const QString& text);
    void geographyRecomputed();
    void qualityShown(); // the table holds the quality of the project as it was when asked

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Quality
    {
        QList<QVariantList> rows;
        QString error;
    };
    void computeQuality();
    void showQuality(const Quality& quality);

    edit::Session& m_session;
    QTableWidget* m_table;
    QLabel* m_state;
    QFutureWatcher<QString> m_geography;
    QFutureWatcher<Quality> m_quality;
    bool m_stale = true; // the table does not show the project as it is
};

} // namespace recoupe
