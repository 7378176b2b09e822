// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "geo/AdminCodes.h"
#include "geo/GeoLayers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace recoupe {

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search names, addresses, communes (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(260);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("filterType"));
    m_type->addItem(tr("All types"));
    for (PlaceType type : placeTypes())
        m_type->addItem(placeTypeLabel(type), int(type));

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("filterRegion"));
    m_region->addItem(tr("All régions"));
    QList<geo::Region> regions = geo::regions();
    std::sort(regions.begin(), regions.end(), [](const geo::Region& a, const geo::Region& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const geo::Region& r : std::as_const(regions))
        m_region->addItem(r.name, r.code);

    m_departement = new QComboBox(this);
    m_departement->setObjectName(QStringLiteral("filterDepartement"));
    fillDepartements();

    m_metropole = new QComboBox(this);
    m_metropole->setObjectName(QStringLiteral("filterMetropole"));
    m_metropole->setToolTip(tr("Métropole the place lies in (computed from its position)"));
    setMetropoles({});
    m_zoneClass = new QComboBox(this);
    m_zoneClass->setObjectName(QStringLiteral("filterZoneClass"));
    m_zoneClass->setToolTip(
        tr("Population of the place's employment zone (2020), in the classes of the CGET"));
    m_zoneClass->addItem(tr("All employment zones"));
    for (const QString& c : geo::zoneClasses())
        m_zoneClass->addItem(c, c);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("filterSource"));
    m_source->addItem(tr("All sources"), qint64(0));

    m_duplicates = new QCheckBox(tr("Has candidate duplicates"), this);
    m_duplicates->setObjectName(QStringLiteral("filterDuplicates"));
    m_duplicates->setToolTip(tr(
        "Places with a candidate duplicate found by the last search (Duplicates ▸ Find), not decided yet"));
    m_problems = new QCheckBox(tr("Has problems"), this);
    m_problems->setObjectName(QStringLiteral("filterProblems"));
    m_problems->setToolTip(tr("Errors and warnings of the checker (recoupe-cli check), or no coordinates, no "
                              "postcode, no name, or a position outside France"));
    m_suggestion = new QCheckBox(tr("Suggested type differs"), this);
    m_suggestion->setObjectName(QStringLiteral("filterSuggestionDiffers"));
    m_suggestion->setToolTip(tr("Places whose suggested type (Classify menu) is not their type, or whose "
                                "sources disagree on it"));

    // Combo boxes as wide as a short label, not as their longest item ("Métropole Européenne de Lille"):
    // the bar must fit a 1366-pixel screen; the list that opens is as wide as it needs.
    for (QComboBox* box : {m_type, m_region, m_departement, m_metropole, m_zoneClass, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_text->setMinimumWidth(120);

    auto* clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("filterClear"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show every place"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    m_row1 = new QHBoxLayout;
    m_row2 = new QHBoxLayout;
    layout->addLayout(m_row1);
    layout->addLayout(m_row2);
    m_row1->addWidget(m_text, 3);
    m_row1->addWidget(m_type);
    m_row1->addWidget(m_region);
    m_row1->addWidget(m_departement);
    m_row1->addWidget(m_metropole);
    m_row1->addWidget(m_zoneClass);
    m_row1->addWidget(m_source);
    m_secondRow = {m_duplicates, m_problems, m_suggestion, clear};
    for (QWidget* w : m_secondRow)
        m_row1->addWidget(w);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitChanged);
    for (QComboBox* box : {m_type, m_departement, m_source, m_metropole, m_zoneClass})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        fillDepartements();
        emitChanged();
    });
    for (QCheckBox* box : {m_duplicates, m_problems, m_suggestion})
        connect(box, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::fillDepartements()
{
    const QString region = m_region->currentData().toString();
    const QSignalBlocker blocker(m_departement);
    const QString current = m_departement->currentData().toString();
    m_departement->clear();
    m_departement->addItem(tr("All départements"));
    for (const geo::Departement& d : geo::departements()) {
        if (region.isEmpty() || d.region == region)
            m_departement->addItem(QStringLiteral("%1 – %2").arg(d.code, d.name), d.code);
    }
    const int index = m_departement->findData(current);
    m_departement->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setMetropoles(const QList<std::pair<QString, QString>>& metropoles)
{
    const QSignalBlocker blocker(m_metropole);
    const QString current = m_metropole->currentData().toString();
    m_metropole->clear();
    m_metropole->addItem(tr("In a métropole or not"));
    m_metropole->addItem(tr("In any métropole"), QString::fromLatin1(PlaceFilter::anyMetropole));
    for (const auto& [code, name] : metropoles)
        m_metropole->addItem(name, code);
    const int index = m_metropole->findData(current);
    m_metropole->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setSources(const QList<SourceSummary>& sources)
{
    const QSignalBlocker blocker(m_source);
    const qint64 current = m_source->currentData().toLongLong();
    m_source->clear();
    m_source->addItem(tr("All sources"), qint64(0));
    for (const SourceSummary& s : sources)
        m_source->addItem(s.name, s.id);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

PlaceFilter FilterBar::filter() const
{
    PlaceFilter f;
    f.text = m_text->text().trimmed();
    if (m_type->currentIndex() > 0)
        f.type = PlaceType(m_type->currentData().toInt());
    f.region = m_region->currentData().toString();
    f.departement = m_departement->currentData().toString();
    f.sourceId = m_source->currentData().toLongLong();
    f.metropole = m_metropole->currentData().toString();
    f.zoneClass = m_zoneClass->currentData().toString();
    f.candidateDuplicates = m_duplicates->isChecked();
    f.problems = m_problems->isChecked();
    f.suggestionDiffers = m_suggestion->isChecked();
    return f;
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker b1(m_text), b2(m_type), b3(m_region), b4(m_source), b5(m_duplicates),
            b6(m_problems), b8(m_metropole), b9(m_zoneClass), b10(m_suggestion);
        m_text->clear();
        m_type->setCurrentIndex(0);
        m_region->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
        m_metropole->setCurrentIndex(0);
        m_zoneClass->setCurrentIndex(0);
        m_duplicates->setChecked(false);
        m_problems->setChecked(false);
        m_suggestion->setChecked(false);
        fillDepartements();
        m_departement->setCurrentIndex(0);
    }
    emitChanged();
}

void FilterBar::setFilter(const PlaceFilter& f)
{
    {
        const QSignalBlocker b1(m_text), b2(m_type), b3(m_region), b4(m_source), b5(m_duplicates),
            b6(m_problems), b7(m_departement), b8(m_metropole), b9(m_zoneClass), b10(m_suggestion);
        m_text->setText(f.text);
        m_type->setCurrentIndex(f.type ? std::max(0, m_type->findData(int(*f.type))) : 0);
        m_region->setCurrentIndex(std::max(0, m_region->findData(f.region)));
        fillDepartements();
        m_departement->setCurrentIndex(std::max(0, m_departement->findData(f.departement)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(f.sourceId)));
        m_metropole->setCurrentIndex(std::max(0, m_metropole->findData(f.metropole)));
        m_zoneClass->setCurrentIndex(std::max(0, m_zoneClass->findData(f.zoneClass)));
        m_duplicates->setChecked(f.candidateDuplicates);
        m_problems->setChecked(f.problems);
        m_suggestion->setChecked(f.suggestionDiffers);
    }
    emitChanged();
}

void FilterBar::setCandidateDuplicates(bool on)
{
    m_duplicates->setChecked(on);
}

int FilterBar::oneRowWidth() const
{
    int width = m_text->minimumWidth();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_type, m_region, m_departement, m_metropole, m_zoneClass, m_source})
        width += w->minimumSizeHint().width();
    for (QWidget* w : m_secondRow)
        width += w->sizeHint().width();
    return width + 12 * m_row1->spacing() + 12;
}

QSize FilterBar::minimumSizeHint() const
{
    // The two-row arrangement's minimum: the wider of the two rows.
    int first = m_text->minimumWidth();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_type, m_region, m_departement, m_metropole, m_zoneClass, m_source})
        first += w->minimumSizeHint().width() + m_row1->spacing();
    int second = 0;
    for (QWidget* w : m_secondRow)
        second += w->sizeHint().width() + m_row1->spacing();
    const int rowHeight = m_type->sizeHint().height();
    return {std::max(first, second) + 12, m_oneRow ? rowHeight + 6 : 2 * rowHeight + 8};
}

void FilterBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(width() >= oneRowWidth());
}

void FilterBar::arrange(bool oneRow)
{
    if (oneRow == m_oneRow)
        return;
    m_oneRow = oneRow;
    for (QWidget* w : m_secondRow) {
        m_row1->removeWidget(w);
        m_row2->removeWidget(w);
        (oneRow ? m_row1 : m_row2)->addWidget(w);
    }
    if (!oneRow)
        m_row2->addStretch(1);
    else
        while (QLayoutItem* item = m_row2->takeAt(0))
            delete item; // the stretch (the widgets were moved back)
    updateGeometry();
}

void FilterBar::emitChanged()
{
    m_typing.stop();
    const PlaceFilter f = filter();
    if (f == m_last)
        return;
    m_last = f;
    emit filterChanged(f);
}

} // namespace recoupe
