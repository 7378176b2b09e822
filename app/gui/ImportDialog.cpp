// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Error.h"
#include "import/Importer.h"
#include "import/PreparedSource.h"
#include "import/ProfileRegistry.h"
#include "map/BackgroundPool.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace recoupe {

namespace {

constexpr int previewRows = 20;
constexpr qint64 maxFileSize = qint64(1) << 30;

} // namespace

ImportDialog::ImportDialog(const QString& projectPath, QWidget* parent)
    : QDialog(parent), m_projectPath(projectPath)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a source"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML or JSON file"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAutoDefault(false);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfile"));
    m_profile->addItem(tr("Detect from the columns"), QString());
    for (const MappingProfile& p : ProfileRegistry::builtIn().profiles())
        m_profile->addItem(p.label(), p.id());

    m_sourceName = new QLineEdit(this);
    m_sourceName->setObjectName(QStringLiteral("importSourceName"));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Source name:"), m_sourceName);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping = new QTableWidget(this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();

    auto* reportPage = new QWidget(this);
    m_summary = new QLabel(reportPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(reportPage);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setColumnCount(5);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Key"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Problem texts are read whole: wrapped in rows as tall as they need.
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setTextElideMode(Qt::ElideNone);
    auto* saveReport = new QPushButton(tr("Save the report as CSV…"), reportPage);
    saveReport->setObjectName(QStringLiteral("importSaveReport"));
    saveReport->setAutoDefault(false);
    connect(saveReport, &QPushButton::clicked, this, &ImportDialog::saveReport);
    auto* reportLayout = new QVBoxLayout(reportPage);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_problems, 1);
    reportLayout->addWidget(saveReport, 0, Qt::AlignRight);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_mapping, tr("Column mapping"));
    m_tabs->addTab(reportPage, tr("Report"));
    m_tabs->setTabEnabled(2, false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    m_start = new QPushButton(tr("&Import"), this);
    m_start->setObjectName(QStringLiteral("importStart"));
    // Never the default button: Enter in the file field previews it, and importing is a deliberate press.
    m_start->setAutoDefault(false);
    m_start->setEnabled(false);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(900, 600);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, [this] {
        if (m_file->text().trimmed() != m_previewedPath)
            preview();
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_previewedPath)
            preview();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelImport();
        else
            QDialog::reject();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::finished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const int permille = m_work.permille();
        if (permille >= 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(permille);
        } else {
            m_progress->setRange(0, 0); // busy
        }
    });
}

ImportDialog::~ImportDialog()
{
    // Hiding a dialog takes the focus from its fields: no preview of a file while the members go.
    m_file->disconnect(this);
    m_profile->disconnect(this);
    m_work.cancel();
    m_watcher.waitForFinished();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/folder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a source"), folder,
        tr("Sources (*.csv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.kml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    preview();
}

void ImportDialog::preview()
{
    m_previewOk = false;
    m_start->setEnabled(false);
    // A new preview starts a new import: no report nor full progress bar of the previous one.
    m_progress->setValue(0);
    m_tabs->setTabEnabled(2, false);
    if (m_tabs->currentIndex() == 2)
        m_tabs->setCurrentIndex(0);
    m_summary->clear();
    m_problems->setRowCount(0);
    m_profile->setItemText(0, tr("Detect from the columns"));
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping->setRowCount(0);
    const QString path = m_file->text().trimmed();
    m_previewedPath = path;
    if (path.isEmpty()) {
        m_message->clear();
        return;
    }
    try {
        PreparedSource prepared = prepareSource(path, m_profile->currentData().toString(), maxFileSize);
        const QStringList columns = prepared.reader->columns();
        // The mapped columns first, in the order of the fields (name, address, …), then the others: the
        // name is in view, not `address_1`.
        QList<int> order;
        for (int f = 0; f < fieldKeys().size(); ++f)
            for (const MappingProfile::Getter& g : prepared.resolved.getters(Field(f)))
                for (const QString& column : g.columns) {
                    const int c = int(columns.indexOf(column));
                    if (c >= 0 && !order.contains(c))
                        order.append(c);
                }
        for (int c = 0; c < columns.size(); ++c)
            if (!order.contains(c))
                order.append(c);
        QStringList headers;
        for (int c : order)
            headers.append(columns.at(c));
        m_preview->setColumnCount(int(columns.size()));
        m_preview->setHorizontalHeaderLabels(headers);
        SourceRow row;
        int r = 0;
        while (r < previewRows && prepared.reader->next(row)) {
            m_preview->insertRow(r);
            for (int i = 0; i < order.size(); ++i)
                m_preview->setItem(r, i, new QTableWidgetItem(row.values.value(order.at(i))));
            ++r;
        }
        if (m_profile->currentIndex() == 0)
            m_profile->setItemText(0,
                                   tr("Detect from the columns (found: %1)").arg(prepared.profile.label()));
        m_preview->resizeColumnsToContents();
        m_previewProfile = prepared.profile;
        fillMapping(columns, prepared.resolved, prepared.reader->hasGeometry());
        m_sourceName->setPlaceholderText(!prepared.profile.defaultSourceName().isEmpty()
                                             ? prepared.profile.defaultSourceName()
                                             : QFileInfo(path).completeBaseName());
        const qint64 expected = prepared.reader->rowCountHint();
        m_message->setStyleSheet(QString());
        m_message->setText(
            expected >= 0 ? tr("Read with the profile “%1”; %n row(s) to import.", nullptr, int(expected))
                                .arg(prepared.profile.label())
                          : tr("Read with the profile “%1”.").arg(prepared.profile.label()));
        m_previewOk = true;
        m_start->setEnabled(true);
    } catch (const Error& e) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(e.message());
    }
}

void ImportDialog::fillMapping(const QStringList& columns, const MappingProfile& resolved, bool geometry)
{
    m_initialMapping.clear();
    m_mapping->setRowCount(int(fieldKeys().size()));
    for (int i = 0; i < fieldKeys().size(); ++i) {
        const Field field = Field(i);
        m_mapping->setItem(i, 0, new QTableWidgetItem(fieldLabel(field)));
        m_mapping->item(i, 0)->setFlags(Qt::ItemIsEnabled);
        auto* combo = new QComboBox(m_mapping);
        const bool position = field == Field::Lon || field == Field::Lat;
        combo->addItem(position && geometry ? tr("(from the geometry)") : tr("(not imported)"), QString());
        for (const QString& c : columns)
            combo->addItem(c, c);
        const QList<MappingProfile::Getter>& getters = resolved.getters(field);
        QString current;
        if (!getters.isEmpty() && getters.first().separator.isEmpty() && !getters.first().columns.isEmpty())
            current = getters.first().columns.first();
        if (!getters.isEmpty() && !getters.first().separator.isEmpty()) {
            // A join of columns: shown as such, kept unless changed.
            combo->insertItem(1, getters.first().columns.join(QStringLiteral(" + ")),
                              QStringLiteral("\x01join"));
            current = QStringLiteral("\x01join");
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        m_initialMapping << current;
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

QString ImportDialog::profileForImport()
{
    const QString chosen = m_previewProfile.id();
    QJsonObject fields = m_previewProfile.toJson().value(QLatin1String("fields")).toObject();
    bool changed = false;
    for (int i = 0; i < m_mapping->rowCount() && i < m_initialMapping.size(); ++i) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(i, 1));
        const QString value = combo ? combo->currentData().toString() : QString();
        if (value == m_initialMapping.at(i))
            continue;
        changed = true;
        if (value.isEmpty())
            fields.remove(fieldKey(Field(i)));
        else
            fields.insert(fieldKey(Field(i)), value);
    }
    if (!changed)
        return chosen;
    // An adjusted mapping is the chosen profile with other columns, written as a profile file for the
    // importer.
    QJsonObject json = m_previewProfile.toJson();
    json.insert(QStringLiteral("fields"), fields);
    m_customProfile =
        std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/recoupe-profile-XXXXXX.json"));
    if (!m_customProfile->open())
        return chosen;
    m_customProfile->write(QJsonDocument(json).toJson());
    m_customProfile->flush();
    return m_customProfile->fileName();
}

void ImportDialog::startImport()
{
    if (!m_previewOk || isRunning())
        return;
    ImportOptions options;
    options.sourceName = m_sourceName->text().trimmed();
    options.profile = profileForImport();
    options.maxFileSize = maxFileSize;
    const QString file = m_file->text().trimmed();
    const QString project = m_projectPath;
    m_work.restart();
    const auto progress = m_work.callback();
    setRunning(true);
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [project, file, options, progress]() -> Outcome {
        Outcome outcome;
        try {
            Store store(project); // a Store is per thread: the worker has its own connection
            outcome.report = Importer(store).run(file, options, progress);
            outcome.ok = true;
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (const Error& e) {
            outcome.error = e.message();
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
}

void ImportDialog::cancelImport()
{
    m_work.cancel();
    m_message->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return; // closes itself once the worker has rolled back
    }
    QDialog::reject();
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running && m_previewOk);
    m_file->setEnabled(!running);
    m_profile->setEnabled(!running);
    m_sourceName->setEnabled(!running);
    m_mapping->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
    if (running) {
        m_progress->setRange(0, 0);
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Importing…"));
        m_progressTimer.start();
    } else {
        m_progressTimer.stop();
        m_progress->setRange(0, 100);
    }
}

void ImportDialog::finished()
{
    const Outcome outcome = m_watcher.result();
    setRunning(false);
    if (outcome.ok) {
        m_progress->setValue(100);
        m_report = outcome.report;
        showReport(outcome.report);
        m_start->setEnabled(false);
        emit imported(outcome.report);
    } else if (outcome.cancelled) {
        m_progress->setValue(0);
        m_message->setText(tr("Import cancelled: the project is unchanged."));
    } else {
        m_progress->setValue(0);
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(tr("Import failed: %1").arg(outcome.error));
    }
}

void ImportDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"),
                                                      QFileInfo(m_report.fileName).completeBaseName() +
                                                          QStringLiteral("_rapport.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        const auto quoted = [](QString s) {
            return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        };
        QByteArray out = "line,source_key,column,value,problem\r\n";
        for (const ImportProblem& p : m_report.problems)
            out += (QStringList{QString::number(p.line), quoted(p.sourceKey), quoted(p.column),
                                quoted(p.value), quoted(p.message)}
                        .join(QLatin1Char(',')) +
                    QStringLiteral("\r\n"))
                       .toUtf8();
        file.write(out);
    }
    if (!file.commit())
        m_message->setText(tr("The report could not be saved: %1").arg(file.errorString()));
    else
        m_message->setText(tr("Report saved: %1").arg(QDir::toNativeSeparators(path)));
}

void ImportDialog::showReport(const ImportReport& report)
{
    m_message->setText(tr("Imported %1 into the source “%2”.").arg(report.fileName, report.sourceName));
    m_summary->setText(report.summary());
    m_problems->setRowCount(int(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        const ImportProblem& p = report.problems.at(i);
        const QStringList cells{QString::number(p.line), p.sourceKey, p.column, p.value, p.message};
        for (int c = 0; c < cells.size(); ++c)
            m_problems->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_problems->item(i, 4)->setToolTip(p.message);
    }
    m_problems->resizeColumnsToContents();
    // The value column may hold a whole line of the file: bounded, so that the problem stays in view.
    m_problems->setColumnWidth(3, qMin(m_problems->columnWidth(3), 260));
    m_tabs->setTabEnabled(2, true);
    m_tabs->setCurrentIndex(2);
}

} // namespace recoupe
