// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

class QPushButton;

namespace recoupe {
class GeographyView;
}

namespace recoupe {

namespace edit {
struct Session;
}

// Edits the curated fields of one place. Values are checked while typing (red hint under the field) and
// written when the field is left or Enter pressed, as one undoable command each; beside each field, where
// its value came from (a source, or "manual").
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(edit::Session& session, QWidget* parent = nullptr);

    qint64 placeId() const { return m_placeId; }
    // Shows a place (0: none). Re-reads it when it is the same place (after a change).
    void setPlace(qint64 placeId);
    void reload() { setPlace(m_placeId); }
    // Puts the keyboard in the first field (F2, Enter or double click in the table).
    void startEditing();

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        Field field;
        QLineEdit* line = nullptr;
        QComboBox* combo = nullptr;
        QLabel* origin = nullptr;
        QLabel* hint = nullptr;
        QString shown;
    };

    void check(Row& row);
    void commit(Row& row);
    void commitType(Row& row);
    void showClassification(const PlaceFields* fields);

    edit::Session& m_session;
    qint64 m_placeId = 0;
    QLabel* m_title;
    QList<Row> m_rows;
    GeographyView* m_geography;
    QPushButton* m_split;
    QLabel* m_classification; // the exclusion reason, the suggested type and why
    QPushButton* m_acceptSuggestion;
};

} // namespace recoupe
