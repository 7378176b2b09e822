// SPDX-License-Identifier: GPL-3.0-or-later
#include "TileSourceDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace recoupe {

namespace {
const QString settingsKey = QStringLiteral("map/tileSource");
}

TileSourceDialog::TileSourceDialog(const map::TileSourceSettings& current, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tileSourceDialog"));
    setWindowTitle(tr("Map tile server"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("tileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    m_url->setMinimumWidth(420);
    m_attribution = new QLineEdit(this);
    m_attribution->setObjectName(QStringLiteral("tileAttribution"));
    m_maxZoom = new QSpinBox(this);
    m_maxZoom->setObjectName(QStringLiteral("tileMaxZoom"));
    m_maxZoom->setRange(0, 22);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tileProblem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address template:"), m_url);
    form->addRow(tr("A&ttribution (always shown):"), m_attribution);
    form->addRow(tr("Deepest &zoom:"), m_maxZoom);
    auto* help = new QLabel(tr("{z}, {x} and {y} stand for the zoom level and the tile's column and row. "
                               "Respect the server's usage policy."),
                            this);
    help->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    QPushButton* reset = buttons->addButton(tr("&OpenStreetMap"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, [this] { show(map::TileSourceSettings::openStreetMap()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textChanged, this, &TileSourceDialog::check);
    show(current);
}

void TileSourceDialog::show(const map::TileSourceSettings& source)
{
    m_url->setText(source.urlTemplate);
    m_attribution->setText(source.attribution);
    m_maxZoom->setValue(source.maxZoom);
    check();
}

void TileSourceDialog::check()
{
    const bool ok = source().isValid();
    m_problem->setText(ok ? QString() : tr("The address needs {z}, {x} and {y} (and no {s})."));
    m_ok->setEnabled(ok);
}

map::TileSourceSettings TileSourceDialog::source() const
{
    map::TileSourceSettings source = map::TileSourceSettings::openStreetMap();
    source.urlTemplate = m_url->text().trimmed();
    source.attribution = m_attribution->text().trimmed();
    source.maxZoom = m_maxZoom->value();
    if (source.urlTemplate != map::TileSourceSettings::openStreetMap().urlTemplate)
        source.name = QUrl(source.urlTemplate).host();
    return source;
}

map::TileSourceSettings TileSourceDialog::fromSettings()
{
    const QByteArray json = QSettings().value(settingsKey).toByteArray();
    if (!json.isEmpty()) {
        const map::TileSourceSettings source =
            map::TileSourceSettings::fromJson(QJsonDocument::fromJson(json).object());
        if (source.isValid())
            return source;
    }
    return map::TileSourceSettings::openStreetMap();
}

void TileSourceDialog::saveToSettings(const map::TileSourceSettings& source)
{
    QSettings().setValue(settingsKey, QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace recoupe
