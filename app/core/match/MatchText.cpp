// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/MatchText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>

namespace recoupe::match {

namespace {

// Folded form of every character up to U+024F (Latin-1 and Latin Extended A/B), computed once:
// a lowercase base letter or digit, a two-letter ligature, or a space.
struct FoldTable
{
    std::array<QString, 0x250> folded;
    FoldTable()
    {
        for (int u = 0; u < 0x250; ++u) {
            const QChar c(u);
            QString out;
            if (c.isLetterOrNumber()) {
                const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
                for (QChar d : decomposed) {
                    if (d.isLetterOrNumber())
                        out += d.toLower();
                }
            }
            if (u == 0x00DF)
                out = QStringLiteral("ss");
            else if (u == 0x00C6 || u == 0x00E6)
                out = QStringLiteral("ae");
            else if (u == 0x0152 || u == 0x0153)
                out = QStringLiteral("oe");
            else if (u == 0x00D8 || u == 0x00F8)
                out = QStringLiteral("o");
            folded[u] = out.isEmpty() ? QStringLiteral(" ") : out;
        }
    }
};

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

// Words that say what kind of place it is, or glue words, rather than which place.
const QSet<QString>& genericWords()
{
    static const QSet<QString> words{
        // kinds of places
        QStringLiteral("coworking"), QStringLiteral("coworkings"), QStringLiteral("cowork"),
        QStringLiteral("coworker"), QStringLiteral("coworkers"), QStringLiteral("fablab"),
        QStringLiteral("fablabs"), QStringLiteral("fab"), QStringLiteral("lab"), QStringLiteral("labs"),
        QStringLiteral("espace"), QStringLiteral("espaces"), QStringLiteral("space"),
        QStringLiteral("tierslieu"), QStringLiteral("tierslieux"), QStringLiteral("tiers"),
        QStringLiteral("lieu"), QStringLiteral("lieux"), QStringLiteral("cantine"), QStringLiteral("atelier"),
        QStringLiteral("ateliers"), QStringLiteral("makerspace"), QStringLiteral("hackerspace"),
        QStringLiteral("hackspace"), QStringLiteral("hacklab"), QStringLiteral("maker"),
        QStringLiteral("makers"), QStringLiteral("work"), QStringLiteral("working"), QStringLiteral("hub"),
        QStringLiteral("pole"), QStringLiteral("centre"), QStringLiteral("center"), QStringLiteral("maison"),
        QStringLiteral("numerique"), QStringLiteral("numeriques"), QStringLiteral("digital"),
        QStringLiteral("club"), QStringLiteral("association"), QStringLiteral("asso"), QStringLiteral("sas"),
        QStringLiteral("sarl"), QStringLiteral("scic"), QStringLiteral("pepiniere"),
        QStringLiteral("incubateur"), QStringLiteral("bureau"), QStringLiteral("bureaux"),
        QStringLiteral("partage"), QStringLiteral("partages"), QStringLiteral("collaboratif"),
        QStringLiteral("tiers-lieu"),
        // glue words
        QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("l"),
        QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("d"),
        QStringLiteral("et"), QStringLiteral("a"), QStringLiteral("au"), QStringLiteral("aux"),
        QStringLiteral("en"), QStringLiteral("un"), QStringLiteral("une"), QStringLiteral("sur"),
        QStringLiteral("chez"), QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"),
        QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("by")};
    return words;
}

// Two-word generic forms after folding ("co working", "fab lab", "tiers lieux").
bool isGenericPair(const QString& first, const QString& second)
{
    if (first == QLatin1String("co"))
        return second.startsWith(QLatin1String("work"));
    if (first == QLatin1String("fab"))
        return second == QLatin1String("lab") || second == QLatin1String("labs");
    if (first == QLatin1String("tiers"))
        return second == QLatin1String("lieu") || second == QLatin1String("lieux");
    if (first == QLatin1String("hacker") || first == QLatin1String("maker"))
        return second == QLatin1String("space") || second == QLatin1String("lab");
    return false;
}

const QHash<QString, QString>& streetAbbreviations()
{
    static const QHash<QString, QString> map{{QStringLiteral("r"), QStringLiteral("rue")},
                                             {QStringLiteral("av"), QStringLiteral("avenue")},
                                             {QStringLiteral("ave"), QStringLiteral("avenue")},
                                             {QStringLiteral("bd"), QStringLiteral("boulevard")},
                                             {QStringLiteral("bld"), QStringLiteral("boulevard")},
                                             {QStringLiteral("blvd"), QStringLiteral("boulevard")},
                                             {QStringLiteral("boul"), QStringLiteral("boulevard")},
                                             {QStringLiteral("pl"), QStringLiteral("place")},
                                             {QStringLiteral("ch"), QStringLiteral("chemin")},
                                             {QStringLiteral("che"), QStringLiteral("chemin")},
                                             {QStringLiteral("imp"), QStringLiteral("impasse")},
                                             {QStringLiteral("all"), QStringLiteral("allee")},
                                             {QStringLiteral("rte"), QStringLiteral("route")},
                                             {QStringLiteral("fg"), QStringLiteral("faubourg")},
                                             {QStringLiteral("fbg"), QStringLiteral("faubourg")},
                                             {QStringLiteral("qu"), QStringLiteral("quai")},
                                             {QStringLiteral("crs"), QStringLiteral("cours")},
                                             {QStringLiteral("sq"), QStringLiteral("square")},
                                             {QStringLiteral("st"), QStringLiteral("saint")},
                                             {QStringLiteral("ste"), QStringLiteral("sainte")},
                                             {QStringLiteral("gal"), QStringLiteral("general")},
                                             {QStringLiteral("gen"), QStringLiteral("general")},
                                             {QStringLiteral("pte"), QStringLiteral("porte")},
                                             {QStringLiteral("za"), QStringLiteral("zone")},
                                             {QStringLiteral("zi"), QStringLiteral("zone")},
                                             {QStringLiteral("zac"), QStringLiteral("zone")}};
    return map;
}

// Words naming a way, folded and with abbreviations expanded: an address holding one is located on it.
const QSet<QString>& streetTypeWords()
{
    static const QSet<QString> words{
        QStringLiteral("rue"),         QStringLiteral("avenue"),   QStringLiteral("boulevard"),
        QStringLiteral("place"),       QStringLiteral("chemin"),   QStringLiteral("impasse"),
        QStringLiteral("allee"),       QStringLiteral("route"),    QStringLiteral("faubourg"),
        QStringLiteral("quai"),        QStringLiteral("cours"),    QStringLiteral("square"),
        QStringLiteral("zone"),        QStringLiteral("voie"),     QStringLiteral("passage"),
        QStringLiteral("esplanade"),   QStringLiteral("parvis"),   QStringLiteral("promenade"),
        QStringLiteral("mail"),        QStringLiteral("parc"),     QStringLiteral("cite"),
        QStringLiteral("residence"),   QStringLiteral("hameau"),   QStringLiteral("lieu"),
        QStringLiteral("lotissement"), QStringLiteral("chaussee"), QStringLiteral("montee"),
        QStringLiteral("sentier"),     QStringLiteral("traverse"), QStringLiteral("rond"),
        QStringLiteral("carrefour"),   QStringLiteral("port"),     QStringLiteral("domaine"),
        QStringLiteral("clos"),        QStringLiteral("villa"),    QStringLiteral("cour"),
        QStringLiteral("galerie"),     QStringLiteral("ruelle"),   QStringLiteral("venelle"),
        QStringLiteral("sente"),       QStringLiteral("campus"),   QStringLiteral("technopole"),
        QStringLiteral("street"),      QStringLiteral("road"),     QStringLiteral("lieudit")};
    return words;
}

const QSet<QString>& addressGlueWords()
{
    static const QSet<QString> words{QStringLiteral("de"),  QStringLiteral("du"),  QStringLiteral("des"),
                                     QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("les"),
                                     QStringLiteral("l"),   QStringLiteral("d"),   QStringLiteral("et"),
                                     QStringLiteral("bis"), QStringLiteral("ter"), QStringLiteral("b"),
                                     QStringLiteral("a"),   QStringLiteral("au"),  QStringLiteral("aux")};
    return words;
}

} // namespace

QString foldText(const QString& text)
{
    const FoldTable& table = foldTable();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c;
        } else if (u >= u'A' && u <= u'Z') {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += QChar(u + 32);
        } else {
            QString folded;
            if (u < 0x250)
                folded = table.folded[u];
            else if (c.isLetterOrNumber())
                folded = QString(c).normalized(QString::NormalizationForm_KD).toLower();
            else
                folded = QStringLiteral(" ");
            if (folded == QLatin1String(" ")) {
                pendingSpace = true;
                continue;
            }
            for (QChar f : folded) {
                if (!f.isLetterOrNumber())
                    continue;
                if (pendingSpace && !out.isEmpty())
                    out += QLatin1Char(' ');
                pendingSpace = false;
                out += f;
            }
        }
    }
    return out;
}

bool isGenericNameWord(const QString& foldedWord)
{
    return genericWords().contains(foldedWord);
}

NormalisedName normaliseName(const QString& name)
{
    static const QRegularExpression brackets(QStringLiteral(R"(\([^)]*\)?|\[[^\]]*\]?)"));
    static const QRegularExpression closedNote(QStringLiteral(R"((?:\bferm[ée]e?s?\b|\bclosed\b))"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression trailingClosed(
        QStringLiteral(R"([-–—/:,]\s*(?:ferm[ée]e?s?|closed)\s*\.?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    NormalisedName result;
    QString text = name;
    if (text.contains(QLatin1Char('(')) || text.contains(QLatin1Char('['))) {
        QRegularExpressionMatchIterator it = brackets.globalMatch(text);
        while (it.hasNext()) {
            if (closedNote.match(it.next().captured()).hasMatch())
                result.closed = true;
        }
        // A note in brackets is left out only when the name keeps a word of its own without it:
        // "le [ProtoLab]" is the lab's name written with brackets, not "le" with a note.
        QString stripped = text;
        stripped.remove(brackets);
        const QStringList left = foldText(stripped).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (std::any_of(left.begin(), left.end(),
                        [](const QString& w) { return !isGenericNameWord(w) && w.size() > 1; }))
            text = stripped;
        else if (!result.closed)
            text.replace(QLatin1Char('['), QLatin1Char(' ')).replace(QLatin1Char(']'), QLatin1Char(' '));
        else
            text = stripped;
    }
    const bool mayBeClosed = text.contains(QLatin1String("erm"), Qt::CaseInsensitive) ||
                             text.contains(QLatin1String("ERM")) ||
                             text.contains(QLatin1String("los"), Qt::CaseInsensitive);
    if (mayBeClosed && text.contains(trailingClosed)) {
        result.closed = true;
        text.remove(trailingClosed);
    }
    result.folded = foldText(text);
    const QStringList words = result.folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size() && isGenericPair(words.at(i), words.at(i + 1))) {
            ++i;
            continue;
        }
        const QString& word = words.at(i);
        if (isGenericNameWord(word))
            continue;
        // A generic word glued to the distinctive one ("fablabvannes", "coworkinglyon").
        static const QStringList gluedPrefixes{QStringLiteral("fablab"), QStringLiteral("coworking"),
                                               QStringLiteral("cowork"), QStringLiteral("tierslieu")};
        QString distinctive = word;
        for (const QString& prefix : gluedPrefixes) {
            if (word.size() >= prefix.size() + 3 && word.startsWith(prefix)) {
                distinctive = word.mid(prefix.size());
                break;
            }
        }
        kept << distinctive;
    }
    if (kept.isEmpty()) {
        // Only generic words ("Fablab", "Les Ateliers"): keep them, they are all we have.
        result.genericOnly = true;
        static const QSet<QString> glue{QStringLiteral("la"),  QStringLiteral("le"), QStringLiteral("les"),
                                        QStringLiteral("l"),   QStringLiteral("de"), QStringLiteral("du"),
                                        QStringLiteral("des"), QStringLiteral("d")};
        for (const QString& w : words) {
            if (!glue.contains(w))
                kept << w;
        }
    }
    result.distinctiveTokens = kept;
    result.distinctive = kept.join(QLatin1Char(' '));
    return result;
}

NormalisedAddress normaliseAddress(const QString& address)
{
    NormalisedAddress result;
    const QStringList words = foldText(address).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto& abbreviations = streetAbbreviations();
    const auto& glue = addressGlueWords();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (w.at(0).isDigit()) {
            // The first number is the house number ("4ter" → "4"); a five-digit one is a postcode.
            qsizetype digits = 0;
            while (digits < w.size() && w.at(digits).isDigit())
                ++digits;
            if (result.number.isEmpty() && result.streetTokens.isEmpty() && digits < 5)
                result.number = w.left(digits);
            continue;
        }
        if (glue.contains(w))
            continue;
        result.streetTokens << abbreviations.value(w, w);
        result.streetType = result.streetType || streetTypeWords().contains(result.streetTokens.constLast());
    }
    return result;
}

QString facebookKey(const QString& canonicalFacebook)
{
    const QString lower = canonicalFacebook.toLower();
    // The trailing run of digits, after "-", "/" or "=": a page or profile number has 9 digits or more.
    qsizetype start = lower.size();
    while (start > 0 && lower.at(start - 1).isDigit())
        --start;
    const qsizetype digits = lower.size() - start;
    if (digits >= 9 && start > 0) {
        const QChar before = lower.at(start - 1);
        if (before == QLatin1Char('-') || before == QLatin1Char('/') || before == QLatin1Char('='))
            return QStringLiteral("fb:") + lower.mid(start);
    }
    return lower;
}

} // namespace recoupe::match
