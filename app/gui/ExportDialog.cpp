// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Error.h"
#include "export/ExportColumns.h"
#include "export/Exporter.h"
#include "export/SnapshotDiff.h"
#include "export/TableWriter.h"
#include "map/BackgroundPool.h"
#include "store/SnapshotStore.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace recoupe {

using exporting::Format;

namespace {

// The format box's entries: format, and semicolon CSV for French spreadsheets.
struct FormatChoice
{
    Format format;
    bool semicolon;
};
const FormatChoice formatChoices[] = {{Format::Csv, false},
                                      {Format::Csv, true},
                                      {Format::GeoJson, false},
                                      {Format::Gpkg, false},
                                      {Format::Xlsx, false}};

} // namespace

ExportDialog::ExportDialog(QString projectPath, const PlaceFilter& filter, qint64 filteredPlaces,
                           QWidget* parent)
    : QDialog(parent), m_projectPath(std::move(projectPath)), m_filter(filter)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a snapshot"));
    resize(760, 640);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (comma, decimal point)"));
    m_format->addItem(tr("CSV for French spreadsheets (semicolon, decimal comma)"));
    m_format->addItem(tr("GeoJSON"));
    m_format->addItem(tr("GeoPackage"));
    m_format->addItem(tr("Excel (XLSX)"));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("exportLayout"));
    m_layout->addItem(tr("CGET 2019 (the columns of the 2019 publication)"), QStringLiteral("cget2019"));
    m_layout->addItem(tr("Recoupe (place ids, type, exclusion reason, geography, sources)"),
                      QStringLiteral("recoupe"));
    m_public = new QCheckBox(tr("Public: for publication, without personal data"), this);
    m_public->setObjectName(QStringLiteral("exportPublic"));
    m_public->setChecked(true);
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("exportLeftOut"));
    m_leftOut->setWordWrap(true);
    m_useFilter = new QCheckBox(this);
    m_useFilter->setObjectName(QStringLiteral("exportUseFilter"));
    const QString described = exporting::filterDescription(filter);
    if (described.isEmpty()) {
        m_useFilter->setText(tr("Every place (the filter bar shows them all)"));
        m_useFilter->setEnabled(false);
    } else {
        m_useFilter->setText(
            tr("Only the %n places of the current filter (%1)", nullptr, int(filteredPlaces)).arg(described));
        m_useFilter->setChecked(true);
    }
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto* browseButton = new QPushButton(tr("Choose…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Columns:"), m_layout);
    form->addRow(QString(), m_public);
    form->addRow(QString(), m_leftOut);
    form->addRow(tr("Places:"), m_useFilter);
    form->addRow(tr("File:"), fileRow);

    m_start = new QPushButton(tr("Export"), this);
    m_start->setObjectName(QStringLiteral("exportStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel the export"), this);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_start);
    runRow->addWidget(m_cancel);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* exportBox = new QGroupBox(tr("New snapshot"), this);
    auto* exportLayout = new QVBoxLayout(exportBox);
    exportLayout->addLayout(form);
    exportLayout->addLayout(runRow);
    exportLayout->addWidget(m_result);

    m_snapshots = new QTableWidget(this);
    m_snapshots->setObjectName(QStringLiteral("snapshotList"));
    m_snapshots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_snapshots->verticalHeader()->hide();
    m_snapshots->horizontalHeader()->setStretchLastSection(true);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("diffTo"));
    auto* compareButton = new QPushButton(tr("Compare"), this);
    compareButton->setObjectName(QStringLiteral("diffCompare"));
    connect(compareButton, &QPushButton::clicked, this, &ExportDialog::compare);
    m_saveDiff = new QPushButton(tr("Save the differences as CSV…"), this);
    m_saveDiff->setObjectName(QStringLiteral("diffSave"));
    m_saveDiff->setEnabled(false);
    connect(m_saveDiff, &QPushButton::clicked, this, &ExportDialog::saveDifferences);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("From"), this));
    compareRow->addWidget(m_from, 1);
    compareRow->addWidget(new QLabel(tr("to"), this));
    compareRow->addWidget(m_to, 1);
    compareRow->addWidget(compareButton);
    compareRow->addWidget(m_saveDiff);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("diffReport"));
    m_report->setReadOnly(true);
    auto* snapshotsBox = new QGroupBox(tr("Snapshots of this project"), this);
    auto* snapshotsLayout = new QVBoxLayout(snapshotsBox);
    snapshotsLayout->addWidget(m_snapshots, 1);
    snapshotsLayout->addLayout(compareRow);
    snapshotsLayout->addWidget(m_report, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exportBox);
    layout->addWidget(snapshotsBox, 1);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_public, &QCheckBox::toggled, this, &ExportDialog::updateLeftOut);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportDialog::updateLeftOut);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuggestedName);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finished);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int permille = m_work.permille();
        if (permille >= 0)
            m_progress->setValue(permille);
    });

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                        .filePath(exporting::Exporter::suggestedFileName(Format::Csv)));
    updateLeftOut();
    loadSnapshots();
}

ExportDialog::~ExportDialog()
{
    m_work.cancel();
    m_watcher.waitForFinished();
}

exporting::ExportOptions ExportDialog::options() const
{
    exporting::ExportOptions o;
    const FormatChoice choice = formatChoices[qBound(0, m_format->currentIndex(), 4)];
    o.format = choice.format;
    o.semicolon = choice.semicolon;
    o.layout =
        exporting::layoutFromKey(m_layout->currentData().toString()).value_or(exporting::Layout::Cget2019);
    o.publicOnly = m_public->isChecked();
    if (m_useFilter->isChecked()) {
        o.filter = m_filter;
        o.filterDescription = exporting::filterDescription(m_filter);
    }
    return o;
}

void ExportDialog::updateLeftOut()
{
    const exporting::ExportOptions o = options();
    const QString columns = exporting::personalColumns(o.layout).join(QStringLiteral(", "));
    m_leftOut->setText(
        o.publicOnly ? tr("Left out: the columns %1, e-mail addresses and telephone numbers found inside "
                          "other fields, and the curators' internal notes.")
                           .arg(columns)
                     : tr("This snapshot will hold personal data (%1): do not publish it.").arg(columns));
}

void ExportDialog::updateSuggestedName()
{
    // Keeps the folder and the name chosen; only the extension follows the format.
    const QFileInfo info(m_file->text());
    const QString extension = exporting::formatExtension(options().format);
    if (info.suffix() != extension)
        m_file->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extension));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export a snapshot"), m_file->text());
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ExportDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_format, m_layout, m_public, m_useFilter, m_file})
        w->setEnabled(!running && (w != m_useFilter || !exporting::filterDescription(m_filter).isEmpty()));
    if (running)
        m_timer.start();
    else
        m_timer.stop();
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = m_file->text().trimmed();
    try {
        exporting::Exporter::checkOutputPath(path, m_projectPath);
    } catch (const Error& e) {
        m_result->setText(e.message());
        return;
    }
    m_work.restart();
    m_progress->setValue(0);
    m_result->setText(tr("Exporting…"));
    setRunning(true);
    const exporting::ExportOptions o = options();
    const QString project = m_projectPath;
    const auto progress = m_work.callback();
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [project, path, o, progress]() -> Outcome {
        Outcome outcome;
        try {
            Store store(project, Store::Access::Write); // a worker has its own connection
            outcome.result = exporting::Exporter(store).run(path, o, progress);
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (const Error& e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void ExportDialog::cancelExport()
{
    m_work.cancel();
    m_result->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished()
{
    setRunning(false);
    const Outcome outcome = m_watcher.result();
    if (outcome.cancelled) {
        m_progress->setValue(0);
        m_result->setText(
            tr("Export cancelled: nothing was written, an earlier file of that name is intact."));
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_progress->setValue(0);
        m_result->setText(tr("The export failed, nothing was written: %1").arg(outcome.error));
        return;
    }
    const exporting::ExportResult& r = outcome.result;
    m_progress->setValue(1000);
    QString text = tr("Snapshot %1: %n places written to %2, with %3 and %4.", nullptr, int(r.places))
                       .arg(r.snapshotId)
                       .arg(r.file, QFileInfo(r.metadataFile).fileName(), QFileInfo(r.schemaFile).fileName());
    if (!r.omittedColumns.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Left out: the columns %1; %2 e-mail addresses and %3 telephone numbers "
                                  "inside other fields; internal notes.")
                                   .arg(r.omittedColumns.join(QStringLiteral(", ")))
                                   .arg(r.emailsRemoved)
                                   .arg(r.phonesRemoved);
    if (r.formulasNeutralised)
        text += QLatin1Char(' ') + tr("%1 text cells that a spreadsheet would run as formulas begin with an "
                                      "apostrophe.")
                                       .arg(r.formulasNeutralised);
    m_result->setText(text);
    loadSnapshots();
    // The new snapshot compared with the one before it, at once.
    if (m_to->count() >= 2) {
        m_from->setCurrentIndex(m_to->count() - 2);
        m_to->setCurrentIndex(m_to->count() - 1);
        compare();
    }
    emit exported(r.snapshotId);
}

void ExportDialog::loadSnapshots()
{
    QList<snapshots::SnapshotInfo> all;
    try {
        Store store(m_projectPath, Store::Access::Read);
        all = snapshots::list(store.database());
    } catch (const Error& e) {
        m_report->setPlainText(e.message());
    }
    const QStringList headers{tr("Snapshot"), tr("Date"),   tr("User"),   tr("Columns"),
                              tr("Format"),   tr("Public"), tr("Places"), tr("File")};
    m_snapshots->clear();
    m_snapshots->setColumnCount(int(headers.size()));
    m_snapshots->setHorizontalHeaderLabels(headers);
    m_snapshots->setRowCount(int(all.size()));
    m_from->clear();
    m_to->clear();
    for (int i = 0; i < int(all.size()); ++i) {
        const snapshots::SnapshotInfo& s = all.at(i);
        const QStringList cells{
            QString::number(s.id),     s.at,  s.user, s.layout, s.format, s.isPublic ? tr("yes") : tr("no"),
            QString::number(s.places), s.file};
        for (int c = 0; c < int(cells.size()); ++c)
            m_snapshots->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        const QString label = tr("%1 — %2 (%3 places)").arg(s.id).arg(s.at).arg(s.places);
        m_from->addItem(label, s.id);
        m_to->addItem(label, s.id);
    }
    m_snapshots->resizeColumnsToContents();
    if (m_to->count() >= 2) {
        m_from->setCurrentIndex(m_to->count() - 2);
        m_to->setCurrentIndex(m_to->count() - 1);
    }
}

void ExportDialog::compare()
{
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0) {
        m_report->setPlainText(tr("Two snapshots are needed to compare."));
        return;
    }
    try {
        Store store(m_projectPath, Store::Access::Read);
        const auto changes = exporting::diffSnapshots(store.database(), m_from->currentData().toLongLong(),
                                                      m_to->currentData().toLongLong());
        m_report->setPlainText(exporting::readableDiff(changes));
        m_saveDiff->setEnabled(true);
    } catch (const Error& e) {
        m_report->setPlainText(e.message());
    }
}

void ExportDialog::saveDifferences()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the differences"),
        QDir(QFileInfo(m_file->text()).absolutePath())
            .filePath(QStringLiteral("diff_%1_%2.csv")
                          .arg(m_from->currentData().toString(), m_to->currentData().toString())),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        Store store(m_projectPath, Store::Access::Read);
        const auto changes = exporting::diffSnapshots(store.database(), m_from->currentData().toLongLong(),
                                                      m_to->currentData().toLongLong());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error(tr("Cannot write %1: %2").arg(path, out.errorString()));
        auto writer = TableWriter::create(TableWriter::Format::Csv, out, exporting::diffColumns());
        for (const auto& c : changes)
            writer->write({c.change, c.placeId, c.field, c.oldValue, c.newValue});
        writer->finish();
    } catch (const Error& e) {
        m_report->appendPlainText(e.message());
    }
}

} // namespace recoupe
