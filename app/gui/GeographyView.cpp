// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeographyView.h"

#include "Error.h"
#include "store/GeographyStore.h"
#include "store/Store.h"

#include <QDebug>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace recoupe {

GeographyView::GeographyView(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("geographyView"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    auto* title = new QLabel(tr("Geography (computed from the position)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 3);
    const QString labels[LineCount] = {
        tr("Région"),    tr("Département"),          tr("EPCI"),
        tr("Métropole"), tr("Employment zone 2020"), tr("Employment zone 2010")};
    static const char* const keys[LineCount] = {"region",    "departement", "epci",
                                                "metropole", "ze2020",      "ze2010"};
    for (int i = 0; i < LineCount; ++i) {
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(QStringLiteral("geo_") + QLatin1String(keys[i]));
        m_values[i]->setWordWrap(true);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_origins[i] = new QLabel(this);
        m_origins[i]->setObjectName(QStringLiteral("geoOrigin_") + QLatin1String(keys[i]));
        m_origins[i]->setStyleSheet(QStringLiteral("color: palette(mid);"));
        grid->addWidget(new QLabel(labels[i], this), i + 1, 0);
        grid->addWidget(m_values[i], i + 1, 1);
        grid->addWidget(m_origins[i], i + 1, 2);
    }
    setPlace(0);
}

void GeographyView::setPlace(qint64 placeId)
{
    std::optional<geography::PlaceGeography> g;
    if (placeId > 0) {
        try {
            g = geography::forPlace(m_store.database(), placeId);
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
    }
    auto show = [this](Line line, const geography::Value* value, const QString& text) {
        m_values[line]->setText(text);
        if (!value || value->code.isEmpty()) {
            m_origins[line]->clear();
            m_origins[line]->setToolTip(QString());
            return;
        }
        m_origins[line]->setText(value->distanceM > 0
                                     ? tr("computed, nearest (%1 m)").arg(qRound(value->distanceM))
                                     : tr("computed"));
        m_origins[line]->setToolTip(
            value->distanceM > 0
                ? tr("%1 (%2); the point lies in no polygon of this layer: the nearest, at most %3 m away")
                      .arg(value->layerTitle, value->vintage)
                      .arg(qRound(value->distanceM))
                : tr("%1 (%2)").arg(value->layerTitle, value->vintage));
    };
    if (!g) {
        for (int i = 0; i < LineCount; ++i)
            show(Line(i), nullptr, placeId > 0 ? tr("not computed") : QString());
        return;
    }
    const QString none = tr("none");
    auto codeName = [&none](const geography::Value& v) {
        return v.code.isEmpty() ? none : QStringLiteral("%1 – %2").arg(v.code, v.name);
    };
    show(Region, &g->region, codeName(g->region));
    show(Departement, &g->departement, codeName(g->departement));
    show(Epci, &g->epci,
         g->epci.code.isEmpty()
             ? none
             : QStringLiteral("%1 (%2, %3)").arg(g->epci.name, g->epciNature, g->epci.code));
    show(Metropole, &g->metropole, g->metropole.code.isEmpty() ? none : g->metropole.name);
    show(Ze2020, &g->ze2020,
         g->ze2020.code.isEmpty() ? none
                                  : tr("%1 – %2, population %3 (class %4)")
                                        .arg(g->ze2020.code, g->ze2020.name,
                                             QLocale().toString(g->ze2020Population), g->ze2020Class));
    show(Ze2010, &g->ze2010, g->ze2010.code.isEmpty() ? none : codeName(g->ze2010));
}

} // namespace recoupe
