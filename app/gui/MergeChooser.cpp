// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeChooser.h"

#include "edit/Edit.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>

namespace recoupe {

namespace {

constexpr int ManualId = 1000;

// Values that differ between places are marked: the reviewer's eye goes there first.
const QColor differs(255, 236, 179);

} // namespace

MergeChooser::MergeChooser(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("mergeChooser"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setWordWrap(true);
}

QString MergeChooser::valueText(Field field, const QVariant& value)
{
    if (value.isNull())
        return {};
    if (field == Field::Type)
        return placeTypeLabel(PlaceType(value.toInt()));
    if (field == Field::Lon || field == Field::Lat)
        return QString::number(value.toDouble(), 'f', 6);
    return value.toString();
}

void MergeChooser::clearProposal()
{
    m_hasProposal = false;
    m_proposal = {};
    m_records.clear();
    rebuild();
}

void MergeChooser::setProposal(const review::MergeProposal& proposal,
                               const QList<QList<PlaceRecord>>& records)
{
    m_proposal = proposal;
    m_records = records;
    m_hasProposal = true;
    rebuild();
}

void MergeChooser::setShowAttributes(bool show)
{
    if (show == m_showAttributes)
        return;
    m_showAttributes = show;
    rebuild();
}

void MergeChooser::rebuild()
{
    clear();
    m_rows.clear();
    if (!m_hasProposal) {
        setRowCount(0);
        setColumnCount(0);
        return;
    }
    const int places = int(m_proposal.offers.value(0).size());
    setColumnCount(places + 1);
    QStringList headers;
    for (int p = 0; p < places; ++p) {
        QStringList keys;
        for (const PlaceRecord& r : m_records.value(p))
            keys << QStringLiteral("%1 %2").arg(r.sourceName, r.sourceKey);
        headers << (p == 0 ? tr("Kept: %1") : QStringLiteral("%1")).arg(keys.join(QStringLiteral(" + ")));
    }
    headers << tr("Typed value");
    setHorizontalHeaderLabels(headers);

    QList<QList<Field>> rows;
    for (Field f : {Field::Name, Field::Address, Field::Postcode, Field::Commune, Field::Website,
                    Field::Twitter, Field::Facebook, Field::Type})
        rows << QList<Field>{f};
    rows << QList<Field>{Field::Lon, Field::Lat};
    QStringList attributeKeys;
    if (m_showAttributes) {
        for (const auto& records : std::as_const(m_records)) {
            for (const PlaceRecord& r : records) {
                for (const QString& key : r.attributes.keys()) {
                    if (!attributeKeys.contains(key))
                        attributeKeys << key;
                }
            }
        }
    }
    setRowCount(int(rows.size() + attributeKeys.size()));
    QStringList rowLabels;
    for (int row = 0; row < rows.size(); ++row) {
        const QList<Field>& fields = rows.at(row);
        rowLabels << (fields.size() == 2 ? tr("Position") : fieldLabel(fields.first()));
        Row r;
        r.fields = fields;
        r.buttons = new QButtonGroup(this);
        QSet<QString> distinct;
        QStringList texts;
        for (int p = 0; p < places; ++p) {
            QStringList parts;
            for (Field f : fields)
                parts << valueText(f, m_proposal.offers.at(int(f)).at(p).value);
            const QString text = fields.size() == 2
                                     ? (parts.at(0).isEmpty() ? QString() : parts.join(QStringLiteral(", ")))
                                     : parts.first();
            texts << text;
            distinct.insert(text);
        }
        for (int p = 0; p < places; ++p) {
            const review::FieldOffer& offer = m_proposal.offers.at(int(fields.first())).at(p);
            auto* radio = new QRadioButton(texts.at(p).isEmpty() ? tr("(empty)") : texts.at(p));
            radio->setFocusPolicy(Qt::NoFocus);
            radio->setToolTip(offer.originRecordId > 0 ? tr("From %1").arg(offer.sourceName)
                                                       : tr("Typed by hand"));
            r.buttons->addButton(radio, p);
            radio->setChecked(m_proposal.picked.at(int(fields.first())) == p);
            auto* cell = new QWidget;
            auto* layout = new QHBoxLayout(cell);
            layout->setContentsMargins(4, 0, 4, 0);
            layout->addWidget(radio);
            if (distinct.size() > 1)
                cell->setStyleSheet(QStringLiteral("background-color: %1;").arg(differs.name()));
            setCellWidget(row, p, cell);
        }
        auto* manualCell = new QWidget;
        auto* layout = new QHBoxLayout(manualCell);
        layout->setContentsMargins(4, 0, 4, 0);
        auto* manualRadio = new QRadioButton;
        manualRadio->setFocusPolicy(Qt::NoFocus);
        r.buttons->addButton(manualRadio, ManualId);
        layout->addWidget(manualRadio);
        if (fields.size() == 1) {
            r.manual = new QLineEdit;
            r.manual->setObjectName(QStringLiteral("manual_%1").arg(fieldKey(fields.first())));
            r.manual->setPlaceholderText(tr("another value"));
            layout->addWidget(r.manual, 1);
            connect(r.manual, &QLineEdit::textEdited, manualRadio,
                    [manualRadio] { manualRadio->setChecked(true); });
        } else {
            manualRadio->setEnabled(false);
            manualRadio->setToolTip(tr("Move the merged place on the map instead"));
        }
        setCellWidget(row, places, manualCell);
        m_rows << r;
    }
    for (int k = 0; k < attributeKeys.size(); ++k) {
        const int row = int(rows.size()) + k;
        rowLabels << attributeKeys.at(k);
        QSet<QString> distinct;
        QStringList texts;
        for (int p = 0; p < places; ++p) {
            QStringList values;
            for (const PlaceRecord& r : m_records.value(p))
                values << r.attributes.value(attributeKeys.at(k)).toVariant().toString();
            texts << values.join(QStringLiteral(" | "));
            distinct.insert(texts.last());
        }
        for (int p = 0; p < places; ++p) {
            auto* item = new QTableWidgetItem(texts.at(p));
            item->setForeground(palette().color(QPalette::PlaceholderText));
            if (distinct.size() > 1)
                item->setBackground(differs);
            setItem(row, p, item);
        }
    }
    setVerticalHeaderLabels(rowLabels);
}

std::optional<MergePlan> MergeChooser::chosenPlan(QString* error) const
{
    if (!m_hasProposal)
        return std::nullopt;
    MergePlan plan = m_proposal.plan;
    for (const Row& r : m_rows) {
        const int id = r.buttons->checkedId();
        for (Field field : r.fields) {
            FieldChoice* choice = nullptr;
            for (FieldChoice& c : plan.fields) {
                if (c.field == field)
                    choice = &c;
            }
            if (!choice)
                continue;
            if (id == ManualId && r.manual) {
                const edit::CheckedValue checked = edit::checkField(field, r.manual->text());
                if (!checked.problem.isEmpty()) {
                    if (error)
                        *error = tr("%1: %2").arg(fieldLabel(field), checked.problem);
                    return std::nullopt;
                }
                choice->value = edit::storedValue(field, checked.value);
                choice->originRecordId = 0;
            } else if (id >= 0 && id < m_proposal.offers.at(int(field)).size()) {
                const review::FieldOffer& offer = m_proposal.offers.at(int(field)).at(id);
                choice->value = offer.value;
                choice->originRecordId = offer.originRecordId;
            }
        }
    }
    return plan;
}

} // namespace recoupe
