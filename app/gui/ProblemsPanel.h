// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Checker.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace recoupe {

namespace edit {
struct Session;
}

// The checker's problems as a table (place, code, severity, message, fix), filtered by code and severity.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Place,
        Code,
        Severity,
        Message,
        Fix,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(std::vector<check::Problem> problems);
    void setFilter(const QString& code, const QString& severity);
    const check::Problem& problem(int row) const { return m_problems[size_t(m_shown[row])]; }
    std::vector<check::Problem> shown() const;
    const std::vector<check::Problem>& all() const { return m_problems; }
    qint64 total() const { return qint64(m_problems.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();
    std::vector<check::Problem> m_problems;
    std::vector<int> m_shown;
    QString m_code, m_severity;
};

// The Problems panel: runs the checker, lists what it finds, selects a problem's place, and fixes the
// selected problems or every shown problem of a kind in one undo step (through the edit façade).
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(edit::Session& session, QWidget* parent = nullptr);
    ProblemModel* model() { return &m_model; }

public slots:
    void runCheck();
    // The places changed (an edit, a move, a fix, their undo): their problems are checked again, so the
    // list never shows a problem already solved. Only once the list was filled by a check.
    void recheckPlaces(const QList<qint64>& placeIds);

signals:
    void placeActivated(qint64 placeId);
    void message(const QString& text);

private:
    void fix(const std::vector<check::Problem>& problems);
    void updateSummary();

    edit::Session& m_session;
    ProblemModel m_model;
    bool m_checked = false;
    QComboBox* m_code;
    QComboBox* m_severity;
    QTableView* m_view;
    QPushButton* m_fixSelected;
    QPushButton* m_fixShown;
    QLabel* m_summary;
};

} // namespace recoupe
