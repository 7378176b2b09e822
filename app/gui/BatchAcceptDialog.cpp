// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchAcceptDialog.h"

#include "Error.h"
#include "match/MatchSettings.h"
#include "store/ReviewQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace recoupe {

namespace {
constexpr int previewLimit = 200;
}

BatchAcceptDialog::BatchAcceptDialog(edit::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("batchAcceptDialog"));
    setWindowTitle(tr("Accept merges in batch"));
    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("batchScore"));
    m_score->setRange(0, 1);
    m_score->setDecimals(3);
    m_score->setSingleStep(0.01);
    m_score->setValue(std::max(match::MatchSettings().sameThreshold, 0.95));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("batchList"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Merge these groups"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("batchAccept"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, &BatchAcceptDialog::acceptGroups);
    connect(m_score, &QDoubleSpinBox::valueChanged, this, &BatchAcceptDialog::preview);

    auto* form = new QFormLayout;
    form->addRow(tr("Every pair scores at least"), m_score);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 480);
    preview();
}

void BatchAcceptDialog::setMinScore(double score)
{
    m_score->setValue(score);
    preview();
}

void BatchAcceptDialog::preview()
{
    m_list->clear();
    QSqlDatabase& db = m_session.store.database();
    try {
        m_groups = queries::batchGroups(db, m_score->value());
        for (size_t i = 0; i < m_groups.size() && i < size_t(previewLimit); ++i) {
            QStringList names;
            for (const queries::ReviewPair& p : queries::groupPairs(db, m_groups[i])) {
                for (qint64 place : {p.placeA, p.placeB}) {
                    const QString name =
                        sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"), {place})
                            .toString();
                    if (!names.contains(name))
                        names << name;
                }
            }
            m_list->addItem(tr("Group %1: %2").arg(m_groups[i]).arg(names.join(QStringLiteral(" ＋ "))));
        }
    } catch (const Error& e) {
        m_summary->setText(e.message());
        m_accept->setEnabled(false);
        return;
    }
    QString text =
        tr("%n group(s) will be merged as proposed (one undo step).", nullptr, int(m_groups.size()));
    if (m_groups.size() > size_t(previewLimit))
        text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(previewLimit);
    m_summary->setText(text);
    m_accept->setEnabled(!m_groups.empty());
}

void BatchAcceptDialog::acceptGroups()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<qint64> groups(m_groups.begin(), m_groups.end());
    m_merged = edit::acceptBatch(m_session, m_score->value(), groups, &error);
    QApplication::restoreOverrideCursor();
    if (m_merged < 0) {
        m_merged = 0;
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace recoupe
