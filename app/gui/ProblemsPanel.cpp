// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsPanel.h"

#include "Error.h"
#include "edit/Edit.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace recoupe {

void ProblemModel::setProblems(std::vector<check::Problem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    refilter();
    endResetModel();
}

void ProblemModel::setFilter(const QString& code, const QString& severity)
{
    beginResetModel();
    m_code = code;
    m_severity = severity;
    refilter();
    endResetModel();
}

void ProblemModel::refilter()
{
    m_shown.clear();
    for (size_t i = 0; i < m_problems.size(); ++i) {
        const check::Problem& p = m_problems[i];
        if ((m_code.isEmpty() || p.code == m_code) &&
            (m_severity.isEmpty() || check::severityKey(p.severity) == m_severity))
            m_shown.push_back(int(i));
    }
}

std::vector<check::Problem> ProblemModel::shown() const
{
    std::vector<check::Problem> result;
    for (int i : m_shown)
        result.push_back(m_problems[size_t(i)]);
    return result;
}

int ProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const check::Problem& p = problem(index.row());
    switch (index.column()) {
    case Place:
        return p.source.isEmpty() ? QString::number(p.placeId)
                                  : QStringLiteral("%1 (%2 %3)").arg(p.placeId).arg(p.source, p.sourceKey);
    case Code:
        return p.code;
    case Severity:
        switch (p.severity) {
        case check::Severity::Error:
            return tr("error");
        case check::Severity::Warning:
            return tr("warning");
        case check::Severity::Info:
            return tr("info");
        }
        return {};
    case Message:
        return p.message;
    case Fix:
        return p.fix.description;
    default:
        return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Place:
        return tr("Place");
    case Code:
        return tr("Code");
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Problem");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

ProblemsPanel::ProblemsPanel(edit::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("problemCode"));
    m_code->addItem(tr("All problems"));
    for (const QString& code : check::codes())
        m_code->addItem(code, code);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("problemSeverity"));
    m_severity->addItem(tr("All severities"));
    m_severity->addItem(tr("Errors"), QStringLiteral("error"));
    m_severity->addItem(tr("Warnings"), QStringLiteral("warning"));
    m_severity->addItem(tr("Information"), QStringLiteral("info"));
    auto* run = new QPushButton(tr("Check"), this);
    run->setObjectName(QStringLiteral("problemRun"));
    run->setToolTip(tr("Check every place again"));
    m_fixSelected = new QPushButton(tr("Fix selected"), this);
    m_fixSelected->setObjectName(QStringLiteral("problemFixSelected"));
    m_fixShown = new QPushButton(tr("Fix all shown"), this);
    m_fixShown->setObjectName(QStringLiteral("problemFixShown"));
    m_fixShown->setToolTip(tr("Apply every fix of the problems listed, in one step (Ctrl+Z undoes it)"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("problemView"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_code);
    bar->addWidget(m_severity);
    bar->addWidget(run);
    bar->addStretch(1);
    bar->addWidget(m_fixSelected);
    bar->addWidget(m_fixShown);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    auto refilter = [this] {
        m_model.setFilter(m_code->currentData().toString(), m_severity->currentData().toString());
        updateSummary();
    };
    connect(m_code, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, refilter);
    connect(run, &QPushButton::clicked, this, &ProblemsPanel::runCheck);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit placeActivated(m_model.problem(current.row()).placeId);
            });
    connect(m_fixSelected, &QPushButton::clicked, this, [this] {
        std::vector<check::Problem> chosen;
        for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
            chosen.push_back(m_model.problem(index.row()));
        fix(chosen);
    });
    connect(m_fixShown, &QPushButton::clicked, this, [this] { fix(m_model.shown()); });
    updateSummary();
}

void ProblemsPanel::runCheck()
{
    try {
        QSqlDatabase& db = m_session.store.database();
        std::vector<check::Problem> problems = check::run(db);
        sql::Transaction transaction(db);
        check::save(db, problems);
        transaction.commit();
        m_model.setProblems(std::move(problems));
        m_checked = true;
    } catch (const Error& e) {
        emit message(e.message());
    }
    updateSummary();
}

void ProblemsPanel::recheckPlaces(const QList<qint64>& placeIds)
{
    if (!m_checked || placeIds.isEmpty())
        return;
    try {
        QSqlDatabase& db = m_session.store.database();
        const QSet<qint64> changed(placeIds.begin(), placeIds.end());
        std::vector<check::Problem> problems;
        for (const check::Problem& p : m_model.all())
            if (!changed.contains(p.placeId))
                problems.push_back(p);
        for (check::Problem& p : check::runFor(db, placeIds))
            problems.push_back(std::move(p));
        m_model.setProblems(std::move(problems));
    } catch (const Error& e) {
        emit message(e.message());
    }
    updateSummary();
}

void ProblemsPanel::fix(const std::vector<check::Problem>& problems)
{
    QString error;
    const int fixed = check::applyFixes(m_session, problems, &error);
    if (!error.isEmpty())
        emit message(tr("The fixes could not be applied: %1").arg(error));
    else
        emit message(tr("%n problem(s) fixed (Ctrl+Z undoes it)", nullptr, fixed));
    if (fixed > 0)
        runCheck();
}

void ProblemsPanel::updateSummary()
{
    int fixable = 0;
    for (const check::Problem& p : m_model.shown())
        fixable += p.fix.isEmpty() ? 0 : 1;
    m_fixShown->setEnabled(fixable > 0);
    m_summary->setText(tr("%1 problems shown of %2; %3 with a fix")
                           .arg(m_model.rowCount())
                           .arg(m_model.total())
                           .arg(fixable));
}

} // namespace recoupe
