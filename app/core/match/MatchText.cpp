// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/MatchText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

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
bool isGenericPair(QStringView first, QStringView second)
{
    if (first == u"co")
        return second.startsWith(u"work");
    if (first == u"fab")
        return second == u"lab" || second == u"labs";
    if (first == u"tiers")
        return second == u"lieu" || second == u"lieux";
    if (first == u"hacker" || first == u"maker")
        return second == u"space" || second == u"lab";
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

// The sets and map above keyed by views of their own strings (a QSet<QString> is looked up with a
// QString only: one allocation a word).
struct ViewHash
{
    size_t operator()(QStringView v) const { return qHash(v); }
};
using ViewSet = std::unordered_set<QStringView, ViewHash>;

ViewSet viewsOf(const QSet<QString>& words)
{
    ViewSet views;
    for (const QString& w : words)
        views.insert(QStringView(w));
    return views;
}

const ViewSet& genericWordViews()
{
    static const ViewSet views = viewsOf(genericWords());
    return views;
}

const ViewSet& addressGlueWordViews()
{
    static const ViewSet views = viewsOf(addressGlueWords());
    return views;
}

// Glue words left out of a name made of generic words only.
const ViewSet& genericOnlyGlueWords()
{
    static const QSet<QString> glue{QStringLiteral("la"),  QStringLiteral("le"), QStringLiteral("les"),
                                    QStringLiteral("l"),   QStringLiteral("de"), QStringLiteral("du"),
                                    QStringLiteral("des"), QStringLiteral("d")};
    static const ViewSet views = viewsOf(glue);
    return views;
}

const std::unordered_map<QStringView, QStringView, ViewHash>& streetAbbreviationViews()
{
    static const auto views = [] {
        std::unordered_map<QStringView, QStringView, ViewHash> map;
        const auto& abbreviations = streetAbbreviations();
        for (auto it = abbreviations.cbegin(); it != abbreviations.cend(); ++it)
            map.emplace(QStringView(it.key()), QStringView(it.value()));
        return map;
    }();
    return views;
}

// foldText() appended to `out`.
void foldInto(QStringView text, std::vector<QChar>& out)
{
    const FoldTable& table = foldTable();
    const size_t start = out.size();
    bool pendingSpace = false;
    const auto put = [&](QChar c) {
        if (pendingSpace && out.size() > start)
            out.push_back(QLatin1Char(' '));
        pendingSpace = false;
        out.push_back(c);
    };
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            put(c);
        } else if (u >= u'A' && u <= u'Z') {
            put(QChar(u + 32));
        } else {
            QString decomposed; // letters beyond Latin Extended-B: rare
            QStringView folded;
            if (u < 0x250) {
                folded = table.folded[u];
            } else if (c.isLetterOrNumber()) {
                decomposed = QString(c).normalized(QString::NormalizationForm_KD).toLower();
                folded = decomposed;
            } else {
                folded = u" ";
            }
            if (folded == u" ") {
                pendingSpace = true;
                continue;
            }
            for (QChar f : folded) {
                if (f.isLetterOrNumber())
                    put(f);
            }
        }
    }
}

// Whether a name may end in a note that the place is closed: it holds "erm" or "los" in any case. Qt's
// case-insensitive search folds the case of every character (a few percent of a million records' time);
// an ASCII name is searched here, another as before.
bool mayNoteClosed(QStringView text)
{
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    bool ascii = true;
    for (qsizetype i = 0; i < text.size() && ascii; ++i) {
        const char16_t c = lower(text[i].unicode());
        ascii = c < 0x80;
        if (i + 2 < text.size() && (c == u'e' || c == u'l')) {
            const char16_t c1 = lower(text[i + 1].unicode());
            const char16_t c2 = lower(text[i + 2].unicode());
            if ((c == u'e' && c1 == u'r' && c2 == u'm') || (c == u'l' && c1 == u'o' && c2 == u's'))
                return true;
        }
    }
    if (ascii)
        return false;
    return text.contains(QLatin1String("erm"), Qt::CaseInsensitive) || text.contains(QLatin1String("ERM")) ||
           text.contains(QLatin1String("los"), Qt::CaseInsensitive);
}

// The words of a folded text (one space between words, none around).
void splitWords(const std::vector<QChar>& folded, std::vector<QStringView>& words)
{
    words.clear();
    size_t begin = 0;
    for (size_t i = 0; i <= folded.size(); ++i) {
        if (i == folded.size() || folded[i] == QLatin1Char(' ')) {
            if (i > begin)
                words.emplace_back(folded.data() + begin, qsizetype(i - begin));
            begin = i + 1;
        }
    }
}

} // namespace

QString foldText(const QString& text)
{
    std::vector<QChar> out;
    out.reserve(size_t(text.size()));
    foldInto(text, out);
    return QString(out.data(), qsizetype(out.size()));
}

bool isGenericNameWord(QStringView foldedWord)
{
    return genericWordViews().count(foldedWord) > 0;
}

TextNormaliser::Name TextNormaliser::name(QStringView name)
{
    static const QRegularExpression brackets(QStringLiteral(R"(\([^)]*\)?|\[[^\]]*\]?)"));
    static const QRegularExpression closedNote(QStringLiteral(R"((?:\bferm[ée]e?s?\b|\bclosed\b))"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression trailingClosed(
        QStringLiteral(R"([-–—/:,]\s*(?:ferm[ée]e?s?|closed)\s*\.?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    Name result;
    QStringView text = name;
    if (text.contains(QLatin1Char('(')) || text.contains(QLatin1Char('['))) {
        m_text = name.toString();
        QRegularExpressionMatchIterator it = brackets.globalMatch(m_text);
        while (it.hasNext()) {
            if (closedNote.match(it.next().captured()).hasMatch())
                result.closed = true;
        }
        // A note in brackets is left out only when the name keeps a word of its own without it:
        // "le [ProtoLab]" is the lab's name written with brackets, not "le" with a note.
        QString stripped = m_text;
        stripped.remove(brackets);
        const QStringList left = foldText(stripped).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (std::any_of(left.begin(), left.end(),
                        [](const QString& w) { return !isGenericNameWord(w) && w.size() > 1; }))
            m_text = stripped;
        else if (!result.closed)
            m_text.replace(QLatin1Char('['), QLatin1Char(' ')).replace(QLatin1Char(']'), QLatin1Char(' '));
        else
            m_text = stripped;
        text = m_text;
    }
    const bool mayBeClosed = mayNoteClosed(text);
    if (mayBeClosed) {
        if (text.data() != m_text.constData())
            m_text = text.toString();
        if (m_text.contains(trailingClosed)) {
            result.closed = true;
            m_text.remove(trailingClosed);
        }
        text = m_text;
    }
    m_nameFolded.clear();
    foldInto(text, m_nameFolded);
    result.folded = QStringView(m_nameFolded.data(), qsizetype(m_nameFolded.size()));
    splitWords(m_nameFolded, m_words);
    const std::vector<QStringView>& words = m_words;
    m_kept.clear();
    for (size_t i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size() && isGenericPair(words[i], words[i + 1])) {
            ++i;
            continue;
        }
        const QStringView word = words[i];
        if (isGenericNameWord(word))
            continue;
        // A generic word glued to the distinctive one ("fablabvannes", "coworkinglyon").
        QStringView distinctive = word;
        for (QStringView prefix : {u"fablab", u"coworking", u"cowork", u"tierslieu"}) {
            if (word.size() >= prefix.size() + 3 && word.startsWith(prefix)) {
                distinctive = word.mid(prefix.size());
                break;
            }
        }
        m_kept.push_back(distinctive);
    }
    if (m_kept.empty()) {
        // Only generic words ("Fablab", "Les Ateliers"): keep them, they are all we have.
        result.genericOnly = true;
        const ViewSet& glue = genericOnlyGlueWords();
        for (QStringView w : words) {
            if (!glue.count(w))
                m_kept.push_back(w);
        }
    }
    m_distinctive.clear();
    for (size_t i = 0; i < m_kept.size(); ++i) {
        if (i > 0)
            m_distinctive.push_back(QLatin1Char(' '));
        m_distinctive.insert(m_distinctive.end(), m_kept[i].begin(), m_kept[i].end());
    }
    result.distinctiveTokens = m_kept;
    result.distinctive = QStringView(m_distinctive.data(), qsizetype(m_distinctive.size()));
    return result;
}

TextNormaliser::Address TextNormaliser::address(QStringView address)
{
    Address result;
    m_addressFolded.clear();
    foldInto(address, m_addressFolded);
    splitWords(m_addressFolded, m_words);
    const auto& abbreviations = streetAbbreviationViews();
    const ViewSet& glue = addressGlueWordViews();
    static const ViewSet streetTypes = viewsOf(streetTypeWords());
    m_street.clear();
    for (const QStringView w : m_words) {
        if (w.at(0).isDigit()) {
            // The first number is the house number ("4ter" → "4"); a five-digit one is a postcode.
            qsizetype digits = 0;
            while (digits < w.size() && w.at(digits).isDigit())
                ++digits;
            if (result.number.isEmpty() && m_street.empty() && digits < 5)
                result.number = w.left(digits);
            continue;
        }
        if (glue.count(w))
            continue;
        const auto abbreviation = abbreviations.find(w);
        m_street.push_back(abbreviation != abbreviations.end() ? abbreviation->second : w);
        result.streetType = result.streetType || streetTypes.count(m_street.back());
    }
    result.streetTokens = m_street;
    return result;
}

namespace {

QStringList toList(std::span<const QStringView> views)
{
    QStringList list;
    list.reserve(qsizetype(views.size()));
    for (QStringView v : views)
        list.append(v.toString());
    return list;
}

} // namespace

NormalisedName normaliseName(const QString& name)
{
    TextNormaliser normaliser;
    const TextNormaliser::Name n = normaliser.name(name);
    NormalisedName result;
    result.folded = n.folded.toString();
    result.distinctive = n.distinctive.toString();
    result.distinctiveTokens = toList(n.distinctiveTokens);
    result.genericOnly = n.genericOnly;
    result.closed = n.closed;
    return result;
}

NormalisedAddress normaliseAddress(const QString& address)
{
    TextNormaliser normaliser;
    const TextNormaliser::Address a = normaliser.address(address);
    NormalisedAddress result;
    result.number = a.number.toString();
    result.streetTokens = toList(a.streetTokens);
    result.streetType = a.streetType;
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
