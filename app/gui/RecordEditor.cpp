// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordEditor.h"

#include "ClassifyActions.h"
#include "classify/Suggestions.h"

#include "Error.h"
#include "GeographyView.h"
#include "edit/Edit.h"
#include "store/PlaceQueries.h"
#include "store/PlaceWriter.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDebug>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace recoupe {

namespace {

// A hint as rich text whose web addresses never wrap inside ("https://" / "example.fr"): the line breaks
// before the address instead.
QString unbrokenAddresses(const QString& text)
{
    static const QRegularExpression address(QStringLiteral("(https?://\\S+|facebook\\.com/\\S+|@\\w+)"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& m : address.globalMatch(text)) {
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        out += QStringLiteral("<span style=\"white-space:nowrap\">") + m.captured().toHtmlEscaped() +
               QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    return out + text.mid(last).toHtmlEscaped();
}

QString placeholderFor(Field field)
{
    switch (field) {
    // "e.g." so that an example is never taken for a value.
    case Field::Postcode:
        return QCoreApplication::translate("RecordEditor", "e.g. %1").arg(QStringLiteral("35000"));
    case Field::Website:
        return QCoreApplication::translate("RecordEditor", "e.g. %1")
            .arg(QStringLiteral("https://example.fr"));
    case Field::Twitter:
        return QCoreApplication::translate("RecordEditor", "e.g. @account");
    case Field::Facebook:
        return QCoreApplication::translate("RecordEditor", "e.g. %1")
            .arg(QStringLiteral("facebook.com/page"));
    case Field::Lon:
        return QCoreApplication::translate("RecordEditor", "e.g. %1").arg(QStringLiteral("-1.6778"));
    case Field::Lat:
        return QCoreApplication::translate("RecordEditor", "e.g. %1").arg(QStringLiteral("48.1173"));
    default:
        return {};
    }
}

} // namespace

RecordEditor::RecordEditor(edit::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("recordEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int gridRow = 0;
    for (int i = 0; i < fieldKeys().size(); ++i) {
        Row row;
        row.field = Field(i);
        const QString key = fieldKey(row.field);
        auto* label = new QLabel(fieldLabel(row.field), this);
        QWidget* editor = nullptr;
        if (row.field == Field::Type) {
            row.combo = new QComboBox(this);
            row.combo->setObjectName(QStringLiteral("edit_") + key);
            for (PlaceType type : placeTypes())
                row.combo->addItem(placeTypeLabel(type), placeTypeKey(type));
            editor = row.combo;
        } else {
            row.line = new QLineEdit(this);
            row.line->setObjectName(QStringLiteral("edit_") + key);
            row.line->setPlaceholderText(placeholderFor(row.field));
            row.line->installEventFilter(this);
            editor = row.line;
        }
        label->setBuddy(editor);
        row.origin = new QLabel(this);
        row.origin->setObjectName(QStringLiteral("origin_") + key);
        row.origin->setStyleSheet(QStringLiteral("color: palette(mid);"));
        row.origin->setToolTip(tr("Where this value comes from"));
        row.hint = new QLabel(this);
        row.hint->setObjectName(QStringLiteral("hint_") + key);
        row.hint->setStyleSheet(QStringLiteral("color: #c62828;"));
        row.hint->setWordWrap(true);
        row.hint->setTextFormat(Qt::RichText);
        row.hint->hide();
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(editor, gridRow, 1);
        grid->addWidget(row.origin, gridRow, 2);
        grid->addWidget(row.hint, gridRow + 1, 1, 1, 2);
        gridRow += 2;
        m_rows.append(row);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.line) {
            connect(row.line, &QLineEdit::textEdited, this, [this, i] { check(m_rows[i]); });
            connect(row.line, &QLineEdit::editingFinished, this, [this, i] { commit(m_rows[i]); });
        } else {
            connect(row.combo, &QComboBox::activated, this, [this, i] { commit(m_rows[i]); });
        }
    }

    m_classification = new QLabel(this);
    m_classification->setObjectName(QStringLiteral("editorClassification"));
    m_classification->setWordWrap(true);
    m_classification->setTextFormat(Qt::PlainText);
    m_acceptSuggestion = new QPushButton(tr("Accept the suggested type"), this);
    m_acceptSuggestion->setObjectName(QStringLiteral("editorAcceptSuggestion"));
    m_acceptSuggestion->setToolTip(tr("Classify ▸ Accept the suggested type (Alt+S)"));
    connect(m_acceptSuggestion, &QPushButton::clicked, this, [this] {
        QString error;
        if (edit::acceptSuggestions(m_session, {m_placeId}, &error) < 0)
            emit message(error);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_classification);
    layout->addWidget(m_acceptSuggestion);
    m_geography = new GeographyView(session.store, this);
    layout->addWidget(m_geography);
    // A merged place can be split back into the places it absorbed, at any time (undoable).
    m_split = new QPushButton(tr("Split back into the merged places"), this);
    m_split->setObjectName(QStringLiteral("editorSplit"));
    m_split->setToolTip(tr("Bring back the places this one absorbed, as they were; their pairs become "
                           "“different places”"));
    connect(m_split, &QPushButton::clicked, this, [this] {
        QString error;
        if (edit::splitPlace(m_session, m_placeId, Decision::Different, &error).isEmpty())
            emit message(error);
    });
    layout->addWidget(m_split);
    layout->addStretch(1);
    setPlace(0);
}

void RecordEditor::setPlace(qint64 placeId)
{
    // A value typed but refused (or never committed) is not silently lost: say that it was not kept.
    if (placeId != m_placeId) {
        for (const Row& row : m_rows) {
            if (row.line && row.line->isEnabled() && row.line->text() != row.shown && !row.hint->isHidden())
                emit message(tr("“%1” was not kept for %2: %3")
                                 .arg(row.line->text(), fieldLabel(row.field),
                                      QTextDocumentFragment::fromHtml(row.hint->text()).toPlainText()));
        }
    }
    m_placeId = placeId;
    std::optional<PlaceFields> fields;
    QList<FieldOrigin> origins;
    if (placeId > 0) {
        try {
            fields = placeQueries::fields(m_session.store.database(), placeId);
            origins = placeQueries::origins(m_session.store.database(), placeId);
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
    }
    if (!fields)
        m_placeId = 0;
    m_geography->setPlace(m_placeId);
    bool merged = false;
    try {
        merged = m_placeId > 0 && placeWriter::isMerged(m_session.store.database(), m_placeId);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    m_split->setVisible(merged);
    showClassification(fields ? &*fields : nullptr);
    m_title->setText(fields ? (fields->name.isEmpty() ? tr("Place %1").arg(placeId) : fields->name)
                            : tr("No place selected"));
    for (Row& row : m_rows) {
        row.shown = fields ? fieldText(*fields, row.field) : QString();
        if (row.line) {
            row.line->setText(row.shown);
            row.line->setCursorPosition(0); // a long address shows its start, not its end
            row.line->setEnabled(bool(fields));
            row.line->setPlaceholderText(fields ? placeholderFor(row.field) : QString());
        } else {
            const QSignalBlocker blocker(row.combo);
            row.combo->setCurrentIndex(row.combo->findData(fields ? row.shown : QStringLiteral("unknown")));
            row.combo->setEnabled(bool(fields));
        }
        row.hint->hide();
        const FieldOrigin origin = origins.value(int(row.field));
        row.origin->setText(!fields                        ? QString()
                            : origin.manual                ? tr("manual")
                            : !origin.sourceName.isEmpty() ? origin.sourceName
                                                           : tr("unknown"));
    }
}

// Ctrl+Z in a field undoes the field's own typing while there is some; once the value is committed (the
// field shows the stored value), it is the project's undo, as anywhere else in the window.
bool RecordEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Escape gives the field back its stored value.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        for (Row& row : m_rows) {
            if (row.line == watched && row.line->text() != row.shown) {
                row.line->setText(row.shown);
                row.line->setCursorPosition(0);
                row.hint->hide();
                return true;
            }
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            for (const Row& row : m_rows) {
                if (row.line == watched && row.line->text() == row.shown) {
                    event->ignore(); // not overridden: the window's Undo / Redo shortcut runs
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::startEditing()
{
    if (!m_rows.isEmpty() && m_rows.first().line && m_rows.first().line->isEnabled()) {
        m_rows.first().line->setFocus(Qt::OtherFocusReason);
        m_rows.first().line->selectAll();
    }
}

void RecordEditor::check(Row& row)
{
    const edit::CheckedValue checked = edit::checkField(row.field, row.line->text());
    row.hint->setText(unbrokenAddresses(checked.problem));
    row.hint->setVisible(!checked.problem.isEmpty());
}

void RecordEditor::showClassification(const PlaceFields* fields)
{
    QStringList lines;
    bool canAccept = false;
    if (fields && m_placeId > 0) {
        try {
            const QList<classify::SuggestionRow> rows =
                classify::suggestionsOf(m_session.store.database(), {m_placeId});
            if (!rows.isEmpty()) {
                const classify::SuggestionRow& s = rows.first();
                if (s.type == PlaceType::Excluded)
                    lines << tr("Excluded: %1").arg(exclusionReasonLabel(s.exclusion)) +
                                 (s.note.isEmpty() ? QString() : QStringLiteral(" — ") + s.note);
                QString suggested = placeTypeLabel(s.suggested);
                if (s.suggested == PlaceType::Excluded && s.suggestedExclusion != ExclusionReason::None)
                    suggested +=
                        QStringLiteral(" (") + exclusionReasonLabel(s.suggestedExclusion) + QLatin1Char(')');
                lines << tr("Suggested: %1, %2 % sure — %3")
                             .arg(suggested)
                             .arg(qRound(s.confidence * 100))
                             .arg(s.reason);
                if (s.disputed)
                    lines << tr("Disputed: the sources of its records disagree on the type.");
                canAccept = s.suggested != s.type || s.suggestedExclusion != s.exclusion;
            }
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
    }
    m_classification->setText(lines.join(QLatin1Char('\n')));
    m_classification->setVisible(!lines.isEmpty());
    m_acceptSuggestion->setVisible(canAccept);
}

// The type goes through the classification façade: "excluded" asks why.
void RecordEditor::commitType(Row& row)
{
    const PlaceType type = placeTypeFromKey(row.combo->currentData().toString());
    ExclusionReason reason = ExclusionReason::None;
    QString note;
    if (type == PlaceType::Excluded && !ClassifyActions::askExclusion(this, &reason, &note)) {
        setPlace(m_placeId);
        return;
    }
    QString error;
    const qint64 placeId = m_placeId;
    if (edit::classifyPlaces(m_session, {placeId}, type, reason, note, &error) < 0)
        emit message(error);
    if (m_placeId == placeId)
        setPlace(placeId);
}

void RecordEditor::commit(Row& row)
{
    if (m_placeId <= 0)
        return;
    if (row.combo) {
        if (row.combo->currentData().toString() != row.shown)
            commitType(row);
        return;
    }
    const QString text = row.line ? row.line->text() : row.combo->currentData().toString();
    if (text == row.shown)
        return;
    QString error;
    const qint64 placeId = m_placeId;
    if (!edit::setPlaceField(m_session, placeId, row.field, text, &error)) {
        row.hint->setText(unbrokenAddresses(error));
        row.hint->show();
        emit message(error);
        return;
    }
    // The notifier reloads this editor; make sure it does even when nothing changed (normalised to the same).
    if (m_placeId == placeId)
        setPlace(placeId);
}

} // namespace recoupe
