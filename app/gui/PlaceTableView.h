// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace recoupe {

class PlaceTableModel;

// The places table: Ctrl+C copies the selected rows as CSV (visible columns, with a header), Enter opens
// the editor, the header's context menu chooses the columns.
class PlaceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit PlaceTableView(QWidget* parent = nullptr);

    // The selected rows as CSV (RFC 4180, comma, CRLF), at most `limit` rows.
    QString selectedRowsCsv(int limit = 100000) const;
    void copySelectedRows();

signals:
    void activatedForEditing();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showColumnMenu(const QPoint& position);
};

} // namespace recoupe
